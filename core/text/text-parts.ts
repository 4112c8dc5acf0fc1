// A long text cut into parts of bounded length, each sent in a message of its own (a page of any size goes in
// several). A part ends where nothing the reader reads runs across: after a block barrier, else after a line break
// or a sentence's end mark, else after any character that is not Han; never inside a surrogate pair.
import { BARRIER } from './reader-text';
import { isHan } from './han';
import { READING_UNIT_END } from './text-rules';

/** Where a part is best cut, best first: after a block barrier, after a sentence or clause end or a line break. */
const CUTS = [new RegExp(BARRIER), READING_UNIT_END];

/** The end of the part starting at `start`, at most `max` units on. */
function partEnd(text: string, start: number, max: number): number {
  const limit = start + max;
  if (limit >= text.length) return text.length;
  // Look back over the last half of the part for a good place to cut.
  const tail = text.slice(start + Math.floor(max / 2), limit);
  const tailStart = limit - tail.length;
  for (const cut of CUTS) {
    let last = -1;
    for (let at = tail.length - 1; at >= 0 && last < 0; at--) if (cut.test(tail[at]!)) last = at;
    if (last >= 0) return tailStart + last + 1;
  }
  for (let at = limit; at > tailStart; at--) {
    // After a character that is not Han (a word may run across two Han characters), never inside a surrogate pair.
    if (insidePair(text, at)) continue;
    const before = /[\udc00-\udfff]/.test(text[at - 1]!) && at >= 2 ? text.slice(at - 2, at) : text[at - 1]!;
    if (!isHan(before)) return at;
  }
  // Han text all along: anywhere but inside a surrogate pair.
  return insidePair(text, limit) ? limit - 1 : limit;
}

/** Whether offset `at` falls between the two halves of a surrogate pair. */
const insidePair = (text: string, at: number) => /[\ud800-\udbff]/.test(text[at - 1] ?? '') && /[\udc00-\udfff]/.test(text[at] ?? '');

/** `text` in parts of at most `max` UTF-16 units (max ≥ 2), which joined give the text back. */
export function textParts(text: string, max: number): string[] {
  const parts: string[] = [];
  for (let start = 0; start < text.length; ) {
    const end = partEnd(text, start, max);
    parts.push(text.slice(start, end));
    start = end;
  }
  return parts;
}
