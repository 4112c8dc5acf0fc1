// OpenCC's conversion (as opencc-js runs it: normalisation, greedy longest-match segmentation, then each
// conversion stage on each segment) over opencc-js's own dictionary strings, without building a trie first.
// opencc-js builds a trie of Maps from every entry (STPhrases: 49k) when a converter is made, ~100 ms a trie;
// here a dictionary is only cut into entry offsets, once per dictionary and shared by every configuration, and
// a trie node is made when a text first reaches it, by binary search over the dictionary's sorted keys.

/**
 * An opencc-js dictionary string ("key value|key value", keys in JavaScript's string order, as opencc-js ships
 * them: a unit test checks each) or a list of keys (no values, any order).
 */
export type DictSource = string | readonly string[];

/** A dictionary cut into entries: each key's and value's place in the source string. */
export interface ParsedDict {
  text: string;
  keyStart: Int32Array;
  keyEnd: Int32Array;
  /** End of the value (exclusive); equal to keyEnd when the entry has no value. */
  valueEnd: Int32Array;
  size: number;
}

const parsedLists = new WeakMap<object, ParsedDict>();
const parsedStrings = new Map<string, ParsedDict>();

/** Cuts a dictionary into entries, once: the same string or list is parsed once for every configuration. */
export function parseDict(source: DictSource, sort = false): ParsedDict {
  if (typeof source !== 'string') {
    let dict = parsedLists.get(source);
    if (!dict) {
      dict = parseString([...source].sort().join('|'));
      parsedLists.set(source, dict);
    }
    return dict;
  }
  let dict = parsedStrings.get(source);
  if (!dict) {
    dict = parseString(source);
    if (sort) dict = sortEntries(dict);
    parsedStrings.set(source, dict);
  }
  return dict;
}

/** Entry offsets by native searches only (this runs once, before any of it is optimised). */
function parseString(text: string): ParsedDict {
  // The shortest entry, "k|", takes two code units: room for every entry without counting them first.
  const room = (text.length >> 1) + 1;
  const keyStart = new Int32Array(room);
  const keyEnd = new Int32Array(room);
  const valueEnd = new Int32Array(room);
  let size = 0;
  for (let start = 0; start < text.length; size++) {
    let end = text.indexOf('|', start);
    if (end === -1) end = text.length;
    keyStart[size] = start;
    const space = text.indexOf(' ', start);
    // opencc-js's values hold no space (a unit test checks): the value runs to the entry's end.
    keyEnd[size] = space !== -1 && space < end ? space : end;
    valueEnd[size] = end;
    start = end + 1;
  }
  return { text, keyStart: keyStart.subarray(0, size), keyEnd: keyEnd.subarray(0, size), valueEnd: valueEnd.subarray(0, size), size };
}

/** Whether each key sorts after the one before it, code unit by code unit (JavaScript's string order). */
export function isSorted({ text, keyStart, keyEnd, size }: ParsedDict): boolean {
  for (let n = 1; n < size; n++) {
    const a = keyStart[n - 1]!;
    const b = keyStart[n]!;
    const lengthA = keyEnd[n - 1]! - a;
    const lengthB = keyEnd[n]! - b;
    let k = 0;
    while (k < lengthA && k < lengthB && text.charCodeAt(a + k) === text.charCodeAt(b + k)) k++;
    const order = k < lengthA && k < lengthB ? text.charCodeAt(a + k) - text.charCodeAt(b + k) : lengthA - lengthB;
    if (order > 0) return false;
  }
  return true;
}

/** The entries in key order (opencc-js's compatibility ideographs, a character map, are not sorted). */
function sortEntries(dict: ParsedDict): ParsedDict {
  if (isSorted(dict)) return dict;
  const key = (n: number) => dict.text.slice(dict.keyStart[n]!, dict.keyEnd[n]!);
  const order = Array.from({ length: dict.size }, (_, n) => n).sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return {
    text: dict.text,
    keyStart: Int32Array.from(order, (n) => dict.keyStart[n]!),
    keyEnd: Int32Array.from(order, (n) => dict.keyEnd[n]!),
    valueEnd: Int32Array.from(order, (n) => dict.valueEnd[n]!),
    size: dict.size,
  };
}

/** A dictionary's part in a trie: whether its keys cut segments, and whether its values convert. */
export interface DictRole {
  source: DictSource;
  segments: boolean;
  converts: boolean;
  /** Segmentation keys of our own, taken only where they stop a trap phrase (see EngineConfig.addedWords). */
  added?: boolean;
  /** Sort the dictionary's entries first (the normalisation dictionaries: character maps). */
  unsorted?: boolean;
}

interface TrieNode {
  /** Code units matched from the start of a match. */
  depth: number;
  /** Per dictionary d, the entries whose key starts with this node's prefix: from ranges[2d] to ranges[2d + 1]. */
  ranges: number[];
  /** A segmentation key of OpenCC's ends here. */
  segment: boolean;
  /** An added segmentation word ends here. */
  added: boolean;
  /** The converting dictionaries' value for this exact key (the first dictionary that has it wins). */
  value: string | undefined;
  /** Children by the next code unit; null where no key goes on with it. Filled as texts reach them. */
  children: Map<number, TrieNode | null>;
}

/** A trie over several sorted dictionaries, expanded node by node as texts walk into it. */
export class LazyTrie {
  private readonly dicts: ParsedDict[];
  private readonly roles: DictRole[];
  readonly root: TrieNode;

  constructor(roles: readonly DictRole[]) {
    this.roles = [...roles];
    this.dicts = roles.map((role) => parseDict(role.source, role.unsorted));
    this.root = this.makeNode(0, this.dicts.flatMap((dict) => [0, dict.size]));
  }

  private makeNode(depth: number, ranges: number[]): TrieNode {
    let segment = false;
    let added = false;
    let value: string | undefined;
    for (let d = 0; d < this.dicts.length; d++) {
      const first = ranges[2 * d]!;
      if (first >= ranges[2 * d + 1]! || depth === 0) continue;
      const dict = this.dicts[d]!;
      // Keys sharing the prefix sort after the prefix itself, so an exact key is the range's first entry.
      if (dict.keyEnd[first]! - dict.keyStart[first]! !== depth) continue;
      const role = this.roles[d]!;
      if (role.added) added = true;
      else if (role.segments) segment = true;
      if (role.converts && value === undefined) value = dict.text.slice(dict.keyEnd[first]! + 1, dict.valueEnd[first]!);
    }
    return { depth, ranges, segment, added, value, children: new Map() };
  }

  /** The child of `node` by code unit `unit`, made on first use; null when no key goes on that way. */
  child(node: TrieNode, unit: number): TrieNode | null {
    let next = node.children.get(unit);
    if (next !== undefined) return next;
    const count = this.dicts.length;
    const ranges = new Array<number>(2 * count);
    let any = false;
    const depth = node.depth;
    for (let d = 0; d < count; d++) {
      const dict = this.dicts[d]!;
      let a = node.ranges[2 * d]!;
      const b = node.ranges[2 * d + 1]!;
      if (a < b && dict.keyEnd[a]! - dict.keyStart[a]! === depth) a++;
      // Keys from a to b all have a unit at `depth`, in ascending order: find those equal to `unit`.
      let left = a;
      let right = b;
      while (left < right) {
        const mid = (left + right) >>> 1;
        if (dict.text.charCodeAt(dict.keyStart[mid]! + depth) < unit) left = mid + 1;
        else right = mid;
      }
      const start = left;
      right = b;
      while (left < right) {
        const mid = (left + right) >>> 1;
        if (dict.text.charCodeAt(dict.keyStart[mid]! + depth) <= unit) left = mid + 1;
        else right = mid;
      }
      ranges[2 * d] = start;
      ranges[2 * d + 1] = left;
      if (start < left) any = true;
    }
    next = any ? this.makeNode(depth + 1, ranges) : null;
    node.children.set(unit, next);
    return next;
  }
}

/** How many code units an unmatched character takes: one code point, or a whole ideographic description sequence. */
export function unmatchedLength(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  // Nearly every character: neither a description character nor a surrogate.
  if (unit < 0x2ff0 || (unit > 0x2fff && unit < 0xd800) || unit > 0xdbff) return 1;
  const end = descriptionSequenceEnd(text, i);
  if (end > i) return end - i;
  return codePointLength(text, i);
}

const codePointLength = (text: string, i: number) => {
  const unit = text.charCodeAt(i);
  return unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length ? 2 : 1;
};

/** Operands taken by an ideographic description character (U+2FF0–U+2FFF), 0 for any other character. */
function descriptionArity(unit: number): number {
  if (unit < 0x2ff0 || unit > 0x2fff) return 0;
  return unit === 0x2ff2 || unit === 0x2ff3 ? 3 : 2;
}

function descriptionSequenceEnd(text: string, i: number): number {
  const arity = descriptionArity(text.charCodeAt(i));
  if (arity === 0) return 0;
  let end = i + 1;
  for (let n = 0; n < arity; n++) {
    if (end >= text.length) return 0;
    const inner = descriptionSequenceEnd(text, end);
    end = inner || end + codePointLength(text, end);
  }
  return end;
}

/** One stage of conversion: longest match of its dictionaries over a string, bounded by the string's end. */
export class ConversionStage {
  constructor(readonly trie: LazyTrie) {}

  convert(text: string): string {
    const n = text.length;
    let out = '';
    let copied = 0;
    for (let i = 0; i < n; ) {
      let node: TrieNode | null = this.trie.root;
      let end = 0;
      let value: string | undefined;
      for (let j = i; j < n; ) {
        node = this.trie.child(node, text.charCodeAt(j));
        if (node === null) break;
        j++;
        if (node.value !== undefined) {
          end = j;
          value = node.value;
        }
      }
      if (value !== undefined) {
        if (copied < i) out += text.slice(copied, i);
        out += value;
        i = end;
        copied = end;
      } else {
        i += unmatchedLength(text, i);
      }
    }
    return copied === 0 ? text : copied < n ? out + text.slice(copied) : out;
  }
}

export interface EngineConfig {
  /** Character dictionaries applied to the whole text first (compatibility ideographs). */
  normalization?: readonly DictSource[];
  /** Dictionaries whose keys cut the text into segments; none: the text is one segment. */
  segmentation?: readonly DictSource[];
  /**
   * Words of our own added to the segmentation, with the trap phrases they are there to stop: an added word is
   * taken only where OpenCC's own segmentation, from the word's start, would match a trap phrase across the
   * word's end. Anywhere else OpenCC's segmentation stands, so an added word changes no other phrase's reading.
   */
  addedWords?: { words: DictSource; traps: ReadonlySet<string> };
  /** Conversion stages, each a group of dictionaries (the first that has a key wins), applied to each segment. */
  stages: readonly (readonly DictSource[])[];
}

/** A converter following opencc-js's ConverterBuilder for one configuration, with the same output. */
export function createConverter(config: EngineConfig): (text: string) => string {
  const normalize = config.normalization?.length
    ? new ConversionStage(new LazyTrie(config.normalization.map((source) => ({ ...converting(source), unsorted: true }))))
    : undefined;
  const [firstStage = [], ...laterStages] = config.stages;
  const segmentation = config.segmentation ?? [];
  // The first stage's trie also holds the segmentation dictionaries (STPhrases is both): one walk finds both.
  const roles = mergeRoles(firstStage, segmentation);
  if (config.addedWords) roles.push({ source: config.addedWords.words, segments: true, converts: false, added: true });
  const first = new LazyTrie(roles);
  const traps = config.addedWords?.traps ?? new Set<string>();
  const later = laterStages.map((group) => new ConversionStage(new LazyTrie(group.map(converting))));
  const firstStageAlone = new ConversionStage(first);
  const applyLater = (segment: string) => {
    let result = segment;
    for (const stage of later) result = stage.convert(result);
    return result;
  };
  if (segmentation.length === 0 && !config.addedWords) {
    return (text) => applyLater(firstStageAlone.convert(normalize ? normalize.convert(text) : text));
  }
  return (text) => convertSegmented(normalize ? normalize.convert(text) : text, first, traps, later.length > 0 ? applyLater : undefined);
}

const converting = (source: DictSource): DictRole => ({ source, segments: false, converts: true });

function mergeRoles(stage: readonly DictSource[], segmentation: readonly DictSource[]): DictRole[] {
  const roles: DictRole[] = stage.map((source) => ({ source, segments: segmentation.includes(source), converts: true }));
  for (const source of segmentation) if (!stage.includes(source)) roles.push({ source, segments: true, converts: false });
  return roles;
}

/**
 * Segments `text` by greedy longest match of the segmentation keys (unmatched characters run together into one
 * segment), converts each segment by longest match of the first stage's keys within it, then passes each
 * converted segment through the later stages: opencc-js's order, in one walk per segment start.
 */
function convertSegmented(text: string, trie: LazyTrie, traps: ReadonlySet<string>, later: ((segment: string) => string) | undefined): string {
  const n = text.length;
  const parts: string[] = [];
  // The unmatched run being collected: its start, its first stage's conversion so far, and where that stopped
  // when a match at a run position reached past the next position (the run's end is not known yet then).
  let runStart = -1;
  let runOut = '';
  let runRest = -1;
  // Unconverted text of the run not yet added to runOut (copied in one slice).
  let copyFrom = -1;
  const flushRun = (runEnd: number) => {
    if (runRest !== -1) runOut += convertWithin(trie, text, runRest, runEnd);
    else if (copyFrom !== -1) runOut += text.slice(copyFrom, runEnd);
    parts.push(later ? later(runOut) : runOut);
    runStart = -1;
    runOut = '';
    runRest = -1;
    copyFrom = -1;
  };

  for (let i = 0; i < n; ) {
    let node: TrieNode | null = trie.root;
    let segmentEnd = 0;
    let addedEnd = 0;
    let valueEnd = 0;
    let value: string | undefined;
    for (let j = i; j < n; ) {
      node = trie.child(node, text.charCodeAt(j));
      if (node === null) break;
      j++;
      if (node.segment) segmentEnd = j;
      if (node.added) addedEnd = j;
      if (node.value !== undefined) {
        valueEnd = j;
        value = node.value;
      }
    }
    if (addedEnd > segmentEnd && stopsTrap(trie, traps, text, i, addedEnd)) segmentEnd = addedEnd;
    if (segmentEnd > 0) {
      if (runStart !== -1) flushRun(i);
      let converted: string;
      if (value !== undefined && valueEnd === segmentEnd) converted = value;
      else if (value !== undefined && valueEnd < segmentEnd) converted = value + convertWithin(trie, text, valueEnd, segmentEnd);
      else converted = convertWithin(trie, text, i, segmentEnd);
      parts.push(later ? later(converted) : converted);
      i = segmentEnd;
      continue;
    }
    if (runStart === -1) runStart = i;
    const step = unmatchedLength(text, i);
    if (runRest === -1) {
      // A run converts by itself: a match no longer than this position's step cannot pass the run's end.
      if (value === undefined) {
        if (copyFrom === -1) copyFrom = i;
      } else {
        if (copyFrom !== -1) {
          runOut += text.slice(copyFrom, i);
          copyFrom = -1;
        }
        if (valueEnd === i + step) runOut += value;
        else if (valueEnd < i + step) runOut += value + convertWithin(trie, text, valueEnd, i + step);
        else runRest = i;
      }
    }
    i += step;
  }
  if (runStart !== -1) flushRun(n);
  return parts.join('');
}

/**
 * Whether the added word text[start, end) is to be taken: OpenCC's segmentation from `start` matches a trap
 * phrase across `end` (true), another phrase across it (false: OpenCC's reading stands), or none (true: the word
 * only joins OpenCC's segments).
 */
function stopsTrap(trie: LazyTrie, traps: ReadonlySet<string>, text: string, start: number, end: number): boolean {
  for (let i = start; i < end; ) {
    let node: TrieNode | null = trie.root;
    let phraseEnd = 0;
    for (let j = i; j < text.length; ) {
      node = trie.child(node, text.charCodeAt(j));
      if (node === null) break;
      j++;
      if (node.segment) phraseEnd = j;
    }
    if (phraseEnd > end) return traps.has(text.slice(i, phraseEnd));
    i = phraseEnd > 0 ? phraseEnd : i + unmatchedLength(text, i);
  }
  return true;
}

/** The first stage's conversion of text[start, end), matches cut at `end`. */
function convertWithin(trie: LazyTrie, text: string, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; ) {
    let node: TrieNode | null = trie.root;
    let matchEnd = 0;
    let value: string | undefined;
    for (let j = i; j < end; ) {
      node = trie.child(node, text.charCodeAt(j));
      if (node === null) break;
      j++;
      if (node.value !== undefined) {
        matchEnd = j;
        value = node.value;
      }
    }
    if (value !== undefined) {
      out += value;
      i = matchEnd;
    } else {
      const step = Math.min(unmatchedLength(text, i), end - i);
      out += text.slice(i, i + step);
      i += step;
    }
  }
  return out;
}
