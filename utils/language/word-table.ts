// A read-only table keyed by words (or model feature keys): a plain record in Node and in training, and in the
// worker shards parsed on first use. The worker's pinyin data as one JSON object (~1.1 MB) took a cold worker ~30 ms
// to parse before its first card; as shards by first character, a card parses only the few it touches.

export interface WordTable<T> {
  get(key: string): T | undefined;
}

/** A record as a table. Keys are Han text or model keys: no inherited property can answer for one. */
export const tableOf = <T>(record: Readonly<Record<string, T>>): WordTable<T> => ({ get: (key) => record[key] });

/** The record's entries grouped by the key's first UTF-16 unit, each group as a JSON string (see shardedTable). */
export function shardRecord<T>(record: Readonly<Record<string, T>>): Record<string, string> {
  const groups = new Map<string, Record<string, T>>();
  for (const [key, value] of Object.entries(record)) {
    let group = groups.get(key[0]!);
    if (!group) groups.set(key[0]!, (group = {}));
    group[key] = value;
  }
  return Object.fromEntries([...groups].map(([first, group]) => [first, JSON.stringify(group)]));
}

/** A table over shardRecord's output, each shard parsed the first time a key in it is asked for. */
export function shardedTable<T>(shards: Readonly<Record<string, string>>): WordTable<T> {
  const parsed = new Map<string, Record<string, T>>();
  return {
    get(key) {
      const first = key[0];
      if (first === undefined) return undefined;
      let shard = parsed.get(first);
      if (!shard) {
        const text = shards[first];
        if (text === undefined) return undefined;
        parsed.set(first, (shard = JSON.parse(text) as Record<string, T>));
      }
      return shard[key];
    },
  };
}
