// Builds assets/word-readings.json: readings of words CC-CEDICT cannot read, taken from the word list of
// @pinyin-pro/data (complete.json, 349k words with pinyin, ISC licence). The pinyin model
// (core/pinyin/pinyin-model.ts) uses a word's reading as evidence for the characters in it; CEDICT gives one
// for about 100k words, this list for 18k more. A word is kept when it has 2+ characters, one syllable each,
// CEDICT gives it no single reading, and some character in it is read otherwise than pinyin-pro reads it alone
// (冰晕 bīng yùn, 暗物质晕): the other words would only repeat what the model already sees. 一 and 不 are
// stored as read alone (yī, bù), since the list writes their tone sandhi and the benchmark does not.
// Deterministic and committed: rerun it by hand after upgrading @pinyin-pro/data or pinyin-pro (then the model,
// which reads these words); a unit test checks the asset is current.
// Run: npx tsx tools/build/build-word-readings.ts
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pinyin as pinyinPro } from 'pinyin-pro';
import type { Dictionary } from '../../core/dictionary/dictionary';
import { dictionaryReading } from '../../core/pinyin/pinyin';
import { loadDictionary, loadPinyinProWords, WORD_READINGS_FILE } from '../lib/node-data';

const HAN = /^\p{Script=Han}+$/u;
const AS_ALONE: Record<string, string> = { 一: 'yī', 不: 'bù' };

/** word → space-separated tone-marked syllables, sorted by word. */
export function buildWordReadings(dictionary: Dictionary = loadDictionary()): Record<string, string> {
  const source = loadPinyinProWords();
  const alone = new Map<string, string>();
  const readAlone = (char: string) => {
    let reading = alone.get(char);
    if (reading === undefined) alone.set(char, (reading = pinyinPro(char, { toneType: 'symbol' })));
    return reading;
  };
  const kept: [string, string][] = [];
  for (const [word, [pinyin]] of Object.entries(source)) {
    const chars = [...word];
    const syllables = pinyin.split(' ');
    if (chars.length < 2 || syllables.length !== chars.length || !HAN.test(word)) continue;
    if (dictionaryReading(word, dictionary)) continue;
    const read = chars.map((char, i) => AS_ALONE[char] ?? syllables[i]!);
    if (!chars.some((char, i) => read[i] !== readAlone(char))) continue;
    kept.push([word, read.join(' ')]);
  }
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(kept);
}

export function wordReadingsJson(readings: Record<string, string>): string {
  return `${JSON.stringify(readings)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const json = wordReadingsJson(buildWordReadings());
  writeFileSync(WORD_READINGS_FILE, json);
  console.log(`${WORD_READINGS_FILE}: ${(json.length / 1024).toFixed(0)} KB, ${Object.keys(JSON.parse(json)).length} words`);
}
