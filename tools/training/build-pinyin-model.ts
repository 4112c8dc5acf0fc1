// Builds assets/pinyin-model.json: the context model for polyphonic characters (core/pinyin/pinyin-model.ts),
// learned by softmax regression from the whole dev split of the CPP polyphone benchmark, on the segmentation
// the word counts of tools/training/build-word-frequencies.ts give. tools/eval/eval-pinyin.ts learns both again from one
// half alone and reports on the other, both ways round, so its figure predicts the held-out test split
// (conservatively: the shipped model has twice the data). Deterministic: a unit test regenerates it.
// Run: npx tsx tools/training/build-pinyin-model.ts
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Lexicon } from '../../core/dictionary/lexicon';
import { analyseText, contextAt } from '../../core/pinyin/pinyin';
import type { NeighbourTable } from '../../core/pinyin/neighbour-table';
import { candidates, charFeatures, firedFeatures, type CharContext, type PinyinModel } from '../../core/pinyin/pinyin-model';
import { markSyllable } from '../../core/pinyin/pinyin-syllables';
import { pinyinData, wordTables, type PinyinData } from '../../core/pinyin/pinyin-data';
import { tableOf } from '../../core/dictionary/word-table';
import { buildShippedWordFrequencies, countWords, frequencyTexts } from './build-word-frequencies';
import { readCppDev, type CppExample } from '../lib/cpp-dev';
import { loadLexicon, loadPinyinProWords, loadWordReadings, PINYIN_MODEL_FILE } from '../lib/node-data';
import { seededRandom } from '../lib/seeded-random';

const EPOCHS = 10;
const RATE = 0.1;
const L2 = 0.001;

/** Share of the words with a neighbour that must agree on the character's reading for the table to keep it. */
const NEIGHBOUR_AGREEMENT = 0.8;
const HAN_WORD = /^\p{Script=Han}+$/u;

/**
 * For each of `chars`, its reading beside each character it meets inside the words of @pinyin-pro/data's big list (see
 * NeighbourTable in core/pinyin/neighbour-table.ts). A pair's every word counts once, however common: a single
 * word is often all the list has (研钻 is no word, 钻研 is), and counting by frequency measured no better.
 */
export function buildNeighbourTable(chars: ReadonlySet<string>): NeighbourTable {
  const wordList = loadPinyinProWords();
  // char → side and neighbour (">研") → reading → words
  const counts = new Map<string, Map<string, Map<string, number>>>();
  const count = (char: string, key: string, reading: string) => {
    const perChar = counts.get(char) ?? new Map<string, Map<string, number>>();
    const perKey = perChar.get(key) ?? new Map<string, number>();
    perKey.set(reading, (perKey.get(reading) ?? 0) + 1);
    perChar.set(key, perKey);
    counts.set(char, perChar);
  };
  for (const [word, [pinyin]] of Object.entries(wordList)) {
    const wordChars = [...word];
    const syllables = pinyin.split(' ');
    if (wordChars.length < 2 || syllables.length !== wordChars.length || !HAN_WORD.test(word)) continue;
    wordChars.forEach((char, i) => {
      if (!chars.has(char)) return;
      if (i + 1 < wordChars.length) count(char, `>${wordChars[i + 1]}`, syllables[i]!);
      if (i > 0) count(char, `<${wordChars[i - 1]}`, syllables[i]!);
    });
  }
  const table: NeighbourTable = {};
  for (const [char, perChar] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    // side and reading (">yù") → the neighbours
    const groups = new Map<string, string[]>();
    for (const [key, readings] of perChar) {
      const total = [...readings.values()].reduce((a, b) => a + b, 0);
      const [reading, n] = [...readings].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))[0]!;
      if (n < NEIGHBOUR_AGREEMENT * total) continue;
      const group = `${key[0]}${reading}`;
      groups.set(group, [...(groups.get(group) ?? []), key.slice(1)]);
    }
    const entry = [...groups].sort(([a], [b]) => (a < b ? -1 : 1)).map(([group, neighbours]) => `${group}:${neighbours.sort().join('')}`);
    if (entry.length > 0) table[char] = entry.join(' ');
  }
  return table;
}

interface Sample {
  context: CharContext;
  own: string[];
  gold: string;
}


/** `words`: the segmenter's counts and the word list the model reads the examples with. */
export function buildPinyinModel(examples: readonly CppExample[], lexicon: Lexicon, words: Omit<PinyinData, 'model'>): PinyinModel {
  const samples: Sample[] = [];
  const counts = new Map<string, Map<string, number>>();
  // The characters the model will know, each read as itself (analyseText).
  const targets = new Set(examples.map((example) => example.char));
  for (const example of examples) {
    const analysis = analyseText(example.sentence, lexicon, words, (char) => targets.has(char));
    if (analysis.words[example.index] === undefined || analysis.fixed[example.index] || analysis.chars[example.index] !== example.char) continue;
    const context = contextAt(analysis, example.index);
    const gold = markSyllable(example.gold);
    samples.push({ context, own: charFeatures(context), gold });
    const perChar = counts.get(example.char) ?? new Map<string, number>();
    perChar.set(gold, (perChar.get(gold) ?? 0) + 1);
    counts.set(example.char, perChar);
  }
  const readings: Record<string, string[]> = {};
  for (const [char, perChar] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    readings[char] = [...perChar].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)).map(([reading]) => reading);
  }

  // Softmax (logistic) regression over each sample's candidates, trained by AdaGrad with a small L2 penalty: it
  // spreads weight over the features that generalise (the character's prior, the sources' agreement) where the
  // perceptron it replaces memorised the training half through its rare features (held-out 96.2% → 96.8%).
  const model: PinyinModel = { readings, weights: {}, neighbours: buildNeighbourTable(new Set(Object.keys(readings))) };
  const neighbours = tableOf(model.neighbours);
  const w = new Map<string, Map<string, number>>();
  const squares = new Map<string, Map<string, number>>();
  const bump = (table: Map<string, Map<string, number>>, key: string, label: string, by: number) => {
    const row = table.get(key) ?? new Map<string, number>();
    row.set(label, (row.get(label) ?? 0) + by);
    table.set(key, row);
  };
  // The readings each sample's character had in the other training examples (leave one out), for the features
  // that ask whether a source's neutral tone was ever the character's gold reading.
  const knownOf = (sample: Sample) => {
    const perChar = counts.get(sample.context.chars[sample.context.index]!)!;
    return readings[sample.context.chars[sample.context.index]!]!.filter((r) => perChar.get(r)! - (r === sample.gold ? 1 : 0) > 0);
  };
  const known = samples.map(knownOf);
  const next = seededRandom(20201);
  const order = samples.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const at of order) {
      const sample = samples[at]!;
      const options = candidates(model, sample.context);
      if (options.length < 2 || !options.includes(sample.gold)) continue;
      const fired = options.map((candidate) => firedFeatures(sample.context, candidate, sample.own, known[at], neighbours));
      const scores = fired.map((pairs) => pairs.reduce((sum, [key, label]) => sum + (w.get(key)?.get(label) ?? 0), 0));
      const top = Math.max(...scores);
      const exps = scores.map((score) => Math.exp(score - top));
      const total = exps.reduce((a, b) => a + b, 0);
      // Gradient of the negative log-likelihood: predicted probability minus 1 for the gold candidate.
      const gradient = new Map<string, Map<string, number>>();
      options.forEach((candidate, c) => {
        const error = exps[c]! / total - (candidate === sample.gold ? 1 : 0);
        for (const [key, label] of fired[c]!) bump(gradient, key, label, error);
      });
      for (const [key, row] of gradient) {
        for (const [label, error] of row) {
          const g = error + L2 * (w.get(key)?.get(label) ?? 0);
          bump(squares, key, label, g * g);
          bump(w, key, label, (-RATE * g) / Math.sqrt(squares.get(key)!.get(label)! + 1e-8));
        }
      }
    }
  }
  const weights: Record<string, Record<string, number>> = {};
  for (const key of [...w.keys()].sort()) {
    const row: Record<string, number> = {};
    for (const label of [...w.get(key)!.keys()].sort()) {
      const value = Math.round(w.get(key)!.get(label)! * 1000) / 1000;
      if (value !== 0) row[label] = value;
    }
    if (Object.keys(row).length > 0) weights[key] = row;
  }
  return { readings, weights, neighbours: model.neighbours };
}

export function pinyinModelJson(model: PinyinModel): string {
  return `${JSON.stringify(model)}\n`;
}

/** Word counts and a model learned from these examples alone (and the corpus's text). */
export function learnPinyin(examples: readonly CppExample[], lexicon: Lexicon, wordReadings: Record<string, string> = loadWordReadings()): PinyinData {
  const frequencies = countWords(frequencyTexts(examples), lexicon);
  return pinyinData({ model: buildPinyinModel(examples, lexicon, wordTables({ frequencies, wordReadings })), frequencies, wordReadings });
}

/** The model as the repository ships it: learned from the whole dev split, on the shipped word counts. */
export function buildShippedModel(lexicon = loadLexicon()): PinyinModel {
  const wordReadings = loadWordReadings();
  return buildPinyinModel(readCppDev(), lexicon, wordTables({ frequencies: buildShippedWordFrequencies(lexicon), wordReadings }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const json = pinyinModelJson(buildShippedModel());
  writeFileSync(PINYIN_MODEL_FILE, json);
  console.log(`${PINYIN_MODEL_FILE}: ${(json.length / 1024).toFixed(0)} KB`);
}
