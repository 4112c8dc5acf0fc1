// Tone-marked pinyin to zhuyin (bopomofo), as the card shows it when the reader chooses zhuyin.
import { describe, expect, test } from 'vitest';
import { pinyinToZhuyin, syllableToZhuyin } from '../../../../core/pinyin/zhuyin';

describe('zhuyin', () => {
  test.each([
    // Tones: none for the first, ˊ ˇ ˋ after, ˙ before the neutral tone.
    ['mā', 'ㄇㄚ'],
    ['má', 'ㄇㄚˊ'],
    ['mǎ', 'ㄇㄚˇ'],
    ['mà', 'ㄇㄚˋ'],
    ['ma', '˙ㄇㄚ'],
    // Initials alone: zhi chi shi ri zi ci si.
    ['zhī', 'ㄓ'],
    ['chī', 'ㄔ'],
    ['shì', 'ㄕˋ'],
    ['rì', 'ㄖˋ'],
    ['zì', 'ㄗˋ'],
    ['cí', 'ㄘˊ'],
    ['sī', 'ㄙ'],
    // y and w spellings.
    ['yī', 'ㄧ'],
    ['yǒu', 'ㄧㄡˇ'],
    ['yīng', 'ㄧㄥ'],
    ['yín', 'ㄧㄣˊ'],
    ['yuè', 'ㄩㄝˋ'],
    ['yuán', 'ㄩㄢˊ'],
    ['yún', 'ㄩㄣˊ'],
    ['yòng', 'ㄩㄥˋ'],
    ['yě', 'ㄧㄝˇ'],
    ['wǔ', 'ㄨˇ'],
    ['wǒ', 'ㄨㄛˇ'],
    ['wèn', 'ㄨㄣˋ'],
    ['wéi', 'ㄨㄟˊ'],
    // Abbreviated finals spelt out: iu, ui, un; ong and iong.
    ['liù', 'ㄌㄧㄡˋ'],
    ['duì', 'ㄉㄨㄟˋ'],
    ['lùn', 'ㄌㄨㄣˋ'],
    ['zhōng', 'ㄓㄨㄥ'],
    ['xióng', 'ㄒㄩㄥˊ'],
    ['gòng', 'ㄍㄨㄥˋ'],
    // ü, written u after j q x.
    ['lǜ', 'ㄌㄩˋ'],
    ['nüè', 'ㄋㄩㄝˋ'],
    ['jù', 'ㄐㄩˋ'],
    ['quán', 'ㄑㄩㄢˊ'],
    ['xué', 'ㄒㄩㄝˊ'],
    ['jūn', 'ㄐㄩㄣ'],
    ['lv', '˙ㄌㄩ'],
    // Other finals.
    ['háng', 'ㄏㄤˊ'],
    ['zhǎng', 'ㄓㄤˇ'],
    ['cháng', 'ㄔㄤˊ'],
    ['piān', 'ㄆㄧㄢ'],
    ['xiǎo', 'ㄒㄧㄠˇ'],
    ['shuō', 'ㄕㄨㄛ'],
    ['bō', 'ㄅㄛ'],
    ['ér', 'ㄦˊ'],
    ['ài', 'ㄞˋ'],
    ['ōu', 'ㄡ'],
    ['ēn', 'ㄣ'],
    ['guǎng', 'ㄍㄨㄤˇ'],
    ['zhuàng', 'ㄓㄨㄤˋ'],
    ['kuài', 'ㄎㄨㄞˋ'],
    ['jiǒng', 'ㄐㄩㄥˇ'],
    ['r', 'ㄦ'],
    // Capitals (names) read the same.
    ['Zēng', 'ㄗㄥ'],
  ])('%s → %s', (pinyin, zhuyin) => {
    expect(syllableToZhuyin(pinyin)).toBe(zhuyin);
  });

  test('what is not a pinyin syllable stays as it is', () => {
    for (const text of ['', '2025', 'ng', 'hm', 'abc', '，']) expect(syllableToZhuyin(text)).toBe(text);
  });

  test('a reading of several syllables, syllable by syllable', () => {
    expect(pinyinToZhuyin('rén lèi mìng yùn gòng tóng tǐ')).toBe('ㄖㄣˊ ㄌㄟˋ ㄇㄧㄥˋ ㄩㄣˋ ㄍㄨㄥˋ ㄊㄨㄥˊ ㄊㄧˇ');
    expect(pinyinToZhuyin('cháng piān xiǎo shuō')).toBe('ㄔㄤˊ ㄆㄧㄢ ㄒㄧㄠˇ ㄕㄨㄛ');
  });
});
