// What a fresh process pays before its first page conversion, as a woken worker does: module evaluation, building
// the converter, and the first convertTexts call on a 20,000-character news page (the corpus, as paragraphs).
// Each direction is measured in fresh Node processes (median of --runs, default 7), beside raw opencc-js's own
// first call (import, Converter, convert) in a fresh process, and the warm conversion of both on the same text.
// The code runs as the extension ships it: bundled by esbuild into one ES module, loaded with import().
// Run: npx tsx tools/bench/bench-convert-cold.ts [--runs 7]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import * as OpenCC from 'opencc-js';
import { cleanChineseText } from '../../core/text/clean-text';
import { markdownTable } from '../lib/markdown-table';
import { recordBenchmarks } from './benchmarks-doc';
import { readCorpusTexts, REPO_ROOT } from '../lib/node-data';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 7;
const DIRECTIONS = [
  ['cn', 'tw'],
  ['cn', 'hk'],
  ['cn', 't'],
  ['cn', 'twp'],
  ['tw', 'cn'],
] as const;

const dir = mkdtempSync(join(tmpdir(), 'convert-cold-'));
const corpus = readCorpusTexts().map(cleanChineseText).join('\n');
const simplified = corpus.slice(0, 20_000);
// The traditional page is the same text in Taiwan's standard, as a traditional news site would print it.
const traditional = OpenCC.Converter({ from: 'cn', to: 'tw' })(simplified);
writeFileSync(join(dir, 'cn.txt'), simplified);
writeFileSync(join(dir, 'tw.txt'), traditional);

async function bundle(name: string, contents: string): Promise<string> {
  const outfile = join(dir, `${name}.mjs`);
  await build({
    stdin: { contents, resolveDir: REPO_ROOT, sourcefile: `${name}.ts`, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    outfile,
    logLevel: 'error',
  });
  return outfile;
}

const oursModule = await bundle('ours', `export { convertTexts } from './core/script/convert-script';`);
const rawModule = await bundle('raw', `export * as OpenCC from 'opencc-js';`);

// One fresh process: times in ms of import, building (a first call on one word), the first page call, and a warm
// page call (median of 15, after 5 more: the steady state a worker reaches after a few pages). Warm calls of ours
// and raw opencc-js alternate in the same process, so that the load of a shared machine falls on both alike.
const probe = (module: string, prime: string, call: string) => `
import { readFileSync } from 'node:fs';
const [from, to, page] = process.argv.slice(2);
const text = readFileSync(page, 'utf8');
const paragraphs = text.split('\\n');
let start = performance.now();
const mod = await import(${JSON.stringify(module)});
const imported = performance.now() - start;
start = performance.now();
const convert = ${prime};
const built = performance.now() - start;
start = performance.now();
let out = ${call};
const first = performance.now() - start;
const warm = [];
const rawWarm = [];
const { OpenCC } = await import(${JSON.stringify(rawModule)});
const raw = OpenCC.Converter({ from, to });
for (let i = 0; i < 20; i++) {
  start = performance.now(); out = ${call}; if (i >= 5) warm.push(performance.now() - start);
  start = performance.now(); raw(text); if (i >= 5) rawWarm.push(performance.now() - start);
}
warm.sort((a, b) => a - b);
rawWarm.sort((a, b) => a - b);
console.log(JSON.stringify({ imported, built, first, warm: warm[7], rawWarm: rawWarm[7], check: out.length }));
`;
const oursProbe = join(dir, 'ours-probe.mjs');
// Ours is asked for one word first: the converter is built inside convertTexts.
writeFileSync(oursProbe, probe(oursModule, `mod.convertTexts([from === 'cn' ? '预热' : '預熱'], to, from)`, `mod.convertTexts(paragraphs, to, from)`));
const rawProbe = join(dir, 'raw-probe.mjs');
writeFileSync(rawProbe, probe(rawModule, `mod.OpenCC.Converter({ from, to })`, `convert(text)`));

interface Sample {
  imported: number;
  built: number;
  first: number;
  warm: number;
  rawWarm: number;
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
function measure(script: string, from: string, to: string): Sample & { total: number; ratio: number } {
  const samples: Sample[] = [];
  for (let i = 0; i < RUNS; i++) {
    const page = join(dir, from === 'cn' ? 'cn.txt' : 'tw.txt');
    samples.push(JSON.parse(execFileSync(process.execPath, [script, from, to, page], { encoding: 'utf8' })) as Sample);
  }
  const total = median(samples.map((s) => s.imported + s.built + s.first));
  return {
    imported: median(samples.map((s) => s.imported)),
    built: median(samples.map((s) => s.built)),
    first: median(samples.map((s) => s.first)),
    warm: median(samples.map((s) => s.warm)),
    rawWarm: median(samples.map((s) => s.rawWarm)),
    ratio: median(samples.map((s) => s.warm / s.rawWarm)),
    total,
  };
}

const ms = (value: number) => value.toFixed(1);
const rows = DIRECTIONS.map(([from, to]) => {
  const ours = measure(oursProbe, from, to);
  const raw = measure(rawProbe, from, to);
  return [
    `${from}→${to}`,
    ms(ours.imported),
    ms(ours.built),
    ms(ours.first),
    ms(ours.total),
    ms(raw.imported),
    ms(raw.built),
    ms(raw.first),
    ms(raw.total),
    ms(ours.warm),
    ms(ours.rawWarm),
    ours.ratio.toFixed(2),
  ];
});
console.log(`Fresh Node processes, median of ${RUNS}; 20,000-character page (${simplified.length} chars), times in ms.\n`);
console.log(
  recordBenchmarks(
    import.meta.url,
    markdownTable(
      ['direction', 'ours: import', 'build', 'first page', 'total', 'raw: import', 'build', 'first page', 'total', 'ours: warm', 'raw: warm', 'warm ratio (paired)'],
      rows,
    ),
  ),
);
