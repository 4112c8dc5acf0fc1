// docs/benchmarks.md as the bench scripts write it: each script's table in its own section, with the date, the
// machine and its load; the other sections kept as they were.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { BENCH_SECTIONS, benchmarksDocument, describeMachine, recordBenchmarks } from '../../../tools/bench/benchmarks-doc';
import { REPO_ROOT } from '../../support/data';

const TABLE = '| benchmark | ours |\n|---|---|\n| convert | 7 ms |';
const scriptUrl = (name: string) => pathToFileURL(join(REPO_ROOT, 'tools/bench', `${name}.ts`)).href;

describe('benchmarks-doc', () => {
  test('a first run writes every section, the ones not run yet saying so', () => {
    const text = benchmarksDocument('', 'bench-browser', TABLE, 'Run 2026-12-07 10:00 UTC');
    expect(text.match(/^## /gm)).toHaveLength(BENCH_SECTIONS.length);
    expect(text).toContain(`<!-- bench:bench-browser -->\n\nRun 2026-12-07 10:00 UTC\n\n${TABLE}\n\n<!-- /bench:bench-browser -->`);
    expect(text.match(/Not run yet\./g)).toHaveLength(BENCH_SECTIONS.length - 1);
  });

  test('a later run of another script keeps the first one\'s section and replaces only its own', () => {
    const first = benchmarksDocument('', 'bench', TABLE, 'Run A');
    const second = benchmarksDocument(first, 'bench-hover', '| hover | 10 ms |', 'Run B');
    const third = benchmarksDocument(second, 'bench', '| convert | 9 ms |', 'Run C');
    expect(third).toContain('Run C\n\n| convert | 9 ms |');
    expect(third).not.toContain('Run A');
    expect(third).toContain('Run B\n\n| hover | 10 ms |');
    // Written again with the same tables, the file is the same: the sections do not grow.
    expect(benchmarksDocument(third, 'bench', '| convert | 9 ms |', 'Run C')).toBe(third);
  });

  test('a script with no section is refused', () => {
    expect(() => benchmarksDocument('', 'bench-unknown', TABLE, 'Run')).toThrow(/no section for bench-unknown/);
  });

  test('the machine line has the date, the Node version, the cores and the load at the start and the end', () => {
    expect(describeMachine(new Date('2026-12-07T10:20:30Z'))).toMatch(
      /^Run 2026-12-07 10:20 UTC · Node v\d+\.\d+\.\d+ · \d+ × .+ · load average \(1 \/ 5 \/ 15 min\) [\d.]+ \/ [\d.]+ \/ [\d.]+ at the start, [\d.]+ \/ [\d.]+ \/ [\d.]+ at the end$/,
    );
  });

  test('recordBenchmarks writes the file for the calling script and returns the table to print', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'xinwen-bench-doc-')), 'docs', 'benchmarks.md');
    expect(recordBenchmarks(scriptUrl('bench-convert-cold'), TABLE, file)).toBe(TABLE);
    expect(readFileSync(file, 'utf8')).toMatch(/<!-- bench:bench-convert-cold -->\n\nRun \d{4}-\d\d-\d\d [\d:]+ UTC · .*\n\n\| benchmark \| ours \|/);
  });

  test('every bench script that records is listed', () => {
    for (const { script } of BENCH_SECTIONS) expect(readFileSync(join(REPO_ROOT, 'tools/bench', `${script}.ts`), 'utf8')).toMatch(/recordBenchmarks\(\s*import\.meta\.url/);
  });
});
