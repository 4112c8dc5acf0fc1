// The data the pinyin path reads besides the dictionary: the context model, the segmenter's word counts (learned
// together, tools/training/build-pinyin-model.ts) and the readings of words CEDICT lacks (tools/build/build-word-readings.ts).
// Node reads the assets; the worker fetches them as one file of shards (public/data/pinyin-data.bin, written by
// the build) while its dictionary arrives, and decodes each shard on first use (core/dictionary/word-table.ts).
import type { PinyinModel } from './pinyin-model';
import { layOutShards, shardedTable, tableOf, type ShardLayout, type WordTable } from '../dictionary/word-table';

/** How often a word (or a character alone) occurs in the text we learn from; 0 if unseen. */
export type WordFrequencies = Record<string, number>;

export interface PinyinData {
  /** The model's readings per character, and its weights by key ("char\tfeature"). */
  model: { readings: PinyinModel['readings']; weights: WordTable<Record<string, number>>; neighbours: WordTable<string> };
  frequencies: WordTable<number>;
  /** Readings of words CEDICT cannot read, as space-separated tone-marked syllables. */
  wordReadings: WordTable<string>;
}

/** The data as learned and shipped in assets/. */
export interface PinyinSources {
  model: PinyinModel;
  frequencies: WordFrequencies;
  wordReadings: Record<string, string>;
}

export const PINYIN_DATA_FILE_NAME = 'pinyin-data.bin';

/** The word counts and word readings as tables: all segmentation and the model's inputs need. */
export function wordTables({ frequencies, wordReadings }: Omit<PinyinSources, 'model'>): Omit<PinyinData, 'model'> {
  return { frequencies: tableOf(frequencies), wordReadings: tableOf(wordReadings) };
}

export function pinyinData(sources: PinyinSources): PinyinData {
  const { readings, weights, neighbours } = sources.model;
  return { model: { readings, weights: tableOf(weights), neighbours: tableOf(neighbours) }, ...wordTables(sources) };
}

/** The worker's file, as bytes: a 4-byte length (little-endian), a JSON header of that many bytes (the model's
 * readings and where each table's shards lie), then the shards (word-table.ts). Only the header is parsed at load. */
interface PinyinDataHeader {
  readings: PinyinModel['readings'];
  weights: ShardLayout;
  neighbours: ShardLayout;
  frequencies: ShardLayout;
  wordReadings: ShardLayout;
}

/** The tables in the order their shards follow one another in the file. */
const TABLES = ['weights', 'neighbours', 'frequencies', 'wordReadings'] as const;

export function encodePinyinData({ model, frequencies, wordReadings }: PinyinSources): Uint8Array {
  const records = { weights: model.weights, neighbours: model.neighbours, frequencies, wordReadings };
  const shards: Uint8Array[] = [];
  const layouts = {} as Record<(typeof TABLES)[number], ShardLayout>;
  let end = 0;
  for (const name of TABLES) {
    const layout = layOutShards<unknown>(records[name], end, shards);
    layouts[name] = layout;
    end = layout.ends[layout.ends.length - 1] ?? end;
  }
  const header: PinyinDataHeader = { readings: model.readings, ...layouts };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const length = new Uint8Array(4);
  new DataView(length.buffer).setUint32(0, headerBytes.length, true);
  const file = new Uint8Array(4 + headerBytes.length + end);
  let at = 0;
  for (const part of [length, headerBytes, ...shards]) {
    file.set(part, at);
    at += part.length;
  }
  return file;
}

/** Reads the file's header, checking that its tables' shards fill the rest of the file exactly: a file cut short
 * or damaged is refused whole, with its name, rather than failing on some later card. */
function readHeader(file: Uint8Array): { header: PinyinDataHeader; shards: Uint8Array } {
  const refuse = (problem: string) => new Error(`${PINYIN_DATA_FILE_NAME}: ${problem}`);
  if (file.length < 4) throw refuse(`${file.length} bytes, too short for a header`);
  const length = new DataView(file.buffer, file.byteOffset, file.byteLength).getUint32(0, true);
  if (4 + length > file.length) throw refuse(`header of ${length} bytes in a file of ${file.length}`);
  let header: PinyinDataHeader;
  try {
    header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(file.subarray(4, 4 + length))) as PinyinDataHeader;
  } catch (error) {
    throw refuse(`unreadable header (${error instanceof Error ? error.message : String(error)})`);
  }
  const shards = file.subarray(4 + length);
  let end = 0;
  for (const name of TABLES) {
    const layout = header?.[name];
    if (!layout || layout.start !== end || layout.keys.length !== layout.ends.length) throw refuse(`bad layout of ${name}`);
    for (const next of layout.ends) {
      if (!(next >= end)) throw refuse(`bad layout of ${name}`);
      end = next;
    }
  }
  if (end !== shards.length) throw refuse(`${shards.length} bytes of shards where the header expects ${end}`);
  return { header, shards };
}

export function decodePinyinData(file: Uint8Array): PinyinData {
  const { header, shards } = readHeader(file);
  return {
    model: { readings: header.readings, weights: shardedTable(shards, header.weights), neighbours: shardedTable(shards, header.neighbours) },
    frequencies: shardedTable(shards, header.frequencies),
    wordReadings: shardedTable(shards, header.wordReadings),
  };
}
