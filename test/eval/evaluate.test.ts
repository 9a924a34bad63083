import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EvalInputError, evaluateCorpus, formatPlain, pairRecords, parseRecords, referenceFields, summaryFields } from '../../src/eval/evaluate.js';
import { rouge } from '../../src/eval/rouge.js';

describe('parseRecords', () => {
  it('reads sentences from an array or from a string with one sentence a line, skipping blank lines', () => {
    const text = '{"id":"a","reference":"One.\\nTwo."}\n\n{"id":7,"references":["Three."]}\n{"id":"c","summary":"Four."}\n';
    expect(parseRecords(text, 'refs', referenceFields)).toEqual([
      { id: 'a', sentences: ['One.', 'Two.'], line: 1 },
      { id: '7', sentences: ['Three.'], line: 3 },
      { id: 'c', sentences: ['Four.'], line: 4 },
    ]);
  });

  it('prefers "reference" to the "summary" a reference file may also hold', () => {
    expect(parseRecords('{"id":"a","summary":["S."],"reference":"R."}', 'refs', referenceFields)[0]?.sentences).toEqual(['R.']);
  });

  it.each([
    ['{"id":"a",', 'sums:2: not valid JSON'],
    ['[1]', 'sums:2: not a JSON object'],
    ['{"summary":["x"]}', 'sums:2: no "id"'],
    ['{"id":null,"summary":["x"]}', 'sums:2: no "id"'],
    ['{"id":"b"}', 'sums:2: no "summary"'],
    ['{"id":"b","summary":[1]}', 'sums:2: "summary" is neither a string nor an array of strings'],
  ])('names the line of %s', (bad, message) => {
    const text = `{"id":"a","summary":["ok"]}\n${bad}\n`;
    expect(() => parseRecords(text, 'sums', summaryFields)).toThrow(EvalInputError);
    expect(() => parseRecords(text, 'sums', summaryFields)).toThrow(message);
  });
});

describe('pairRecords', () => {
  const references = parseRecords('{"id":"a","reference":"A."}\n{"id":"b","reference":"B."}', 'refs', referenceFields);

  it('pairs summaries with references by id, in the order of the summaries, leaving other references out', () => {
    const summaries = parseRecords('{"id":"b","summary":["x"]}', 'sums', summaryFields);
    expect(pairRecords(summaries, 'sums', references, 'refs')).toEqual([{ id: 'b', summary: ['x'], reference: ['B.'] }]);
  });

  it('refuses a summary without a reference, and a repeated id', () => {
    const orphan = parseRecords('{"id":"a","summary":["x"]}\n{"id":"z","summary":["x"]}', 'sums', summaryFields);
    expect(() => pairRecords(orphan, 'sums', references, 'refs')).toThrow('sums:2: no reference has id "z" in refs');
    const twice = parseRecords('{"id":"a","summary":["x"]}\n{"id":"a","summary":["y"]}', 'sums', summaryFields);
    expect(() => pairRecords(twice, 'sums', references, 'refs')).toThrow('sums:2: id "a" is already on line 1');
    const twiceReferenced = parseRecords('{"id":"a","reference":"A."}\n\n{"id":"a","reference":"B."}', 'refs', referenceFields);
    expect(() => pairRecords([], 'sums', twiceReferenced, 'refs')).toThrow('refs:3: id "a" is already on line 1');
  });
});

describe('evaluateCorpus', () => {
  const pairs = [
    { id: '1', summary: ['The cat sat.'], reference: ['The cat sat on the mat.'] },
    { id: '2', summary: ['Dogs were running.'], reference: ['A dog runs.'] },
    { id: '3', summary: ['Nothing in common.'], reference: ['Zebras.'] },
  ];

  it('reports the mean of the per-document scores with an interval around it', () => {
    for (const stem of [true, false]) {
      const report = evaluateCorpus(pairs, { stem, resamples: 100, confidence: 95, seed: 0 });
      const perDocument = pairs.map((p) => rouge(p.summary, p.reference, { stem }));
      for (const metric of ['rouge1', 'rouge2', 'rougeL'] as const) {
        for (const measure of ['recall', 'precision', 'f1'] as const) {
          const { mean, lower, upper } = report[metric][measure];
          expect(mean).toBeCloseTo(perDocument.reduce((sum, s) => sum + s[metric][measure], 0) / pairs.length, 12);
          expect(lower).toBeLessThanOrEqual(mean);
          expect(upper).toBeGreaterThanOrEqual(mean);
        }
      }
      expect(report).toMatchObject({ documents: 3, stem, resamples: 100, confidence: 95, seed: 0 });
    }
  });

  it('has nothing to say about no documents', () => {
    expect(() => evaluateCorpus([], { stem: true, resamples: 10, confidence: 95, seed: 0 })).toThrow(EvalInputError);
  });

  it('formats a table of the three metrics, x 100', () => {
    const report = evaluateCorpus(pairs.slice(0, 1), { stem: true, resamples: 10, confidence: 95, seed: 0 });
    const lines = formatPlain(report).split('\n');
    expect(lines[0]).toBe('1 document, stemmed; mean x 100 (95% confidence interval, 10 bootstrap resamples, seed 0)');
    expect(lines[2]).toMatch(/^\s+Recall\s+Precision\s+F1$/);
    // One document: 3 of 6 reference words, 3 of 3 summary words.
    expect(lines[3]).toBe('ROUGE-1  50.00 (50.00-50.00)  100.00 (100.00-100.00)  66.67 (66.67-66.67)');
    expect(lines[4]).toMatch(/^ROUGE-2 /);
    expect(lines[5]).toMatch(/^ROUGE-L /);
  });

  it("prints ROUGE-1.5.5's own averages: the mean of the resample means, documents resampled in its order", () => {
    // ROUGE-1.5.5 (via a wrapper numbering documents 1..n) printed 42.90 / 20.07 / 38.93 for
    // LEAD-3 on cnndm-dev (the data's README); the plain means are 42.83 / 20.02 / 38.87.
    const pairs = readFileSync(new URL('../fixtures/rouge-vectors.jsonl', import.meta.url), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as { dataset: string; system: string; id: string; summary: string; reference: string })
      .filter((v) => v.dataset === 'cnndm-dev' && v.system === 'lead3')
      .map((v) => ({ id: v.id, summary: v.summary.split('\n'), reference: v.reference.split('\n') }));
    const report = evaluateCorpus(pairs, { stem: true, resamples: 1000, confidence: 95, seed: 0 });
    const printed = [report.rouge1, report.rouge2, report.rougeL].map((metric) => (100 * metric.f1.resampledMean).toFixed(2));
    expect(printed).toEqual(['42.90', '20.07', '38.93']);
  });
});
