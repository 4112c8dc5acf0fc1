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

/**
 * The two files the dictionary is read from: the entries, one a line, and an index of every headword
 * (either script) in sorted order with where its entries' lines start in the first file (UTF-16
 * offsets), best first. A fresh worker answers lookups by binary search without building anything.
 */
export function buildDictionaryFiles(entries: DictionaryEntry[]): { tsv: string; index: string } {
  const byKey = new Map<string, number[]>();
  entries.forEach((entry, line) => {
    for (const key of new Set([entry.simplified, entry.traditional])) {
      const lines = byKey.get(key);
      if (lines) lines.push(line);
      else byKey.set(key, [line]);
    }
  });
  const maxWordLength = entries.reduce((longest, entry) => Math.max(longest, [...entry.simplified].length), 1);
  const lines = entries.map(formatDictionaryLine);
  const starts: number[] = [];
  lines.reduce((offset, line) => (starts.push(offset), offset + line.length + 1), 0);
  // Default sort compares UTF-16 code units, as the lookups' comparisons do.
  const keys = [...byKey.keys()].sort();
  const indexLines = keys.map((key) => {
    const ranked = byKey.get(key)!.sort((a, b) => rankEntries(entries[a]!, entries[b]!) || a - b);
    return `${key}\t${ranked.map((line) => starts[line]).join(',')}`;
  });
  return {
    tsv: lines.length > 0 ? `${lines.join('\n')}\n` : '',
    index: `#\t${maxWordLength}\t${entries.length}\n${indexLines.join('\n')}\n`,
  };
}

const TAB = 9;

/** Start offsets of the lines of text, found by one scan. */
function lineStarts(text: string): Int32Array {
  const starts: number[] = [];
  for (let at = 0; at < text.length; ) {
    starts.push(at);
    const end = text.indexOf('\n', at);
    if (end < 0) break;
    at = end + 1;
  }
  return Int32Array.from(starts);
}

export function createDictionary(tsv: string, index: string): Dictionary {
  const [, maxWordLength, size] = index.slice(0, index.indexOf('\n')).split('\t').map(Number);
  const keyStarts = lineStarts(index).subarray(1);
  const parsed = new Map<number, DictionaryEntry>();

  /** Compares the key at index offset `start` with `word`, in place: negative, zero or positive. */
  const compare = (start: number, word: string): number => {
    for (let i = 0; ; i++) {
      const key = index.charCodeAt(start + i);
      const keyEnded = key === TAB;
      if (keyEnded || i === word.length) return keyEnded ? (i === word.length ? 0 : -1) : 1;
      if (key !== word.charCodeAt(i)) return key - word.charCodeAt(i);
    }
  };
  /** The first key not less than `word`, as a position in keyStarts. */
  const lowerBound = (word: string): number => {
    let low = 0;
    let high = keyStarts.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compare(keyStarts[middle]!, word) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  const find = (word: string): number => {
    const at = lowerBound(word);
    return at < keyStarts.length && compare(keyStarts[at]!, word) === 0 ? at : -1;
  };
  const startsWith = (start: number, text: string): boolean => {
    for (let i = 0; i < text.length; i++) if (index.charCodeAt(start + i) !== text.charCodeAt(i)) return false;
    return true;
  };
  const entry = (start: number): DictionaryEntry | undefined => {
    let cached = parsed.get(start);
    if (!cached) {
      const end = tsv.indexOf('\n', start);
      cached = parseDictionaryLine(tsv.slice(start, end < 0 ? undefined : end));
      if (cached) parsed.set(start, cached);
    }
    return cached;
  };

  return {
    lookup(word) {
      const at = find(word);
      if (at < 0) return [];
      const start = keyStarts[at]!;
      const tab = index.indexOf('\t', start);
      let end = index.indexOf('\n', tab);
      if (end < 0) end = index.length;
      return index
        .slice(tab + 1, end)
        .split(',')
        .map((start) => entry(Number(start)))
        .filter((e): e is DictionaryEntry => e !== undefined);
    },
    has: (word) => find(word) >= 0,
    isPrefix(text) {
      // Keys starting with text sort right after it: look at the first one not less than text.
      for (let at = lowerBound(text); at < keyStarts.length; at++) {
        const start = keyStarts[at]!;
        if (!startsWith(start, text)) return false;
        if (index.charCodeAt(start + text.length) !== TAB) return true;
      }
      return false;
    },
    maxWordLength: maxWordLength ?? 1,
    size: size ?? 0,
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
