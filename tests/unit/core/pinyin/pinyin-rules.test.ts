// The reading rules of core/pinyin/pinyin.ts that the learned model cannot be left to: neutral tones as the
// dictionary gives them, 为 / 率 / 丧 by their role in the sentence, 东西 by its sense, traditional text read as
// the model learned it. Each sentence is one the rule decides: without the rule it reads otherwise.
import { describe, expect, test } from 'vitest';
import { loadPinyinData } from '../../../../tools/lib/node-data';
import { analyseText, pinyinTokens, type PinyinOptions } from '../../../../core/pinyin/pinyin';
import { loadLexicon } from '../../../support/data';

const lexicon = loadLexicon();
const data = loadPinyinData();
/** The reading of the `nth` occurrence of `char` in `text` (0: the first). */
const readingIn = (text: string, char: string, nth = 0, options?: PinyinOptions) => {
  const chars = pinyinTokens(text, lexicon, data, options).flatMap((token) => [...token.text].map((c, i) => [c, token.pinyin[i]] as const));
  return chars.filter(([c]) => c === char)[nth]?.[1];
};
const readingOf = (text: string, options?: PinyinOptions) =>
  pinyinTokens(text, lexicon, data, options)
    .flatMap((token) => token.pinyin)
    .join(' ');

describe('neutral tones as the dictionary gives them in the word', () => {
  test.each([
    ['幌子', 'huǎng zi'],
    ['榔头', 'láng tou'],
    ['知识', 'zhī shi'],
    ['衣服', 'yī fu'],
    ['认识', 'rèn shi'],
    ['关系', 'guān xi'],
    ['先生', 'xiān sheng'],
    ['朋友', 'péng you'],
    ['意思', 'yì si'],
    ['事情', 'shì qing'],
  ])('%s → %s', (word, reading) => {
    expect(readingOf(word)).toBe(reading);
  });
  test('a full tone stays where the word has it (电子 diàn zǐ, 儿子 ér zi)', () => {
    expect(readingOf('电子')).toBe('diàn zǐ');
    expect(readingOf('儿子')).toBe('ér zi');
  });
  test("neutralTones: 'model' gives the tones of the CPP benchmark's labelling, which the model learned (知识 zhī shí)", () => {
    expect(readingOf('他很有知识', { neutralTones: 'model' })).toBe('tā hěn yǒu zhī shí');
  });
});

describe('东西: "thing" unless the sentence speaks of directions', () => {
  test.each([
    ['我买了很多东西', 'dōng xi'],
    ['市场上的东西越来越贵', 'dōng xi'],
    ['这条山脉呈东西走向', 'dōng xī'],
    ['长江横贯东西', 'dōng xī'],
    ['广场东西两侧', 'dōng xī'],
  ])('%s: %s', (text, reading) => {
    expect(readingIn(text, '东') + ' ' + readingIn(text, '西')).toBe(reading);
  });
});

describe('地方 and 告诉 by their sense', () => {
  test.each([
    ['地方政府出台了新规定', '地方', 'dì fāng'],
    ['中央和地方', '地方', 'dì fāng'],
    ['这个地方很美', '地方', 'dì fang'],
    ['很多地方下了雨', '地方', 'dì fang'],
    ['他告诉记者', '告诉', 'gào su'],
    ['本罪告诉乃论', '告诉', 'gào sù'],
  ])('%s: %s → %s', (text, word, reading) => {
    const at = [...text].indexOf(word[0]!);
    const readings = pinyinTokens(text, lexicon, data).flatMap((token) => token.pinyin);
    expect(readings.slice(at, at + 2).join(' ')).toBe(reading);
  });
});

describe('为: wèi "for, in order to", wéi "to be, to act as"', () => {
  test.each([
    ['inside a word, the word decides', '为人民服务', 'wèi'],
    ['以…为…', '他们始终以服务群众为宗旨开展了大量工作。', 'wéi'],
    ['为…所…, the passive', '他发明了这种方法，为后人所称道。', 'wéi'],
    ['为…所作的…: "made for"', '各方积极评价中国政府为实现国家统一所作的努力。', 'wèi'],
    ['a purpose verb right after it', '中国为促进地区和平与稳定积极斡旋。', 'wèi'],
    ['a verb taking a beneficiary later in the clause', '政府为灾区群众提供救灾物资。', 'wèi'],
    ['a verb taking a beneficiary later in the clause', '按照当地习俗，家人为他办丧。', 'wèi'],
    ['a verb taking a beneficiary later in the clause, before a figure', '各国运动员正在为2024年奥运会做准备。', 'wèi'],
    ['an aspect particle later in the clause', '这些问题都为我们敲响了警钟。', 'wèi'],
    ['为…而…', '他们为子孙后代的未来而努力。', 'wèi'],
    ['at the start of a clause', '他们日夜坚守，为祖国站岗。', 'wèi'],
    ['after an adverb of "for"', '我们也为他们高兴。', 'wèi'],
  ])('%s: %s → %s', (_, text, reading) => {
    expect(readingIn(text, '为')).toBe(reading);
  });
  test('after an enumeration comma, as at the start of a clause', () => {
    expect(readingIn('为群众排忧、为企业解难。', '为', 1)).toBe('wèi');
  });
  test('before a figure, the copula, even after 也', () => {
    expect(readingIn('今年的增速为5%，明年预计也为5%左右。', '为', 1)).toBe('wéi');
  });
});

describe('率 and 丧 alone', () => {
  test('率 before the group it leads: shuài', () => {
    expect(readingIn('外交部长率中国代表团出席会议。', '率')).toBe('shuài');
  });
  test('率 as a rate stays lǜ', () => {
    expect(readingIn('今年的出生率大幅下降。', '率')).toBe('lǜ');
  });
  test('丧 as mourning, at the end of a clause: sāng; before what is lost: sàng', () => {
    expect(readingIn('村里有人家办丧，大家都去帮忙。', '丧')).toBe('sāng');
    expect(readingIn('她中年丧夫，独自抚养孩子。', '丧')).toBe('sàng');
  });
});

describe('traditional text is read as the model learned it', () => {
  test.each([
    ['為人民服務', '為', 'wèi'],
    ['他們為災區群眾提供救災物資。', '為', 'wèi'],
    ['國家主席率代表團出席會議。', '率', 'shuài'],
    ['她中年喪夫。', '喪', 'sàng'],
    ['他長得很高。', '長', 'zhǎng'],
  ])('%s: %s → %s', (text, char, reading) => {
    expect(readingIn(text, char)).toBe(reading);
  });
  test('one traditional character in a simplified sentence is read as itself (麻黄加朮汤: zhú, not 术 shù)', () => {
    const modelledNothing = () => false;
    expect(analyseText('可与麻黄加朮汤。', lexicon, data, modelledNothing).readChars[5]).toBe('朮');
    expect(analyseText('可與麻黃加朮湯。', lexicon, data, modelledNothing).readChars[5]).toBe('术');
  });
  test('a traditional word is read from the word list, which is in simplified characters (所長 suǒ zhǎng)', () => {
    expect(readingIn('研究所所長表示', '長')).toBe('zhǎng');
  });
});

describe("the issue's words, in sentences", () => {
  test.each([
    ['他率领代表团访问日本。', '率', 'shuài'],
    ['省长率团出访。', '率', 'shuài'],
    ['教练率队出征。', '率', 'shuài'],
    ['中国率先实现了目标。', '率', 'shuài'],
    ['这个决定太草率了。', '率', 'shuài'],
    ['双方进行了坦率的交谈。', '率', 'shuài'],
    ['提高工作效率。', '率', 'lǜ'],
    ['发生的概率很低。', '率', 'lǜ'],
    ['经济增长率达到百分之五。', '率', 'lǜ'],
    ['央行下调利率。', '率', 'lǜ'],
    ['人民币汇率保持稳定。', '率', 'lǜ'],
    ['他們因地震喪命。', '喪', 'sàng'],
    ['企业丧失了竞争力。', '丧', 'sàng'],
    ['他感到很沮丧。', '丧', 'sàng'],
    ['球员们垂头丧气。', '丧', 'sàng'],
    ['家里正在办丧事。', '丧', 'sāng'],
    ['改革丧葬习俗。', '丧', 'sāng'],
    ['成立治丧委员会。', '丧', 'sāng'],
    ['为世界和平作出贡献。', '为', 'wèi'],
    ['为此，双方举行了会谈。', '为', 'wèi'],
    ['为了人民的利益。', '为', 'wèi'],
    ['他成为了一名医生。', '为', 'wéi'],
    ['作为一名记者，他很忙。', '为', 'wéi'],
    ['专家认为，经济将继续增长。', '为', 'wéi'],
    ['他为敌人所杀。', '为', 'wéi'],
  ])('%s: %s → %s', (text, char, reading) => {
    expect(readingIn(text, char)).toBe(reading);
  });
});
