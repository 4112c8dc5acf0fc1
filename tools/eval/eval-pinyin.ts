// `npx tsx tools/eval/eval-pinyin.ts` (or `npm run eval:pinyin`): accuracy on the CPP polyphone benchmark's dev
// split for pinyin-pro alone, the previous method and the current one, all in the same run. The current method is
// learned here afresh from one half (word counts and model, tools/training/build-pinyin-model.ts) and scored on the other,
// both ways round: that is the figure that predicts the held-out test split. The shipped model learned from both
// halves, so its row scores data it has seen. With --curve it also prints the learning curve: learned from one,
// two and three quarters of the dev split and scored on the quarter left out, each quarter in turn, which shows
// how much the shipped model (all four quarters) may gain over the half-split figure. With --folds K it prints a
// K-fold cross-validation figure, from models that learned from (K − 1)/K of the dev split.
// The benchmark is scored in its own labelling of neutral tones (PinyinOptions.neutralTones 'model': 知识 zhī shí);
// the held-out figures as a reader sees them (the dictionary's neutral tones: zhī shi) and on the sentences in
// traditional characters follow the table.
import '../lib/fail-in-one-line';
import { pinyin as pinyinPro } from 'pinyin-pro';
import { convertText } from '../../core/script/convert-script';
import { pinyinTokens, type PinyinOptions } from '../../core/pinyin/pinyin';
import type { PinyinData } from '../../core/pinyin/pinyin-data';
import { learnPinyin } from '../training/build-pinyin-model';
import { isTrainingLine, numberedSyllable, readCppDev, type CppExample } from '../lib/cpp-dev';
import { markdownTable } from '../lib/markdown-table';
import { loadLexicon, loadPinyinData } from '../lib/node-data';
import { previousPinyin } from '../lib/previous-pinyin';

const foldsAt = process.argv.indexOf('--folds');
const folds = foldsAt >= 0 ? Number(process.argv[foldsAt + 1]) : undefined;
if (folds !== undefined && (!Number.isInteger(folds) || folds < 2 || folds > 100)) {
  console.error(`--folds needs a whole number of parts from 2 to 100, not "${process.argv[foldsAt + 1] ?? ''}"`);
  process.exit(2);
}

const lexicon = loadLexicon();
const examples = readCppDev();

const current =
  (data: PinyinData, options: PinyinOptions = { neutralTones: 'model' }) =>
  (s: string) =>
    pinyinTokens(s, lexicon, data, options).flatMap((t) => (t.pinyin.length ? t.pinyin : [...t.text].map(() => '')));
const learnedFromOdd = learnPinyin(examples.filter(isTrainingLine), lexicon);
const learnedFromEven = learnPinyin(examples.filter((e) => !isTrainingLine(e)), lexicon);
const methods: [string, (sentence: string) => string[]][] = [
  ['pinyin-pro 3.29 alone', (s) => pinyinPro(s, { type: 'all', toneType: 'symbol', v: false }).map((item) => item.pinyin)],
  ['previous (CEDICT words + pinyin-pro)', (s) => previousPinyin(s, lexicon)],
  ['current, learned from the odd lines', current(learnedFromOdd)],
  ['current, learned from the even lines', current(learnedFromEven)],
  ['current as shipped (learned from all)', current(loadPinyinData())],
];

const split = (name: string, keep: (e: CppExample) => boolean) => ({ name, keep });
const splits = [
  split('even lines', (e) => !isTrainingLine(e)),
  split('odd lines', isTrainingLine),
  split('whole dev', () => true),
];

const verbose = process.argv.includes('--errors');
const header = ['method', ...splits.map((s) => s.name), 'ms'];
const rows: string[][] = [];
/** Accuracy in % by method, then split. */
const shares = new Map<string, Map<string, number>>();
for (const [name, run] of methods) {
  const start = performance.now();
  const correct = examples.map((e) => {
    const readings = run(e.sentence);
    const got = numberedSyllable(readings[e.index] ?? '');
    if (verbose && got !== e.gold && name.endsWith('odd lines') && !isTrainingLine(e)) console.log(`${e.line}\t${e.char}\t${e.gold}\t${got}\t${e.sentence}`);
    return got === e.gold;
  });
  const ms = performance.now() - start;
  const bySplit = new Map<string, number>();
  shares.set(name, bySplit);
  rows.push([
    name,
    ...splits.map(({ name: split, keep }) => {
      const picked = examples.map((e, i) => [keep(e), correct[i]]).filter(([k]) => k);
      const right = picked.filter(([, c]) => c).length;
      bySplit.set(split, (100 * right) / picked.length);
      return `${((100 * right) / picked.length).toFixed(2)}% (${right}/${picked.length})`;
    }),
    ms.toFixed(0),
  ]);
}
const even = shares.get('current, learned from the odd lines')!.get('even lines')!;
const odd = shares.get('current, learned from the even lines')!.get('odd lines')!;
console.log(`Held out (learned from one half, scored on the other): ${even.toFixed(2)}% on the even lines, ${odd.toFixed(2)}% on the odd lines, mean ${((even + odd) / 2).toFixed(2)}%.\n`);
console.log(markdownTable(header, rows));

/** Held-out share of each half read right by `read(data)`, on the sentences as `rewrite` gives them. */
const heldOut = (read: (data: PinyinData) => (s: string) => string[], rewrite = (s: string) => s) =>
  [
    [learnedFromOdd, (e: CppExample) => !isTrainingLine(e)],
    [learnedFromEven, isTrainingLine],
  ].map(([data, keep]) => {
    const test = examples.filter(keep as (e: CppExample) => boolean);
    const run = read(data as PinyinData);
    return test.filter((e) => numberedSyllable(run(rewrite(e.sentence))[e.index] ?? '') === e.gold).length / test.length;
  });
const halves = ([evenShare, oddShare]: number[]) =>
  `${(100 * evenShare!).toFixed(2)}% on the even lines, ${(100 * oddShare!).toFixed(2)}% on the odd lines, mean ${((100 * (evenShare! + oddShare!)) / 2).toFixed(2)}%`;
// OpenCC's conversion keeps one character for one, so the target's index holds.
const traditional = (s: string) => convertText(s, 't', 'cn');
console.log(`\nHeld out, as a reader sees it (the dictionary's neutral tones, which the benchmark mostly writes with full tones): ${halves(heldOut((data) => current(data, { neutralTones: 'dictionary' })))}.`);
console.log(`Held out, the sentences in traditional characters (OpenCC): ${halves(heldOut((data) => current(data), traditional))}.`);

/** Share of `test` the current method reads right with `data` (word counts and model). */
const accuracy = (data: PinyinData, test: CppExample[]) => test.filter((e) => numberedSyllable(current(data)(e.sentence)[e.index] ?? '') === e.gold).length / test.length;
/** Part `k` of the dev split cut into `parts` by line number, and everything but that part. */
const part = (k: number, parts: number) => examples.filter((e) => e.line % parts === k);
const allBut = (k: number, parts: number) => examples.filter((e) => e.line % parts !== k);

if (process.argv.includes('--curve')) {
  const quarter = (k: number) => part(k, 4);
  const byShare: number[][] = [[], [], []];
  for (let k = 0; k < 4; k++) {
    const others = [1, 2, 3].map((step) => quarter((k + step) % 4));
    for (let n = 1; n <= 3; n++) byShare[n - 1]!.push(accuracy(learnPinyin(others.slice(0, n).flat(), lexicon), quarter(k)));
  }
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  console.log(`\nLearning curve (scored on the quarter left out, mean of the four): ${byShare.map((shares, n) => `${n + 1}/4 of dev ${(100 * mean(shares)).toFixed(2)}%`).join(', ')}.`);
}

// --folds K: K-fold cross-validation. Each model learns from K − 1 of K parts of dev and reads the part left
// out, so with K = 10 it learns from 90% of what the shipped model learns from: the closest prediction of the
// shipped model's score on the test split, where the half-split figure above is the cautious one.
if (folds !== undefined) {
  let right = 0;
  for (let k = 0; k < folds; k++) {
    const test = part(k, folds);
    right += accuracy(learnPinyin(allBut(k, folds), lexicon), test) * test.length;
  }
  const share = Math.round(100 - 100 / folds);
  console.log(`\n${folds}-fold cross-validation (each part read by a model learned from the other ${share}% of dev): ${((100 * right) / examples.length).toFixed(2)}% (${Math.round(right)}/${examples.length}).`);
}
