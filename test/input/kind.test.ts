import { describe, expect, it } from 'vitest';
import { inputKind, type InputKind, type KindFlags } from '../../src/input/kind.js';

const none: KindFlags = { html: undefined, markdown: undefined };
const page = '<!DOCTYPE html>\n<html><body><p>Hi.</p></body></html>';

describe('inputKind', () => {
  it.each<[string, string | undefined, string, Partial<KindFlags>, InputKind]>([
    ['a .txt file', 'a.txt', 'Plain.', {}, 'text'],
    ['a .html file', 'page.html', 'No doctype at all.', {}, 'html'],
    ['a .HTM file, whatever the case', 'PAGE.HTM', 'x', {}, 'html'],
    ['a .md file', 'notes.md', '# Notes', {}, 'markdown'],
    ['a .markdown file', 'dir.d/notes.markdown', '# Notes', {}, 'markdown'],
    ['a name with no extension', 'README', '# Notes', {}, 'text'],
    ['a dot in a directory name only', 'site.html/notes', 'x', {}, 'text'],
    ['stdin starting <!doctype html', undefined, page, {}, 'html'],
    ['stdin starting <html>, after white space and a BOM', undefined, '\ufeff \n\t<HTML lang="en"><p>Hi.</p>', {}, 'html'],
    ['a .txt file that is a saved page', 'saved.txt', page, {}, 'html'],
    ['<htmlx is no html tag', undefined, '<htmlx>', {}, 'text'],
    ['html further down is text that mentions it', undefined, 'See this:\n<html>', {}, 'text'],
    ['Markdown is never sniffed', undefined, '# Title\n\nSome *text*.', {}, 'text'],
    ['--html on a .txt file', 'a.txt', 'Plain.', { html: true }, 'html'],
    ['--no-html on a .html file', 'page.html', page, { html: false }, 'text'],
    ['--no-html on sniffed stdin', undefined, page, { html: false }, 'text'],
    ['--markdown on stdin', undefined, '# Title', { markdown: true }, 'markdown'],
    ['--no-markdown on a .md file', 'notes.md', '# Notes', { markdown: false }, 'text'],
    ['--no-html leaves a .md file Markdown', 'notes.md', '# Notes', { html: false }, 'markdown'],
    ['--markdown on a .html file', 'page.html', page, { markdown: true }, 'markdown'],
  ])('%s', (_name, name, text, flags, expected) => {
    expect(inputKind(name, text, { ...none, ...flags })).toBe(expected);
  });
});
