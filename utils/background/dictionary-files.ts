// Fetching the dictionary's files from the extension's data/. The index and the readings are asked for
// the moment the worker starts (entrypoints/background.ts imports this module first), so they arrive
// while the rest of the worker's code is still being evaluated instead of after it.
import { browser } from 'wxt/browser';

/** A dictionary file as fetched bytes: decoding megabytes of text would cost a cold worker tens of ms. */
export async function fetchDictionaryFile(name: string): Promise<Uint8Array> {
  const response = await fetch(browser.runtime.getURL(`/data/${name}` as '/data/cedict-index.tsv'));
  if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** The index, its line starts and the readings: all segmentation and pinyin need. */
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

let started: Promise<CoreDictionaryFiles> | undefined = fetchCoreFiles();
// A failure is reported to whoever asks, not as an unhandled rejection at start.
started.catch(() => undefined);

/** The index and readings: the ones fetched at start the first time, fetched again after that. */
export function coreDictionaryFiles(): Promise<CoreDictionaryFiles> {
  const files = started ?? fetchCoreFiles();
  started = undefined;
  return files;
}
