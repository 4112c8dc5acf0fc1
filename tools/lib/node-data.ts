// Loads the product's data files from the repository for Node (command line, build scripts, tests).
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { createDictionary, DEFINITION_SHARDS, definitionsFileName, type Dictionary, type DictionarySources } from '../../core/dictionary/dictionary';
import { createGlossary, type Glossary, type GlossaryEntry } from '../../core/glossary/glossary';
import { createLexicon, type Lexicon } from '../../core/dictionary/lexicon';
import { pinyinData, type PinyinData, type PinyinSources } from '../../core/pinyin/pinyin-data';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DICTIONARY_DIR = `${REPO_ROOT}public/data/`;
export const DICTIONARY_INDEX_FILE = `${DICTIONARY_DIR}cedict-index.tsv`;
export const DICTIONARY_KEY_STARTS_FILE = `${DICTIONARY_DIR}cedict-index-starts.bin`;
export const DICTIONARY_READINGS_FILE = `${DICTIONARY_DIR}cedict-readings.tsv`;
/** The file holding the definitions of part `shard` (see DEFINITION_SHARDS in core/dictionary/dictionary.ts). */
export const definitionsFile = (shard: number) => `${DICTIONARY_DIR}${definitionsFileName(shard)}`;
export const GLOSSARY_FILE = `${REPO_ROOT}assets/glossary.json`;
export const PINYIN_MODEL_FILE = `${REPO_ROOT}assets/pinyin-model.json`;
export const WORD_FREQUENCIES_FILE = `${REPO_ROOT}assets/word-frequencies.json`;
export const WORD_READINGS_FILE = `${REPO_ROOT}assets/word-readings.json`;

let dictionary: Dictionary | undefined;
let glossary: Glossary | undefined;
let wordReadings: PinyinSources['wordReadings'] | undefined;
let pinyinSources: PinyinSources | undefined;
let shippedPinyin: PinyinData | undefined;
let pinyinProWords: Record<string, [string, number]> | undefined;

/** The index's line starts as written by the build (little-endian 32-bit integers). */
function readKeyStarts(): Int32Array {
  const bytes = readFileSync(DICTIONARY_KEY_STARTS_FILE);
  return new Int32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

/** The definition files, by part. */
export const readDefinitions = (): Buffer[] => Array.from({ length: DEFINITION_SHARDS }, (_, shard) => readFileSync(definitionsFile(shard)));

/** The dictionary's files as the worker holds them, with every definitions part or (as a woken worker) none. */
export function readDictionarySources({ definitions }: { definitions: boolean }): DictionarySources {
  return {
    index: readFileSync(DICTIONARY_INDEX_FILE),
    keyStarts: readKeyStarts(),
    readings: readFileSync(DICTIONARY_READINGS_FILE),
    ...(definitions ? { definitions: readDefinitions() } : {}),
  };
}

export function loadDictionary(): Dictionary {
  dictionary ??= createDictionary(readDictionarySources({ definitions: true }));
  return dictionary;
}

/** The words the extension reads by: CEDICT plus the glossary, as the worker builds them. */
export function loadLexicon(): Lexicon {
  return createLexicon(loadDictionary(), loadGlossary().entries);
}

export function loadGlossary(): Glossary {
  glossary ??= createGlossary(JSON.parse(readFileSync(GLOSSARY_FILE, 'utf8')) as GlossaryEntry[]);
  return glossary;
}

/** The repository's copy of the news corpus (../shared/corpus). */
export const CORPUS_DIR = `${REPO_ROOT}corpus/`;

/** The corpus's news texts (its .txt files), in file-name order. */
export function readCorpusTexts(): string[] {
  return readdirSync(CORPUS_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(`${CORPUS_DIR}${name}`, 'utf8'));
}

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

/** @pinyin-pro/data's big word list (complete.json, 349k words, ISC licence): word → [pinyin, frequency]. The word
 * readings and the model's neighbour table are both built from it; it is read once. */
export function loadPinyinProWords(): Record<string, [string, number]> {
  pinyinProWords ??= readJson(createRequire(import.meta.url).resolve('@pinyin-pro/data/complete.json')) as Record<string, [string, number]>;
  return pinyinProWords;
}

/** The word list's readings alone: what training reads, so a model can be learned without an old one. */
export function loadWordReadings(): PinyinSources['wordReadings'] {
  wordReadings ??= readJson(WORD_READINGS_FILE) as PinyinSources['wordReadings'];
  return wordReadings;
}

/** The pinyin path's data as the repository ships it (assets/), from which the build writes the worker's file. */
export function loadPinyinSources(): PinyinSources {
  pinyinSources ??= {
    model: readJson(PINYIN_MODEL_FILE) as PinyinSources['model'],
    frequencies: readJson(WORD_FREQUENCIES_FILE) as PinyinSources['frequencies'],
    wordReadings: loadWordReadings(),
  };
  return pinyinSources;
}

/** The same, as the pinyin path reads it. */
export function loadPinyinData(): PinyinData {
  shippedPinyin ??= pinyinData(loadPinyinSources());
  return shippedPinyin;
}
