// A term marked in a sentence, as the sentence writes it: the popup's examples and the word list's sentences.
import { findTermOccurrences } from './term-occurrences';
import { readerText } from '../text/reader-text';

export interface TextPart {
  text: string;
  /** True for an occurrence of the term. */
  mark: boolean;
}

/**
 * Splits an example sentence into plain and marked parts, marking every occurrence of the term as the
 * sentence writes it: simplified, traditional, a mix of the two, or broken by spaces or a newline.
 * Joining the parts' text gives back the sentence exactly.
 */
export function markTerm(text: string, forms: readonly string[]): TextPart[] {
  const term = forms[0];
  if (!term) return text ? [{ text, mark: false }] : [];
  const normalised = readerText([text]);
  const parts: TextPart[] = [];
  let at = 0;
  for (const start of findTermOccurrences(normalised.text, forms)) {
    const from = normalised.offset[start]!;
    const to = normalised.offset[start + term.length - 1]! + 1;
    if (from > at) parts.push({ text: text.slice(at, from), mark: false });
    parts.push({ text: text.slice(from, to), mark: true });
    at = to;
  }
  if (at < text.length) parts.push({ text: text.slice(at), mark: false });
  return parts;
}
