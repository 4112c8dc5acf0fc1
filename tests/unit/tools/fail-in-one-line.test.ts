// The evaluation scripts' error handling: whatever fails, one line on stderr naming the script, never a stack trace.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { REPO_ROOT } from '../../support/data';

const scratch = mkdtempSync(join(tmpdir(), 'xinwen-fail-'));

function runScript(name: string, body: string, env: Record<string, string> = {}) {
  const path = join(scratch, `${name}.mts`);
  writeFileSync(path, `import ${JSON.stringify(join(REPO_ROOT, 'tools/lib/fail-in-one-line.ts'))};\n${body}\n`);
  const run = spawnSync(join(REPO_ROOT, 'node_modules/.bin/tsx'), [path], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { status: run.status, stderr: run.stderr };
}

describe('fail-in-one-line', { timeout: 30_000 }, () => {
  test.each([
    ['a missing data file', `import { readFileSync } from 'node:fs';\nreadFileSync('/no/such/dev.tsv');`, /^missing-data: ENOENT: no such file or directory, open '\/no\/such\/dev.tsv'\n$/],
    ['an error after an await', `await Promise.resolve();\nthrow new Error('two\\nlines');`, /^late-error: two\n$/],
    ['a rejected promise nobody awaits', `void Promise.reject(new Error('nobody waited'));`, /^rejection: nobody waited\n$/],
  ])('%s: one line naming the script, exit 1', (_, body, expected) => {
    const name = expected.source.slice(1).split(':')[0]!;
    const { status, stderr } = runScript(name, body);
    expect(status).toBe(1);
    expect(stderr).toMatch(expected);
  });

  test('XINWEN_TRACE=1 prints the trace as well', () => {
    const { stderr } = runScript('traced', `throw new Error('traced');`, { XINWEN_TRACE: '1' });
    expect(stderr).toMatch(/\n\s+at /);
    expect(stderr).toMatch(/traced: traced\n$/);
  });
});
