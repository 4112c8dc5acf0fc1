// Builds assets/word-frequencies.json: how often each word (and single character) occurs, as segmented, in text
// we may learn from: the sentences of the CPP polyphone benchmark's dev split and the news corpus in corpus/
// (the repository's copy of ../shared/corpus). tools/eval/eval-pinyin.ts counts one half and the corpus alone, to
// report on the other half. The segmenter
// (core/dictionary/segment-text.ts) uses the counts to break ties between splits with as few words (在/朝鲜, not
// 在朝/鲜). Deterministic: a unit test regenerates it.
// Run: npx tsx tools/training/build-word-frequencies.ts, then npx tsx tools/training/build-pinyin-model.ts (the model is learned
// on the segmentation these counts give).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Lexicon } from '../../core/dictionary/lexicon';
import { segmentText } from '../../core/dictionary/segment-text';
import { tableOf } from '../../core/dictionary/word-table';
import { readCppDev, type CppExample } from '../lib/cpp-dev';
import { loadLexicon, readCorpusTexts, WORD_FREQUENCIES_FILE } from '../lib/node-data';

const PASSES = 2;

/** The texts counted: the examples' sentences and the news corpus (its .txt files, in name order). */
export function frequencyTexts(examples: readonly CppExample[]): string[] {
  return [...examples.map((example) => example.sentence), ...readCorpusTexts()];
}

/**
 * Counts the words of the texts as the segmenter splits them when it knows no counts (fewest words, then the most
 * even split): a count of words as read, not of every substring that happens to be a word (性地 inside 历史性地).
 * `passes` > 1 splits again with the previous pass's counts.
 */
export function countWords(texts: readonly string[], lexicon: Lexicon, passes = PASSES): Record<string, number> {
  let counts = new Map<string, number>();
  for (let pass = 0; pass < passes; pass++) {
    const known = Object.fromEntries(counts);
    const next = new Map<string, number>();
    for (const text of texts) {
      for (const segment of segmentText(text, lexicon, tableOf(known))) if (segment.han) next.set(segment.text, (next.get(segment.text) ?? 0) + 1);
    }
    counts = next;
  }
  const sorted: Record<string, number> = {};
  for (const word of [...counts.keys()].sort()) sorted[word] = counts.get(word)!;
  return sorted;
}

export function wordFrequenciesJson(counts: Record<string, number>): string {
  return `${JSON.stringify(counts)}\n`;
}

export function buildShippedWordFrequencies(lexicon = loadLexicon()): Record<string, number> {
  return countWords(frequencyTexts(readCppDev()), lexicon);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const json = wordFrequenciesJson(buildShippedWordFrequencies());
  writeFileSync(WORD_FREQUENCIES_FILE, json);
  console.log(`${WORD_FREQUENCIES_FILE}: ${(json.length / 1024).toFixed(0)} KB, ${Object.keys(JSON.parse(json)).length} words`);
}
