// Fetching the language data's files from the extension's data/: the dictionary's index and readings, and the
// pinyin data. They are asked for the moment the worker starts (entrypoints/background/index.ts imports this module
// first), so they arrive while the rest of the worker's code is still being evaluated instead of after it.
import { browser } from 'wxt/browser';
import { decodePinyinData, PINYIN_DATA_FILE_NAME, type PinyinData } from '../core/pinyin/pinyin-data';

const dataUrl = (name: string) => browser.runtime.getURL(`/data/${name}` as '/data/cedict-index.tsv');

/** A data file as fetched bytes: decoding megabytes of text would cost a cold worker tens of ms. */
export async function fetchDictionaryFile(name: string): Promise<Uint8Array> {
  const response = await fetch(dataUrl(name));
  if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** The index, its line starts and the readings: all segmentation and pinyin need of the dictionary. */
export interface CoreDictionaryFiles {
  index: Uint8Array;
  keyStarts: Int32Array;
  readings: Uint8Array;
}

async function fetchCoreFiles(): Promise<CoreDictionaryFiles> {
  const [index, starts, readings] = await Promise.all(['cedict-index.tsv', 'cedict-index-starts.bin', 'cedict-readings.tsv'].map(fetchDictionaryFile));
  // A fetched buffer starts at offset 0: the integers can be read in place.
  return { index: index!, keyStarts: new Int32Array(starts!.buffer), readings: readings! };
}

/** A fetch begun at start, handed to its first asker; later askers (after a failure) fetch again. */
function fetchedAtStart<T>(fetchFile: () => Promise<T>): () => Promise<T> {
  let started: Promise<T> | undefined = fetchFile();
  // A failure is reported to whoever asks, not as an unhandled rejection at start.
  started.catch(() => undefined);
  return () => {
    const file = started ?? fetchFile();
    started = undefined;
    return file;
  };
}

/** The index and readings: the ones fetched at start the first time, fetched again after that. */
export const coreDictionaryFiles = fetchedAtStart(fetchCoreFiles);
/** The pinyin data's bytes, likewise. Only its small header is parsed, when pinyin is first needed; the rest
 * shard by shard as words ask for it (a worker woken for a conversion or the popup needs none of it). */
const pinyinBytes = fetchedAtStart(() => fetchDictionaryFile(PINYIN_DATA_FILE_NAME));

/** The pinyin model, word counts and word readings. */
export async function pinyinDataFile(): Promise<PinyinData> {
  return decodePinyinData(await pinyinBytes());
}
