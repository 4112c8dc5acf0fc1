// Text as a reader reads it: the one normaliser behind the card, the page's glossary terms and marked examples.
import { describe, expect, test } from 'vitest';
import { BARRIER, readerText } from '../../../../core/text/reader-text';

describe('readerText', () => {
  test('drops layout breaks between Han characters and keeps every other space', () => {
    expect(readerText(['人类\n   命运', ' 共同体 ']).text).toBe('人类命运共同体 ');
    expect(readerText(['see  this\n text', ' 中 a']).text).toBe('see  this\n text 中 a');
    expect(readerText(['抗日 战\u3000争']).text).toBe('抗日战争');
    expect(readerText(['']).text).toBe('');
    expect(readerText([]).text).toBe('');
  });

  test('drops zero-width characters everywhere', () => {
    expect(readerText(['中\u200b国']).text).toBe('中国');
    expect(readerText(['a\u00adb\ufeff', '\u2060c']).text).toBe('abc');
  });

  test('drops scraped inline pinyin after a Han character, also when it sits in the next text node', () => {
    expect(readerText(['中朝關(guān)系迎來新篇章']).text).toBe('中朝關系迎來新篇章');
    expect(readerText(['關', '（guān）', '系']).text).toBe('關系');
    // Not after a Han character, or not pinyin: kept.
    expect(readerText(['see (guan) here']).text).toBe('see (guan) here');
    expect(readerText(['中国(China)']).text).toBe('中国(China)');
  });

  test('maps every kept character back to its piece and offset', () => {
    const pieces = ['构建人类', '\n  ', '命运', ' x', '關(guān)系'];
    const { text, piece, offset } = readerText(pieces);
    expect(text).toBe('构建人类命运 x關系');
    for (let i = 0; i < text.length; i++) expect(pieces[piece[i]!]![offset[i]!]).toBe(text[i]);
  });

  test('keeps characters outside the BMP whole and joins them like any Han character', () => {
    const { text, piece, offset } = readerText(['𠮷 野', '家']);
    expect(text).toBe('𠮷野家');
    expect([...piece]).toEqual([0, 0, 0, 1]);
    expect([...offset]).toEqual([0, 1, 3, 0]);
  });

  test('a block barrier is never dropped, so no text runs across it', () => {
    expect(readerText(['人类命运', BARRIER, '\n共同体']).text).toBe(`人类命运${BARRIER}\n共同体`);
  });

  test('reading twice changes nothing', () => {
    const once = readerText(['中朝關(guān)系 迎來\u200b新 篇章。 Next line\n 中']).text;
    expect(readerText([once]).text).toBe(once);
  });
});
