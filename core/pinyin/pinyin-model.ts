// A small learned context model for polyphonic characters: for each character it knows, a linear score over
// the reading candidates from context features (neighbouring characters, the word the segmenter put it in,
// what the dictionary and pinyin-pro say). The weights are learned by tools/training/build-pinyin-model.ts and shipped
// as assets/pinyin-model.json; this module only extracts features and scores, so training and use agree.
import type { PinyinData } from './pinyin-data';
import { neighbourReadings, type NeighbourTable } from './neighbour-table';
import type { WordTable } from '../dictionary/word-table';

/** Everything the model may look at for one character of a text. */
export interface CharContext {
  /** The text's code points. */
  chars: readonly string[];
  /** The character's index in `chars`. */
  index: number;
  /** The segmented word containing it (itself when it stands alone). */
  word: string;
  /** pinyin-pro's contextual reading, tone-marked ('' if none). */
  proReading: string;
  /** The reading of the character inside its multi-character word, if the word has one (CEDICT's or the word list's). */
  wordReading: string | undefined;
  /** A word's one reading, CEDICT's or the word list's (tone-marked syllables); used on windows around the character. */
  readWord: (word: string) => { syllables: string[] } | undefined;
  /** Per code point: the lengths of the lexicon words starting there, as bits (bit k: k + 1 characters). */
  wordSpans: Uint16Array;
  /** Whether the word list (assets/word-readings.json) has a reading for a word, which may be outside the lexicon. */
  listed: (word: string) => boolean;
  /** Cache of the window readings and the neighbour table's readings (neighbour-table.ts), filled on first use. */
  windows?: [string, string][];
}

/** Windows around the character (start offset, length) whose dictionary reading is evidence for it. */
const WINDOWS: [number, number][] = [
  [0, 2],
  [-1, 2],
  [0, 3],
  [-2, 3],
  [-1, 3],
];

/** The windows' dictionary readings of the character, as agreement features. */
function windowReadings(context: CharContext): [string, string][] {
  const found: [string, string][] = [];
  for (const [from, length] of WINDOWS) {
    const start = context.index + from;
    if (start < 0 || start + length > context.chars.length) continue;
    // Only a word can have a reading: the segmenter already found which spans are lexicon words.
    const inLexicon = (context.wordSpans[start]! >> (length - 1)) & 1;
    const span = context.chars.slice(start, start + length);
    if (!span.every((char) => HAN.test(char))) continue;
    const word = span.join('');
    if (!inLexicon && !context.listed(word)) continue;
    const reading = context.readWord(word)?.syllables[-from];
    if (reading) found.push([`n${from}${length}`, reading]);
  }
  return found;
}

export interface PinyinModel {
  /** Readings the model scores for each character it knows, tone-marked. */
  readings: Record<string, string[]>;
  /** Feature → reading (or "=" for a feature that rewards agreement) → weight. Keys are "char\tfeature" or "*\tfeature". */
  weights: Record<string, Record<string, number>>;
  /** Per character, its reading next to a neighbour inside longer words of a big word list (see NeighbourTable). */
  neighbours: NeighbourTable;
}

const HAN = /\p{Script=Han}/u;
const ASCII_DIGIT = /[0-9０-９]/;
const LATIN = /[A-Za-zＡ-Ｚａ-ｚ]/;

/** A neighbour as the model sees it: Han characters as they are, other characters by class. */
function neighbour(char: string | undefined): string {
  if (char === undefined) return '^';
  if (HAN.test(char)) return char;
  if (ASCII_DIGIT.test(char)) return '0';
  if (LATIN.test(char)) return 'a';
  if (/\s/.test(char)) return ' ';
  return char; // punctuation keeps its identity: 《 ( ， 。 tell different stories
}

/** The character's own features, each scored per reading. */
export function charFeatures(context: CharContext): string[] {
  const { chars, index, word } = context;
  const l1 = neighbour(chars[index - 1]);
  const l2 = neighbour(chars[index - 2]);
  const r1 = neighbour(chars[index + 1]);
  const r2 = neighbour(chars[index + 2]);
  // No feature for standing alone, nor for pinyin-pro's reading: a character alone is nearly always read one way
  // by pinyin-pro, so both only repeat its bias `b`, and a bias learned three times over outweighs the shared
  // evidence (the agreement features carry pinyin-pro's reading). Dropping them gained on both held-out halves.
  const features = ['b', `l${l1}`, `r${r1}`, `L${l2}${l1}`, `R${r1}${r2}`];
  if (word.length > 1 && [...word].length > 1) features.push(`w${word}`, `d${context.wordReading ?? '?'}`);
  return features;
}

const TONE_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;
const VOWEL = /[aeiouüê]/;
/** The syllable without its tone mark: "zǐ" → "zi" (macron, acute, caron, grave; ü keeps its diaeresis). */
export const toneless = (syllable: string) => syllable.normalize('NFD').replace(/[\u0300\u0301\u0304\u030c]/g, '').normalize('NFC');

/**
 * Features shared by all characters that fire for a candidate agreeing with a source. `known` lists the readings
 * the character had in the training data (when training, those of the other examples only), so the model can learn
 * how far to trust a neutral tone from a source: the benchmark gives many a word's second syllable its full tone
 * (知识 zhī shí, 弟弟 dì dì) unless the character is seen neutral (儿子 ér zi).
 */
function agreementFeatures(context: CharContext, candidate: string, known: readonly string[] | undefined, neighbours: WordTable<string>): string[] {
  const features: string[] = [];
  context.windows ??= [...windowReadings(context), ...neighbourReadings(context, neighbours)];
  for (const [name, reading] of context.windows) if (reading === candidate) features.push(`${name}=`);
  const multi = context.word.length > 1 && [...context.word].length > 1;
  if (candidate === context.proReading) features.push(multi ? 'p=m' : 'p=s');
  if (candidate === context.wordReading) features.push('d=');
  if (candidate === context.proReading && candidate === context.wordReading) features.push('pd=');
  for (const [name, source] of [
    ['d', context.wordReading],
    ['p', context.proReading],
  ] as const) {
    if (!source || TONE_MARK.test(source) || !VOWEL.test(source)) continue; // only a neutral-tone source
    const seen = !known || known.length === 0 ? '0' : known.includes(source) ? 'S' : 'U';
    if (candidate === source) features.push(`${name}5${seen}`);
    else if (toneless(candidate) === source) features.push(`${name}F${seen}`);
  }
  return features;
}

/** Candidate readings: the model's, then the sources' (so a source can win a character the model saw little of). */
export function candidates(model: Pick<PinyinModel, 'readings'>, context: CharContext): string[] {
  const char = context.chars[context.index]!;
  const list = [...(model.readings[char] ?? [])];
  for (const source of [context.wordReading, context.proReading]) if (source && !list.includes(source)) list.push(source);
  return list;
}

/** Every (weight key, label) pair that fires for `candidate`; `known` as for the agreement features. */
export function firedFeatures(
  context: CharContext,
  candidate: string,
  own: string[],
  known: readonly string[] | undefined,
  neighbours: WordTable<string>,
): [string, string][] {
  const char = context.chars[context.index]!;
  const fired: [string, string][] = own.map((feature) => [`${char}\t${feature}`, candidate]);
  for (const feature of agreementFeatures(context, candidate, known, neighbours)) fired.push([`*\t${feature}`, '=']);
  return fired;
}

/** The model's reading for a character it knows, or undefined for one it does not. */
export function modelReading(model: PinyinData['model'], context: CharContext): string | undefined {
  const char = context.chars[context.index]!;
  if (!model.readings[char]) return undefined;
  const options = candidates(model, context);
  // One reading seen and no source saying otherwise: nothing to score.
  if (options.length === 1) return options[0];
  // The character's own feature rows are looked up once; only the agreement features depend on the candidate.
  const rows: Record<string, number>[] = [];
  for (const feature of charFeatures(context)) {
    const row = model.weights.get(`${char}\t${feature}`);
    if (row) rows.push(row);
  }
  let best: string | undefined;
  let bestScore = -Infinity;
  for (const candidate of options) {
    let value = 0;
    for (const row of rows) value += row[candidate] ?? 0;
    for (const feature of agreementFeatures(context, candidate, model.readings[char], model.neighbours)) value += model.weights.get(`*\t${feature}`)?.['='] ?? 0;
    if (value > bestScore) {
      best = candidate;
      bestScore = value;
    }
  }
  return best;
}
