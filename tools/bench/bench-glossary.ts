// The streaming glossary build on a corpus 100× ours: a row of `npm run bench` (tools/bench/bench.ts), or
// alone with `npm run bench:glossary`.
// Generates the corpus in a temp folder (seeded, so every run is the same): 80 copies of each of our
// texts as separate files under shuffled names, plus one large file of 20 more copies of every text in
// shuffled order, which the build must stream in chunks. Runs `tools/build/build-glossary.ts --corpus DIR`
// as a child process, reports wall time and peak memory (max RSS), and checks that every count is
// exactly 100× the count in our corpus (chunking lost nothing).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GlossaryEntry } from '../../core/glossary/glossary';
import { GLOSSARY_FILE, REPO_ROOT } from '../lib/node-data';
import { seededRandom } from '../lib/seeded-random';

const COPIES_AS_FILES = 80;
const COPIES_IN_ONE_FILE = 20;


function shuffle<T>(items: T[], next: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

export function generateCorpus(dir: string, seed = 5): { files: number; bytes: number } {
  const corpusDir = join(REPO_ROOT, 'corpus');
  const texts = readdirSync(corpusDir)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(join(corpusDir, name), 'utf8'));
  const next = seededRandom(seed);
  const copies = shuffle(
    Array.from({ length: COPIES_AS_FILES }, (_, copy) => texts.map((text, i) => ({ copy, i, text }))).flat(),
    next,
  );
  copies.forEach(({ text }, n) => writeFileSync(join(dir, `${String(n).padStart(4, '0')}.txt`), text));
  const big = shuffle(
    Array.from({ length: COPIES_IN_ONE_FILE }, () => texts).flat(),
    next,
  );
  // Articles in one file are separated by a blank line, as in a scraped dump.
  writeFileSync(join(dir, 'large-dump.txt'), big.map((text) => `${text.trim()}\n`).join('\n'));
  const names = readdirSync(dir);
  return { files: names.length, bytes: names.reduce((sum, name) => sum + statSync(join(dir, name)).size, 0) };
}

export interface GlossaryBenchResult {
  files: number;
  bytes: number;
  seconds: number;
  maxRssMB: number;
  /** Terms whose count is not exactly 100× ours (should be none). */
  wrong: string[];
}

export function benchGlossaryBuild(): GlossaryBenchResult {
  const dir = mkdtempSync(join(tmpdir(), 'glossary-bench-'));
  try {
    const { files, bytes } = generateCorpus(dir);
    const out = join(dir, 'glossary.json.out');
    const tsx = join(REPO_ROOT, 'node_modules/.bin/tsx');
    const start = performance.now();
    const run = spawnSync('/usr/bin/time', ['-v', tsx, join(REPO_ROOT, 'tools/build/build-glossary.ts'), '--corpus', dir, '--out', out], {
      encoding: 'utf8',
    });
    const seconds = (performance.now() - start) / 1000;
    if (run.status !== 0) throw new Error(`build failed: ${run.error?.message ?? run.stderr}`);
    const maxRss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1] ?? NaN);
    const ours = JSON.parse(readFileSync(GLOSSARY_FILE, 'utf8')) as GlossaryEntry[];
    const big = JSON.parse(readFileSync(out, 'utf8')) as GlossaryEntry[];
    const wrong = big.filter((entry, i) => entry.count !== 100 * ours[i]!.count).map((e) => e.term);
    return { files, bytes, seconds, maxRssMB: maxRss / 1024, wrong };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function describeBench({ files, bytes, wrong }: GlossaryBenchResult): string {
  return `glossary build, corpus 100× ours (${files} files, ${(bytes / 1e6).toFixed(1)} MB; counts ${wrong.length ? `NOT 100×: ${wrong.join(', ')}` : 'exactly 100×'})`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = benchGlossaryBuild();
  console.log(`${describeBench(result)}: ${result.seconds.toFixed(1)} s, peak memory (max RSS) ${result.maxRssMB.toFixed(0)} MB`);
}
