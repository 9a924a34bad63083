import { describe, expect, it } from 'vitest';
import { contentTypeOf } from '../../src/cli/fetch-url.js';
import { decodePage } from '../../src/input/charset.js';

const cafe = 'Le café coûte 3 €.';
const latin1 = Buffer.from(cafe.replace('€', '\u0080'), 'latin1');
const utf8 = Buffer.from(cafe);
const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]);
const meta = (charset: string, body: Buffer): Buffer => Buffer.concat([Buffer.from(`<html><head><meta charset="${charset}"></head><body><p>`), body, Buffer.from('</p></body></html>')]);
const httpEquiv = (charset: string, body: Buffer): Buffer =>
  Buffer.concat([Buffer.from(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}"></head><body><p>`), body, Buffer.from('</p></body></html>')]);

describe('decodePage', () => {
  it.each<[string, Buffer, string | undefined, boolean, string, string | undefined]>([
    ['header charset', latin1, 'windows-1252', false, cafe, 'windows-1252'],
    ['header label iso-8859-1 is windows-1252, as in WHATWG', latin1, 'ISO-8859-1', false, cafe, 'windows-1252'],
    ['header utf-8', utf8, 'utf-8', false, cafe, 'utf-8'],
    ['no charset: UTF-8 by its bytes', utf8, undefined, false, cafe, undefined],
    ['no charset: Windows-1252 by its bytes', latin1, undefined, false, cafe, undefined],
    ['a BOM beats the header', bom, 'iso-8859-1', false, cafe, undefined],
    ['an unknown header label counts as none', utf8, 'x-no-such', false, cafe, undefined],
  ])('%s', (_name, bytes, header, html, text, charset) => {
    const page = decodePage(bytes, header, html);
    expect(page.text).toBe(text);
    expect(page.charset).toBe(charset);
    expect(page.replaced).toBe(false);
  });

  it('reads <meta charset> and http-equiv in a web page, not in plain text', () => {
    expect(decodePage(meta('windows-1252', latin1), undefined, true).text).toContain(cafe);
    expect(decodePage(httpEquiv('latin1', latin1), undefined, true).charset).toBe('windows-1252');
    expect(decodePage(meta('koi8-r', latin1), undefined, false).charset).toBeUndefined();
  });

  it('lets the header beat the <meta>, and reads a <meta> past 1024 bytes as none', () => {
    expect(decodePage(meta('windows-1252', utf8), 'utf-8', true).charset).toBe('utf-8');
    const late = Buffer.concat([Buffer.from(`<html><head><!--${' '.repeat(1100)}--><meta charset="koi8-r">`), utf8]);
    expect(decodePage(late, undefined, true).charset).toBeUndefined();
  });

  it('reads a <meta> that declares UTF-16 as UTF-8, as the HTML standard says', () => {
    expect(decodePage(meta('utf-16', utf8), undefined, true)).toMatchObject({ charset: 'utf-8', replaced: false });
  });

  it('says when bytes are not valid in the declared charset', () => {
    expect(decodePage(latin1, 'utf-8', false)).toMatchObject({ charset: 'utf-8', replaced: true });
  });

  it('refuses NUL bytes as binary', () => {
    expect(() => decodePage(Buffer.from([0x41, 0, 0x42]), 'windows-1252', false)).toThrow(/not text/u);
  });
});

describe('contentTypeOf', () => {
  it.each<[string | null, string | undefined, string | undefined]>([
    ['text/html; charset=ISO-8859-1', 'text/html', 'ISO-8859-1'],
    ['Text/HTML;Charset="utf-8"', 'text/html', 'utf-8'],
    ['text/plain', 'text/plain', undefined],
    ['application/pdf; name=a.pdf', 'application/pdf', undefined],
    ['text/html; charset=', 'text/html', undefined],
    [null, undefined, undefined],
    ['  ', undefined, undefined],
  ])('%s', (header, mediaType, charset) => {
    expect(contentTypeOf(header)).toEqual({ mediaType, charset });
  });
});
