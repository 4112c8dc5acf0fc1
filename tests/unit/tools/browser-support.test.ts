// The manifests' minimum browser versions cover every web feature the shipped code uses without a fallback.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BROWSER_FEATURES, featuresBeyond, MINIMUM_VERSIONS } from '../../../tools/build/browser-support';
import { REPO_ROOT } from '../../support/data';

/** Everything the extension ships, as in conventions.test.ts. */
const SHIPPED = ['entrypoints', 'components', 'core', 'features', 'page', 'protocol', 'settings', 'worker'];

function filesUnder(dir: string): string[] {
  if (!existsSync(join(REPO_ROOT, dir))) return [];
  return readdirSync(join(REPO_ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(REPO_ROOT, path)).isDirectory() ? filesUnder(path) : [path];
  });
}

const sources = [...SHIPPED.flatMap(filesUnder).filter((file) => /\.(ts|tsx|css|html)$/.test(file)), 'wxt.config.ts'].map((file) =>
  readFileSync(join(REPO_ROOT, file), 'utf8'),
);
const used = (pattern: RegExp) => sources.some((text) => pattern.test(text));

describe('browser support', () => {
  test('the minimum Chrome and Firefox have every feature the shipped code uses without a fallback', () => {
    expect(featuresBeyond(MINIMUM_VERSIONS, sources)).toEqual([]);
  });

  test('the Chrome minimum is what a feature in use needs, no higher', () => {
    const needed = BROWSER_FEATURES.filter((feature) => !feature.fallback && used(feature.pattern)).map((feature) => feature.chrome);
    expect(MINIMUM_VERSIONS.chrome).toBe(Math.max(...needed));
  });

  test('the features listed with a fallback are in use (the table describes this code)', () => {
    for (const feature of BROWSER_FEATURES.filter((f) => f.fallback)) expect(used(feature.pattern), feature.name).toBe(true);
  });

  test('the check reports a feature newer than the minimums, and not one that has a fallback', () => {
    expect(featuresBeyond(MINIMUM_VERSIONS, ['.card { color: light-dark(black, white); }'])).toEqual(['CSS light-dark() (Chrome 123, Firefox 120)']);
    expect(featuresBeyond({ chrome: 120, firefox: 128 }, ['el.checkVisibility({ visibilityProperty: true })'])).toHaveLength(1);
    expect(featuresBeyond({ chrome: 88, firefox: 109 }, ['await scheduler.yield()'])).toEqual([]);
  });
});
