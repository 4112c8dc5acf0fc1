// Text as a reader reads it, with a map back to where each character came from: the one normaliser the
// card (text under the pointer), the glossary (terms on the page, marked examples) and page reading share.
// A reader does not see zero-width characters, the spaces and line breaks that layout puts between Han
// characters (newspaper justification, a word broken over two lines: 抗日 战\n争 reads 抗日战争), nor
// scraped inline pinyin after a character (關(guān)系 reads 關系). Everything else is kept as it is.
import { isHan } from './han';
import { INLINE_PINYIN_AT_START, INLINE_PINYIN_MAX_CHARS, ZERO_WIDTH_CODES } from './text-rules';

/** A character that is never removed and never part of a word: marks a block boundary no term crosses. */
export const BARRIER = '\u0000';

export interface ReaderText {
  text: string;
  /** For each UTF-16 unit of `text`: the piece it comes from, and its offset in that piece. */
  piece: Int32Array;
  offset: Int32Array;
}

const isSpace = (code: number) => (code <= 0x20 ? code === 0x20 || (code >= 0x09 && code <= 0x0d) : code > 0x7f && /\s/.test(String.fromCharCode(code)));

/** A Han code point; the common blocks answered without a regex. */
function isHanCode(codePoint: number): boolean {
  if (codePoint < 0x2e80) return false;
  if (codePoint >= 0x4e00 && codePoint <= 0x9fff) return true;
  return isHan(String.fromCodePoint(codePoint));
}

/** Reads the pieces (text nodes, or one whole text) as one text, as a reader reads them. */
export function readerText(pieces: readonly string[]): ReaderText {
  const joined = pieces.join('');
  const length = joined.length;
  // Where each kept UTF-16 unit comes from in `joined`, in order.
  const source = new Int32Array(length);
  let kept = 0;
  const keep = (at: number) => {
    source[kept++] = at;
  };
  // A run of spaces waits here until the next character says whether it stays (not between two Han characters).
  const pending: number[] = [];
  let previousHan = false;
  for (let at = 0; at < length; ) {
    const code = joined.charCodeAt(at);
    if (ZERO_WIDTH_CODES.has(code)) {
      at++;
      continue;
    }
    if (isSpace(code)) {
      pending.push(at++);
      continue;
    }
    if ((code === 0x28 || code === 0xff08) && previousHan && pending.length === 0) {
      const annotation = INLINE_PINYIN_AT_START.exec(joined.slice(at, at + INLINE_PINYIN_MAX_CHARS));
      if (annotation) {
        at += annotation[0].length;
        continue;
      }
    }
    const codePoint = joined.codePointAt(at)!;
    const han = isHanCode(codePoint);
    if (pending.length > 0) {
      if (!(previousHan && han)) for (const space of pending) keep(space);
      pending.length = 0;
    }
    keep(at++);
    if (codePoint > 0xffff) keep(at++);
    previousHan = han;
  }
  for (const space of pending) keep(space);

  const piece = new Int32Array(kept);
  const offset = new Int32Array(kept);
  const units: number[] = [];
  let text = '';
  let current = 0;
  let pieceStart = 0;
  for (let i = 0; i < kept; i++) {
    const at = source[i]!;
    while (at >= pieceStart + pieces[current]!.length) pieceStart += pieces[current++]!.length;
    piece[i] = current;
    offset[i] = at - pieceStart;
    units.push(joined.charCodeAt(at));
    // Strings built in chunks: one call per unit would be slow on a long page, one call for all overflows the stack.
    if (units.length === 8192) {
      text += String.fromCharCode(...units);
      units.length = 0;
    }
  }
  text += String.fromCharCode(...units);
  return { text, piece, offset };
}
