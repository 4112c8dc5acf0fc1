// Runs the command line of a checkout (`npm run --silent cli -- ...` from its root) once over many input lines.
import { spawnSync } from 'node:child_process';

export interface CliRun {
  status: number | null;
  lines: string[];
  /** The first line of standard error: the command line's one-line complaint. */
  error: string;
  ms: number;
}

export function runCli(root: string, args: string[], inputLines: string[]): CliRun {
  const start = performance.now();
  const run = spawnSync('npm', ['run', '--silent', 'cli', '--', ...args], {
    cwd: root,
    input: inputLines.map((line) => `${line}\n`).join(''),
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const lines = (run.stdout ?? '').split('\n');
  if (lines.at(-1) === '') lines.pop();
  const error = (run.stderr ?? '').split('\n').find((line) => line.trim() !== '') ?? (run.error ? String(run.error) : '');
  return { status: run.status, lines, error, ms: performance.now() - start };
}
