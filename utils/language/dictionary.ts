// CC-CEDICT lookup: the compact asset made by scripts/build-dictionary.ts, indexed in memory.
import { formatPinyin } from './pinyin-syllables';

export interface DictionaryEntry {
  traditional: string;
  simplified: string;
  /** CEDICT's numbered pinyin, e.g. "hang2 zhang3"; a capital marks a proper name. */
  pinyin: string;
  definitions: string[];
  /** Measure words, as "張|张[zhang1]". */
  classifiers: string[];
  /** Forms this entry is a variant of, as "劃|划[hua4]". */
  variantOf: string[];
}

/** The entry as the command line and the card show it: pinyin with tone marks. */
export interface DictionaryResult {
  simplified: string;
  traditional: string;
  pinyin: string;
  definitions: string[];
  classifiers: string[];
  variantOf: string[];
}

// Fields are tab-separated; list items are joined by a character CEDICT never uses.
const ITEM_SEPARATOR = '\u001f';

export function formatDictionaryLine(entry: DictionaryEntry): string {
  return [
    entry.traditional,
    entry.simplified,
    entry.pinyin,
    entry.definitions.join(ITEM_SEPARATOR),
    entry.classifiers.join(ITEM_SEPARATOR),
    entry.variantOf.join(ITEM_SEPARATOR),
  ].join('\t');
}

function parseDictionaryLine(line: string): DictionaryEntry | undefined {
  const [traditional, simplified, pinyin, definitions, classifiers, variantOf] = line.split('\t');
  if (!traditional || !simplified || pinyin === undefined || definitions === undefined) return undefined;
  const list = (field: string | undefined) => (field ? field.split(ITEM_SEPARATOR) : []);
  return { traditional, simplified, pinyin, definitions: list(definitions), classifiers: list(classifiers), variantOf: list(variantOf) };
}

export interface Dictionary {
  /** Every entry whose simplified or traditional form is exactly `word`, best first. */
  lookup(word: string): DictionaryEntry[];
  has(word: string): boolean;
  /** Whether some headword is longer than `text` and starts with it (so segmentation can stop looking). */
  isPrefix(text: string): boolean;
  /** Longest headword, in code points: no word starting at a position is longer. */
  readonly maxWordLength: number;
  readonly size: number;
}

/** Orders entries so common readings come before proper names and pure variant entries. */
function rankEntries(a: DictionaryEntry, b: DictionaryEntry): number {
  const score = (e: DictionaryEntry) =>
    (e.variantOf.length > 0 && e.definitions.every((d) => /variant of|old variant/.test(d)) ? 2 : 0) +
    (/^[A-Z]/.test(e.pinyin) ? 1 : 0);
  return score(a) - score(b);
}

export function createDictionary(tsv: string): Dictionary {
  const index = new Map<string, DictionaryEntry[]>();
  let maxWordLength = 1;
  let size = 0;
  const add = (key: string, entry: DictionaryEntry) => {
    const list = index.get(key);
    if (!list) index.set(key, [entry]);
    else if (!list.includes(entry)) list.push(entry);
  };
  for (const line of tsv.split('\n')) {
    const entry = parseDictionaryLine(line);
    if (!entry) continue;
    size++;
    add(entry.simplified, entry);
    add(entry.traditional, entry);
    maxWordLength = Math.max(maxWordLength, [...entry.simplified].length);
  }
  for (const list of index.values()) list.sort(rankEntries);
  // Built on first use, so loading the dictionary stays as fast as before.
  let prefixes: Set<string> | undefined;
  const isPrefix = (text: string) => {
    if (!prefixes) {
      prefixes = new Set();
      for (const key of index.keys()) for (let n = 1; n < key.length; n++) prefixes.add(key.slice(0, n));
    }
    return prefixes.has(text);
  };
  return {
    lookup: (word) => index.get(word) ?? [],
    has: (word) => index.has(word),
    isPrefix,
    maxWordLength,
    size,
  };
}

export function toDictionaryResult(entry: DictionaryEntry): DictionaryResult {
  return {
    simplified: entry.simplified,
    traditional: entry.traditional,
    pinyin: formatPinyin(entry.pinyin),
    definitions: entry.definitions,
    classifiers: entry.classifiers,
    variantOf: entry.variantOf,
  };
}
