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
 * Orders strings by code point, as their UTF-8 bytes compare (plain string comparison uses UTF-16
 * code units, which put characters beyond U+FFFF before U+E000–U+FFFF).
 */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // Surrogates (D800–DFFF) go above E000–FFFF.
    const rank = (unit: number) => (unit >= 0xe000 ? unit - 0x800 : unit >= 0xd800 ? unit + 0x2000 : unit);
    return rank(x) - rank(y);
  }
  return a.length - b.length;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * The two files the dictionary is read from: the entries, one a line, and an index of every headword
 * (either script) in code-point order with where its entries' lines start in the first file (UTF-8
 * byte offsets), best first. A fresh worker keeps both as the bytes it fetched and answers lookups by
 * binary search over them, without decoding or building anything.
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
  lines.reduce((offset, line) => (starts.push(offset), offset + encoder.encode(line).length + 1), 0);
  const keys = [...byKey.keys()].sort(compareCodePoints);
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
const NEWLINE = 10;

/** Start offsets of the lines of the bytes, found by one scan. */
function lineStarts(bytes: Uint8Array): Int32Array {
  const starts: number[] = [];
  for (let at = 0; at < bytes.length; ) {
    starts.push(at);
    const end = bytes.indexOf(NEWLINE, at);
    if (end < 0) break;
    at = end + 1;
  }
  return Int32Array.from(starts);
}

const asBytes = (file: Uint8Array | string) => (typeof file === 'string' ? encoder.encode(file) : file);

/** The dictionary over its two files (from buildDictionaryFiles), as fetched bytes or as text. */
export function createDictionary(tsvFile: Uint8Array | string, indexFile: Uint8Array | string): Dictionary {
  const tsv = asBytes(tsvFile);
  const index = asBytes(indexFile);
  const headerEnd = index.indexOf(NEWLINE);
  const [, maxWordLength, size] = decoder.decode(index.subarray(0, headerEnd < 0 ? 0 : headerEnd)).split('\t').map(Number);
  const keyStarts = lineStarts(index).subarray(1);
  const parsed = new Map<number, DictionaryEntry>();

  /**
   * Compares the key at index offset `start` with `word` (negative, zero, positive), decoding its UTF-8
   * in place: no string is made per comparison, and segmentation asks hundreds of thousands of times
   * per article. Afterwards `keyStartsWithWord` tells whether the key began with the whole word.
   */
  let keyStartsWithWord = false;
  const compare = (start: number, word: string): number => {
    keyStartsWithWord = false;
    let at = start;
    for (let i = 0; ; ) {
      const byte = index[at]!;
      const keyEnded = byte === TAB;
      if (i >= word.length) {
        keyStartsWithWord = true;
        return keyEnded ? 0 : 1;
      }
      if (keyEnded) return -1;
      const length = byte < 0x80 ? 1 : byte < 0xe0 ? 2 : byte < 0xf0 ? 3 : 4;
      let codePoint = length === 1 ? byte : byte & (0xff >> (length + 1));
      for (let k = 1; k < length; k++) codePoint = (codePoint << 6) | (index[at + k]! & 0x3f);
      at += length;
      const wanted = word.codePointAt(i)!;
      if (codePoint !== wanted) return codePoint - wanted;
      i += wanted > 0xffff ? 2 : 1;
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
  const entry = (start: number): DictionaryEntry | undefined => {
    let cached = parsed.get(start);
    if (!cached) {
      const end = tsv.indexOf(NEWLINE, start);
      cached = parseDictionaryLine(decoder.decode(tsv.subarray(start, end < 0 ? undefined : end)));
      if (cached) parsed.set(start, cached);
    }
    return cached;
  };

  return {
    lookup(word) {
      const at = word ? find(word) : -1;
      if (at < 0) return [];
      const start = keyStarts[at]!;
      const tab = index.indexOf(TAB, start);
      let end = index.indexOf(NEWLINE, tab);
      if (end < 0) end = index.length;
      return decoder
        .decode(index.subarray(tab + 1, end))
        .split(',')
        .map((start) => entry(Number(start)))
        .filter((e): e is DictionaryEntry => e !== undefined);
    },
    has: (word) => word !== '' && find(word) >= 0,
    isPrefix(text) {
      // Keys starting with text sort right after it: the first key not less than text, or the one
      // after it when that is text itself.
      for (let at = lowerBound(text); at < keyStarts.length; at++) {
        const order = compare(keyStarts[at]!, text);
        if (!keyStartsWithWord) return false;
        if (order > 0) return true;
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
