// The store packages `npm run zip` makes, installed as a reader installs them (the unpacked contents: Chrome's "Load
// unpacked", Firefox's about:debugging): the content script answers a page and the popup opens. The sources archive
// holds what rebuilding the Firefox package needs, and none of what the build makes.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openExtensionPage, type BrowserName, type LaunchedBrowser } from '../../tools/browser/browsers';
import { pageStateOf, tabIdOf } from '../../tools/browser/page-helpers';
import { startServer, type TestServer } from '../../tools/browser/server';
import { MINIMUM_VERSIONS } from '../../tools/build/browser-support';
import { REPO_ROOT } from '../../tools/lib/node-data';

const { name: packageName, version } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { name: string; version: string };

/** A zip `npm run zip` wrote under .output/, read whole; one line saying how to make it when it is missing. */
async function readZip(kind: 'chrome' | 'firefox' | 'sources'): Promise<JSZip> {
  const path = join(REPO_ROOT, '.output', `${packageName}-${version}-${kind}.zip`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new Error(`${path} is missing: run "npm run zip" first`);
  }
  return JSZip.loadAsync(bytes);
}

async function unpack(zip: JSZip): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'xinwen-package-'));
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const path = join(dir, entry.name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, await entry.async('nodebuffer'));
  }
  return dir;
}

const PACKAGES: [BrowserName, 'chrome' | 'firefox'][] = [
  ['chromium', 'chrome'],
  ['firefox', 'firefox'],
];

describe.each(PACKAGES)('the package installed in %s', (name, kind) => {
  let dir: string;
  let manifest: Record<string, unknown>;
  let server: TestServer;
  let launched: LaunchedBrowser;
  let page: Page;

  beforeAll(async () => {
    dir = await unpack(await readZip(kind));
    manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    server = await startServer();
    launched = await launchBrowser(name, { extension: dir });
    page = await launched.browser.newPage();
    await page.goto(`${server.origin}/news-simplified.html`);
  });

  afterAll(async () => {
    await launched?.browser.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('its manifest names the oldest browser it runs in', () => {
    if (kind === 'chrome') expect(manifest.minimum_chrome_version).toBe(String(MINIMUM_VERSIONS.chrome));
    else expect(manifest).toMatchObject({ browser_specific_settings: { gecko: { strict_min_version: `${MINIMUM_VERSIONS.firefox}.0` } } });
  });

  test('the content script answers the page, and the popup opens on it', async () => {
    const popup = await launched.browser.newPage();
    await openExtensionPage(launched, popup, `${launched.extensionBase}popup.html`);
    const tabId = await tabIdOf(popup, page);
    const state = await pageStateOf(popup, tabId);
    expect(state).toMatchObject({ script: 'simplified', hanChars: expect.any(Number) });
    expect(state.hanChars).toBeGreaterThan(100);

    await openExtensionPage(launched, popup, `${launched.extensionBase}popup.html?tab=${tabId}`);
    await popup.waitForSelector('input[data-testid="glossary-search"]');
    await popup.waitForSelector('[data-testid="page-term"]');
  });
});

describe('the Firefox sources archive', () => {
  test('holds what `npm ci && npm run build` needs, without node_modules, the build output, the tests or generated data', async () => {
    const files = Object.keys((await readZip('sources')).files);
    for (const needed of ['package.json', 'package-lock.json', 'wxt.config.ts', 'README.md', 'tools/build/build-dictionary.ts', 'assets/glossary.json', 'corpus/README.md']) {
      expect(files, needed).toContain(needed);
    }
    const unwanted = files.filter((file) => /^(node_modules|\.output|\.wxt|tests|docs)\/|^public\/data\/(cedict-|pinyin-data)/.test(file));
    expect(unwanted).toEqual([]);
  });
});
