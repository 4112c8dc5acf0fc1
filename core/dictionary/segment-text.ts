// Word segmentation of Chinese text against the dictionary's headwords.
import { LONGER_WORD, WORD } from './dictionary';
import type { Lexicon } from './lexicon';
import { splitHanRuns } from '../text/han';
import type { WordTable } from './word-table';

/** Each lexicon's probes, remembered: every position asks about a character and the strings it starts, and a text
 * repeats its characters and words (a probe is a binary search over the whole index). */
const probes = new WeakMap<Lexicon, Map<string, number>>();
/** Probes remembered per lexicon before the memory starts afresh (~1.5 MB at most): a 20,000-character article
 * asks about 10–16k distinct strings. */
const MAX_REMEMBERED_PROBES = 20_000;
function probeOf(lexicon: Lexicon): (text: string) => number {
  let remembered = probes.get(lexicon);
  if (!remembered) probes.set(lexicon, (remembered = new Map()));
  const known = remembered;
  return (text) => {
    let found = known.get(text);
    if (found === undefined) {
      if (known.size >= MAX_REMEMBERED_PROBES) known.clear();
      known.set(text, (found = lexicon.probe(text)));
    }
    return found;
  };
}

export interface Segment {
  text: string;
  /** Offset of the segment in the input, in UTF-16 code units (as DOM offsets count). */
  start: number;
  han: boolean;
}

/** Words CEDICT lists that are words only at the end of a clause: 得很 "very" after an adjective (好得很), while in
 * 表现得很好 or 跑得很快 a reader sees the particle 得, then 很 with what it modifies. */
const CLAUSE_FINAL_WORDS = new Set(['得很']);

/** Prepositions that open a two-character word (为人 "to conduct oneself", 为国, 对人) and the nouns of the people a
 * preposition is for, towards or with (人民, 群众, 国家): where the word's second character starts such a noun, the
 * preposition stands alone and the noun after it is whole (为/人民/办/实事, not 为人/民办/实事 with fewer words, nor
 * 为/人/民办/实事; 为/人类). The
 * rival must be one of these nouns: a word the counts merely make common would take 对面的 apart (对/面的). */
export const YIELDING_PREPOSITIONS = new Set('为对向给替与同跟'.split(''));
export const NOUNS_AFTER_PREPOSITION = new Set(['人民', '人类', '群众', '国家', '民族', '百姓', '人们', '民众', '国人']);

/** Longest word considered: longer headwords are set phrases we can still reach in parts. */
const MAX_WORD_CHARS = 16;

/**
 * Splits a run of Han characters into the fewest dictionary words (dynamic programming), so a
 * character goes with the word a reader would see (这/部/长篇小说, not 这/部长/篇/小说).
 */
function segmentHanRun(chars: string[], lexicon: Lexicon, frequencies: WordTable<number>, spans: Uint16Array, at: number): string[] {
  const n = chars.length;
  const probe = probeOf(lexicon);
  const maxLength = Math.min(MAX_WORD_CHARS, lexicon.maxWordLength);
  // best[i]: fewest words covering chars[i..]; next[i]: where the first of those words ends.
  const best = new Array<number>(n + 1).fill(Infinity);
  const next = new Array<number>(n + 1).fill(n);
  // spread[i]: sum of squared word lengths of that split, smaller when the words are more even.
  const spread = new Array<number>(n + 1).fill(Infinity);
  // usage[i]: how common that split's words are, the sum of log(1 + count) of its words.
  const usage = new Array<number>(n + 1).fill(-Infinity);
  best[n] = 0;
  spread[n] = 0;
  usage[n] = 0;
  for (let i = n - 1; i >= 0; i--) {
    let word = '';
    for (let end = i + 1; end <= Math.min(n, i + maxLength); end++) {
      word += chars[end - 1];
      const single = end === i + 1;
      const found = probe(word);
      const known = single
        ? !(i > 0 && i + 1 < n && YIELDING_PREPOSITIONS.has(chars[i - 1]!) && NOUNS_AFTER_PREPOSITION.has(chars[i]! + chars[i + 1]!))
        : (found & WORD) !== 0 &&
          !(end < n && CLAUSE_FINAL_WORDS.has(word)) &&
          !(end === i + 2 && end < n && YIELDING_PREPOSITIONS.has(chars[i]!) && NOUNS_AFTER_PREPOSITION.has(chars[i + 1]! + chars[i + 2]!));
      if (!single && (found & WORD) !== 0) spans[at + i]! |= 1 << (end - i - 1);
      const cost = best[end]! + 1;
      if (known && cost <= best[i]!) {
        const even = spread[end]! + (end - i) * (end - i);
        const used = usage[end]! + Math.log1p(frequencies.get(word) ?? 0);
        // On a tie in words the split into commoner words wins (在/朝鲜, not 在朝/鲜); then the more even split
        // (国务/委员长, not 国务委员/长); then the longer first word.
        const better =
          cost < best[i]! ||
          (cost === best[i]! && (used > usage[i]! + 1e-9 || (Math.abs(used - usage[i]!) <= 1e-9 && (even < spread[i]! || (even === spread[i]! && end > next[i]!)))));
        if (better) {
          best[i] = cost;
          next[i] = end;
          spread[i] = even;
          usage[i] = used;
        }
      }
      if ((found & LONGER_WORD) === 0) break;
    }
  }
  const words: string[] = [];
  for (let i = 0; i < n; i = next[i]!) words.push(chars.slice(i, next[i]).join(''));
  return words;
}

/** A text's segments, and for each code point the lengths of the lexicon words starting there (bit k: k + 1 characters). */
export interface SegmentedText {
  segments: Segment[];
  wordSpans: Uint16Array;
}

export function segmentWithSpans(text: string, lexicon: Lexicon, frequencies: WordTable<number>): SegmentedText {
  const segments: Segment[] = [];
  const wordSpans = new Uint16Array(text.length);
  let offset = 0;
  let codePoint = 0;
  for (const run of splitHanRuns(text)) {
    const chars = [...run.text];
    const words = run.han ? segmentHanRun(chars, lexicon, frequencies, wordSpans, codePoint) : [run.text];
    for (const word of words) {
      segments.push({ text: word, start: offset, han: run.han });
      offset += word.length;
    }
    codePoint += chars.length;
  }
  return { segments, wordSpans };
}

/** Segments by the fewest lexicon words, ties going to the commoner words by `frequencies` (PinyinData). */
export function segmentText(text: string, lexicon: Lexicon, frequencies: WordTable<number>): Segment[] {
  return segmentWithSpans(text, lexicon, frequencies).segments;
}
