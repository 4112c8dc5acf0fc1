// The neighbour table: for each polyphonic character the model knows, its reading beside each neighbour inside the
// words of @pinyin-pro/data's big word list (built by tools/training/build-pinyin-model.ts, shipped in the model). Here it
// is read, per character on first use, as evidence for the model (pinyin-model.ts).
import type { CharContext } from './pinyin-model';
import type { WordTable } from '../dictionary/word-table';

/**
 * Per character: for each reading, the characters found after it (">") or before it ("<") in words of
 * @pinyin-pro/data's word list where it has that reading (in 80% of such words at least), as
 * ">yù:州县 <wèi:蓝". Built by tools/training/build-pinyin-model.ts; compact, since it holds some 100k pairs.
 */
export type NeighbourTable = Record<string, string>;

interface Neighbours {
  after: Map<string, string>;
  before: Map<string, string>;
}

const parsedNeighbours = new WeakMap<WordTable<string>, Map<string, Neighbours>>();

/** A character's entry of the table as maps from neighbour to reading, parsed on first use. */
function neighboursOf(table: WordTable<string>, char: string): Neighbours | undefined {
  let parsed = parsedNeighbours.get(table);
  if (!parsed) parsedNeighbours.set(table, (parsed = new Map()));
  let found = parsed.get(char);
  const entry = found === undefined ? table.get(char) : undefined;
  if (entry !== undefined) {
    found = { after: new Map(), before: new Map() };
    for (const group of entry.split(' ')) {
      const colon = group.indexOf(':');
      const side = group[0] === '>' ? found.after : found.before;
      for (const neighbour of group.slice(colon + 1)) side.set(neighbour, group.slice(1, colon));
    }
    parsed.set(char, found);
  }
  return found;
}

/**
 * The character's readings beside its actual neighbours in words of the big list, as agreement sources ("g02":
 * the character and the next one, "g-12": the previous one and the character), whether or not the pair is a
 * word of the lexicon (蔚州 yù). Mostly they confirm the usual reading; since that explains many training
 * examples, the character's bias leans less on it, and a rarer reading wins where nothing confirms the usual
 * one (麻涌、乌涌 chōng). Held out: +0.2 on both halves; the table adds ~300 KB (~165 KB gzipped).
 */
export function neighbourReadings(context: CharContext, table: WordTable<string>): [string, string][] {
  const entry = neighboursOf(table, context.chars[context.index]!);
  if (!entry) return [];
  const found: [string, string][] = [];
  const after = entry.after.get(context.chars[context.index + 1] ?? '');
  const before = entry.before.get(context.chars[context.index - 1] ?? '');
  if (after) found.push(['g02', after]);
  if (before) found.push(['g-12', before]);
  return found;
}
