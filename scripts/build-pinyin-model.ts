// Builds assets/pinyin-model.json: the context model for polyphonic characters (utils/language/pinyin-model.ts),
// learned by an averaged perceptron from the odd lines of the CPP polyphone benchmark's dev split only, so the
// even lines stay held out (scripts/eval-pinyin.ts reports on them). Deterministic: a unit test regenerates it.
// Run: npx tsx scripts/build-pinyin-model.ts
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Lexicon } from '../utils/language/lexicon';
import { analyseText, contextAt } from '../utils/language/pinyin';
import { candidates, charFeatures, firedFeatures, type CharContext, type PinyinModel } from '../utils/language/pinyin-model';
import { markSyllable } from '../utils/language/pinyin-syllables';
import { isTrainingLine, readCppDev, type CppExample } from './lib/cpp-dev';
import { loadLexicon, REPO_ROOT } from './lib/node-data';
import { seededRandom } from './lib/seeded-random';

export const PINYIN_MODEL_FILE = `${REPO_ROOT}assets/pinyin-model.json`;
const EPOCHS = 10;

interface Sample {
  context: CharContext;
  own: string[];
  gold: string;
}


export function buildPinyinModel(examples: readonly CppExample[], lexicon: Lexicon): PinyinModel {
  const samples: Sample[] = [];
  const counts = new Map<string, Map<string, number>>();
  for (const example of examples) {
    const analysis = analyseText(example.sentence, lexicon);
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

  // Averaged perceptron: w is the current weight, u the step-weighted sum of updates; the average is w - u / step.
  const w = new Map<string, Map<string, number>>();
  const u = new Map<string, Map<string, number>>();
  const bump = (table: Map<string, Map<string, number>>, key: string, label: string, by: number) => {
    const row = table.get(key) ?? new Map<string, number>();
    row.set(label, (row.get(label) ?? 0) + by);
    table.set(key, row);
  };
  const model: PinyinModel = { readings, weights: {} };
  const scoreOf = (sample: Sample, candidate: string) =>
    firedFeatures(sample.context, candidate, sample.own).reduce((sum, [key, label]) => sum + (w.get(key)?.get(label) ?? 0), 0);
  const next = seededRandom(20201);
  const order = samples.map((_, i) => i);
  let step = 1;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const at of order) {
      const sample = samples[at]!;
      let best = '';
      let bestScore = -Infinity;
      for (const candidate of candidates(model, sample.context)) {
        const value = scoreOf(sample, candidate);
        if (value > bestScore) [best, bestScore] = [candidate, value];
      }
      if (best !== sample.gold) {
        for (const [key, label] of firedFeatures(sample.context, sample.gold, sample.own)) {
          bump(w, key, label, 1);
          bump(u, key, label, step);
        }
        for (const [key, label] of firedFeatures(sample.context, best, sample.own)) {
          bump(w, key, label, -1);
          bump(u, key, label, -step);
        }
      }
      step++;
    }
  }
  const weights: Record<string, Record<string, number>> = {};
  for (const key of [...w.keys()].sort()) {
    const row: Record<string, number> = {};
    for (const label of [...w.get(key)!.keys()].sort()) {
      const average = Math.round((w.get(key)!.get(label)! - (u.get(key)?.get(label) ?? 0) / step) * 1000) / 1000;
      if (average !== 0) row[label] = average;
    }
    if (Object.keys(row).length > 0) weights[key] = row;
  }
  return { readings, weights };
}

export function pinyinModelJson(model: PinyinModel): string {
  return `${JSON.stringify(model)}\n`;
}

/** The model as the repository ships it: learned from the training half of the dev split. */
export function buildShippedModel(lexicon = loadLexicon()): PinyinModel {
  return buildPinyinModel(readCppDev().filter(isTrainingLine), lexicon);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const json = pinyinModelJson(buildShippedModel());
  writeFileSync(PINYIN_MODEL_FILE, json);
  console.log(`${PINYIN_MODEL_FILE}: ${(json.length / 1024).toFixed(0)} KB`);
}
