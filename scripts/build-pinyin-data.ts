// Writes public/data/pinyin-data.json for the worker: the pinyin model, the word counts and the word readings
// (assets/pinyin-model.json, word-frequencies.json, word-readings.json) in one file, fetched at start
// (utils/background/language-files.ts). Run by prepare and the build; the file is git-ignored.
// Run: npx tsx scripts/build-pinyin-data.ts
import { writeFileSync } from 'node:fs';
import { PINYIN_DATA_FILE_NAME } from '../utils/language/pinyin-data';
import { DICTIONARY_DIR, loadPinyinData } from './lib/node-data';

const file = `${DICTIONARY_DIR}${PINYIN_DATA_FILE_NAME}`;
const json = JSON.stringify(loadPinyinData());
writeFileSync(file, json);
console.log(`${file}: ${(json.length / 1024).toFixed(0)} KB`);
