// The project's own conventions, checked: a language core free of browser APIs, entry files that only
// wire things up, kebab-case file names.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { REPO_ROOT } from '../support/data';

function filesUnder(dir: string): string[] {
  return readdirSync(join(REPO_ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(REPO_ROOT, path)).isDirectory() ? filesUnder(path) : [path];
  });
}
const source = (path: string) => readFileSync(join(REPO_ROOT, path), 'utf8');

describe('conventions', () => {
  test('the language core uses no browser API, so Node, tests, the CLI and the worker run the same code', () => {
    for (const file of filesUnder('utils/language').filter((f) => f.endsWith('.ts'))) {
      const text = source(file);
      expect(text, file).not.toMatch(/from ['"](wxt\/browser|webextension-polyfill|wxt\/utils)/);
      expect(text, file).not.toMatch(/\b(chrome|browser|window|document|localStorage)\.\w/);
    }
  });

  test('entry files only wire things up', () => {
    for (const file of filesUnder('entrypoints').filter((f) => /\.(ts|tsx)$/.test(f))) {
      expect(source(file).split('\n').length, file).toBeLessThanOrEqual(60);
    }
  });

  test('file names are kebab-case', () => {
    const files = ['utils', 'components', 'scripts', 'tests/unit', 'tests/e2e', 'entrypoints'].flatMap(filesUnder);
    for (const file of files) {
      expect(relative(REPO_ROOT, join(REPO_ROOT, file)).split('/').at(-1), file).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+)+$/);
    }
  });
});
