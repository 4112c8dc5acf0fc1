import { describe, expect, test } from 'vitest';
import { readableDefinition, readableEntry, readerScript } from '../../../../core/dictionary/cross-references';
import { toDictionaryResult } from '../../../../core/dictionary/dictionary';
import { loadDictionary } from '../../../support/data';

describe('CEDICT references written for a reader', () => {
  test('traditional|simplified[numbered pinyin]: the form in the reader\'s script and tone marks', () => {
    expect(readableDefinition('個|个[ge4]', 'simplified')).toBe('个 gè');
    expect(readableDefinition('個|个[ge4]', 'traditional')).toBe('個 gè');
    expect(readableDefinition('variant of 劃|划[hua4]', 'simplified')).toBe('variant of 划 huà');
    expect(readableDefinition('abbr. for 95後|95后[jiu3 wu3 hou4] + 00後|00后[ling2 ling2 hou4]', 'traditional')).toBe('abbr. for 95後 jiǔ wǔ hòu + 00後 líng líng hòu');
    expect(readableDefinition('(etymologically, a contracted form of 不一樣|不一样[bu4 yi1 yang4])', 'simplified')).toBe('(etymologically, a contracted form of 不一样 bù yī yàng)');
  });

  test('one form for both scripts, with its reading', () => {
    expect(readableDefinition('see 某[mou3]', 'simplified')).toBe('see 某 mǒu');
    expect(readableDefinition('本[ben3]', 'traditional')).toBe('本 běn');
    expect(readableDefinition('see 3C[san1 C]', 'simplified')).toBe('see 3C sān C');
    expect(readableDefinition('(e.g. PM2.5, γ射線|γ射线[γ she4 xian4])', 'traditional')).toBe('(e.g. PM2.5, γ射線 γ shè xiàn)');
  });

  test('ü, neutral tones, capitals, phrases with commas and CEDICT\'s "lu : 4"', () => {
    expect(readableDefinition('abbr. for 七言律詩|七言律诗[qi1 yan2 lu : 4 shi1]', 'simplified')).toBe('abbr. for 七言律诗 qī yán lǜ shī');
    expect(readableDefinition('see 策略|策略[ce4 lu:e4]', 'simplified')).toBe('see 策略 cè lüè');
    expect(readableDefinition('alternative for 拜拜[bai2 bai2], 我的[wo3 de5]', 'simplified')).toBe('alternative for 拜拜 bái bái, 我的 wǒ de');
    expect(readableDefinition('see 一朝被蛇咬，十年怕井繩|一朝被蛇咬，十年怕井绳[yi1 zhao1 bei4 she2 yao3 , shi2 nian2 pa4 jing3 sheng2]', 'simplified')).toBe(
      'see 一朝被蛇咬，十年怕井绳 yī zhāo bèi shé yǎo, shí nián pà jǐng shéng',
    );
    expect(readableDefinition('variant of 三個臭皮匠|三个臭皮匠[san1 ge4 chou4 pi2 jiang5]', 'traditional')).toBe('variant of 三個臭皮匠 sān gè chòu pí jiang');
    expect(readableDefinition('see 斯蒂芬·哈珀[Si1 di4 fen1 · Ha1 po4]', 'simplified')).toBe('see 斯蒂芬·哈珀 Sī dì fēn · Hā pò');
  });

  test('a reference without a reading, or with an empty one, is its form alone', () => {
    expect(readableDefinition('see 孫中山|孙中山', 'simplified')).toBe('see 孙中山');
    expect(readableDefinition('傳|传[]', 'traditional')).toBe('傳');
    expect(readableDefinition('佛[]', 'simplified')).toBe('佛');
  });

  test('a reading alone becomes tone-marked pinyin; other brackets stay as they are', () => {
    expect(readableDefinition('also pr. [pou1]', 'simplified')).toBe('also pr. pōu');
    expect(readableDefinition('pronounced [a4 pu5 zhu3]', 'simplified')).toBe('pronounced à pu zhǔ');
    // A word's syllables run together or hyphenated, as CEDICT writes another pronunciation.
    expect(readableDefinition('Taiwan pr. [xia4hai2]', 'simplified')).toBe('Taiwan pr. xiàhái');
    expect(readableDefinition('also pr. [yi1mo2-yi1yang4]', 'simplified')).toBe('also pr. yīmó-yīyàng');
    // Taiwanese in Tai-lo, a word in Latin letters: not numbered pinyin.
    const taiwanese = '(Tw) to cram (from Taiwanese 齧書, Tai-lo pr. [khè-su], similar to Mandarin 啃書|啃书[ken3 shu1])';
    expect(readableDefinition(taiwanese, 'traditional')).toBe('(Tw) to cram (from Taiwanese 齧書, Tai-lo pr. [khè-su], similar to Mandarin 啃書 kěn shū)');
    expect(readableDefinition('uptight (from Taiwanese, Tai-lo pr. [king])', 'simplified')).toBe('uptight (from Taiwanese, Tai-lo pr. [king])');
    // The word list's own mark of another reading, already tone-marked.
    expect(readableDefinition('[zháo] to touch', 'simplified')).toBe('[zháo] to touch');
  });

  test('text without CEDICT\'s notation is unchanged, and a written reference is not written again', () => {
    for (const text of ['fate; destiny', 'A|B testing', 'C++ [programming]', '(Tw) A-choy [ue-á-tshài]']) expect(readableDefinition(text, 'simplified')).toBe(text);
    const once = readableDefinition('see 開金|开金[kai1 jin1]', 'traditional');
    expect(readableDefinition(once, 'traditional')).toBe(once);
  });

  test('an entry\'s definitions, measure words and variants', () => {
    const entry = { simplified: '画', traditional: '畫', pinyin: 'huà', definitions: ['to draw', 'see 畫兒|画儿[hua4 r5]'], classifiers: ['幅[fu2]', '張|张[zhang1]'], variantOf: ['劃|划[hua4]'] };
    expect(readableEntry(entry, 'traditional')).toEqual({ ...entry, definitions: ['to draw', 'see 畫兒 huà r'], classifiers: ['幅 fú', '張 zhāng'], variantOf: ['劃 huà'] });
  });

  test('every reference in CC-CEDICT is written out: no "|" between forms or numbered reading is left', () => {
    const dictionary = loadDictionary();
    for (const word of ['命运', '着', '的', '某', '个', '画', '了', '行', '长', '会']) {
      for (const entry of dictionary.lookup(word).map(toDictionaryResult)) {
        const readable = readableEntry(entry, 'simplified');
        for (const text of [...readable.definitions, ...readable.classifiers, ...readable.variantOf]) {
          expect(text, `${word}: ${text}`).not.toMatch(/\p{Script=Han}\|\p{Script=Han}|\[[a-z:]+[1-5]/iu);
        }
      }
    }
    expect(readableEntry(dictionary.lookup('命运').map(toDictionaryResult)[0]!, 'simplified').classifiers).toEqual(['个 gè']);
  });
});

describe('the script a word is read in', () => {
  test('the word\'s own characters first, then its sentence\'s, else simplified', () => {
    expect(readerScript('個', '一個人')).toBe('traditional');
    expect(readerScript('个', '一个人')).toBe('simplified');
    expect(readerScript('的', '這是我們的書。')).toBe('traditional');
    expect(readerScript('的', '这是我们的书。')).toBe('simplified');
    expect(readerScript('的', '的')).toBe('simplified');
  });
});
