// A read-only table keyed by words (or model feature keys): a plain record in Node and in training, and in the
// worker shards parsed on first use. The worker's pinyin data as one JSON object took a cold worker ~30 ms to parse
// before its first card; as shards by first character laid out as bytes, a card decodes only the few it touches.

export interface WordTable<T> {
  get(key: string): T | undefined;
}

/** A record as a table. Keys are Han text or model keys: no inherited property can answer for one. */
export const tableOf = <T>(record: Readonly<Record<string, T>>): WordTable<T> => ({ get: (key) => record[key] });

/** Where a table's shards lie in a byte array: shard i (for keys starting with the UTF-16 unit keys[i]) ends at ends[i]. */
export interface ShardLayout {
  /** Byte offset of the first shard. */
  start: number;
  /** One UTF-16 unit per shard, in ascending order. */
  keys: string;
  ends: number[];
}

/** The record's entries grouped by the key's first UTF-16 unit, in ascending order of that unit. */
function shardsOf<T>(record: Readonly<Record<string, T>>): [string, Record<string, T>][] {
  const groups = new Map<string, Record<string, T>>();
  for (const [key, value] of Object.entries(record)) {
    if (key === '') continue; // no word: it has no first unit to shard it by
    let group = groups.get(key[0]!);
    if (!group) groups.set(key[0]!, (group = {}));
    group[key] = value;
  }
  return [...groups].sort(([a], [b]) => a.charCodeAt(0) - b.charCodeAt(0));
}

/** Each shard's JSON as UTF-8, appended to `chunks` from byte `start` on; their layout for shardedTable. */
export function layOutShards<T>(record: Readonly<Record<string, T>>, start: number, chunks: Uint8Array[]): ShardLayout {
  const encoder = new TextEncoder();
  const layout: ShardLayout = { start, keys: '', ends: [] };
  let end = start;
  for (const [first, group] of shardsOf(record)) {
    const bytes = encoder.encode(JSON.stringify(group));
    chunks.push(bytes);
    end += bytes.length;
    layout.keys += first;
    layout.ends.push(end);
  }
  return layout;
}

/** The index of `unit` in the ascending `keys`, or -1. */
function shardIndex(keys: string, unit: number): number {
  let low = 0;
  let high = keys.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const found = keys.charCodeAt(middle);
    if (found === unit) return middle;
    if (found < unit) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** A table over shards laid out in `bytes`, each decoded and parsed the first time a key in it is asked for. */
export function shardedTable<T>(bytes: Uint8Array, { start, keys, ends }: ShardLayout): WordTable<T> {
  // Damaged bytes are an error, not U+FFFD in a key.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const parsed: (Record<string, T> | undefined)[] = [];
  return {
    get(key) {
      if (key.length === 0) return undefined;
      const index = shardIndex(keys, key.charCodeAt(0));
      if (index < 0) return undefined;
      let shard = parsed[index];
      if (!shard) {
        const text = decoder.decode(bytes.subarray(index === 0 ? start : ends[index - 1]!, ends[index]!));
        parsed[index] = shard = JSON.parse(text) as Record<string, T>;
      }
      return shard[key];
    },
  };
}
