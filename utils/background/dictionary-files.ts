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

const fetchCoreFiles = () => Promise.all([fetchDictionaryFile('cedict-index.tsv'), fetchDictionaryFile('cedict-readings.tsv')]);

let started: Promise<[index: Uint8Array, readings: Uint8Array]> | undefined = fetchCoreFiles();
// A failure is reported to whoever asks, not as an unhandled rejection at start.
started.catch(() => undefined);

/** The index and readings: the ones fetched at start the first time, fetched again after that. */
export function coreDictionaryFiles(): Promise<[index: Uint8Array, readings: Uint8Array]> {
  const files = started ?? fetchCoreFiles();
  started = undefined;
  return files;
}
