// Word segmentation of Chinese text against the dictionary's headwords.
import { LONGER_WORD, WORD } from './dictionary';
import type { Lexicon } from './lexicon';
import { splitHanRuns } from './han';

export interface Segment {
  text: string;
  /** Offset of the segment in the input, in UTF-16 code units (as DOM offsets count). */
  start: number;
  han: boolean;
}

/** Longest word considered: longer headwords are set phrases we can still reach in parts. */
const MAX_WORD_CHARS = 16;

/**
 * Splits a run of Han characters into the fewest dictionary words (dynamic programming), so a
 * character goes with the word a reader would see (这/部/长篇小说, not 这/部长/篇/小说).
 */
function segmentHanRun(chars: string[], lexicon: Lexicon): string[] {
  const n = chars.length;
  const maxLength = Math.min(MAX_WORD_CHARS, lexicon.maxWordLength);
  // best[i]: fewest words covering chars[i..]; next[i]: where the first of those words ends.
  const best = new Array<number>(n + 1).fill(Infinity);
  const next = new Array<number>(n + 1).fill(n);
  // spread[i]: sum of squared word lengths of that split, smaller when the words are more even.
  const spread = new Array<number>(n + 1).fill(Infinity);
  best[n] = 0;
  spread[n] = 0;
  for (let i = n - 1; i >= 0; i--) {
    let word = '';
    for (let end = i + 1; end <= Math.min(n, i + maxLength); end++) {
      word += chars[end - 1];
      const single = end === i + 1;
      const found = lexicon.probe(word);
      const known = single || (found & WORD) !== 0;
      if (known) {
        const cost = best[end]! + 1;
        const even = spread[end]! + (end - i) * (end - i);
        // On a tie in words the more even split wins (国务/委员长, not 国务委员/长); then the longer first word.
        if (cost < best[i]! || (cost === best[i]! && (even < spread[i]! || (even === spread[i]! && end > next[i]!)))) {
          best[i] = cost;
          next[i] = end;
          spread[i] = even;
        }
      }
      if ((found & LONGER_WORD) === 0) break;
    }
  }
  const words: string[] = [];
  for (let i = 0; i < n; i = next[i]!) words.push(chars.slice(i, next[i]).join(''));
  return words;
}

export function segmentText(text: string, lexicon: Lexicon): Segment[] {
  const segments: Segment[] = [];
  let offset = 0;
  for (const run of splitHanRuns(text)) {
    const words = run.han ? segmentHanRun([...run.text], lexicon) : [run.text];
    for (const word of words) {
      segments.push({ text: word, start: offset, han: run.han });
      offset += word.length;
    }
  }
  return segments;
}
