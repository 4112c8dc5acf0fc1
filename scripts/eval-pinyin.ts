// `npx tsx scripts/eval-pinyin.ts` (or `npm run eval:pinyin`): accuracy on the CPP polyphone benchmark's dev
// split for pinyin-pro alone, the previous method and the current one, all in the same run. The current method's
// learned table comes from the odd lines only (scripts/build-pinyin-model.ts), so the even half is held out.
import { pinyin as pinyinPro } from 'pinyin-pro';
import { pinyinTokens } from '../utils/language/pinyin';
import { isTrainingLine, numberedSyllable, readCppDev, type CppExample } from './lib/cpp-dev';
import { loadLexicon } from './lib/node-data';
import { previousPinyin } from './lib/previous-pinyin';

const lexicon = loadLexicon();
const examples = readCppDev();

const methods: [string, (sentence: string) => string[]][] = [
  ['pinyin-pro 3.29 alone', (s) => pinyinPro(s, { type: 'all', toneType: 'symbol', v: false }).map((item) => item.pinyin)],
  ['previous (CEDICT words + pinyin-pro)', (s) => previousPinyin(s, lexicon)],
  ['current (pinyinTokens)', (s) => pinyinTokens(s, lexicon).flatMap((t) => (t.pinyin.length ? t.pinyin : [...t.text].map(() => '')))],
];

const split = (name: string, keep: (e: CppExample) => boolean) => ({ name, keep });
const splits = [
  split('held-out half (even lines)', (e) => !isTrainingLine(e)),
  split('training half (odd lines)', isTrainingLine),
  split('whole dev', () => true),
];

const verbose = process.argv.includes('--errors');
const rows: string[][] = [['method', ...splits.map((s) => s.name), 'ms']];
for (const [name, run] of methods) {
  const start = performance.now();
  const correct = examples.map((e) => {
    const readings = run(e.sentence);
    const got = numberedSyllable(readings[e.index] ?? '');
    if (verbose && got !== e.gold && name.startsWith('current') && !isTrainingLine(e)) console.log(`${e.line}\t${e.char}\t${e.gold}\t${got}\t${e.sentence}`);
    return got === e.gold;
  });
  const ms = performance.now() - start;
  rows.push([
    name,
    ...splits.map(({ keep }) => {
      const picked = examples.map((e, i) => [keep(e), correct[i]]).filter(([k]) => k);
      const right = picked.filter(([, c]) => c).length;
      return `${((100 * right) / picked.length).toFixed(2)}% (${right}/${picked.length})`;
    }),
    ms.toFixed(0),
  ]);
}
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
const line = (r: string[]) => `| ${r.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`;
console.log([line(rows[0]!), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n'));
