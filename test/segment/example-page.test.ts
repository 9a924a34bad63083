import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sentences } from './helpers.js';

/** The page the product is built around: a title, the article, and the page's own chrome, as a reader copied it. */
const page = readFileSync(new URL('../../fixtures/csto-tokayev.txt', import.meta.url), 'utf8');

describe('a copied news page', () => {
  const found = sentences(page);

  it('keeps every line of page chrome a sentence of its own', () => {
    for (const line of ['No time to read?', 'Get a summary', 'Previous Article', 'Next Article']) {
      expect(found, line).toContain(line);
    }
    expect(found.filter((s) => s === 'No time to read?')).toHaveLength(2);
  });

  it('keeps titles without final punctuation apart from the text around them', () => {
    expect(found[0]).toBe('CSTO Leadership Urges Calm, Emphasizes Constructive Security Dialogue');
    expect(found).toContain('Baltika Fans, Stadium Atmosphere, and the Spartak Kaliningrad Match');
    expect(found.at(-1)).toBe('Finnish Border Crossings With Russia: Possible Opening by December 23');
  });

  it('splits the article paragraphs at their full stops and nowhere else', () => {
    const body = found.slice(3, found.indexOf('No time to read?', 3));
    expect(body).toHaveLength(21);
    for (const sentence of body) expect(sentence).toMatch(/^[A-Z].*[.]$/u);
  });
});
