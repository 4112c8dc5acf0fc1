// The CPP polyphone benchmark's dev split (tests/fixtures/cpp-dev/dev.tsv, Apache-2.0: see its README.md), read for
// training, evaluation and tests only: the product never reads it. The shipped model learns from all of it;
// tools/eval/eval-pinyin.ts learns from one half (odd or even line numbers) and reports on the other, so its figure predicts the held-out test split.
import { readFileSync } from 'node:fs';
import { REPO_ROOT } from './node-data';

export const CPP_DEV_FILE = `${REPO_ROOT}tests/fixtures/cpp-dev/dev.tsv`;

export interface CppExample {
  line: number;
  sentence: string;
  /** Index of the target character, in code points. */
  index: number;
  char: string;
  /** Numbered tone, 5 = neutral, ü as "u:" (e.g. "lu:4"). */
  gold: string;
}

export function readCppDev(file = CPP_DEV_FILE): CppExample[] {
  const rows = readFileSync(file, 'utf8').split('\n').slice(1).filter(Boolean);
  return rows.map((row) => {
    const [line, sentence, index, char, gold] = row.split('\t');
    return { line: Number(line), sentence: sentence!, index: Number(index), char: char!, gold: gold! };
  });
}

/** The odd half: what eval-pinyin learns from to report on the even half (and the other way round). */
export const isTrainingLine = (example: CppExample) => example.line % 2 === 1;

const TONES: Record<string, number> = { '\u0304': 1, '\u0301': 2, '\u030c': 3, '\u0300': 4 };

/** "lǜ" → "lu:4", "de" → "de5": a tone-marked syllable in the benchmark's notation. */
export function numberedSyllable(marked: string): string {
  let tone = 5;
  let letters = '';
  for (const ch of marked.normalize('NFD').toLowerCase()) {
    if (TONES[ch]) tone = TONES[ch]!;
    else if (ch === '\u0308') letters += ':';
    else letters += ch;
  }
  return `${letters.replace(/v/g, 'u:')}${tone}`;
}
