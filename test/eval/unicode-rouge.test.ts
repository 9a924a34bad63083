import { describe, expect, it } from 'vitest';
import { rouge, unicodeTokens } from '../../src/eval/rouge.js';

describe('Unicode ROUGE tokens', () => {
  it.each([
    ['Việt Nam 2024', ['việt', 'nam', '2024']],
    ['Привет, МИР!', ['привет', 'мир']],
    ['中国人abc中文', ['中', '国', '人', 'abc', '中', '文']],
    ['ひらがな カタカナ', ['ひ', 'ら', 'が', 'な', 'カ', 'タ', 'カ', 'ナ']],
    ['São Paulo-SP, the U.S.', ['são', 'paulo', 'sp', 'the', 'u', 's']],
    ['한국어 문장입니다.', ['한국어', '문장입니다']],
    ['Ελληνικά: ένα', ['ελληνικά', 'ένα']],
    // NFD input (a combining accent) gives the same token as NFC.
    ['Cafe\u0301', ['café']],
  ])('%s', (text, expected) => {
    expect(unicodeTokens(text)).toEqual(expected);
  });

  it('lower-cases and does not stem', () => {
    expect(unicodeTokens('Running RUNS')).toEqual(['running', 'runs']);
  });

  it('scores what ROUGE-1.5.5 would delete', () => {
    const plain = rouge(['Строительство моста завершено'], ['Строительство завершено'], { stem: false });
    expect(plain.rouge1.f1).toBe(0);
    const unicode = rouge(['Строительство моста завершено'], ['Строительство завершено'], { stem: false, unicode: true });
    expect(unicode.rouge1.recall).toBe(1);
    expect(unicode.rouge1.precision).toBeCloseTo(2 / 3, 5);
  });

  it('counts every Chinese character as a unigram', () => {
    const scores = rouge(['今天天气很好'], ['天气很好'], { stem: false, unicode: true });
    expect(scores.rouge1.recall).toBe(1);
    expect(scores.rouge1.precision).toBeCloseTo(4 / 6, 5);
    expect(scores.rouge2.recall).toBe(1);
  });

  it('ignores the stem option', () => {
    const a = rouge(['running dogs'], ['run dog'], { stem: true, unicode: true });
    expect(a.rouge1.f1).toBe(0);
  });
});
