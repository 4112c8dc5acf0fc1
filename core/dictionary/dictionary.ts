// CC-CEDICT lookup over the compact files made by tools/build/build-dictionary.ts, searched in place.
import { formatPinyin } from '../pinyin/pinyin-syllables';

/** What segmentation and pinyin need of an entry: its reading. */
export interface WordReading {
  /** CEDICT's numbered pinyin, e.g. "hang2 zhang3"; a capital marks a proper name. */
  pinyin: string;
}

export interface DictionaryEntry extends WordReading {
  traditional: string;
  simplified: string;
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
 * Definitions are split into this many files, by where their entries' readings lines lie in the
 * readings file (equal byte ranges): a worker woken by a hover fetches the index, the readings and
 * the one file its word's definitions are in, not all 12 MB.
 */
export const DEFINITION_SHARDS = 32;

/** The name of the file holding part `shard` of the definitions, as shipped in the extension's data/. */
export const definitionsFileName = (shard: number) => `cedict-definitions-${String(shard).padStart(2, '0')}.tsv`;

// Fields are tab-separated; list items are joined by a character CEDICT never uses.
const ITEM_SEPARATOR = '\u001f';

// The readings file is on a cold card's path, so it holds the pinyin alone; the forms, which the index
// keys already give to segmentation, are with the definitions. The traditional form is left out when it
// is the simplified one.
const readingLine = (entry: WordReading) => entry.pinyin;
const definitionLine = (entry: DictionaryEntry) =>
  [
    entry.traditional === entry.simplified ? '' : entry.traditional,
    entry.simplified,
    ...[entry.definitions, entry.classifiers, entry.variantOf].map((list) => list.join(ITEM_SEPARATOR)),
  ].join('\t');

function parseDefinitionLine(line: string): Omit<DictionaryEntry, 'pinyin'> | undefined {
  const [traditional, simplified, ...lists] = line.split('\t');
  if (!simplified) return undefined;
  const [definitions = [], classifiers = [], variantOf = []] = lists.map((field) => (field ? field.split(ITEM_SEPARATOR) : []));
  return { traditional: traditional || simplified, simplified, definitions, classifiers, variantOf };
}

/** What `probe` found: the text is a headword, and/or some longer headword starts with it. */
export const WORD = 1;
export const LONGER_WORD = 2;

export interface Dictionary {
  /**
   * Every entry whose simplified or traditional form is exactly `word`, best first, with definitions.
   * Throws when the definitions it needs are not loaded (`missingDefinitions`).
   */
  lookup(word: string): DictionaryEntry[];
  /** The entries' readings (CEDICT pinyin), best first: all segmentation and pinyin need, always loaded. */
  readings(word: string): WordReading[];
  /** The definition files `lookup(word)` needs that are not loaded yet. */
  missingDefinitions(word: string): number[];
  /** Adds a definition file (fetched after the dictionary was made). */
  addDefinitions(shard: number, file: Uint8Array | string): void;
  has(word: string): boolean;
  /**
   * In one search: whether `text` is a headword (WORD) and whether some longer headword starts with it
   * (LONGER_WORD, so segmentation can stop looking), as bits. Segmentation asks both of every span.
   */
  probe(text: string): number;
  /** Longest headword, in code points: no word starting at a position is longer. */
  readonly maxWordLength: number;
  readonly size: number;
}

/** Whether an entry only says it is a variant of other words (發佈: "variant of 發布|发布[fa1 bu4]"). */
export const isVariantEntry = (e: DictionaryEntry): boolean => e.variantOf.length > 0 && e.definitions.every((d) => /variant of|old variant/.test(d));

/** Orders entries so common readings come before proper names and pure variant entries. */
function rankEntries(a: DictionaryEntry, b: DictionaryEntry): number {
  const score = (e: DictionaryEntry) => (isVariantEntry(e) ? 2 : 0) + (/^[A-Z]/.test(e.pinyin) ? 1 : 0);
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

/** The dictionary's files: the index and where its lines start, the readings, and the definitions in DEFINITION_SHARDS parts. */
export interface DictionaryFiles {
  index: string;
  /** Byte offset of each headword line of the index, so a worker need not scan the index for them. */
  keyStarts: Int32Array;
  readings: string;
  definitions: string[];
}

/** What createDictionary reads: the files as fetched bytes or as text; keyStarts and definitions optional. */
export interface DictionarySources {
  index: Uint8Array | string;
  readings: Uint8Array | string;
  /** Found by scanning the index when not given. */
  keyStarts?: Int32Array;
  /** Parts may be missing, to be added later (Dictionary.addDefinitions). */
  definitions?: readonly (Uint8Array | string | undefined)[];
}

/**
 * Writes the dictionary's files. The readings have one line per entry (its pinyin); the definitions
 * one line per entry in the same order (forms, definitions, measure words, variants), part k holding
 * the entries whose readings lines start in the k-th of DEFINITION_SHARDS equal byte ranges of the
 * readings file. The index lists
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
  const readingLines = entries.map(readingLine);
  const readingStarts: number[] = [];
  const readingBytes = readingLines.reduce((offset, line) => (readingStarts.push(offset), offset + encoder.encode(line).length + 1), 0);
  const shardBytes = Math.max(1, Math.ceil(readingBytes / DEFINITION_SHARDS));
  const shards: string[][] = Array.from({ length: DEFINITION_SHARDS }, () => []);
  entries.forEach((entry, line) => shards[Math.floor(readingStarts[line]! / shardBytes)]!.push(definitionLine(entry)));
  const keys = [...byKey.keys()].sort(compareCodePoints);
  const indexLines = keys.map((key) => {
    const ranked = byKey.get(key)!.sort((a, b) => rankEntries(entries[a]!, entries[b]!) || a - b);
    return `${key}\t${ranked.map((line) => readingStarts[line]).join(',')}`;
  });
  const linesOf = (lines: string[]) => (lines.length > 0 ? `${lines.join('\n')}\n` : '');
  const header = `#\t${maxWordLength}\t${entries.length}\t${shardBytes}\n`;
  const keyStarts = new Int32Array(indexLines.length);
  indexLines.reduce((offset, line, i) => ((keyStarts[i] = offset), offset + encoder.encode(line).length + 1), encoder.encode(header).length);
  return {
    index: `${header}${linesOf(indexLines)}`,
    keyStarts,
    readings: linesOf(readingLines),
    definitions: shards.map(linesOf),
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
export function createDictionary(sources: DictionarySources): Dictionary {
  const index = asBytes(sources.index);
  const readingBytes = asBytes(sources.readings);
  const [, maxWordLength = 1, size = 0, shardBytes = 1] = lineAt(index, 0).split('\t').map(Number);
  const keyStarts = sources.keyStarts ?? lineStarts(index).subarray(1);
  const definitions: ({ bytes: Uint8Array; starts: Int32Array } | undefined)[] = [];
  const addDefinitions = (shard: number, file: Uint8Array | string) => {
    const bytes = asBytes(file);
    definitions[shard] = { bytes, starts: lineStarts(bytes) };
  };
  (sources.definitions ?? []).forEach((file, shard) => file !== undefined && addDefinitions(shard, file));
  const readingCache = new Map<number, WordReading | undefined>();
  const entryCache = new Map<number, DictionaryEntry>();

  /** The word being looked up, as UTF-8 (encoded once per lookup into a reused buffer). */
  let word = new Uint8Array(256);
  let wordLength = 0;
  const setWord = (text: string) => {
    const { read, written } = encoder.encodeInto(text, word);
    if (read < text.length) {
      word = encoder.encode(text);
      wordLength = word.length;
    } else wordLength = written;
  };
  /**
   * Compares the key at index offset `start` with the current word, byte by byte (UTF-8 byte order is
   * code-point order). Afterwards `keyStartsWithWord` tells whether the key began with the whole word.
   */
  let keyStartsWithWord = false;
  const compare = (start: number): number => {
    keyStartsWithWord = false;
    for (let i = 0; ; i++) {
      const byte = index[start + i]!;
      if (i === wordLength) {
        keyStartsWithWord = true;
        return byte === TAB ? 0 : 1;
      }
      if (byte === TAB) return -1;
      if (byte !== word[i]) return byte - word[i]!;
    }
  };
  /** The first key not less than the current word, as a position in keyStarts. */
  const lowerBound = (): number => {
    let low = 0;
    let high = keyStarts.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compare(keyStarts[middle]!) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  /** The byte offset of the headword line of `text`, or -1. */
  const find = (text: string): number => {
    setWord(text);
    const at = lowerBound();
    return at < keyStarts.length && compare(keyStarts[at]!) === 0 ? keyStarts[at]! : -1;
  };
  const probe = (text: string): number => {
    if (!text) return keyStarts.length > 0 ? LONGER_WORD : 0;
    setWord(text);
    // Keys starting with text sort right after it: the first key not less than text is text itself
    // or a longer one; after text itself, the next key tells.
    let at = lowerBound();
    if (at >= keyStarts.length) return 0;
    const order = compare(keyStarts[at]!);
    if (!keyStartsWithWord) return 0;
    if (order > 0) return LONGER_WORD;
    if (++at < keyStarts.length) compare(keyStarts[at]!);
    return WORD | (at < keyStarts.length && keyStartsWithWord ? LONGER_WORD : 0);
  };
  /** The readings-line offsets of a headword's entries, best first. */
  const entryOffsets = (word: string): number[] => {
    const start = word ? find(word) : -1;
    if (start < 0) return [];
    const tab = index.indexOf(TAB, start);
    let end = index.indexOf(NEWLINE, tab);
    if (end < 0) end = index.length;
    return decoder.decode(index.subarray(tab + 1, end)).split(',').map(Number);
  };
  const readingAt = (offset: number) => {
    if (!readingCache.has(offset)) readingCache.set(offset, offset < readingBytes.length ? { pinyin: lineAt(readingBytes, offset) } : undefined);
    return readingCache.get(offset);
  };
  const shardOf = (offset: number) => Math.floor(offset / shardBytes);
  /** Which line of its definitions part an entry is: the readings lines before it in the part's byte range. */
  const lineInShard = (offset: number): number => {
    const rangeStart = shardOf(offset) * shardBytes;
    // The part's first line is the first one starting at or after its range start.
    let at = rangeStart === 0 ? 0 : readingBytes.indexOf(NEWLINE, rangeStart - 1) + 1;
    let line = 0;
    while (at < offset) {
      const end = readingBytes.indexOf(NEWLINE, at);
      // Only files from two different builds get here: fail rather than loop or read the wrong line.
      if (end < 0) throw new Error('dictionary index and readings do not match');
      at = end + 1;
      line++;
    }
    if (at !== offset) throw new Error('dictionary index and readings do not match');
    return line;
  };
  const fullEntry = (offset: number): DictionaryEntry | undefined => {
    let cached = entryCache.get(offset);
    if (!cached) {
      const reading = readingAt(offset);
      if (!reading) return undefined;
      const shard = definitions[shardOf(offset)];
      if (!shard) throw new Error(`dictionary definitions ${shardOf(offset)} are not loaded`);
      const within = lineInShard(offset);
      const rest = within < shard.starts.length ? parseDefinitionLine(lineAt(shard.bytes, shard.starts[within]!)) : undefined;
      if (!rest) return undefined;
      cached = { ...rest, pinyin: reading.pinyin };
      entryCache.set(offset, cached);
    }
    return cached;
  };

  return {
    lookup: (word) => entryOffsets(word).map(fullEntry).filter((e): e is DictionaryEntry => e !== undefined),
    readings: (word) => entryOffsets(word).flatMap((offset) => readingAt(offset) ?? []),
    missingDefinitions: (word) => [...new Set(entryOffsets(word).map(shardOf))].filter((shard) => !definitions[shard]),
    addDefinitions,
    has: (word) => word !== '' && find(word) >= 0,
    probe,
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
