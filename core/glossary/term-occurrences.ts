// Finds glossary terms in text as a reader reads it (core/text/reader-text.ts): in either script, or a
// mix of the two character by character as a half-converted page has it. Pure logic, no DOM: the content
// script feeds it the page's reader text and maps the matches back to DOM positions.

/** A term to look for, in every spelling a page may use (simplified first; all of the term's length). */
export interface TermForms {
  term: string;
  forms: readonly string[];
}

/**
 * Start offsets of each term's non-overlapping occurrences in `text` (leftmost first), where a term may be
 * written in any of its forms or a mix of them character by character, as a half-converted page has it.
 * One pass over the text for all terms: candidates are found by their first character.
 */
export function findEachTerm(text: string, terms: readonly TermForms[]): number[][] {
  const byFirstChar = new Map<string, { index: number; sets: Set<string>[] }[]>();
  terms.forEach(({ term, forms }, index) => {
    const length = term.length;
    if (length === 0) return;
    const sets = Array.from({ length }, (_, i) => new Set(forms.filter((form) => form.length === length).map((form) => form[i]!)));
    for (const first of sets[0]!) {
      const list = byFirstChar.get(first);
      if (list) list.push({ index, sets });
      else byFirstChar.set(first, [{ index, sets }]);
    }
  });
  const starts = terms.map((): number[] => []);
  const freeFrom = new Int32Array(terms.length);
  for (let at = 0; at < text.length; at++) {
    const candidates = byFirstChar.get(text[at]!);
    if (!candidates) continue;
    for (const { index, sets } of candidates) {
      if (at < freeFrom[index]! || at + sets.length > text.length) continue;
      let matched = true;
      for (let j = 1; j < sets.length && matched; j++) matched = sets[j]!.has(text[at + j]!);
      if (!matched) continue;
      starts[index]!.push(at);
      freeFrom[index] = at + sets.length;
    }
  }
  return starts;
}

/** Start offsets of one term's occurrences: findEachTerm for a single term. */
export function findTermOccurrences(text: string, forms: readonly string[]): number[] {
  const term = forms[0];
  return term ? findEachTerm(text, [{ term, forms }])[0]! : [];
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
export function findAllTerms(text: string, terms: readonly TermForms[]): TermSpan[] {
  const taken = new Uint8Array(text.length);
  const spans: TermSpan[] = [];
  const longestFirst = [...terms].sort((a, b) => b.term.length - a.term.length);
  const occurrences = findEachTerm(text, longestFirst);
  longestFirst.forEach(({ term }, i) => {
    for (const start of occurrences[i]!) {
      const end = start + term.length;
      let free = true;
      for (let i = start; i < end && free; i++) free = taken[i] === 0;
      if (!free) continue;
      taken.fill(1, start, end);
      spans.push({ term, start, end });
    }
  });
  return spans.sort((a, b) => a.start - b.start);
}

/** A term found on a page, with its count (Glossary.findTerms). */
interface CountedTerm {
  term: string;
  count: number;
  forms: string[];
}

/** The terms of a text read in parts (each part's Glossary.findTerms): counts added up, most frequent first (ties in the order first found). */
export function mergeCountedTerms(lists: readonly CountedTerm[][]): CountedTerm[] {
  const merged = new Map<string, CountedTerm>();
  for (const list of lists) {
    for (const { term, count, forms } of list) {
      const known = merged.get(term);
      if (known) known.count += count;
      else merged.set(term, { term, count, forms });
    }
  }
  return [...merged.values()].sort((a, b) => b.count - a.count);
}

