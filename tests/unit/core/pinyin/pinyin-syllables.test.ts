import { describe, expect, test } from 'vitest';
import { formatPinyin, markSyllable, plainPinyin } from '../../../../core/pinyin/pinyin-syllables';

describe('markSyllable', () => {
  test.each([
    ['hang2', 'háng'],
    ['zhang3', 'zhǎng'],
    ['Zeng1', 'Zēng'],
    ['lu:4', 'lǜ'],
    ['nu:3', 'nǚ'],
    ['lve4', 'lüè'],
    ['gou3', 'gǒu'],
    ['gui4', 'guì'],
    ['liu2', 'liú'],
    ['de5', 'de'],
    ['r5', 'r'],
    ['xian1', 'xiān'],
    ['er2', 'ér'],
  ])('%s → %s', (numbered, marked) => {
    expect(markSyllable(numbered)).toBe(marked);
  });
});

describe('formatPinyin and plainPinyin', () => {
  test('formats a CEDICT reading', () => {
    expect(formatPinyin('ren2 lei4 ming4 yun4')).toBe('rén lèi mìng yùn');
  });
  test.each([
    ['Mìngyùn', 'mingyun'],
    ['lǜ', 'lv'],
    ['lu:4', 'lv'],
    ['rén lèi', 'ren lei'],
    ['ming4yun4', 'mingyun'],
  ])('%s → %s', (input, plain) => {
    expect(plainPinyin(input)).toBe(plain);
  });
});
