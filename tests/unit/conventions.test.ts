// The project's own conventions, checked: the shape of the house (README.md, "Architecture"), a language
// core free of browser APIs, entry files that only wire things up, kebab-case file names.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { REPO_ROOT } from '../support/data';

function filesUnder(dir: string): string[] {
  if (!existsSync(join(REPO_ROOT, dir))) return [];
  return readdirSync(join(REPO_ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(REPO_ROOT, path)).isDirectory() ? filesUnder(path) : [path];
  });
}
const source = (path: string) => readFileSync(join(REPO_ROOT, path), 'utf8');
const isCode = (file: string) => /\.(ts|tsx)$/.test(file);

/** The repository paths a file imports by relative path (static and dynamic imports). */
function relativeImports(file: string): string[] {
  const specs = [...source(file).matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1]!);
  return specs.map((spec) => normalize(join(dirname(file), spec)));
}

/** Everything the extension ships: what the entrypoints can reach. */
const SHIPPED = ['entrypoints', 'components', 'core', 'features', 'page', 'protocol', 'settings', 'worker'];
const FEATURES = readdirSync(join(REPO_ROOT, 'features'));

describe('conventions', () => {
  test('the language core uses no browser API and nothing outside itself, so Node, tests, the CLI and the worker run the same code', () => {
    for (const file of filesUnder('core').filter(isCode)) {
      const text = source(file);
      expect(text, file).not.toMatch(/from ['"](wxt\/browser|webextension-polyfill|wxt\/utils|#i18n)/);
      expect(text, file).not.toMatch(/\b(chrome|browser|window|document|localStorage)\.\w/);
      for (const target of relativeImports(file)) expect(target, `${file} imports ${target}`).toMatch(/^(core|assets)\//);
    }
  });

  test('features meet only through core/, protocol/, settings/, page/ and worker/: none imports another', () => {
    for (const feature of FEATURES) {
      for (const file of filesUnder(`features/${feature}`).filter(isCode)) {
        for (const target of relativeImports(file)) {
          if (!target.startsWith('features/')) continue;
          expect(target.split('/')[1], `${file} imports ${target}`).toBe(feature);
        }
      }
    }
  });

  test('nothing shipped imports the tools or the tests', () => {
    for (const file of SHIPPED.flatMap(filesUnder).filter(isCode)) {
      for (const target of relativeImports(file)) expect(target, `${file} imports ${target}`).not.toMatch(/^(tools|tests)\//);
    }
  });

  test('shipped code imports by relative path or a runtime dependency by name, never through an alias the checks above would miss', () => {
    const { dependencies } = JSON.parse(source('package.json')) as { dependencies: Record<string, string> };
    const packageOf = (spec: string) => spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/');
    for (const file of SHIPPED.flatMap(filesUnder).filter(isCode)) {
      for (const [, spec] of source(file).matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g)) {
        if (spec!.startsWith('./') || spec!.startsWith('../') || spec === '#i18n') continue;
        expect(Object.keys(dependencies), `${file} imports ${spec}`).toContain(packageOf(spec!));
      }
    }
  });

  test('the tools never import the tests', () => {
    for (const file of filesUnder('tools').filter(isCode)) {
      for (const target of relativeImports(file)) expect(target, `${file} imports ${target}`).not.toMatch(/^tests\//);
    }
  });

  test('entry files only wire things up', () => {
    const entries = filesUnder('entrypoints').filter((f) => /(^entrypoints\/[^/]+\.ts$|\/(index|main)\.tsx?$)/.test(f));
    expect(entries.length).toBeGreaterThan(4);
    for (const file of entries) expect(source(file).split('\n').length, file).toBeLessThanOrEqual(60);
  });

  test('file names are kebab-case', () => {
    const files = [...SHIPPED, 'tools', 'tests/unit', 'tests/e2e'].flatMap(filesUnder);
    for (const file of files) {
      expect(relative(REPO_ROOT, join(REPO_ROOT, file)).split('/').at(-1), file).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+)+$/);
    }
  });
});
