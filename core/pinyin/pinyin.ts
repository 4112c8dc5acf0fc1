// Pinyin in context: one tone-marked syllable for every Han character, chosen by the word it is in, the
// characters around it and a small model learned from the CPP polyphone benchmark (assets/pinyin-model.json).
import { pinyin as pinyinPro } from 'pinyin-pro';
import { convertText } from '../script/convert-script';
import { SURNAME_READINGS } from './surnames';
import { CLAUSE_BOUNDARY, LIST_MARK, OPENING_MARK, READING_UNIT_END } from '../text/text-rules';
import { detectScript, type Script } from '../script/detect-script';
import type { Dictionary } from '../dictionary/dictionary';
import { simplifiedForm, type Lexicon } from '../dictionary/lexicon';
import { modelReading, toneless, type CharContext } from './pinyin-model';
import { formatPinyin } from './pinyin-syllables';
import type { PinyinData } from './pinyin-data';
import { segmentWithSpans } from '../dictionary/segment-text';
import { splitInContext } from './word-splits';
import { unifiedHan } from '../text/han';

export interface PinyinToken {
  text: string;
  /** One syllable for each Han character of `text`; empty for a token without Han characters. */
  pinyin: string[];
}

const NUMBERED_SYLLABLE = /^[a-zü:]+[1-5]$/i;
const TONE_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;

/** A word's one reading, as tone-marked syllables; `name` when CEDICT knows the word only as a name (曾庆红). */
export interface WordSyllables {
  syllables: string[];
  name: boolean;
}

/** The word's reading when CEDICT gives it exactly one (ignoring proper names unless it is only a name). */
export function cedictReading(word: string, dictionary: Dictionary): WordSyllables | undefined {
  const chars = [...word].length;
  const common = new Set<string>();
  const names = new Set<string>();
  for (const entry of dictionary.readings(word)) {
    const syllables = entry.pinyin.split(' ');
    if (syllables.length !== chars || !syllables.every((s) => NUMBERED_SYLLABLE.test(s))) continue;
    (/^[A-Z]/.test(entry.pinyin) ? names : common).add(entry.pinyin.toLowerCase());
  }
  // A word that is only a name (曾庆红) takes the name's reading (Zēng); otherwise names don't count.
  const readings = common.size > 0 ? common : names;
  if (readings.size !== 1) return undefined;
  return { syllables: formatPinyin([...readings][0]!).split(' '), name: common.size === 0 };
}

export const dictionaryReading = (word: string, dictionary: Dictionary) => cedictReading(word, dictionary)?.syllables;

/** A word's reading: CEDICT's single one, else the word list's (assets/word-readings.json). */
export function wordReading(word: string, dictionary: Dictionary, wordReadings: PinyinData['wordReadings']): WordSyllables | undefined {
  const listed = wordReadings.get(word);
  return cedictReading(word, dictionary) ?? (listed ? { syllables: listed.split(' '), name: false } : undefined);
}

/** A character pinyin-pro has no reading for: CEDICT's first reading of it alone. */
function fallbackReading(char: string, dictionary: Dictionary): string {
  const entry = dictionary.readings(char).find((e) => NUMBERED_SYLLABLE.test(e.pinyin));
  return entry ? formatPinyin(entry.pinyin.toLowerCase()) : '';
}

/** Per dictionary: the form of each traditional character that the model and pinyin-pro read (see readAs). */
const readForms = new WeakMap<Dictionary, Map<string, string>>();

/**
 * The character as the model and pinyin-pro read it: a traditional character as its simplified form (為 → 为,
 * 喪 → 丧, 團 → 团), since the model learned from simplified text and pinyin-pro reads little traditional (他們
 * tā mén). Only where the simplified form has no reading the traditional one lacks in CEDICT: 乾 (qián, gān) is
 * not read as 干 (gān, gàn).
 */
function readAs(char: string, dictionary: Dictionary): string {
  const simplified = simplifiedForm(char);
  if (simplified === char) return char;
  let forms = readForms.get(dictionary);
  if (!forms) readForms.set(dictionary, (forms = new Map()));
  let form = forms.get(char);
  if (form === undefined) {
    const own = new Set(dictionary.readings(char).map((entry) => entry.pinyin.toLowerCase()));
    const other = dictionary.readings(simplified).map((entry) => entry.pinyin.toLowerCase());
    form = other.length > 0 && other.every((reading) => own.has(reading)) ? simplified : char;
    forms.set(char, form);
  }
  return form;
}

/** What is known about each code point of a text before the model decides. */
export interface TextAnalysis {
  chars: string[];
  /** Per code point: the character as the model, the rules and pinyin-pro read it (readAs). */
  readChars: string[];
  segments: { text: string; start: number; han: boolean }[];
  /** Per code point of a Han character: its segmented word, pinyin-pro's reading, its dictionary word's reading. */
  words: string[];
  /** Per code point of a Han character: where its word starts. */
  wordStarts: number[];
  proReadings: string[];
  wordReadings: (string | undefined)[];
  /** Per code point: a reading that is not the model's to change (a glossary term's hand-checked one). */
  fixed: (string | undefined)[];
  /** Per code point: whether its word's reading is a name's (see WordSyllables). */
  nameWords: boolean[];
  readWord: (word: string) => WordSyllables | undefined;
  /** Whether the word list (PinyinData.wordReadings) has a reading for a word. */
  listed: (word: string) => boolean;
  /** Per code point: the lengths of the lexicon words starting there, as bits (bit k: k + 1 characters). */
  wordSpans: Uint16Array;
}


/** The text cut after each end of a reading unit (text-rules.ts): pinyin-pro reads each apart, and the model looks no
 * further than two characters past its end marks (word-at.ts keeps that margin). */
function sentences(text: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (!READING_UNIT_END.test(text[i]!)) continue;
    pieces.push(text.slice(start, i + 1));
    start = i + 1;
  }
  if (start < text.length) pieces.push(text.slice(start));
  return pieces;
}

/**
 * pinyin-pro's reading of each code point ('' where it has none), read sentence by sentence so its own context
 * rules apply. Not the whole text at once: its segmentation compares probabilities that underflow over a long
 * text, so a reading could change with text sentences away (角斗士 read jué or jiǎo by what came before), and the
 * model learned from its readings of single sentences.
 */
function proReadingsOf(text: string, chars: readonly string[]): string[] {
  const readings: string[] = [];
  for (const sentence of sentences(text)) {
    // The array form is several times faster than 'all'; its alignment is checked all the same.
    let found = pinyinPro(sentence, { type: 'array', toneType: 'symbol', v: false });
    const length = [...sentence].length;
    if (found.length !== length) found = pinyinPro(sentence, { type: 'all', toneType: 'symbol', v: false }).map((item) => item.pinyin);
    if (found.length !== length) found = new Array<string>(length).fill('');
    readings.push(...found);
  }
  // A character pinyin-pro cannot read comes back as itself: no reading.
  for (let i = 0; i < readings.length; i++) if (readings[i] === chars[i]) readings[i] = '';
  return readings;
}

/**
 * The text's characters as the model reads them (readAs), sentence by sentence as pinyin-pro reads them, so a card
 * reading one sentence reads it as the whole text does. Only a sentence in traditional characters is mapped: a
 * traditional character among simplified ones is there on purpose (麻黄加朮汤: the herb zhú, not 术 shù). A
 * sentence with no character only one script uses (他看著窗外) is read in the script of the text around it, when
 * the caller knows it (`around`).
 */
function readCharsOf(text: string, chars: string[], modelled: (char: string) => boolean, dictionary: Dictionary, around?: Script): string[] {
  if (around !== 'traditional' && simplifiedForm(text) === text) return chars;
  const read: string[] = [];
  for (const sentence of sentences(text)) {
    const own = [...sentence];
    const unchanged = simplifiedForm(sentence) === sentence;
    const alone = unchanged && around !== 'traditional' ? undefined : detectScript(sentence);
    const script = !alone ? 'simplified' : around === 'traditional' && alone.simplifiedOnly === 0 ? 'traditional' : unchanged ? 'simplified' : alone.script;
    if (script !== 'traditional') read.push(...own);
    else {
      // As OpenCC converts the sentence (看著 → 看着, but 著名 stays), where it keeps one character for one;
      // else character by character.
      const converted = [...convertText(sentence, 'cn', 'tw')];
      read.push(...(converted.length === own.length ? converted : own.map((char) => (modelled(char) ? char : readAs(char, dictionary)))));
    }
  }
  return read;
}

/** `modelled`: whether the model has readings of its own for a character, which is then read as it is (朮 zhú, not
 * as 术 shù). */
export function analyseText(
  text: string,
  lexicon: Lexicon,
  { frequencies, wordReadings: listed }: Omit<PinyinData, 'model'>,
  modelled: (char: string) => boolean,
  around?: Script,
): TextAnalysis {
  const { dictionary } = lexicon;
  const chars = [...text];
  const readChars = readCharsOf(text, chars, modelled, dictionary, around);
  const proReadings = proReadingsOf(readChars === chars ? text : readChars.join(''), readChars);
  const { segments, wordSpans } = segmentWithSpans(text, lexicon, frequencies);
  const known = new Map<string, WordSyllables | undefined>();
  const readWord = (word: string) => {
    // The word list is in simplified characters, and a scraped page may mix the scripts (關系).
    if (!known.has(word)) {
      let found = wordReading(word, dictionary, listed);
      if (!found && readChars !== chars) {
        const simplified = simplifiedForm(word);
        if (simplified !== word) found = wordReading(simplified, dictionary, listed);
      }
      known.set(word, found);
    }
    return known.get(word);
  };
  const words: string[] = new Array(chars.length);
  const wordStarts: number[] = new Array(chars.length);
  const wordReadings: (string | undefined)[] = new Array(chars.length);
  const fixed: (string | undefined)[] = new Array(chars.length);
  const nameWords: boolean[] = new Array(chars.length).fill(false);
  let codePoint = 0;
  for (const segment of segments) {
    const length = [...segment.text].length;
    if (segment.han) {
      const glossary = length > 1 ? lexicon.reading(segment.text) : undefined;
      const fromWord = length > 1 && !glossary ? readWord(segment.text) : undefined;
      for (let i = 0; i < length; i++) {
        words[codePoint + i] = segment.text;
        wordStarts[codePoint + i] = codePoint;
        fixed[codePoint + i] = glossary?.[i];
        wordReadings[codePoint + i] = fromWord?.syllables[i];
        nameWords[codePoint + i] = fromWord?.name ?? false;
      }
    }
    codePoint += length;
  }
  return { chars, readChars, segments, words, wordStarts, proReadings, wordReadings, fixed, nameWords, readWord, listed: (word) => listed.get(word) !== undefined, wordSpans };
}

/** The model's view of the Han character at `index`. */
export function contextAt(analysis: TextAnalysis, index: number): CharContext {
  return {
    chars: analysis.readChars,
    index,
    word: analysis.words[index]!,
    proReading: analysis.proReadings[index] || '',
    wordReading: analysis.wordReadings[index],
    readWord: analysis.readWord,
    wordSpans: analysis.wordSpans,
    listed: analysis.listed,
  };
}

/** Verb readings before an aspect particle or a directional complement (种了 zhòng, 好了 is not one: 好 reads hǎo). */
const VERB_BEFORE_ASPECT: Record<string, string> = { 种: 'zhòng', 担: 'dān', 削: 'xiāo', 钻: 'zuān', 扇: 'shān' };
const ASPECT = new Set(['了', '着', '过', '起', '出', '下', '上', '进', '到', '完', '好']);

const isSingle = (analysis: TextAnalysis, index: number) => analysis.words[index] !== undefined && analysis.words[index]!.length === analysis.chars[index]!.length;


/** The words of the clause on one side of the word that ends (direction -1) or starts (direction 1) at `index`,
 * nearest first, as the segmenter split them; a non-Han run other than a clause mark counts as one word. */
function clauseWords(analysis: TextAnalysis, index: number, direction: 1 | -1): string[] {
  const found: string[] = [];
  let at = index;
  while (at >= 0 && at < analysis.chars.length) {
    const word = analysis.words[at];
    if (word === undefined) {
      if (CLAUSE_BOUNDARY.test(analysis.chars[at]!)) break;
      found.push(analysis.chars[at]!);
      at += direction;
      continue;
    }
    found.push([...word].map((_, i) => analysis.readChars[direction === 1 ? at + i : at - [...word].length + 1 + i]).join(''));
    at += direction * [...word].length;
  }
  return found;
}

/** Whether the character at `index` opens a clause or an item of a list (为民谋利、为民解忧): nothing before it, or
 * only opening marks after an end mark or an enumeration comma. */
function opensClause(analysis: TextAnalysis, index: number): boolean {
  for (let at = index - 1; at >= 0; at--) {
    const char = analysis.chars[at]!;
    if (CLAUSE_BOUNDARY.test(char) || char === LIST_MARK) return true;
    if (!OPENING_MARK.test(char)) return false;
  }
  return true;
}

/** Words after 为 in its clause that show it means "for": a verb phrase follows its object. */
const FOR_VERBS = new Set([
  // an aspect particle or 而 after 为 and its object shows a verb phrase follows it (为她办理了贷款, 为…而奋斗)
  ...'了 着 过 而'.split(' '),
  // verbs whose beneficiary 为 introduces (为…作出贡献, 为…提供支持, 为…带来福祉)
  ...'办 做 做好 准备 打造 铺路 让路 鼓劲 撑腰 献礼 献策 出谋划策 代言 作证 题词 题写 举行 举办 送 送去 送来 送上 服务 作出 做出 带来 提供 注入 打下 奠定 创造 营造 办理 设定 留下 擘画 谋 谋利 谋福利 解忧 贡献 争光 增添 开辟 搭建 赋能 助力 护航 保驾护航 揭幕 揭牌 剪彩 颁奖 颁发 捐款 捐赠 捐献 付出 着想 操心 担心 担忧 感到 骄傲 自豪 庆祝 庆贺 加油 点赞 喝彩 鼓掌 祝福 祈福 祈祷 默哀 指明 领航 效力 效劳 奋斗 买单 埋单 辩护 出力 献计献策 铺平 点亮'.split(' '),
]);
/** Verbs 为 makes a purpose of when one follows it at once (为实现…, 为促进…, 为迎接…). */
const PURPOSE_VERBS = new Set(
  '实现 促进 推动 推进 加强 迎接 完善 维护 保障 确保 应对 解决 满足 庆祝 纪念 帮助 支持 保护 落实 争取 团结 筹备 配合 适应 改善 提高 增进 深化 欢迎 悼念 防止 避免 减少 降低 扩大 吸引 方便 推广 保证 培养 打造 建设 弘扬 传承 发展 加快 贯彻'.split(' '),
);
/** Words before 为 that make it "for" (将为, 也为, 共同为, 主动为). */
const BEFORE_FOR = new Set(
  '将 必将 将会 也 还 要 愿 愿意 共同 一起 一道 携手 专门 特意 特地 主动 积极 努力 继续 不断 始终 一直 全力 亲自 以及 并 更好地 持续 正在'.split(' '),
);
const DIGIT = /[0-9０-９]/;
const HAN_WORD = /^\p{Script=Han}+$/u;

/**
 * 为 alone. wèi "for, on behalf of, in order to" introduces whom or what an action serves (为人民服务, 为实现统一);
 * wéi "to be, to act as, to become" (比重为44%, 以人民为中心, 为人所知). The model learned 为 from the benchmark's
 * encyclopedia sentences, where the copula wéi is the rule (16 of 19); news writes wèi most. So the cues the
 * sentence gives decide, in this order, and the model only where there is none.
 */
function weiReading(analysis: TextAnalysis, index: number): string | undefined {
  const before = clauseWords(analysis, index - 1, -1);
  const after = clauseWords(analysis, index + 1, 1);
  if (before.includes('以')) return 'wéi'; // 以…为…: "take … as …"
  const suo = after.indexOf('所');
  // 为…所…, the passive (为人所知); but 为…所作的努力 is "the effort made for …".
  if (suo >= 0 && !/^[作做]/.test(after[suo + 1] ?? '')) return 'wéi';
  if (PURPOSE_VERBS.has(after[0] ?? '') || after.some((word) => FOR_VERBS.has(word))) return 'wèi';
  if (DIGIT.test(analysis.chars[index + 1] ?? '')) return 'wéi'; // a figure: 增速为5%, 也为5%
  if (opensClause(analysis, index) || BEFORE_FOR.has(before[0] ?? '')) return 'wèi';
  return undefined;
}

/** 率 alone before the group it leads is the verb shuài (率团访问, 率中国代表团出席, 率部); the rate lǜ is a suffix
 * (出生率, 增长率). */
const LED_GROUP = /[团队军部兵师众旅营舰]$/;
function shuaiReading(analysis: TextAnalysis, index: number): string | undefined {
  const after = clauseWords(analysis, index + 1, 1).filter((word) => HAN_WORD.test(word));
  return after.slice(0, 2).some((word) => LED_GROUP.test(word)) ? 'shuài' : undefined;
}

/** 丧 alone as a noun, mourning, is sāng: at the end of a clause (主丧。, 办丧，) or before what belongs to mourning
 * (丧期); the model, which learned 丧 mostly as sàng "to lose" (丧夫, 丧生), reads the rest. */
const MOURNING_AFTER = new Set([...'事礼葬服期假仪钟乐宴车堂棚费家']);
function sangReading(analysis: TextAnalysis, index: number): string | undefined {
  const next = analysis.readChars[index + 1];
  return analysis.words[index + 1] === undefined || MOURNING_AFTER.has(next!) ? 'sāng' : undefined;
}

/** Characters alone whose reading the rules above decide from the sentence. */
const ROLE_RULES: Record<string, (analysis: TextAnalysis, index: number) => string | undefined> = { 为: weiReading, 率: shuaiReading, 丧: sangReading };

/**
 * Characters whose two readings are two meanings the dictionary's words keep apart (为人民服务 wèi, 成为 wéi; 率领
 * shuài, 效率 lǜ; 丧失 sàng, 丧事 sāng): inside a word with one reading, the word's reading holds, where the model,
 * learned from few examples, could overrule it.
 */
const WORD_DECIDES = new Set(Object.keys(ROLE_RULES));

/**
 * Common words with two dictionary readings, one per meaning, and the neighbours (the character right after the
 * word, or right before it) that ask for the other one:
 * - 东西 is "thing" (dōng xi) unless the sentence speaks of directions (东西走向, 东西两侧, 横贯东西: dōng xī);
 * - 地方 is "local" (dì fāng: 地方政府, 中央和地方) in news, "place" (dì fang) after a measure word, a
 *   demonstrative or 的 (这个地方, 很多地方, 住的地方);
 * - 告诉 is "to tell" (gào su) but "to bring a complaint" (gào sù) in the legal 告诉乃论.
 */
const SENSE_BY_NEIGHBOURS: Record<string, { usual: string[]; other: string[]; after: string; before: string }> = {
  东西: { usual: ['dōng', 'xi'], other: ['dōng', 'xī'], after: '向部侧岸端线轴两长宽距走延横贯相各南方城', before: '北贯横' },
  地方: { usual: ['dì', 'fāng'], other: ['dì', 'fang'], after: '', before: '的个些这那么种处块多少哪每' },
  告诉: { usual: ['gào', 'su'], other: ['gào', 'sù'], after: '乃', before: '' },
};

function senseReading(analysis: TextAnalysis, index: number): string | undefined {
  const word = analysis.words[index];
  // The table is in simplified characters, as a sentence in traditional ones is read (readChars).
  const sense = word === undefined ? undefined : SENSE_BY_NEIGHBOURS[analysis.readChars === analysis.chars ? word : simplifiedForm(word)];
  if (!sense) return undefined;
  const start = analysis.wordStarts[index]!;
  const end = start + [...word!].length;
  const other = sense.after.includes(analysis.readChars[end] ?? '\0') || sense.before.includes(analysis.readChars[start - 1] ?? '\0');
  return (other ? sense.other : sense.usual)[index - start];
}

/** Rules the model sees too few examples of to learn, each about a role in the sentence, not a word. */
function ruleReading(analysis: TextAnalysis, index: number): string | undefined {
  const char = analysis.readChars[index]!;
  // A name CEDICT reads with a surname's own reading (曾庆红 Zēng Qìnghóng): the name's reading.
  const surname = SURNAME_READINGS[char];
  if (surname && analysis.nameWords[index] && analysis.wordReadings[index] === surname) return surname;
  if (WORD_DECIDES.has(char) && analysis.wordReadings[index]) return analysis.wordReadings[index];
  // Only a word of several characters without one dictionary reading can be one of them.
  const sense = analysis.wordReadings[index] === undefined && analysis.words[index] !== analysis.chars[index] ? senseReading(analysis, index) : undefined;
  if (sense) return sense;
  if (!isSingle(analysis, index)) return undefined;
  const role = ROLE_RULES[char]?.(analysis, index);
  if (role) return role;
  // A surname alone before a given name of one or two characters that form no word with it (单雄信, 解振华).
  if (surname && (index === 0 || analysis.words[index - 1] === undefined) && isSingle(analysis, index + 1)) {
    const third = analysis.words[index + 2];
    if (third === undefined || isSingle(analysis, index + 2)) return surname;
  }
  const verb = VERB_BEFORE_ASPECT[char];
  if (verb && ASPECT.has(analysis.readChars[index + 1] ?? '') && isSingle(analysis, index + 1)) return verb;
  // 地 alone after a word made an adverb by 性 or 然 is the adverbial particle (历史性地, 自然地), de.
  if (char === '地' && index > 0) {
    const before = analysis.words[index - 1];
    if (before !== undefined && before.length > 1 && (before.endsWith('性') || before.endsWith('然'))) return 'de';
  }
  // 将 alone before a word is the future marker or "take" (将依法, 将其), jiāng; the noun lives in words (将领, 参将).
  if (char === '将' && analysis.words[index + 1] !== undefined && (index === 0 || analysis.words[index - 1] === undefined || !isSingle(analysis, index - 1))) return 'jiāng';
  return undefined;
}

/** The reading of one Han character: the glossary's, the rules', the model's, the dictionary word's, pinyin-pro's, CEDICT's. */
function readingAt(analysis: TextAnalysis, index: number, lexicon: Lexicon, model: PinyinData['model']): string {
  const fixed = analysis.fixed[index];
  if (fixed) return fixed;
  const char = analysis.readChars[index]!;
  return (
    ruleReading(analysis, index) ||
    (model.readings[char] ? modelReading(model, contextAt(analysis, index)) : undefined) ||
    analysis.wordReadings[index] ||
    analysis.proReadings[index] ||
    fallbackReading(analysis.chars[index]!, lexicon.dictionary)
  );
}

/**
 * The reading as a reader sees it: with the neutral tone where the word's dictionary reading has it on the same
 * syllable (知识 zhī shi, 衣服 yī fu, 幌子 huǎng zi). The model learned from the CPP benchmark, which writes most such
 * syllables with their full tone (知识 zhī shí) and only particles and a few suffixes neutral, so it decides which
 * syllable, and the dictionary whether it is spoken neutral.
 */
function spokenReading(analysis: TextAnalysis, index: number, reading: string): string {
  const inWord = analysis.wordReadings[index];
  if (inWord === undefined || TONE_MARK.test(inWord) || analysis.fixed[index]) return reading;
  return toneless(reading) === inWord ? inWord : reading;
}

export interface PinyinOptions {
  /**
   * 'dictionary' (the default): neutral tones as the dictionary gives them in the word (spokenReading). 'model': the
   * tones the model gives, in the labelling of the CPP benchmark it learned from, for scoring against that benchmark.
   */
  neutralTones?: 'dictionary' | 'model';
  /** The script of the text around `text` (a card's sentence on its page), for sentences that do not show their own. */
  around?: Script;
}

export function pinyinTokens(text: string, lexicon: Lexicon, data: PinyinData, { neutralTones = 'dictionary', around }: PinyinOptions = {}): PinyinToken[] {
  const { model } = data;
  // A compatibility ideograph (車 U+F902) is read as its unified twin, which every source knows; the tokens keep the text's own.
  const unified = unifiedHan(text);
  const analysis = analyseText(unified, lexicon, data, (char) => model.readings[char] !== undefined, around);
  const original = unified === text ? undefined : [...text];
  const tokens: PinyinToken[] = [];
  let codePoint = 0;
  analysis.segments.forEach((segment, index) => {
    const length = [...segment.text].length;
    const pinyin: string[] = [];
    for (let i = 0; segment.han && i < length; i++) {
      const reading = readingAt(analysis, codePoint + i, lexicon, model);
      pinyin.push(neutralTones === 'dictionary' ? spokenReading(analysis, codePoint + i, reading) : reading);
    }
    // A dictionary word the sentence shows to be two (穿着|一件): its second part read as the split table says (zhe).
    const inWord = length === 2 ? analysis.wordReadings.slice(codePoint, codePoint + length) : undefined;
    const split = inWord?.every((syllable) => syllable !== undefined) ? splitInContext(analysis.segments, index, inWord as string[]) : undefined;
    if (split?.secondReading !== undefined) pinyin[split.first] = split.secondReading;
    tokens.push({ text: original ? original.slice(codePoint, codePoint + length).join('') : segment.text, pinyin });
    codePoint += length;
  });
  return tokens;
}
