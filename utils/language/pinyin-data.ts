// The data the pinyin path reads besides the dictionary: the context model, the segmenter's word counts (learned
// together, scripts/build-pinyin-model.ts) and the readings of words CEDICT lacks (scripts/build-word-readings.ts).
// About 1 MB of JSON: the worker fetches it as one file (public/data/pinyin-data.json, written by the build) while
// its dictionary arrives, instead of parsing it in its bundle before it can start; Node reads the assets.
import type { PinyinModel } from './pinyin-model';

/** How often a word (or a character alone) occurs in the text we learn from; 0 if unseen. */
export type WordFrequencies = Record<string, number>;

export interface PinyinData {
  model: PinyinModel;
  frequencies: WordFrequencies;
  /** Readings of words CEDICT cannot read, as space-separated tone-marked syllables. */
  wordReadings: Record<string, string>;
}

export const PINYIN_DATA_FILE_NAME = 'pinyin-data.json';
