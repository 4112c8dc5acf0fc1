// The word a reader points at: the segment of its sentence that covers the pointed character, or an
// exact span the reader asked for (a shorter or longer reading of the same spot).
import { isHan } from '../text/han';
import { simplifiedForm, type Lexicon } from '../dictionary/lexicon';
import { pinyinTokens, type PinyinToken } from '../pinyin/pinyin';
import { READING_UNIT_END } from '../text/text-rules';
import type { PinyinData } from '../pinyin/pinyin-data';
import { detectScript } from '../script/detect-script';

export interface WordAt extends PinyinToken {
  start: number;
  end: number;
  /** Lengths (UTF-16) of the words starting where this one starts, shortest first: the readings one key away. */
  lengths: number[];
}

/** Lengths of the lexicon words starting at `start` (a single character always counts). */
export function wordLengthsAt(text: string, start: number, lexicon: Lexicon): number[] {
  const lengths: number[] = [];
  let word = '';
  let chars = 0;
  for (const char of text.slice(start)) {
    if (!isHan(char) || chars >= lexicon.maxWordLength) break;
    word += char;
    chars++;
    if (chars === 1 || lexicon.has(word)) lengths.push(word.length);
  }
  return lengths;
}

/** Characters kept past each side of the sentence, the end mark included (so the mark and one more): the model
 * looks at two characters either side of the one it reads (pinyin-model.ts). */
const MARGIN = 2;

/** The part of `text` the readings of the sentence around `offset` depend on: the sentence, its end marks and the
 * characters next to them. A card's text comes with up to 600 characters around the pointer; reading only this
 * part is faster, most of all for a freshly started worker, and gives the same readings (tests/unit/core/pinyin/pinyin.test.ts). */
export function sentenceAround(text: string, offset: number): [number, number] {
  let start = offset;
  while (start > 0 && !READING_UNIT_END.test(text[start - 1]!)) start--;
  let end = offset;
  while (end < text.length && !READING_UNIT_END.test(text[end]!)) end++;
  start = Math.max(0, start - MARGIN);
  end = Math.min(text.length, end + MARGIN);
  // Never half a surrogate pair: the character would look different.
  if (start > 0 && /[\udc00-\udfff]/.test(text[start]!)) start--;
  if (end < text.length && /[\udc00-\udfff]/.test(text[end]!)) end++;
  return [start, end];
}

/** The sentence around a point, read once: its tokens with their offsets in the whole text, and each Han
 * character's reading in context by its offset. The card reads names, function words and terms from it too. */
export interface ReadSentence {
  /** The whole text the sentence was cut from. */
  text: string;
  /** Where the part read starts and ends in `text` (sentenceAround). */
  from: number;
  to: number;
  /** Each token as the page writes it, and as it was read (`read`: its simplified form on a traditional page). */
  /** Each token with its start, and its simplified form (how the name and function-word rules read it). */
  tokens: (PinyinToken & { start: number; read: string })[];
  readings: Map<number, string>;
}

/** Reads the sentence around `offset` of `text` (pinyin in context, segmentation). */
export function readSentence(text: string, offset: number, lexicon: Lexicon, data: PinyinData): ReadSentence {
  const [from, to] = sentenceAround(text, offset);
  const tokens: ReadSentence['tokens'] = [];
  // Each Han character's reading in context, by its UTF-16 offset.
  const readings = new Map<number, string>();
  let start = from;
  const part = text.slice(from, to);
  // The text around the sentence tells its script when the sentence itself does not (他看著窗外 on a Taiwan page).
  for (const token of pinyinTokens(part, lexicon, data, { around: detectScript(text).script })) {
    let at = start;
    let syllable = 0;
    for (const char of token.text) {
      if (token.pinyin.length > 0) readings.set(at, token.pinyin[syllable++]!);
      at += char.length;
    }
    tokens.push({ ...token, start, read: simplifiedForm(token.text) });
    start += token.text.length;
  }
  return { text, from, to, tokens, readings };
}

/** The token of the read sentence covering `offset`, if any. */
export function tokenAt(sentence: ReadSentence, offset: number): ReadSentence['tokens'][number] | undefined {
  return sentence.tokens.find((token) => offset >= token.start && offset < token.start + token.text.length);
}

/** The readings in context of `text[start, end)`, one per code point ('' where there is none). */
export function readingsOf(sentence: ReadSentence, start: number, end: number): string[] {
  const pinyin: string[] = [];
  for (let at = start; at < end; at += sentence.text.codePointAt(at)! > 0xffff ? 2 : 1) pinyin.push(sentence.readings.get(at) ?? '');
  return pinyin;
}

/**
 * The Han word covering UTF-16 offset `offset` of `text`, read in the context of its sentence; with
 * `length`, the span of that length starting at `offset`; with `align`, the word cut so that it starts
 * at `offset` ('start') or ends just after it ('end'). Undefined off Han text.
 */
export function wordAt(text: string, offset: number, lexicon: Lexicon, data: PinyinData, length?: number, align?: 'start' | 'end'): WordAt | undefined {
  return wordInSentence(readSentence(text, offset, lexicon, data), offset, lexicon, length, align);
}

/** wordAt within a sentence already read. */
export function wordInSentence(sentence: ReadSentence, offset: number, lexicon: Lexicon, length?: number, align?: 'start' | 'end'): WordAt | undefined {
  const { text, from, to } = sentence;
  const part = text.slice(0, to);
  if (length === undefined) {
    const found = tokenAt(sentence, offset);
    if (!found || found.pinyin.length === 0) return undefined;
    const end = found.start + found.text.length;
    // Stepping from a reading the reader chose may land inside a segment: keep only the part past it.
    if (align === 'start' && found.start < offset) return wordInSentence(sentence, offset, lexicon, end - offset);
    if (align === 'end' && end > offset + 1) return wordInSentence(sentence, found.start, lexicon, offset + 1 - found.start);
    return { text: found.text, pinyin: found.pinyin, start: found.start, end, lengths: wordLengthsAt(part, found.start, lexicon) };
  }
  const span = text.slice(offset, offset + length);
  if (offset < from || offset + length > to || span.length !== length || ![...span].every(isHan)) return undefined;
  return { text: span, pinyin: readingsOf(sentence, offset, offset + length), start: offset, end: offset + length, lengths: wordLengthsAt(part, offset, lexicon) };
}
