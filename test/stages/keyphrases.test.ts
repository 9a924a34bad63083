import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyse, summarize } from '../../src/index.js';
import { keyphraseDefaults, keyphrases, register, textKind, type CandidateSource, type KeyphraseOptions } from '../../src/stages/keyphrases.js';
import { tagWords, winkLoaded } from '../../src/nlp/wink.js';
import { contains, stems } from './phrase-stems.js';

const article = readFileSync(new URL('../../fixtures/csto-tokayev.txt', import.meta.url), 'utf8');
// More than 2,000 words: read as a paper, by runs of content words, without the tagger.
const long = Array.from({ length: 40 }, () => article).join('\n\n');
// A story in the narrative register: names, he and she, reported speech, quotation marks, a day.
const story =
  'Singer weds actress in Buenos Aires\n\nCanadian singer Michael Buble married actress Luisana Lopilato on Thursday. "I love you, Michael!" a fan shouted as the couple left. Buble said he had never been happier. Lopilato told reporters she would keep her name. They plan a second wedding in Vancouver in April.';
// An abstract in the scholarly register: the authors' "we", nominalisations, no names or reported speech.
const abstract =
  'Adaptive routing for sensor networks\n\nWe propose an adaptive routing method for wireless sensor networks. The method estimates the energy consumption of each route and selects the route with the lowest consumption. Our analysis shows that adaptive routing extends the lifetime of the network. Simulation results confirm the improvement in network lifetime and the reduction in energy consumption.';


/** The defaults with every kind of text taking its candidates from one source. */
const only = (source: CandidateSource): KeyphraseOptions => ({ ...keyphraseDefaults, sources: { narrative: source, expository: source, long: source } });

describe('keyphrases', () => {
  it('a plain summary never loads wink-nlp, nor do a long text\'s keyphrases; the example\'s do', () => {
    summarize(article);
    summarize(article, { explain: true, keywords: 20 });
    expect(summarize(long, { keyphrases: 5 }).keyphrases).toHaveLength(5);
    expect(winkLoaded()).toBe(false);
    const summary = summarize(article, { keyphrases: 10 });
    expect(winkLoaded()).toBe(true);
    expect(summary.keyphrases).toHaveLength(10);
  });

  it.each([
    ['a celebrity story', 'narrative', story],
    ['the example, a formal news release on security policy', 'expository', article],
    ['an abstract', 'expository', abstract],
    ['a long report', 'long', long],
  ])('reads %s as %s', (_name, kind, text) => {
    expect(textKind(analyse(text), 'en')).toBe(kind);
  });

  it.each(['nouns', 'statistical'] as const)('%s: surface forms as written, offsets of the first occurrence, no duplicates', (source) => {
    const doc = analyse(article);
    const found = keyphrases(doc, 10, tagWords, only(source));
    expect(found.length).toBe(10);
    // The organisation as the article writes it, upper case, alone or at the head of a phrase.
    expect(found.some((k) => /^CSTO\b/u.test(k.text))).toBe(true);
    for (const k of found) {
      // The first occurrence: the same words by stem (the text shows the most frequent form, "member"
      // where the first use says "members"), and none before it.
      expect(stems(article.slice(k.start, k.end))).toEqual(stems(k.text));
      expect(stems(article.slice(0, k.start)).join(' ')).not.toContain(stems(k.text).join(' ') + ' ');
    }
    for (let i = 0; i < found.length; i++) {
      for (let j = 0; j < found.length; j++) {
        if (i !== j) expect(contains(stems(found[i]!.text), stems(found[j]!.text))).toBe(false);
      }
    }
    const weights = found.map((k) => k.weight);
    expect([...weights].sort((a, b) => b - a)).toEqual(weights);
  });

  it.each([
    // [text, names, narrative, formal, quotes]: shares of the words (quotation marks per word)
    ['We propose a method.', 0, 0, 3 / 4, 0],
    ['Then Anna said "no" to them.', 1 / 6, 2 / 6, 0, 2 / 6],
    ['The evaluation of performance improved.', 0, 0, 2 / 5, 0],
    ['On Monday, Paris voted. Paris won.', 2 / 6, 1 / 6, 0, 0],
    ['', 0, 0, 0, 0],
  ])('register(%j)', (text, names, narrative, formal, quotes) => {
    const r = register(text, true);
    expect(r.names).toBeCloseTo(names, 6);
    expect(r.narrative).toBeCloseTo(narrative, 6);
    expect(r.formal).toBeCloseTo(formal, 6);
    expect(r.quotes).toBeCloseTo(quotes, 6);
  });

  it('reads another language by its names alone, with the phrase lengths it had before', () => {
    expect(register('Anna said no.', false)).toEqual({ names: 0, narrative: 0, formal: 0, quotes: 0 });
    const text = 'Москва принимает большой международный экономический саммит. Большой международный экономический саммит в Москве.';
    const doc = { ...analyse(text), language: { code: 'ru', source: 'option' as const } };
    for (const k of keyphrases(doc, 5)) expect(k.text.split(/\s+/u).length).toBeLessThanOrEqual(keyphraseDefaults.elsewhere.maxWords);
  });

  it('keeps the case the text writes a word in, not the case of a title or a sentence start', () => {
    const text = 'Kite Festival Draws Crowds\n\nThe kite festival drew crowds. Kites filled the sky over the bay. Children flew a kite each. The kite makers sold every kite they had. Organisers said the kite festival would return.';
    const found = keyphrases(analyse(text), 3, tagWords, only('nouns')).map((k) => k.text);
    expect(found[0]).toMatch(/^kite/u);
  });

  it('reads any script: the statistical path keeps Unicode words whole', () => {
    const text = 'Москва принимает саммит. Саммит в Москве обсудит безопасность. Безопасность региона важна для саммита.';
    const found = keyphrases(analyse(text), 3).map((k) => k.text);
    expect(found.length).toBeGreaterThan(0);
    for (const k of found) expect(k).toMatch(/^[\p{L} ]+$/u);
  });

  it('gives nothing for a limit of 0', () => {
    expect(keyphrases(analyse(article), 0, tagWords)).toEqual([]);
  });

  it('tags a text the same whatever was tagged before: a possessive is always cut off', () => {
    // wink-nlp learns "Quorvane's" whole from a sentence that ends in it, and then reads it as one
    // token everywhere, where it read "Quorvane" and "'s" before.
    const text = "The trial of Quorvane's killers ended. Quorvane’s family was there.";
    const words = (tagged: ReturnType<typeof tagWords>): string[] => tagged.map((w) => text.slice(w.start, w.end));
    const before = tagWords(text);
    tagWords("We met Quorvane's. We met Quorvane’s.");
    const after = tagWords(text);
    expect(after).toEqual(before);
    expect(words(after).filter((w) => w.startsWith('Quorvane'))).toEqual(['Quorvane', 'Quorvane']);
    expect(after.filter((w) => /^['’]s$/u.test(text.slice(w.start, w.end))).map((w) => w.pos)).toEqual(['PART', 'PART']);
  });

  it('keeps a word whole where wink-nlp cuts it at a letter it does not know', () => {
    const text = 'İstanbul hosted the summit. The mayor of İstanbul spoke. Delegates from Łódź and the Ωmega Fund came to İstanbul.';
    const words = tagWords(text).map((w) => text.slice(w.start, w.end));
    expect(words).toContain('İstanbul');
    expect(words).toContain('Łódź');
    expect(words).toContain('Ωmega');
    const found = keyphrases(analyse(text), 5, tagWords, only('nouns')).map((k) => k.text);
    expect(found).toContain('İstanbul');
    expect(found.some((k) => k === 'stanbul' || k.startsWith('stanbul'))).toBe(false);
    expect(summarize(article).keyphrases).toBeUndefined();
  });
});
