import type { Command } from 'commander';
import { scorers } from '../index.js';
import { exitCodeMeanings } from './exit-code.js';
import { optionList, type OptionSpec } from './option-list.js';
import { examples } from './program.js';

/**
 * The man page, summarize(1), in roff's man macros: generated at build time (scripts/build-man.js)
 * from the same commander program as --help, so that the two list the same options with the same
 * words; only the sections around them (what the tool is, URLs, environment) are written here.
 */
export function manPage(program: Command, version: string): string {
  const lines = [
    `.TH SUMMARIZE 1 "" "summarize ${version}" "User Commands"`,
    '.SH NAME',
    'summarize \\- the most salient sentences of a text, in their original order',
    '.SH SYNOPSIS',
    '.B summarize',
    '[\\fIOPTION\\fR]... [\\fIFILE\\fR|\\fIURL\\fR]...',
    '.SH DESCRIPTION',
    text(`${program.description()} It reads plain text, web pages and Markdown, from files, standard input (- or no FILE) or http:// and https:// URLs, and prints a header ("No time to read? Get a summary") and the chosen sentences, one a line. It is extractive: every sentence is as it was in the input.`),
    '.PP',
    text('A web page (a .html or .htm file, input that starts with <!doctype html or <html, or a URL served as text/html) is read as Firefox\'s Reader View reads it: its article, without menus, sidebars and footers; its headline is the summary\'s title. A .md or .markdown file, or a URL served as text/markdown, is read as Markdown.'),
    '.SH OPTIONS',
    ...optionList(program).flatMap(option),
    '.SH ALGORITHMS',
    ...scorers.flatMap((s) => ['.TP', `.B ${s.name}`, text(s.description)]),
    '.SH URLS',
    text('An argument that starts with http:// or https:// is fetched: at most 5 redirects are followed; --timeout bounds the whole fetch (20 seconds by default); --max-bytes is counted while the page arrives, after gzip, deflate or br decoding; the charset is taken from a byte-order mark, the Content-Type header, then the page\'s <meta charset>, as a browser does. HTML, plain text and Markdown are read; any other type (a PDF, an image) is refused with its type named. A 4xx or 5xx answer is reported by its status, never summarized. No cookie is kept. In --format json, "file" is the URL after redirects.'),
    '.SH PROGRESS',
    text('When stderr is a terminal, a long --jsonl run, or an input of several megabytes, shows a progress line on stderr: lines done, their rate and, when the size of the input is known, the time left. Nothing is shown when stderr is not a terminal, or with --no-progress.'),
    '.SH EXIT STATUS',
    ...Object.entries(exitCodeMeanings).flatMap(([code, meaning]) => ['.TP', `.B ${code}`, text(meaning)]),
    '.PP',
    text('Every problem is one line on stderr starting "summarize:". With several problems in one run, the exit status is the most serious.'),
    '.SH ENVIRONMENT',
    '.TP',
    '.B NO_COLOR',
    text('set and not empty: never colour.'),
    '.TP',
    '.B FORCE_COLOR',
    text('colour even when standard output is not a terminal (0 turns colour off).'),
    '.TP',
    '.B SUMMARIZE_DEBUG',
    text('1: an internal error prints its stack trace.'),
    '.SH EXAMPLES',
    ...examples.flatMap((e) => ['.PP', '.nf', `$ ${text(e)}`, '.fi']),
    '.SH SEE ALSO',
    text('summarize-eval(1); summarize --help; the documentation in the package\'s docs/ folder.'),
  ];
  return `${lines.join('\n')}\n`;
}

function option(o: OptionSpec): string[] {
  const value = o.value === undefined ? '' : o.optionalValue ? ` [\\fI${o.value}\\fR]` : ` \\fI${o.value}\\fR`;
  const flags = [o.short, o.long].filter((f) => f !== undefined).map((f) => `\\fB${text(f)}\\fR`).join(', ');
  const extra = [o.values === undefined ? undefined : `one of: ${o.values.join(', ')}`, o.defaultValue === undefined ? undefined : `default: ${o.defaultValue}`].filter((x) => x !== undefined);
  return ['.TP', `${flags}${value}`, text(`${o.description}${extra.length === 0 ? '' : ` (${extra.join('; ')})`}.`)];
}

/** Text for roff: a backslash escaped, hyphens as such, characters past ASCII by their code (groff may read the file as Latin-1), and no line that starts with a dot or a quote. */
function text(s: string): string {
  const escaped = s
    .replace(/\\/gu, '\\e')
    .replace(/-/gu, '\\-')
    .replace(/[^\p{ASCII}]/gu, (c) => `\\[u${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}]`);
  return /^[.']/u.test(escaped) ? `\\&${escaped}` : escaped;
}
