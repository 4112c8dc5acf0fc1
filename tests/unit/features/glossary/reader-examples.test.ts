import { describe, expect, test } from 'vitest';
import { convertTexts } from '../../../../core/script/convert-script';
import { carriesTaiwanPhrasing, readerLocale } from '../../../../features/glossary/ui/glossary-text';
import { readerExamples, type ConvertTexts } from '../../../../features/glossary/ui/reader-examples';

const convert: ConvertTexts = async (texts, to, from) => convertTexts(texts, to, from);
const TAIWAN = { text: '得到朝方積極支援和響應。', source: '002_x.txt' };
const TRADITIONAL = { text: '中國願意和世界各國合作。', source: '001_x.txt' };
const SIMPLIFIED = { text: '中国愿意和世界各国合作，共建人类命运共同体。', source: '004_x.txt' };

describe('the script the reader reads', () => {
  test.each([
    [{ script: 'simplified', converted: null }, 'en-US', 'cn'],
    [{ script: 'simplified', converted: 'traditional' }, 'en-US', 'hk'],
    [{ script: 'traditional', converted: null }, 'zh-CN', 'hk'],
    [{ script: 'traditional', converted: 'simplified' }, 'zh-TW', 'cn'],
    [{ script: 'mixed', converted: null }, 'zh-TW', 'hk'],
    [{ script: 'none', converted: null }, 'zh-CN', 'cn'],
    [null, 'zh-HK', 'hk'],
    [null, 'en', 'cn'],
  ] as const)('page %j, UI %s: %s', (page, ui, locale) => {
    expect(readerLocale(page, 'hk', ui)).toBe(locale);
  });
});

describe('examples in the reader\'s script', () => {
  test('Taiwan phrasing is what the phrase table changes beyond the characters', () => {
    expect(carriesTaiwanPhrasing('积极支援', '积极支持')).toBe(true);
    expect(carriesTaiwanPhrasing('积极支持', '积极支持')).toBe(false);
  });

  test('a simplified reader gets traditional examples converted character by character, the Taiwan-phrased one marked', async () => {
    const shown = await readerExamples([TAIWAN, TRADITIONAL, SIMPLIFIED], 'cn', convert);
    expect(shown.map((example) => example.text)).toEqual(['得到朝方积极支援和响应。', '中国愿意和世界各国合作。', SIMPLIFIED.text]);
    expect(shown.map((example) => [example.converted, example.taiwanPhrasing])).toEqual([
      [true, true],
      [true, false],
      [false, false],
    ]);
    expect(shown[0]).toMatchObject({ original: TAIWAN.text, source: TAIWAN.source });
  });

  test('a traditional reader gets simplified examples in the chosen standard; Taiwan phrasing is marked as written', async () => {
    const shown = await readerExamples([TAIWAN, SIMPLIFIED], 'tw', convert);
    expect(shown.map((example) => example.text)).toEqual([TAIWAN.text, '中國願意和世界各國合作，共建人類命運共同體。']);
    expect(shown.map((example) => [example.converted, example.taiwanPhrasing])).toEqual([
      [false, true],
      [true, false],
    ]);
    // Converted with Taiwan phrasing, an example carries it too.
    const phrased = await readerExamples([{ text: '各方积极支持。', source: 's' }], 'twp', convert);
    expect(phrased[0]).toMatchObject({ text: '各方積極支援。', converted: true, taiwanPhrasing: true });
  });

  test('no conversion asked when every example is in the reader\'s script already', async () => {
    const asked: string[] = [];
    const counting: ConvertTexts = async (texts, to, from) => {
      asked.push(`${from}>${to}`);
      return convertTexts(texts, to, from);
    };
    await readerExamples([SIMPLIFIED], 'cn', counting);
    expect(asked).toEqual(['auto>cn']);
  });
});
