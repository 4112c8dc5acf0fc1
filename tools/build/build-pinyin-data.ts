// Writes public/data/pinyin-data.bin for the worker: the pinyin model, the word counts and the word readings
// (assets/pinyin-model.json, word-frequencies.json, word-readings.json) in one file of shards, fetched at start
// (worker/language-files.ts) and decoded shard by shard on first use (core/dictionary/word-table.ts).
// Run by prepare and the build; the file is git-ignored.
// Run: npx tsx tools/build/build-pinyin-data.ts
import { writeFileSync } from 'node:fs';
import { encodePinyinData, PINYIN_DATA_FILE_NAME } from '../../core/pinyin/pinyin-data';
import { DICTIONARY_DIR, loadPinyinSources } from '../lib/node-data';

const file = `${DICTIONARY_DIR}${PINYIN_DATA_FILE_NAME}`;
const bytes = encodePinyinData(loadPinyinSources());
writeFileSync(file, bytes);
console.log(`${file}: ${(bytes.length / 1024).toFixed(0)} KB`);
