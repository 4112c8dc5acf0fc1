// The form OpenCC gives a word in its sentence, in the other script: 后 is 後 in 返锡后 but 后 in 皇后, 乾 is 干 in 乾淨
// but 乾 in 乾隆. OpenCC's phrase tables already decide this on page conversion, so the card asks the same converter
// (convert-script.ts, whose tables are built lazily as text reaches them), on a short window around the word.
import { convertText, type ChineseLocale } from './convert-script';
import { CLAUSE_BREAK_MARKS, CLAUSE_END_MARKS, LIST_MARK, SENTENCE_END_MARKS } from '../text/text-rules';

/** The word's script and the other one: Taiwan standard characters, the forms CC-CEDICT writes (裡, 著, 麵), and back. */
const DIRECTIONS = { toTraditional: { to: 'tw', from: 'cn' }, toSimplified: { to: 'cn', from: 'tw' } } as const satisfies Record<string, { to: ChineseLocale; from: ChineseLocale }>;
export type ConversionDirection = keyof typeof DIRECTIONS;

/** Characters kept on each side of the word: OpenCC's phrases that decide a character are a few characters long. */
const WINDOW_CHARS = 8;
/** Where the window stops early: white space, or a mark that ends a sentence, a clause or a list item, or a full stop. */
const WINDOW_END = new RegExp(`[\\s${SENTENCE_END_MARKS}${CLAUSE_END_MARKS}${CLAUSE_BREAK_MARKS}${LIST_MARK}.]`);

/** `text` converted as OpenCC converts it in `direction`. */
export function convertInContext(text: string, direction: ConversionDirection): string {
  const { to, from } = DIRECTIONS[direction];
  return convertText(text, to, from);
}

/**
 * The form OpenCC gives `text[start, end)` when it converts the sentence around it in `direction`, or undefined
 * when the conversion does not keep one character for one (then no character can be matched to its form).
 * Only `text` up to `WINDOW_CHARS` characters on each side is read, stopping at the clause's punctuation.
 */
export function formInContext(text: string, start: number, end: number, direction: ConversionDirection): string | undefined {
  let from = start;
  for (let chars = 0; from > 0 && chars < WINDOW_CHARS && !WINDOW_END.test(text[from - 1]!); chars++) from--;
  let to = end;
  for (let chars = 0; to < text.length && chars < WINDOW_CHARS && !WINDOW_END.test(text[to]!); chars++) to++;
  // Never half a surrogate pair.
  if (from > 0 && /[\udc00-\udfff]/.test(text[from]!)) from--;
  if (to < text.length && /[\udc00-\udfff]/.test(text[to]!)) to++;
  const window = text.slice(from, to);
  const converted = convertInContext(window, direction);
  const before = [...text.slice(from, start)].length;
  const length = [...text.slice(start, end)].length;
  const chars = [...converted];
  if (chars.length !== [...window].length) return undefined;
  return chars.slice(before, before + length).join('');
}
