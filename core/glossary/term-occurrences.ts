// Finds glossary terms in page text as a reader reads it: in either script (or a mix), and across the
// layout spaces and newlines that HTML puts between Han characters. Pure logic, no DOM: the content
// script feeds it the page's text nodes and maps the matches back to DOM positions.
import { isHan } from '../text/han';

/** A character that never matches and is never removed: marks a block boundary no term crosses. */
export const BARRIER = '\u0000';

const SKIPPABLE = /[\s\u200b-\u200d\u2060\ufeff\u00ad]/;

/** Whitespace or a zero-width character; ASCII letters and Han characters answered without a regex. */
function skippable(code: number, char: string): boolean {
  if (code > 0x20 && code < 0x7f) return false;
  if (code >= 0x3400 && code <= 0x9fff) return false;
  return SKIPPABLE.test(char);
}

/** A Han character; the common CJK blocks answered without a regex. */
function han(code: number, char: string): boolean {
  if (code < 0x2e80) return false;
  if (code >= 0x4e00 && code <= 0x9fff) return true;
  return isHan(char);
}

/** Text joined from pieces (text nodes), with layout breaks between Han characters removed. */
export interface NormalisedText {
  text: string;
  /** For each UTF-16 offset of `text`: the piece it comes from and its offset in that piece. */
  piece: Int32Array;
  offset: Int32Array;
}

/**
 * Joins the pieces and drops every run of whitespace or zero-width characters that lies between two
 * Han characters ("人类\n  命运" reads as 人类命运); all other characters are kept, so offsets map back.
 */
export function normaliseText(pieces: readonly string[]): NormalisedText {
  const total = pieces.reduce((sum, p) => sum + p.length, 0);
  const piece = new Int32Array(total);
  const offset = new Int32Array(total);
  const chars: string[] = [];
  let length = 0;
  // A run of skippable characters waits here until the next kept character says whether it stays.
  let pending: { char: string; piece: number; offset: number }[] = [];
  let previousHan = false;
  const keep = (char: string, p: number, o: number) => {
    chars.push(char);
    piece[length] = p;
    offset[length] = o;
    length++;
  };
  pieces.forEach((value, p) => {
    for (let o = 0; o < value.length; o++) {
      const char = value[o]!;
      const code = value.charCodeAt(o);
      if (skippable(code, char)) {
        pending.push({ char, piece: p, offset: o });
        continue;
      }
      const isHanChar = han(code, char);
      if (pending.length > 0) {
        if (!(previousHan && isHanChar)) for (const kept of pending) keep(kept.char, kept.piece, kept.offset);
        pending = [];
      }
      keep(char, p, o);
      previousHan = isHanChar;
    }
  });
  for (const kept of pending) keep(kept.char, kept.piece, kept.offset);
  return { text: chars.join(''), piece: piece.subarray(0, length), offset: offset.subarray(0, length) };
}

/**
 * Start offsets of the non-overlapping occurrences of a term in `text`, where the term may be written
 * in any of `forms` (its simplified and traditional spellings, same length) or a mix of them
 * character by character, as a half-converted page has it.
 */
export function findTermOccurrences(text: string, forms: readonly string[]): number[] {
  const first = forms[0];
  if (!first) return [];
  const length = first.length;
  const sets = Array.from({ length }, (_, i) => new Set(forms.filter((form) => form.length === length).map((form) => form[i]!)));
  const starts: number[] = [];
  for (let i = 0; i + length <= text.length; ) {
    let matched = true;
    for (let j = 0; j < length; j++) {
      if (!sets[j]!.has(text[i + j]!)) {
        matched = false;
        break;
      }
    }
    if (matched) {
      starts.push(i);
      i += length;
    } else i++;
  }
  return starts;
}

/** The spellings of a term to look for: the given forms, without duplicates or forms of another length. */
export function termForms(term: string, others: readonly string[]): string[] {
  return [...new Set([term, ...others.filter((form) => form.length === term.length)])];
}

/** The index'th occurrence, wrapping around (negative counts back from the end); undefined when there is none. */
export function wrapIndex(index: number, count: number): number | undefined {
  if (count <= 0) return undefined;
  return ((index % count) + count) % count;
}

export interface TermSpan {
  term: string;
  start: number;
  end: number;
}

/**
 * Every occurrence of every term, longest terms first so 人类命运共同体 wins over the 命运共同体 inside it;
 * spans never overlap. Sorted by position.
 */
export function findAllTerms(text: string, terms: readonly { term: string; forms: readonly string[] }[]): TermSpan[] {
  const taken = new Uint8Array(text.length);
  const spans: TermSpan[] = [];
  for (const { term, forms } of [...terms].sort((a, b) => b.term.length - a.term.length)) {
    for (const start of findTermOccurrences(text, forms)) {
      const end = start + term.length;
      let free = true;
      for (let i = start; i < end && free; i++) free = taken[i] === 0;
      if (!free) continue;
      taken.fill(1, start, end);
      spans.push({ term, start, end });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}
