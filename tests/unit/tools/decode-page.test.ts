// Saved pages decode in the charset their bytes really use, whatever <meta charset> says.
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { decodePage, declaredCharset } from '../../../tools/lib/decode-page';

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
