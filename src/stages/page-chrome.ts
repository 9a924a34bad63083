import { chromeWords, endMatterWords, noticeWords } from '../data/chrome-words.js';
import { isStopword } from '../nlp/stopwords.js';
import { countWords, displayText, letterRunEnd, wordEnd, wordStart } from '../text.js';
import type { Role, Sentence } from '../types.js';
import { lineIndex, type CleanText } from './clean.js';

/** What these rules read of a sentence; the classify stage works it out. */
export interface LineShape {
  /** Nothing else on its first and last line. */
  ownLine: boolean;
  /** Ends with sentence-final punctuation. */
  punctuated: boolean;
  /** Starts with a list marker. */
  listItem: boolean;
  words: number;
}

/** A sentence with where it stands among the input's lines. */
interface Page {
  sentences: readonly Sentence[];
  shapes: readonly LineShape[];
  roles: Role[];
  /** The index of the line each sentence starts on, and of the one it ends on. */
  first: number[];
  last: number[];
}

/** A menu item is a link of a word or three. */
const menuItemWords = 3;
/** Fewer short lines in a row are a title with its byline and date, not a menu. */
const menuLines = 4;
/** The items of a menu copied as one line: "Home | News | Sport", "Home · Archive · About". */
const menuSeparator = /\s[|·•]\s/u;
/** Two items between a separator are a title and its site's name. */
const menuItems = 3;
/** Longest line read as a one-line menu. */
const menuLineWords = 12;
/** A notice is a sentence or three, next to its buttons. */
const noticeSentences = 3;
/** A sentence about the page itself: "This article is about ...", "This page was last edited ...", "This post contains affiliate links". */
const aboutThePage = /^this\s+(?:article|page|post|story)\s+(?:is|was|has|contains|may)\b/iu;
/** A heading of end matter is as short as a menu line. */
const endMatterHeadingWords = 6;
/** The footer line a page ends with: "© 2024 ...", "Copyright 2024 ...", but not a sentence about copyright law. */
const copyrightLine = /^\s*(?:©|\(c\)\s|copyright\s+(?:©|\(c\)|\d{4}))/iu;

/**
 * Page furniture that shows in blocks, or in lines the line-by-line rules take for prose: the
 * copyright line, menus, notices with buttons (cookies, newsletters) and the end matter after
 * the article (comments, references, notes to editors). The rules look at lines and at
 * vocabulary, never at particular strings; they run in this order, each building on the chrome
 * found before it.
 */
export function markChromeBlocks(clean: CleanText, sentences: readonly Sentence[], shapes: readonly LineShape[], roles: Role[]): void {
  const page: Page = {
    sentences,
    shapes,
    roles,
    first: sentences.map((s) => lineIndex(clean.lines, s.start)),
    last: sentences.map((s) => lineIndex(clean.lines, Math.max(s.start, s.end - 1))),
  };
  markCopyrightLines(page, clean);
  markMenus(page);
  markNotices(page);
  markEndMatter(page);
}

/** Every sentence of a line that opens with a copyright sign: "© 2024 Courier Ltd. All rights reserved." */
function markCopyrightLines(page: Page, clean: CleanText): void {
  let read = -1;
  let copyright = false;
  page.sentences.forEach((_, i) => {
    const index = page.first[i] ?? -1;
    if (index !== read) {
      const line = clean.lines[index];
      // Only the line's start is read, so a long line costs nothing.
      copyright = line !== undefined && copyrightLine.test(clean.input.slice(line.start, Math.min(line.end, line.start + 40)));
      read = index;
    }
    if (copyright) page.roles[i] = 'chrome';
  });
}

/**
 * A menu: short unpunctuated lines one right under the other ("Home / News / Sport / Weather",
 * a table of contents), or one line of items between separators. Bulleted lines are left alone:
 * a short list in an article has its bullets, a menu copied from a page has none.
 */
function markMenus(page: Page): void {
  let run: number[] = [];
  const endRun = (): void => {
    if (run.length >= menuLines) for (const i of run) page.roles[i] = 'chrome';
    run = [];
  };
  page.sentences.forEach((sentence, i) => {
    const shape = page.shapes[i];
    if (shape === undefined || !shape.ownLine || shape.punctuated) return endRun();
    if (shape.words <= menuLineWords && menuSeparator.test(sentence.text) && isOneLineMenu(sentence.text)) page.roles[i] = 'chrome';
    if (shape.listItem || shape.words > menuItemWords) return endRun();
    const previous = run.at(-1);
    if (previous !== undefined && page.first[i] !== (page.last[previous] ?? 0) + 1) endRun();
    run.push(i);
  });
  endRun();
}

function isOneLineMenu(text: string): boolean {
  const items = displayText(text).split(menuSeparator);
  return items.length >= menuItems && items.every((item) => countWords(item) <= menuItemWords);
}

/**
 * A notice: a line of a sentence or three with two or more words of site notices, or opening
 * with a sentence about the page itself, that stands next to page chrome (its "Accept all" or
 * "Sign up" button, the menu above it) or under a heading of its own ("Get our newsletter"),
 * which goes with it. Cookie notices, newsletter prompts and an encyclopedia's "This article is
 * about ..." end with full stops, so the line-by-line rules take them for prose.
 */
function markNotices(page: Page): void {
  const { sentences, roles } = page;
  for (let from = 0; from < sentences.length; ) {
    // The sentences of one line: each next one starts on the line the one before ends on.
    let to = from + 1;
    while (to < sentences.length && page.first[to] === page.last[to - 1]) to++;
    const underHeading = roles[from - 1] === 'heading' && page.shapes[from - 1]?.ownLine === true;
    const placed = underHeading || isChromeLine(page, from - 1) || isChromeLine(page, to);
    const prose = roles.slice(from, to).some((role) => role !== 'chrome');
    if (to - from <= noticeSentences && prose && placed && isNotice(sentences.slice(from, to))) roles.fill('chrome', underHeading ? from - 1 : from, to);
    from = to;
  }
}

function isNotice(line: readonly Sentence[]): boolean {
  const first = line[0]?.text ?? '';
  // Only a line starting "this" is read with the pattern: compiling it (case-insensitive Unicode) cost more than the rest of this stage on an article.
  return (first.slice(0, 4).toLowerCase() === 'this' && aboutThePage.test(first)) || noticeTermsIn(line) >= 2;
}

function isChromeLine(page: Page, i: number): boolean {
  return page.roles[i] === 'chrome' && page.shapes[i]?.ownLine === true;
}

/**
 * Distinct notice terms: "cookies ... cookies" is one, not two. A term is a whole run of letters
 * and digits ("cookie-consent" has two), or "sign" and "up" with only white space between them.
 * Read run by run rather than with one case-insensitive pattern of all the terms: compiling and
 * first running that pattern was a quarter of the CPU of a summary of one article.
 */
function noticeTermsIn(sentences: readonly Sentence[]): number {
  const found = new Set<string>();
  for (const { text } of sentences) {
    let previous = '';
    let previousEnd = 0;
    for (let at = wordStart(text, 0); at !== -1; ) {
      const end = letterRunEnd(text, at);
      const run = text.slice(at, end).toLowerCase();
      if (noticeWords.has(run)) found.add(run);
      else if (run === 'up' && previous === 'sign' && /^\s+$/u.test(text.slice(previousEnd, at))) found.add('sign up');
      previous = run;
      previousEnd = end;
      at = wordStart(text, end);
    }
  }
  return found.size;
}

/**
 * End matter: from a heading that names what comes after an article ("Related", "See also",
 * "12 Comments", "Notes to editors") to the end of the page. Comments and references are full
 * sentences, so only such a heading tells them from the article. It must come after most of the
 * article's words, so that a menu's "Contact" at the top or a "Notes" section inside a long text
 * does not take the article with it.
 */
function markEndMatter(page: Page): void {
  const { sentences, shapes, roles } = page;
  const total = shapes.reduce((n, shape, i) => (roles[i] === 'body' ? n + shape.words : n), 0);
  let before = 0;
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i];
    const shape = shapes[i];
    if (sentence === undefined || shape === undefined) continue;
    if (before > total - before && isEndMatterHeading(sentence, shape)) {
      roles.fill('chrome', i);
      return;
    }
    if (roles[i] === 'body') before += shape.words;
  }
}

/** A short heading of section names, navigation words, numbers and function words only ("See also", "3 Comments"), with a section name among them. */
function isEndMatterHeading(sentence: Sentence, shape: LineShape): boolean {
  if (!shape.ownLine || shape.punctuated || shape.words === 0 || shape.words > endMatterHeadingWords) return false;
  const text = displayText(sentence.text);
  let named = false;
  for (let at = wordStart(text, 0); at !== -1; ) {
    const end = wordEnd(text, at);
    const lower = text.slice(at, end).toLowerCase();
    if (endMatterWords.has(lower)) named = true;
    else if (!chromeWords.has(lower) && !isStopword(lower) && !/^\d+$/u.test(lower)) return false;
    at = wordStart(text, end);
  }
  return named;
}
