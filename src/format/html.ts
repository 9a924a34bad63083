import { displayText } from '../text.js';
import type { Summary } from '../types.js';
import type { FormatOptions } from './types.js';
import { escapeHtml } from './escape.js';
import { explainLegend, explainLine } from './explain.js';
import { pieces } from './highlight.js';

/**
 * A self-contained page (no script, no outside resource): the summary at the top, each sentence a
 * link to its place in the article below, where the chosen sentences are in `<mark>`. Everything
 * from the input is escaped: an article that contains `<script>` shows it as text. The
 * Content-Security-Policy forbids scripts as well, in case a future change forgets an escape.
 */
export function html(summary: Summary, options: FormatOptions): string {
  const title = summary.title === null ? 'Summary' : displayText(summary.title);
  const items = summary.sentences.map((s) => {
    const why = s.explanation === undefined ? '' : `<br><small class="why">${escapeHtml(explainLine(s.explanation))}</small>`;
    return `<li><a href="#s${s.index}">${escapeHtml(displayText(s.text))}</a>${why}</li>`;
  });
  const legend = explainLegend(summary);
  const terms = summary.keyphrases !== undefined ? summary.keyphrases.map((k) => k.text) : options.keywords ? summary.keywords.map((k) => k.term) : [];
  const label = summary.keyphrases !== undefined ? 'Keyphrases' : 'Keywords';
  // The page's own words are English; the summary and the article are in the text's language, for
  // the browser's fonts, hyphenation and screen readers. The code comes from the language table.
  const lang = escapeHtml(summary.language.code);
  const article =
    options.input === undefined
      ? ''
      : pieces(options.input, summary)
          .map((p) => (p.chosen ? `<mark id="s${p.index ?? 0}">${escapeHtml(p.text)}</mark>` : escapeHtml(p.text)))
          .join('');
  return `${[
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${css}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${escapeHtml(title)}</h1>`,
    `<p class="lede">No time to read? Get a summary (${escapeHtml(summary.algorithm)}, ${summary.sentences.length} of ${summary.counts.candidates} sentences)</p>`,
    `<ol class="summary" lang="${lang}">${items.join('')}</ol>`,
    ...(legend === undefined ? [] : [`<p class="why">${escapeHtml(legend)}</p>`]),
    ...(terms.length === 0 ? [] : [`<p class="terms"><b>${label}:</b> ${terms.map(escapeHtml).join(', ')}</p>`]),
    '</header>',
    ...(article === '' ? [] : ['<h2>The article</h2>', `<article lang="${lang}">${article}</article>`]),
    '</body>',
    '</html>',
  ].join('\n')}\n`;
}

const css = [
  'body{font:17px/1.55 Georgia,serif;max-width:44em;margin:2em auto;padding:0 1em;color:#222;background:#fff}',
  'h1{font-size:1.5em;margin:0 0 .3em}h2{font-size:1.1em;margin-top:2em;border-top:1px solid #ccc;padding-top:1em}',
  '.lede{color:#666;font-style:italic;margin:0 0 1em}',
  'ol.summary{padding-left:1.4em}ol.summary li{margin:.4em 0}ol.summary a{color:#1a4d8f;text-decoration:none}ol.summary a:hover{text-decoration:underline}',
  '.why{color:#777;font-size:.85em}',
  'article{white-space:pre-wrap;overflow-wrap:break-word}',
  'mark{background:#fff3a3;padding:0 .1em}mark:target{background:#ffd54a;outline:2px solid #e0a800}',
].join('');
