// Saved pages decode in the charset their bytes really use, whatever <meta charset> says, and any input (a page,
// a fragment, plain text, nothing) becomes a Document with a body.
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { decodePage, declaredCharset, utf16ByZeroBytes } from '../../../tools/lib/decode-page';
import { loadSavedPage, parsePage } from '../../../tools/lib/saved-page';

const SIMPLIFIED = '新华社北京9月4日电 习近平同朝鲜劳动党总书记、国务委员长金正恩举行会谈，强调构建人类命运共同体。';
const TRADITIONAL = '新華社北京9月4日電 習近平同朝鮮勞動黨總書記、國務委員長金正恩舉行會談，強調構建人類命運共同體。';
const page = (meta: string, text: string) => `<html><head>${meta}<title>${text.slice(0, 3)}</title></head><body><p>${text}</p></body></html>`;

describe('decodePage', () => {
  test.each([
    ['utf-8', '<meta charset="gbk">', SIMPLIFIED, 'utf-8'],
    ['gbk', '<meta charset="gbk">', SIMPLIFIED, 'gb18030'],
    ['gbk', '<meta charset="utf-8">', SIMPLIFIED, 'gb18030'],
    ['gbk', '<meta charset="big5">', SIMPLIFIED, 'gb18030'],
    ['gbk', '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">', SIMPLIFIED, 'gb18030'],
    ['gbk', '', SIMPLIFIED, 'gb18030'],
    ['gb18030', '<meta charset="gb2312">', SIMPLIFIED, 'gb18030'],
    ['big5', '<meta charset="big5">', TRADITIONAL, 'big5hkscs'],
    ['big5', '<meta charset="gb2312">', TRADITIONAL, 'big5hkscs'],
    ['big5', '<meta charset="utf-8">', TRADITIONAL, 'big5hkscs'],
    ['big5', '', TRADITIONAL, 'big5hkscs'],
    ['gbk', '<meta charset="gbk">', TRADITIONAL, 'gb18030'],
  ])('%s bytes declared as %j', (real, meta, text, charset) => {
    const html = page(meta, text);
    const decoded = decodePage(iconv.encode(html, real));
    expect(decoded).toEqual({ text: html, charset });
  });

  test('GB18030 four-byte characters (Unicode outside GBK) come through', () => {
    const html = page('<meta charset="gb2312">', `${SIMPLIFIED}𠀀䶮€`);
    expect(decodePage(iconv.encode(html, 'gb18030')).text).toBe(html);
  });

  test('Big5-HKSCS characters of Hong Kong pages come through (Node’s own big5 decoder drops them)', () => {
    const html = page('<meta charset="big5">', `${TRADITIONAL}市民帶着羣眾入户。`);
    expect(decodePage(iconv.encode(html, 'big5')).text).toBe(html);
  });

  test('a byte order mark decides', () => {
    const html = page('<meta charset="gbk">', SIMPLIFIED);
    expect(decodePage(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(html)])).text).toBe(html);
    expect(decodePage(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(html, 'utf-16le')])).text).toBe(html);
  });

  test('declaredCharset reads meta charset, http-equiv and the XML declaration', () => {
    expect(declaredCharset(Buffer.from('<meta charset="GB2312">'))).toBe('gb2312');
    expect(declaredCharset(Buffer.from("<meta http-equiv='Content-Type' content='text/html; charset=big5'>"))).toBe('big5');
    expect(declaredCharset(Buffer.from('<?xml version="1.0" encoding="GBK"?>'))).toBe('gbk');
    expect(declaredCharset(Buffer.from('<html><body>'))).toBeUndefined();
  });
});

describe('UTF-16 without a byte order mark', () => {
  test.each(['utf-16le', 'utf-16be'] as const)('%s: a page is told by the zero bytes of its markup, plain Chinese text by plausibility', (charset) => {
    const html = page('<meta charset="gbk">', SIMPLIFIED);
    expect(decodePage(iconv.encode(html, charset))).toEqual({ text: html, charset });
    expect(utf16ByZeroBytes(iconv.encode(html, charset))).toBe(charset);
    // No ASCII, so no zero byte: the decodings compete, and only the right one reads as Chinese.
    const text = SIMPLIFIED.replace(/[ 0-9]/g, '');
    expect(decodePage(iconv.encode(text, charset))).toEqual({ text, charset });
  });

  test('no other charset has zero bytes to be taken for UTF-16', () => {
    for (const charset of ['utf-8', 'gbk', 'gb18030']) expect(utf16ByZeroBytes(iconv.encode(page('', SIMPLIFIED), charset)), charset).toBeUndefined();
    expect(utf16ByZeroBytes(iconv.encode(page('', TRADITIONAL), 'big5'))).toBeUndefined();
  });
});

describe('parsePage: whatever the input, a Document with a body', () => {
  const bodyText = (text: string) => parsePage(text).document.body.textContent;

  test.each([
    ['a whole page', '<!DOCTYPE html><html lang="zh-CN"><head><title>标题</title></head><body><p>中文新闻</p></body></html>', 'page', '中文新闻'],
    ['a fragment', '<p>中文新闻</p>', 'fragment', '中文新闻'],
    ['a fragment after a doctype', '<!DOCTYPE html><p>中文新闻</p>', 'fragment', '中文新闻'],
    ['head and body without <html>', '<head><title>标题</title></head><body><p>正文</p></body>', 'page', '正文'],
    ['a page inside a crawler’s wrapper element', '<text id="http://example.com/1" title="标题"><html><head><title>标题</title></head><body><p>正文</p></body></html></text>', 'page', '正文'],
    ['a body fragment inside a crawler’s wrapper element', '<text id="http://example.com/1" title="标题"><div id="nav"><a href="/">首页</a></div><p>正文</p></text>', 'fragment', '首页正文'],
    ['plain text', '第一段。\n\n第二段 a < b', 'text', '第一段。第二段 a < b'],
    ['empty input', '', 'text', ''],
    ['blank input', ' \n\t\n', 'text', ''],
  ])('%s', (_, text, kind, content) => {
    const parsed = parsePage(text);
    expect(parsed.kind).toBe(kind);
    expect(parsed.document.body).toBeTruthy();
    expect(bodyText(text)).toBe(content);
  });

  test('a page keeps its lang and title; a decoy <html> in an IE conditional comment is no page start', () => {
    const { document } = parsePage('<!--[if lt IE 9]><html class="ie" lang="en"><![endif]--><html lang="zh-Hant"><head><title>標題</title></head><body><p>正文</p></body></html>');
    expect(document.documentElement.getAttribute('lang')).toBe('zh-Hant');
    expect(document.title).toBe('標題');
  });

  test('plain text becomes one paragraph a line, its markup-like characters kept as text', () => {
    const { document } = parsePage('第一段，有逗号。\n\n数量 1 < 2 & 3 > 2\n');
    expect([...document.body.children].map((p) => [p.tagName, p.textContent])).toEqual([
      ['P', '第一段，有逗号。'],
      ['P', '数量 1 < 2 & 3 > 2'],
    ]);
  });

  test('loadSavedPage decodes, then frames: a GBK body fragment in a wrapper element', () => {
    const html = `<text id="http://example.com/1" title="标题" encoding="gb2312"><div><p>${SIMPLIFIED}</p></div></text>`;
    const saved = loadSavedPage(iconv.encode(html, 'gbk'));
    expect(saved.charset).toBe('gb18030');
    expect(saved.document.body.textContent).toBe(SIMPLIFIED);
  });
});
