// In-process evaluation for fast iteration: analyse every article once, then score variants.
// Mean per-document ROUGE F1 x 100 (stemmed), without the bootstrap (its mean differs by < 0.1).
// Each scorer is called as score(doc, { sentences: k }) with the count budget k of the check (the
// optional budget context a scorer may use; the shipped scorers ignore it).
import { readFileSync } from 'node:fs';
import { analyse, split } from '../../dist/summarize.js';
import { rouge } from '../../dist/eval/rouge.js';
import { select } from '../../dist/stages/select.js';
import { displayText } from '../../dist/text.js';

const read = (file) => readFileSync(new URL(`../../../shared/data/${file}`, import.meta.url), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const lines = (reference) => reference.split('\n').filter((l) => l.trim() !== '');

/** An article without its first body sentence: XSum's construction (its reference is the removed lede). */
function withoutLede(article) {
  const first = split(article).find((s) => s.role === 'body');
  return first ? article.slice(first.end) : article;
}

/**
 * The sets. The first three are the protocols of bench/eval.js; the others are checks of other
 * budgets, scored against the same human text:
 * - cnndm1: CNN/DM at 1 sentence against all highlights (about 55 words: rewards a long sentence);
 * - cnndm1first: CNN/DM at 1 sentence against the first highlight only (about 15 words);
 * - cnndm5: CNN/DM at 5 sentences against all highlights;
 * - bbchead: all 1,124 BBC articles at 1 sentence against their headline (the title is not in the article);
 * - bbcnolede: the same without the article's first sentence (the lede removed, as XSum does).
 */
const protocols = {
  cnndm: { file: 'cnndm-dev.jsonl', n: () => 3 },
  xsum: { file: 'xsum-dev.jsonl', n: () => 1 },
  bbc: { file: 'bbc-dev.jsonl', n: (row) => lines(row.reference).length, limit: 300 },
  cnndm1: { file: 'cnndm-dev.jsonl', n: () => 1 },
  cnndm1first: { file: 'cnndm-dev.jsonl', n: () => 1, reference: (row) => lines(row.reference).slice(0, 1) },
  cnndm5: { file: 'cnndm-dev.jsonl', n: () => 5 },
  bbchead: { file: 'bbc-dev.jsonl', n: () => 1, reference: (row) => [row.title] },
  bbcnolede: { file: 'bbc-dev.jsonl', n: () => 1, reference: (row) => [row.title], text: (row) => withoutLede(row.article) },
};

export function loadSets(keys = ['cnndm', 'xsum', 'bbc']) {
  const sets = {};
  const analysed = new Map();
  for (const key of keys) {
    const p = protocols[key];
    let rows = read(p.file);
    if (p.limit) rows = rows.slice(0, Number(process.env.BBC_LIMIT ?? p.limit));
    sets[key] = rows.map((row) => {
      const text = p.text ? p.text(row) : row.article;
      if (!analysed.has(text)) analysed.set(text, analyse(text));
      return { id: row.id, doc: analysed.get(text), reference: p.reference ? p.reference(row) : row.reference.split('\n'), n: p.n(row) };
    });
  }
  return sets;
}

/** Mean R-1/R-2/R-L F1 of a scorer over one set; `perDoc` collects each document's R-1 if given. */
export function evaluate(items, scorer, perDoc) {
  const sums = [0, 0, 0];
  for (const item of items) {
    const scores = scorer.score(item.doc, { sentences: item.n });
    const chosen = select(item.doc, scores, scorer, { kind: 'sentences', value: item.n }, 'document');
    const summary = chosen.map((i) => displayText(item.doc.candidates[i].text));
    const r = rouge(summary, item.reference, { stem: true });
    sums[0] += r.rouge1.f1;
    sums[1] += r.rouge2.f1;
    sums[2] += r.rougeL.f1;
    perDoc?.push(r.rouge1.f1);
  }
  return sums.map((s) => (100 * s) / items.length);
}

export function table(sets, variants) {
  const keys = Object.keys(sets);
  const rows = [];
  for (const [name, scorer] of Object.entries(variants)) {
    const cells = keys.map((k) => evaluate(sets[k], scorer).map((x) => x.toFixed(2)).join(' / '));
    const line = `| ${name} | ${cells.join(' | ')} |`;
    rows.push(line);
    console.log(line);
  }
  return rows;
}
