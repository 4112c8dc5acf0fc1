import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildShippedModel, learnPinyin, pinyinModelJson } from '../../../../tools/training/build-pinyin-model';
import { buildShippedWordFrequencies, wordFrequenciesJson } from '../../../../tools/training/build-word-frequencies';
import { buildWordReadings, wordReadingsJson } from '../../../../tools/build/build-word-readings';
import { loadPinyinData, PINYIN_MODEL_FILE, readCorpusTexts, WORD_FREQUENCIES_FILE, WORD_READINGS_FILE } from '../../../../tools/lib/node-data';
import { isTrainingLine, numberedSyllable, readCppDev } from '../../../../tools/lib/cpp-dev';
import { HAN_CHAR } from '../../../../core/text/han';
import { pinyinTokens } from '../../../../core/pinyin/pinyin';
import { detectScript } from '../../../../core/script/detect-script';
import { toneless } from '../../../../core/pinyin/pinyin-model';
import { NOUNS_AFTER_PREPOSITION, segmentText } from '../../../../core/dictionary/segment-text';
import { sentenceAround, wordAt } from '../../../../core/card/word-at';
import { loadLexicon } from '../../../support/data';
import { simplifiedForm } from '../../../../core/dictionary/lexicon';

const lexicon = loadLexicon();
const data = loadPinyinData();
const readingOf = (text: string) => pinyinTokens(text, lexicon, data).flatMap((token) => token.pinyin).join(' ');
const TONE_MARKED = /^[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]+$/;

describe('pinyinTokens keeps the contract', () => {
  test.each([
    '中朝关系迎来新篇章。',
    'A股3月上涨2.5%，习近平说“好”！',
    '關(guān)系 and English 混排\n第二行',
    '𠀀𪚥 rare characters',
    '',
  ])('%j', (text) => {
    const tokens = pinyinTokens(text, lexicon, data);
    expect(tokens.map((token) => token.text).join('')).toBe(text);
    for (const token of tokens) {
      const han = [...token.text].filter((char) => HAN_CHAR.test(char));
      expect(token.pinyin).toHaveLength(han.length);
      if (han.length > 0) expect(han.length).toBe([...token.text].length); // a token is all Han or none
      for (const syllable of token.pinyin.filter(Boolean)) expect(syllable).toMatch(TONE_MARKED);
    }
  });
});

describe('readings in context', () => {
  test.each([
    ['中朝', 'zhōng cháo'],
    ['朝鲜', 'cháo xiǎn'],
    ['行长', 'háng zhǎng'],
    ['举行会谈', 'jǔ xíng huì tán'],
    ['这部长篇小说', 'zhè bù cháng piān xiǎo shuō'],
    ['绿色发展', 'lǜ sè fā zhǎn'],
    ['国务委员长', 'guó wù wěi yuán zhǎng'],
    ['人类命运共同体', 'rén lèi mìng yùn gòng tóng tǐ'],
  ])('%s → %s', (text, expected) => {
    expect(readingOf(text)).toBe(expected);
  });
});

describe('dictionary words the sentence shows to be two (word-splits.ts, the table the card asks too)', () => {
  test.each([
    ['他穿着一件白衬衫', 'tā chuān zhe yí jiàn bái chèn shān'], // 穿着 "attire" is zhuó; before an object's number, 着 zhe
    ['穿着这身制服', 'chuān zhe zhè shēn zhì fú'],
  ])('%s → %s', (text, expected) => {
    expect(readingOf(text)).toBe(expected);
  });
  test.each([
    ['她的穿着很朴素', 'tā de chuān zhuó hěn pǔ sù'], // the noun "attire"
    ['沿着这条路', 'yán zhe zhè tiáo lù'], // the dictionary reads zhe already
  ])('elsewhere the dictionary word keeps its reading: %s → %s', (text, expected) => {
    expect(readingOf(text)).toBe(expected);
  });
});

describe('readings that depend on the word, the name or the role', () => {
  test.each([
    // segmentation traps
    ['举行会谈', 'jǔ xíng huì tán'],
    ['该处长表示', 'gāi chù zhǎng biǎo shì'],
    ['他写了这部长篇小说', 'tā xiě le zhè bù cháng piān xiǎo shuō'],
    ['国务委员长', 'guó wù wěi yuán zhǎng'],
    ['他在朝鲜工作', 'tā zài cháo xiǎn gōng zuò'],
    // surnames at the start of a name
    ['曾庆红', 'zēng qìng hóng'],
    ['曾荫权表示', 'zēng yīn quán biǎo shì'],
    ['他曾经说过', 'tā céng jīng shuō guò'],
    ['朴槿惠', 'piáo jǐn huì'],
    ['单雄信', 'shàn xióng xìn'],
    ['解振华', 'xiè zhèn huá'],
    // function words
    ['他表现得很好', 'tā biǎo xiàn de hěn hǎo'],
    ['历史性地解决', 'lì shǐ xìng de jiě jué'],
    ['政府将依法处理', 'zhèng fǔ jiāng yī fǎ chǔ lǐ'],
    ['他走了', 'tā zǒu le'],
    ['看着', 'kàn zhe'],
    // verb, not noun
    ['农民种了小麦', 'nóng mín zhòng le xiǎo mài'],
    // political vocabulary
    ['涉藏问题', 'shè zàng wèn tí'],
    ['中朝友谊', 'zhōng cháo yǒu yì'],
    ['银行行长', 'yín háng háng zhǎng'],
  ])('%s → %s', (text, expected) => {
    expect(readingOf(text)).toBe(expected);
  });
});

/** The text as the segmenter splits it, words joined by "/". */
const splitOf = (text: string) => segmentText(text, lexicon, data.frequencies).map((segment) => segment.text).join('/');

describe('segmentation ties go to the commoner words', () => {
  test.each([
    ['在朝鲜', '在/朝鲜'],
    ['他把儿子送回家', '他/把/儿子/送/回家'],
    ['这部长篇小说', '这/部/长篇小说'],
  ])('%s → %s', (text, split) => {
    expect(splitOf(text)).toBe(split);
  });
  test.each([
    ['他表现得很好', '他/表现/得/很/好'],
    ['发展得很快', '发展/得/很/快'],
    ['好得很。', '好/得很/。'],
  ])('得很 "very" is a word only at the end of a clause: %s → %s', (text, split) => {
    expect(splitOf(text)).toBe(split);
  });
  test.each([
    ['坚持为人民办实事', '坚持/为/人民/办/实事'], // 为人 would take 人 (and 民办 民) with fewer words
    ['为人类进步事业作出贡献', '为/人类/进步/事业/作出/贡献'],
  ])('a preposition before a noun of people (为 + 人民, 人类) stands alone and the noun is whole: %s → %s', (text, split) => {
    expect(splitOf(text)).toBe(split);
  });
  test.each([
    ['他为人正直', '他/为人/正直'], // no noun after: 为人 "to conduct oneself"
    ['我家对面的超市', '我/家/对面/的/超市'], // 面的 is no noun of people
  ])('elsewhere the dictionary word stays: %s → %s', (text, split) => {
    expect(splitOf(text)).toBe(split);
  });
  test.each([...NOUNS_AFTER_PREPOSITION])('%s, a noun a preposition yields to, is a word of the lexicon (so a split always exists)', (noun) => {
    expect(splitOf(noun)).toBe(noun);
  });
  test('regenerating assets/word-frequencies.json from the dev split and the corpus changes nothing', () => {
    expect(wordFrequenciesJson(buildShippedWordFrequencies(lexicon))).toBe(readFileSync(WORD_FREQUENCIES_FILE, 'utf8'));
  }, 60_000);
});

describe('the learned context model', () => {
  test.each([
    ['zǐ', 'zi'],
    ['shí', 'shi'],
    ['lǜ', 'lü'],
    ['dī', 'di'],
    ['dì', 'di'],
    ['de', 'de'],
  ])('toneless(%s) is %s: every tone mark goes, ü stays', (marked, bare) => {
    expect(toneless(marked)).toBe(bare);
  });
  test('regenerating assets/pinyin-model.json from the dev split changes nothing', () => {
    expect(pinyinModelJson(buildShippedModel(lexicon))).toBe(readFileSync(PINYIN_MODEL_FILE, 'utf8'));
  }, 60_000);
  test('regenerating assets/word-readings.json from @pinyin-pro/data changes nothing', () => {
    expect(wordReadingsJson(buildWordReadings(lexicon.dictionary))).toBe(readFileSync(WORD_READINGS_FILE, 'utf8'));
  }, 60_000);
  test('learned from the odd lines alone, it reads at least 97.2% of the even lines right (CEDICT words with pinyin-pro read 93.1%)', () => {
    const examples = readCppDev();
    const learned = learnPinyin(examples.filter(isTrainingLine), lexicon);
    const heldOut = examples.filter((example) => !isTrainingLine(example));
    const right = heldOut.filter((example) => {
      // Scored in the benchmark's own labelling of neutral tones (see PinyinOptions).
      const readings = pinyinTokens(example.sentence, lexicon, learned, { neutralTones: 'model' }).flatMap((t) => (t.pinyin.length ? t.pinyin : [...t.text].map(() => '')));
      return numberedSyllable(readings[example.index] ?? '') === example.gold;
    }).length;
    expect(right / heldOut.length).toBeGreaterThanOrEqual(0.972);
  }, 60_000);
});

describe('wordAt picks the word a reader sees', () => {
  test.each([
    ['这部长篇小说', 1, '部'],
    ['这部长篇小说', 2, '长篇小说'],
    ['银行行长', 2, '行长'],
    ['构建人类命运共同体理念', 4, '人类命运共同体'],
  ])('%s @%i → %s', (text, offset, word) => {
    expect(wordAt(text, offset, lexicon, data)?.text).toBe(word);
  });
  test('no word off Han text', () => {
    expect(wordAt('abc 中文', 1, lexicon, data)).toBeUndefined();
  });
});

describe('wordAt reads only the sentence around the pointer, with the same result', () => {
  // A card's text: up to 300 characters either side of the pointer, from the corpus's news texts and from the
  // benchmark's sentences run together (they hold many polyphonic characters next to a sentence's end).
  const news = readCorpusTexts();
  const benchmark = readCppDev()
    .slice(0, 500)
    .map((example) => example.sentence)
    .join('');
  const windows = [...news, benchmark].flatMap((text) => Array.from({ length: Math.ceil(text.length / 600) }, (_, i) => text.slice(i * 600, i * 600 + 600)));
  test('every Han character of each window gets the word and reading the whole window gives it', () => {
    let compared = 0;
    for (const window of windows) {
      let start = 0;
      // A sentence that shows no script of its own is read in its window's (wordAt does the same with its text).
      for (const token of pinyinTokens(window, lexicon, data, { around: detectScript(window).script })) {
        for (let offset = start; offset < start + token.text.length; offset++) {
          if (token.pinyin.length === 0 || /[\udc00-\udfff]/.test(window[offset]!)) continue;
          const found = wordAt(window, offset, lexicon, data);
          expect([found?.text, found?.start, found?.pinyin]).toEqual([window.slice(start, start + token.text.length), start, token.pinyin]);
          compared++;
        }
        start += token.text.length;
      }
    }
    expect(compared).toBeGreaterThan(10_000);
  }, 60_000);
  test('the sentence, its end marks and one character past each, never half a character', () => {
    const around = (text: string, offset: number) => text.slice(...sentenceAround(text, offset));
    expect(around('前文。长篇小说！后文', 4)).toBe('文。长篇小说！后');
    expect(around('长篇小说', 1)).toBe('长篇小说');
    expect(around('他说𪡏。长篇小说！𪡏长', 5)).toBe('𪡏。长篇小说！𪡏');
    const text = '他说𪡏。长篇小说！𪡏长';
    expect(wordAt(text, 5, lexicon, data)).toMatchObject({ text: '长篇小说', start: 5, end: 9, pinyin: ['cháng', 'piān', 'xiǎo', 'shuō'] });
    expect(wordAt(text, 12, lexicon, data)?.start).toBe(12);
  });
});

describe('wordAt steps and alternative readings', () => {
  test('lists the words starting at the same spot, shortest first', () => {
    expect(wordAt('这部长篇小说', 2, lexicon, data)?.lengths).toEqual([1, 2, 4]);
  });
  test.each([
    ['这部长篇小说', 2, 2, undefined, '长篇', 'cháng piān'],
    ['这部长篇小说', 2, 1, undefined, '长', 'cháng'],
    ['这部长篇小说', 4, undefined, 'start', '小说', 'xiǎo shuō'],
    ['这部长篇小说', 3, undefined, 'end', '长篇', 'cháng piān'],
  ] as const)('%s @%i length %s align %s → %s', (text, offset, length, align, word, pinyin) => {
    const found = wordAt(text, offset, lexicon, data, length, align);
    expect(found?.text).toBe(word);
    expect(found?.pinyin.join(' ')).toBe(pinyin);
  });
  test('a span that is not all Han is no word', () => {
    expect(wordAt('中文abc', 1, lexicon, data, 3)).toBeUndefined();
  });
});

describe('words written in a mix of the scripts, as scraped pages write them', () => {
  test('關系 (關係 with a simplified 系) is one word with its dictionary entry', () => {
    expect(simplifiedForm('關系')).toBe('关系');
    // (中朝關系 would be the glossary's 中朝关系: a traditional sentence is read in its simplified form.)
    expect(wordAt('兩國關系迎來新篇章', 2, lexicon, data)?.text).toBe('關系');
    expect(lexicon.entries('關系')[0]?.simplified).toBe('关系');
  });
  test('a word in one script is looked up as it is', () => {
    expect(lexicon.entries('關係')[0]?.traditional).toBe('關係');
    expect(lexicon.entries('不是词')).toEqual([]);
  });
});

describe('compatibility ideographs (Big5 and KS X 1001 duplicates) read as their unified twins', () => {
  // Found by the property tests: 車 U+F902, 更 U+F901 and the other 1,000 had no reading and no dictionary entry.
  const CAR = '\uf902'; // 車, whose unified twin is U+8ECA
  const text = `中國${CAR}輛更新。`;
  test('each has its reading in context, and the tokens keep the page’s own characters', () => {
    const tokens = pinyinTokens(text, lexicon, data);
    expect(tokens.map((token) => token.text).join('')).toBe(text);
    expect(readingOf(text)).toBe(readingOf('中國車輛更新。'));
    expect(readingOf(CAR)).toBe(readingOf('\u8eca'));
    expect(readingOf(CAR)).not.toBe('');
  });
  test('the card finds the word and its dictionary entry', () => {
    const word = wordAt(text, 2, lexicon, data);
    expect(word).toMatchObject({ text: `${CAR}輛`, pinyin: ['chē', 'liàng'] });
    expect(lexicon.entries(word!.text)[0]?.simplified).toBe('车辆');
  });
});
