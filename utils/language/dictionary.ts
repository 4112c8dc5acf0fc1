// CC-CEDICT lookup over the compact files made by scripts/build-dictionary.ts, searched in place.
import { formatPinyin } from './pinyin-syllables';

/** What segmentation and pinyin need of an entry: its forms and reading. */
export interface WordReading {
  traditional: string;
  simplified: string;
  /** CEDICT's numbered pinyin, e.g. "hang2 zhang3"; a capital marks a proper name. */
  pinyin: string;
}

export interface DictionaryEntry extends WordReading {
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

/**
 * Definitions are split into this many files by entry number: a worker woken by a hover fetches the
 * index, the readings and the one file its word's definitions are in, not all 12 MB.
 */
export const DEFINITION_SHARDS = 32;

/** The name of the file holding part `shard` of the definitions, as shipped in the extension's data/. */
export const definitionsFileName = (shard: number) => `cedict-definitions-${String(shard).padStart(2, '0')}.tsv`;

// Fields are tab-separated; list items are joined by a character CEDICT never uses.
const ITEM_SEPARATOR = '\u001f';

const readingLine = (entry: WordReading, number: number) => [entry.traditional, entry.simplified, entry.pinyin, number].join('\t');
const definitionLine = (entry: DictionaryEntry) =>
  [entry.definitions, entry.classifiers, entry.variantOf].map((list) => list.join(ITEM_SEPARATOR)).join('\t');

/** A line of the readings file: the entry's forms and reading, and its number (where its definitions are). */
function parseReadingLine(line: string): { reading: WordReading; number: number } | undefined {
  const [traditional, simplified, pinyin, number] = line.split('\t');
  return traditional && simplified && pinyin !== undefined && number ? { reading: { traditional, simplified, pinyin }, number: Number(number) } : undefined;
}

function parseDefinitionLine(line: string): Pick<DictionaryEntry, 'definitions' | 'classifiers' | 'variantOf'> {
  const [definitions, classifiers, variantOf] = line.split('\t').map((field) => (field ? field.split(ITEM_SEPARATOR) : []));
  return { definitions: definitions ?? [], classifiers: classifiers ?? [], variantOf: variantOf ?? [] };
}

export interface Dictionary {
  /**
   * Every entry whose simplified or traditional form is exactly `word`, best first, with definitions.
   * Throws when the definitions it needs are not loaded (`missingDefinitions`).
   */
  lookup(word: string): DictionaryEntry[];
  /** The entries' forms and readings, best first: all segmentation and pinyin need, always loaded. */
  readings(word: string): WordReading[];
  /** The definition files `lookup(word)` needs that are not loaded yet. */
  missingDefinitions(word: string): number[];
  /** Adds a definition file (fetched after the dictionary was made). */
  addDefinitions(shard: number, file: Uint8Array | string): void;
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

/** The dictionary's files: the index, the readings, and the definitions in DEFINITION_SHARDS parts. */
export interface DictionaryFiles {
  index: string;
  readings: string;
  definitions: string[];
}

/**
 * Writes the dictionary's files. The readings have one line per entry (forms, reading, entry number);
 * the definitions one line per entry, in entry order, split into consecutive runs. The index lists
 * every headword (either script) in code-point order with the byte offsets of its entries' readings
 * lines, best first. A worker keeps the files as the bytes it fetched and searches them in place:
 * nothing is decoded, scanned or built before the first lookup.
 */
export function buildDictionaryFiles(entries: DictionaryEntry[]): DictionaryFiles {
  const byKey = new Map<string, number[]>();
  entries.forEach((entry, line) => {
    for (const key of new Set([entry.simplified, entry.traditional])) {
      const lines = byKey.get(key);
      if (lines) lines.push(line);
      else byKey.set(key, [line]);
    }
  });
  const maxWordLength = entries.reduce((longest, entry) => Math.max(longest, [...entry.simplified].length), 1);
  const shardSize = Math.max(1, Math.ceil(entries.length / DEFINITION_SHARDS));
  const readingLines = entries.map(readingLine);
  const readingStarts: number[] = [];
  readingLines.reduce((offset, line) => (readingStarts.push(offset), offset + encoder.encode(line).length + 1), 0);
  const keys = [...byKey.keys()].sort(compareCodePoints);
  const indexLines = keys.map((key) => {
    const ranked = byKey.get(key)!.sort((a, b) => rankEntries(entries[a]!, entries[b]!) || a - b);
    return `${key}\t${ranked.map((line) => readingStarts[line]).join(',')}`;
  });
  const linesOf = (lines: string[]) => (lines.length > 0 ? `${lines.join('\n')}\n` : '');
  return {
    index: `#\t${maxWordLength}\t${entries.length}\t${shardSize}\n${linesOf(indexLines)}`,
    readings: linesOf(readingLines),
    definitions: Array.from({ length: DEFINITION_SHARDS }, (_, shard) =>
      linesOf(entries.slice(shard * shardSize, (shard + 1) * shardSize).map(definitionLine)),
    ),
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

/** The line of `bytes` starting at byte `start`, decoded. */
function lineAt(bytes: Uint8Array, start: number): string {
  const end = bytes.indexOf(NEWLINE, start);
  return decoder.decode(bytes.subarray(start, end < 0 ? bytes.length : end));
}

/**
 * The dictionary over its files (from buildDictionaryFiles), as fetched bytes or as text. Definition
 * files can be given now or added later; lookups that need a missing one throw.
 */
export function createDictionary(
  indexFile: Uint8Array | string,
  readingsFile: Uint8Array | string,
  definitionFiles: readonly (Uint8Array | string | undefined)[] = [],
): Dictionary {
  const index = asBytes(indexFile);
  const readingBytes = asBytes(readingsFile);
  const headerEnd = index.indexOf(NEWLINE);
  const [, maxWordLength = 1, size = 0, shardSize = 1] = lineAt(index, 0).split('\t').map(Number);
  /** Byte offset of the first headword line. */
  const firstKey = headerEnd < 0 ? index.length : headerEnd + 1;
  const definitions: ({ bytes: Uint8Array; starts: Int32Array } | undefined)[] = [];
  const addDefinitions = (shard: number, file: Uint8Array | string) => {
    const bytes = asBytes(file);
    definitions[shard] = { bytes, starts: lineStarts(bytes) };
  };
  definitionFiles.forEach((file, shard) => file !== undefined && addDefinitions(shard, file));
  const readingCache = new Map<number, { reading: WordReading; number: number } | undefined>();
  const entryCache = new Map<number, DictionaryEntry>();

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
  const nextLine = (start: number) => {
    const end = index.indexOf(NEWLINE, start);
    return end < 0 ? index.length : end + 1;
  };
  /**
   * The byte offset of the first headword line whose key is not less than `word`: a binary search
   * over byte positions, each probe stepping back to the start of its line (lines are short).
   */
  const lowerBound = (word: string): number => {
    let low = firstKey;
    let high = index.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const start = index.lastIndexOf(NEWLINE, middle - 1) + 1;
      const lineStart = start < low ? low : start;
      if (compare(lineStart, word) < 0) low = nextLine(lineStart);
      else high = lineStart;
    }
    return low;
  };
  const find = (word: string): number => {
    const at = lowerBound(word);
    return at < index.length && compare(at, word) === 0 ? at : -1;
  };
  /** The readings-line offsets of a headword's entries, best first. */
  const entryOffsets = (word: string): number[] => {
    const start = word ? find(word) : -1;
    if (start < 0) return [];
    const tab = index.indexOf(TAB, start);
    const end = nextLine(tab) - 1;
    return decoder.decode(index.subarray(tab + 1, end)).split(',').map(Number);
  };
  const readingAt = (offset: number) => {
    if (!readingCache.has(offset)) readingCache.set(offset, offset < readingBytes.length ? parseReadingLine(lineAt(readingBytes, offset)) : undefined);
    return readingCache.get(offset);
  };
  const shardOf = (entry: number) => Math.floor(entry / shardSize);
  const fullEntry = (offset: number): DictionaryEntry | undefined => {
    let cached = entryCache.get(offset);
    if (!cached) {
      const line = readingAt(offset);
      if (!line) return undefined;
      const shard = definitions[shardOf(line.number)];
      if (!shard) throw new Error(`dictionary definitions ${shardOf(line.number)} are not loaded`);
      const within = line.number - shardOf(line.number) * shardSize;
      cached = { ...line.reading, ...parseDefinitionLine(within < shard.starts.length ? lineAt(shard.bytes, shard.starts[within]!) : '') };
      entryCache.set(offset, cached);
    }
    return cached;
  };

  return {
    lookup: (word) => entryOffsets(word).map(fullEntry).filter((e): e is DictionaryEntry => e !== undefined),
    readings: (word) => entryOffsets(word).flatMap((offset) => readingAt(offset)?.reading ?? []),
    missingDefinitions: (word) =>
      [...new Set(entryOffsets(word).flatMap((offset) => { const line = readingAt(offset); return line ? [shardOf(line.number)] : []; }))].filter((shard) => !definitions[shard]),
    addDefinitions,
    has: (word) => word !== '' && find(word) >= 0,
    isPrefix(text) {
      // Keys starting with text sort right after it: the first key not less than text, or the one
      // after it when that is text itself.
      for (let at = lowerBound(text); at < index.length; at = nextLine(at)) {
        const order = compare(at, text);
        if (!keyStartsWithWord) return false;
        if (order > 0) return true;
      }
      return false;
    },
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
