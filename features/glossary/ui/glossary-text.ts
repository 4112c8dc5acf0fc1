// Pure helpers for showing glossary entries in the popup: the term marked in an example sentence,
// the line the copy button copies, the locale key of a category.
import type { GlossaryCategory, GlossaryEntry } from '../../../core/glossary/glossary';
import { findTermOccurrences } from '../../../core/glossary/term-occurrences';
import { readerText } from '../../../core/text/reader-text';

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

/** Whether a sentence is written in traditional characters, judged by how it writes the term. */
export function writesTraditional(parts: readonly TextPart[], entry: Pick<GlossaryEntry, 'term' | 'traditional'>): boolean {
  if (entry.term === entry.traditional) return false;
  return parts.some((part) => part.mark && part.text.replace(/\s+/g, '') === entry.traditional);
}

/** What the copy button copies: "term traditional pinyin — English" (the traditional form only when it differs). */
export function copyLine(entry: Pick<GlossaryEntry, 'term' | 'traditional' | 'pinyin' | 'english'>): string {
  const forms = entry.traditional && entry.traditional !== entry.term ? `${entry.term} ${entry.traditional}` : entry.term;
  return `${forms} ${entry.pinyin} — ${entry.english}`;
}

export type CategoryKey = 'diplomacy' | 'partyAndState' | 'economy' | 'lawAndSociety' | 'history' | 'people';

const CATEGORY_KEYS: Record<GlossaryCategory, CategoryKey> = {
  diplomacy: 'diplomacy',
  'party and state': 'partyAndState',
  economy: 'economy',
  'law and society': 'lawAndSociety',
  history: 'history',
  people: 'people',
};

export function categoryKey(category: GlossaryCategory): CategoryKey {
  return CATEGORY_KEYS[category];
}

/** Index of the result a navigation key moves to, or 'input' to go back to the search box; undefined for other keys. */
export function nextActive(key: string, current: number, count: number): number | 'input' | undefined {
  if (count === 0) return undefined;
  switch (key) {
    case 'ArrowDown':
      return Math.min(current + 1, count - 1);
    case 'ArrowUp':
      return current <= 0 ? 'input' : current - 1;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
