// The data the pinyin path reads besides the dictionary: the context model, the segmenter's word counts (learned
// together, scripts/build-pinyin-model.ts) and the readings of words CEDICT lacks (scripts/build-word-readings.ts).
// Node reads the assets; the worker fetches them as one file of shards (public/data/pinyin-data.json, written by
// the build) while its dictionary arrives, and parses each shard on first use (utils/language/word-table.ts).
import type { PinyinModel } from './pinyin-model';
import { shardedTable, shardRecord, tableOf, type WordTable } from './word-table';

/** How often a word (or a character alone) occurs in the text we learn from; 0 if unseen. */
export type WordFrequencies = Record<string, number>;

export interface PinyinData {
  /** The model's readings per character, and its weights by key ("char\tfeature"). */
  model: { readings: PinyinModel['readings']; weights: WordTable<Record<string, number>> };
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

export const PINYIN_DATA_FILE_NAME = 'pinyin-data.json';

/** The word counts and word readings as tables: all segmentation and the model's inputs need. */
export function wordTables({ frequencies, wordReadings }: Omit<PinyinSources, 'model'>): Omit<PinyinData, 'model'> {
  return { frequencies: tableOf(frequencies), wordReadings: tableOf(wordReadings) };
}

export function pinyinData(sources: PinyinSources): PinyinData {
  return { model: { readings: sources.model.readings, weights: tableOf(sources.model.weights) }, ...wordTables(sources) };
}

/** The worker's file: the model's readings as they are, the three tables in shards. */
export interface PinyinDataFile {
  readings: PinyinModel['readings'];
  weights: Record<string, string>;
  frequencies: Record<string, string>;
  wordReadings: Record<string, string>;
}

export function pinyinDataFile({ model, frequencies, wordReadings }: PinyinSources): PinyinDataFile {
  return { readings: model.readings, weights: shardRecord(model.weights), frequencies: shardRecord(frequencies), wordReadings: shardRecord(wordReadings) };
}

export function pinyinDataFromFile(file: PinyinDataFile): PinyinData {
  return { model: { readings: file.readings, weights: shardedTable(file.weights) }, frequencies: shardedTable(file.frequencies), wordReadings: shardedTable(file.wordReadings) };
}
