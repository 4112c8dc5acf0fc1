// The form OpenCC gives a word in its sentence, in the other script: 后 is 後 in 返锡后 but 后 in 皇后, 乾 is 干 in 乾淨
// but 乾 in 乾隆. OpenCC's phrase tables already decide this on page conversion, so the card asks the same tables.
// A whole converter parses every table first (~200 ms, too slow for a card); OpenCC only ever matches substrings of
// its input, so a converter built from the few table entries that are substrings of a short window around the word
// converts that window exactly as the whole one would. Its tables are sorted, so those entries are found by binary
// search in the table strings as shipped, with nothing parsed.
import { ConverterFactory, Trie } from 'opencc-js/core';
import * as Locale from 'opencc-js/preset';
import segmentation from '../../assets/conversion-segmentation.json';
import { detectScript } from './detect-script';

/** A table as opencc-js ships it: "key value|key value|…", sorted by key. */
type Table = string;
type TableGroup = Table[];

interface Configuration {
  normalizationChain?: TableGroup[];
  segmentation?: TableGroup;
  conversionChain: TableGroup[];
}

/** The word's script and the other one: OpenCC's configurations for Taiwan standard characters, the forms
 * CC-CEDICT writes (裡, 著, 麵), and back. */
const CONFIGURATIONS = { toTraditional: 's2tw', toSimplified: 'tw2s' } as const;
export type ConversionDirection = keyof typeof CONFIGURATIONS;

/** The words convert-script.ts adds to OpenCC's segmentation of simplified text (so 行长发表 is not read 長髮). */
const extraWords = new Set<string>(segmentation.words);

/** Characters kept on each side of the word: OpenCC's phrases that decide a character are a few characters long. */
const WINDOW_CHARS = 8;

/** Compares the table key starting at `at` (ending at a space) with `key`: <0, 0 or >0; sets `keyIsPrefix`. */
let keyIsPrefix = false;
function compareKey(table: Table, at: number, key: string): number {
  keyIsPrefix = false;
  for (let i = 0; ; i++) {
    const unit = table.charCodeAt(at + i);
    const ended = unit === 32 || Number.isNaN(unit);
    if (i === key.length) {
      keyIsPrefix = true;
      return ended ? 0 : 1;
    }
    if (ended) return -1;
    const wanted = key.charCodeAt(i);
    // Tables are sorted by code point: surrogates (high planes) go after U+E000–U+FFFF.
    if (unit !== wanted) return rank(unit) - rank(wanted);
  }
}
const rank = (unit: number) => (unit >= 0xe000 ? unit - 0x800 : unit >= 0xd800 ? unit + 0x2000 : unit);

/** Start of the entry containing offset `at`. */
function entryStart(table: Table, at: number): number {
  const bar = table.lastIndexOf('|', at - 1);
  return bar + 1;
}

/** The value of `key` in a sorted table, and whether a longer key starts with it. */
function probeTable(table: Table, key: string): { value: string | undefined; longer: boolean } {
  // Binary search over entry starts: the first entry whose key is not less than `key`.
  let low = 0;
  let high = table.length;
  while (low < high) {
    const middle = entryStart(table, (low + high) >>> 1);
    if (compareKey(table, middle, key) < 0) {
      const next = table.indexOf('|', middle);
      low = next < 0 ? table.length : next + 1;
    } else high = middle;
  }
  if (low >= table.length) return { value: undefined, longer: false };
  const order = compareKey(table, low, key);
  if (!keyIsPrefix) return { value: undefined, longer: false };
  if (order > 0) return { value: undefined, longer: true };
  const space = table.indexOf(' ', low);
  const end = table.indexOf('|', space);
  const value = table.slice(space + 1, end < 0 ? table.length : end);
  const next = end < 0 ? table.length : end + 1;
  const longer = next < table.length && (compareKey(table, next, key), keyIsPrefix);
  return { value, longer };
}

/** The entries of `table` whose keys are substrings of one of `texts`, as a table of their own. */
function entriesWithin(table: Table, texts: readonly string[]): Table {
  const found = new Map<string, string>();
  for (const text of texts) {
    const chars = [...text];
    for (let start = 0; start < chars.length; start++) {
      let key = '';
      for (let end = start; end < chars.length; end++) {
        key += chars[end];
        const { value, longer } = probeTable(table, key);
        if (value !== undefined) found.set(key, value);
        if (!longer) break;
      }
    }
  }
  return [...found].map(([key, value]) => `${key} ${value}`).join('|');
}

/** The extra segmentation words inside `text`, as a table mapping each to itself. */
function extraWordsWithin(text: string): Table {
  const chars = [...text];
  const found: string[] = [];
  for (let start = 0; start < chars.length; start++) {
    let word = chars[start]!;
    for (let end = start + 1; end < chars.length; end++) {
      word += chars[end];
      if (extraWords.has(word)) found.push(`${word} ${word}`);
    }
  }
  return found.join('|');
}

/** A group restricted to `texts`; opencc-js cannot load an empty table, so those are left out. */
const groupWithin = (group: TableGroup, texts: readonly string[]) => group.map((table) => entriesWithin(table, texts)).filter(Boolean);

/** Converts `text` as OpenCC's configuration `name` does, from the table entries inside it alone. */
function convertSmall(text: string, name: string): string {
  const config = (Locale.configs as unknown as Record<string, Configuration>)[name]!;
  let normalised = text;
  for (const group of config.normalizationChain ?? []) {
    const tables = groupWithin(group, [normalised]);
    if (tables.length > 0) normalised = ConverterFactory([tables])(normalised);
  }
  let segments = [normalised];
  if (config.segmentation) {
    const tables = groupWithin(config.segmentation, [normalised]);
    // convert-script.ts adds its words to the segmentation of simplified text.
    if (name.startsWith('s2')) tables.push(extraWordsWithin(normalised));
    const usable = tables.filter(Boolean);
    if (usable.length > 0) {
      const trie = new Trie();
      trie.loadDictGroup(usable);
      segments = trie.segment(normalised);
    }
  }
  for (const group of config.conversionChain) {
    const tables = groupWithin(group, segments);
    if (tables.length === 0) continue;
    const convert = ConverterFactory([tables]);
    segments = segments.map((segment) => convert(segment));
  }
  return segments.join('');
}

/** `text` converted as OpenCC converts it in `direction` (the card's own converter, for a sentence or less). */
export function convertInContext(text: string, direction: ConversionDirection): string {
  return convertSmall(text, CONFIGURATIONS[direction]);
}

/**
 * The form OpenCC gives `text[start, end)` when it converts the sentence around it in `direction`, or undefined
 * when the conversion does not keep one character for one (then no character can be matched to its form).
 * Only `text` up to `WINDOW_CHARS` characters on each side is read, stopping at the clause's punctuation.
 */
export function formInContext(text: string, start: number, end: number, direction: ConversionDirection): string | undefined {
  let from = start;
  for (let chars = 0; from > 0 && chars < WINDOW_CHARS && !/[\s，。！？；：、,.!?;:]/.test(text[from - 1]!); chars++) from--;
  let to = end;
  for (let chars = 0; to < text.length && chars < WINDOW_CHARS && !/[\s，。！？；：、,.!?;:]/.test(text[to]!); chars++) to++;
  // Never half a surrogate pair.
  if (from > 0 && /[\udc00-\udfff]/.test(text[from]!)) from--;
  if (to < text.length && /[\udc00-\udfff]/.test(text[to]!)) to++;
  const window = text.slice(from, to);
  const converted = convertInContext(window, direction);
  const before = [...text.slice(from, start)].length;
  const length = [...text.slice(start, end)].length;
  const chars = [...converted];
  if (chars.length !== [...window].length) return undefined;
  return chars.slice(before, before + length).join('');
}

/** Text as pinyin reads it best: traditional text (as the text `around` it shows) in its simplified form, character
 * for character. The model
 * learned from simplified text: on CPP's dev sentences converted to Taiwan characters it read 97.1% of the polyphones
 * right as they were and 99.8% in their simplified form (99.9% on the original sentences). */
export function readingForm(part: string, around: string): string {
  // The text around decides: a sentence may have no character only one script uses (他看著窗外).
  const { script } = detectScript(around);
  if (script !== 'traditional' && (script !== 'mixed' || detectScript(part).script === 'simplified')) return part;
  const simplified = convertInContext(part, 'toSimplified');
  // Only a conversion that keeps every character in place (and its UTF-16 length) can be read for the original.
  if (simplified.length !== part.length) return part;
  for (let i = 0; i < part.length; i++) if ((part.charCodeAt(i) >= 0xd800 && part.charCodeAt(i) < 0xe000) !== (simplified.charCodeAt(i) >= 0xd800 && simplified.charCodeAt(i) < 0xe000)) return part;
  return simplified;
}
