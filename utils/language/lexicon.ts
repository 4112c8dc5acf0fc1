// The words a reader would see: CEDICT's headwords plus the glossary's terms, with the glossary's
// hand-checked readings taking precedence.
import type { Dictionary } from './dictionary';

export interface Lexicon {
  readonly dictionary: Dictionary;
  has(word: string): boolean;
  /** Whether some word is longer than `text` and starts with it. */
  isPrefix(text: string): boolean;
  /** A known reading for the whole word (glossary terms), one syllable per character. */
  reading(word: string): string[] | undefined;
  readonly maxWordLength: number;
}

export interface KnownTerm {
  term: string;
  traditional: string;
  /** Space-separated syllables. */
  pinyin: string;
}

export function createLexicon(dictionary: Dictionary, terms: readonly KnownTerm[] = []): Lexicon {
  const readings = new Map<string, string[]>();
  for (const { term, traditional, pinyin } of terms) {
    const syllables = pinyin.split(' ');
    // A reading that does not give one syllable per character would misalign; such a term is only a word.
    if (syllables.length !== [...term].length) continue;
    readings.set(term, syllables);
    readings.set(traditional, syllables);
  }
  const termPrefixes = new Set<string>();
  for (const term of readings.keys()) for (let n = 1; n < term.length; n++) termPrefixes.add(term.slice(0, n));
  const maxTermLength = Math.max(0, ...[...readings.keys()].map((word) => [...word].length));
  return {
    dictionary,
    has: (word) => readings.has(word) || dictionary.has(word),
    isPrefix: (text) => termPrefixes.has(text) || dictionary.isPrefix(text),
    reading: (word) => readings.get(word),
    maxWordLength: Math.max(dictionary.maxWordLength, maxTermLength),
  };
}
