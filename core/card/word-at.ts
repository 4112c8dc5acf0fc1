// The word a reader points at: the segment of its sentence that covers the pointed character, or an
// exact span the reader asked for (a shorter or longer reading of the same spot).
import { isHan } from '../text/han';
import type { Lexicon } from '../dictionary/lexicon';
import { pinyinTokens, SENTENCE_END, type PinyinToken } from '../pinyin/pinyin';
import type { PinyinData } from '../pinyin/pinyin-data';

export interface WordAt extends PinyinToken {
  start: number;
  end: number;
  /** Lengths (UTF-16) of the words starting where this one starts, shortest first: the readings one key away. */
  lengths: number[];
}

/** Lengths of the lexicon words starting at `start` (a single character always counts). */
function wordLengthsAt(text: string, start: number, lexicon: Lexicon): number[] {
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
  while (start > 0 && !SENTENCE_END.test(text[start - 1]!)) start--;
  let end = offset;
  while (end < text.length && !SENTENCE_END.test(text[end]!)) end++;
  start = Math.max(0, start - MARGIN);
  end = Math.min(text.length, end + MARGIN);
  // Never half a surrogate pair: the character would look different.
  if (start > 0 && /[\udc00-\udfff]/.test(text[start]!)) start--;
  if (end < text.length && /[\udc00-\udfff]/.test(text[end]!)) end++;
  return [start, end];
}

/**
 * The Han word covering UTF-16 offset `offset` of `text`, read in the context of its sentence; with
 * `length`, the span of that length starting at `offset`; with `align`, the word cut so that it starts
 * at `offset` ('start') or ends just after it ('end'). Undefined off Han text.
 */
export function wordAt(text: string, offset: number, lexicon: Lexicon, data: PinyinData, length?: number, align?: 'start' | 'end'): WordAt | undefined {
  const [from, to] = sentenceAround(text, offset);
  const word = wordInSentence(text.slice(from, to), offset - from, lexicon, data, length, align);
  return word && { ...word, start: word.start + from, end: word.end + from };
}

/** wordAt within the part sentenceAround picked. */
function wordInSentence(text: string, offset: number, lexicon: Lexicon, data: PinyinData, length?: number, align?: 'start' | 'end'): WordAt | undefined {
  const tokens = pinyinTokens(text, lexicon, data);
  // Each Han character's reading in context, by its UTF-16 offset.
  const readings = new Map<number, string>();
  let start = 0;
  let found: { token: PinyinToken; start: number } | undefined;
  for (const token of tokens) {
    let at = start;
    let syllable = 0;
    for (const char of token.text) {
      if (token.pinyin.length > 0) readings.set(at, token.pinyin[syllable++]!);
      at += char.length;
    }
    if (offset >= start && offset < start + token.text.length) found = { token, start };
    start += token.text.length;
  }
  if (length === undefined) {
    if (!found || found.token.pinyin.length === 0) return undefined;
    const end = found.start + found.token.text.length;
    // Stepping from a reading the reader chose may land inside a segment: keep only the part past it.
    if (align === 'start' && found.start < offset) return wordInSentence(text, offset, lexicon, data, end - offset);
    if (align === 'end' && end > offset + 1) return wordInSentence(text, found.start, lexicon, data, offset + 1 - found.start);
    return { ...found.token, start: found.start, end, lengths: wordLengthsAt(text, found.start, lexicon) };
  }
  const span = text.slice(offset, offset + length);
  if (span.length !== length || ![...span].every(isHan)) return undefined;
  const pinyin: string[] = [];
  for (let at = offset; at < offset + length; at += span.codePointAt(at - offset)! > 0xffff ? 2 : 1) pinyin.push(readings.get(at) ?? '');
  return { text: span, pinyin, start: offset, end: offset + length, lengths: wordLengthsAt(text, offset, lexicon) };
}
