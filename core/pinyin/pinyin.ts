// Pinyin in context: one tone-marked syllable for every Han character, chosen by the word it is in, the
// characters around it and a small model learned from the CPP polyphone benchmark (assets/pinyin-model.json).
import { pinyin as pinyinPro } from 'pinyin-pro';
import type { Dictionary } from '../dictionary/dictionary';
import type { Lexicon } from '../dictionary/lexicon';
import { modelReading, type CharContext } from './pinyin-model';
import { formatPinyin } from './pinyin-syllables';
import type { PinyinData } from './pinyin-data';
import { segmentWithSpans } from '../dictionary/segment-text';
import { unifiedHan } from '../text/han';

export interface PinyinToken {
  text: string;
  /** One syllable for each Han character of `text`; empty for a token without Han characters. */
  pinyin: string[];
}

const NUMBERED_SYLLABLE = /^[a-zü:]+[1-5]$/i;

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

/** What is known about each code point of a text before the model decides. */
export interface TextAnalysis {
  chars: string[];
  segments: { text: string; start: number; han: boolean }[];
  /** Per code point of a Han character: its segmented word, pinyin-pro's reading, its dictionary word's reading. */
  words: string[];
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

/** Where a sentence ends: pinyin-pro reads each sentence apart, and the model looks no further than two characters
 * past its end marks (word-at.ts keeps that margin). */
export const SENTENCE_END = /[。！？；!?;\n]/;

/** The text cut after each sentence end mark. */
function sentences(text: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (!SENTENCE_END.test(text[i]!)) continue;
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

export function analyseText(text: string, lexicon: Lexicon, { frequencies, wordReadings: listed }: Omit<PinyinData, 'model'>): TextAnalysis {
  const { dictionary } = lexicon;
  const chars = [...text];
  const proReadings = proReadingsOf(text, chars);
  const { segments, wordSpans } = segmentWithSpans(text, lexicon, frequencies);
  const known = new Map<string, WordSyllables | undefined>();
  const readWord = (word: string) => {
    if (!known.has(word)) known.set(word, wordReading(word, dictionary, listed));
    return known.get(word);
  };
  const words: string[] = new Array(chars.length);
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
        fixed[codePoint + i] = glossary?.[i];
        wordReadings[codePoint + i] = fromWord?.syllables[i];
        nameWords[codePoint + i] = fromWord?.name ?? false;
      }
    }
    codePoint += length;
  }
  return { chars, segments, words, proReadings, wordReadings, fixed, nameWords, readWord, listed: (word) => listed.get(word) !== undefined, wordSpans };
}

/** The model's view of the Han character at `index`. */
export function contextAt(analysis: TextAnalysis, index: number): CharContext {
  return {
    chars: analysis.chars,
    index,
    word: analysis.words[index]!,
    proReading: analysis.proReadings[index] || '',
    wordReading: analysis.wordReadings[index],
    readWord: analysis.readWord,
    wordSpans: analysis.wordSpans,
    listed: analysis.listed,
  };
}

/** Surnames whose reading as a surname differs from the character's usual one. */
const SURNAMES: Record<string, string> = { 单: 'shàn', 解: 'xiè', 曾: 'zēng', 朴: 'piáo', 仇: 'qiú', 区: 'ōu', 查: 'zhā', 盖: 'gě', 缪: 'miào', 覃: 'qín', 尉: 'yù', 翟: 'zhái', 句: 'gōu', 繁: 'pó' };
/** Verb readings before an aspect particle or a directional complement (种了 zhòng, 好了 is not one: 好 reads hǎo). */
const VERB_BEFORE_ASPECT: Record<string, string> = { 种: 'zhòng', 担: 'dān', 削: 'xiāo', 钻: 'zuān', 扇: 'shān' };
const ASPECT = new Set(['了', '着', '过', '起', '出', '下', '上', '进', '到', '完', '好']);

const isSingle = (analysis: TextAnalysis, index: number) => analysis.words[index] !== undefined && analysis.words[index]!.length === analysis.chars[index]!.length;

/** Rules the model sees too few examples of to learn, each about a role in the sentence, not a word. */
function ruleReading(analysis: TextAnalysis, index: number): string | undefined {
  const char = analysis.chars[index]!;
  // A name CEDICT reads with a surname's own reading (曾庆红 Zēng Qìnghóng): the name's reading.
  const surname = SURNAMES[char];
  if (surname && analysis.nameWords[index] && analysis.wordReadings[index] === surname) return surname;
  if (!isSingle(analysis, index)) return undefined;
  // A surname alone before a given name of one or two characters that form no word with it (单雄信, 解振华).
  if (surname && (index === 0 || analysis.words[index - 1] === undefined) && isSingle(analysis, index + 1)) {
    const third = analysis.words[index + 2];
    if (third === undefined || isSingle(analysis, index + 2)) return surname;
  }
  const verb = VERB_BEFORE_ASPECT[char];
  if (verb && ASPECT.has(analysis.chars[index + 1] ?? '') && isSingle(analysis, index + 1)) return verb;
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
  const char = analysis.chars[index]!;
  return (
    ruleReading(analysis, index) ||
    (model.readings[char] ? modelReading(model, contextAt(analysis, index)) : undefined) ||
    analysis.wordReadings[index] ||
    analysis.proReadings[index] ||
    fallbackReading(char, lexicon.dictionary)
  );
}

export function pinyinTokens(text: string, lexicon: Lexicon, data: PinyinData): PinyinToken[] {
  const { model } = data;
  // A compatibility ideograph (車 U+F902) is read as its unified twin, which every source knows; the tokens keep the text's own.
  const unified = unifiedHan(text);
  const analysis = analyseText(unified, lexicon, data);
  const original = unified === text ? undefined : [...text];
  const tokens: PinyinToken[] = [];
  let codePoint = 0;
  for (const segment of analysis.segments) {
    const length = [...segment.text].length;
    const pinyin: string[] = [];
    if (segment.han) for (let i = 0; i < length; i++) pinyin.push(readingAt(analysis, codePoint + i, lexicon, model));
    tokens.push({ text: original ? original.slice(codePoint, codePoint + length).join('') : segment.text, pinyin });
    codePoint += length;
  }
  return tokens;
}
