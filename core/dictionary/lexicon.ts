// The words a reader would see: CEDICT's headwords plus the glossary's terms, with the glossary's
// hand-checked readings taking precedence.
import TSCharacters from 'opencc-js/dict/TSCharacters';
import { LONGER_WORD, WORD, type Dictionary, type DictionaryEntry } from './dictionary';
import { compatibilityIdeographs } from '../text/han';

export interface Lexicon {
  readonly dictionary: Dictionary;
  has(word: string): boolean;
  /** Whether `text` is a word and whether a longer word starts with it, as WORD | LONGER_WORD bits (Dictionary.probe). */
  probe(text: string): number;
  /** Dictionary entries of the word, also when it mixes the two scripts (關系, as scraped pages write 關係). */
  entries(word: string): DictionaryEntry[];
  /** The definition files `entries(word)` needs that are not loaded yet (see Dictionary). */
  missingDefinitions(word: string): number[];
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

let toSimplifiedChar: Map<string, string> | undefined;

/** The word with each traditional character replaced by its simplified form, character by character (a compatibility
 * ideograph, 車 U+F902, counts as its unified twin). */
export function simplifiedForm(word: string): string {
  if (!toSimplifiedChar) {
    toSimplifiedChar = new Map();
    for (const entry of TSCharacters.split('|')) {
      const [traditional, simplified] = entry.split(' ');
      if (traditional && simplified) toSimplifiedChar.set(traditional, simplified);
    }
    for (const [compatibility, unified] of compatibilityIdeographs()) toSimplifiedChar.set(compatibility, toSimplifiedChar.get(unified) ?? unified);
  }
  // Most words asked about (segmentation's misses on a simplified page) have nothing to replace: no new string.
  let out: string | undefined;
  let at = 0;
  for (const char of word) {
    const simplified = toSimplifiedChar.get(char);
    if (simplified !== undefined && out === undefined) out = word.slice(0, at);
    if (out !== undefined) out += simplified ?? char;
    at += char.length;
  }
  return out ?? word;
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
  // A word the dictionary lacks in this form may be a mix of the scripts: look for its simplified form.
  const mixed = (word: string, test: (form: string) => boolean) => {
    const simplified = simplifiedForm(word);
    return simplified !== word && test(simplified);
  };
  return {
    dictionary,
    has: (word) => readings.has(word) || dictionary.has(word) || mixed(word, dictionary.has),
    probe(text) {
      let found = dictionary.probe(text) | (readings.has(text) ? WORD : 0) | (termPrefixes.has(text) ? LONGER_WORD : 0);
      if (found !== (WORD | LONGER_WORD)) {
        const simplified = simplifiedForm(text);
        if (simplified !== text) found |= dictionary.probe(simplified);
      }
      return found;
    },
    entries(word) {
      const found = dictionary.lookup(word);
      return found.length > 0 ? found : dictionary.lookup(simplifiedForm(word));
    },
    missingDefinitions: (word) => [...new Set([...dictionary.missingDefinitions(word), ...dictionary.missingDefinitions(simplifiedForm(word))])],
    reading: (word) => readings.get(word),
    maxWordLength: Math.max(dictionary.maxWordLength, maxTermLength),
  };
}
