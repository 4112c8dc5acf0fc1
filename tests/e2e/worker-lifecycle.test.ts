// The worker's and the extension's life cycle seen from an open page: a worker stopped while the tab's first requests
// are with it (they are sent again), and an extension reloaded as an update does (the old content script puts the
// page back exactly and ends; the new one is put into the open tab, so the popup and commands work without a reload).
// Chromium only: a test cannot stop Firefox's event page, and Firefox ends an unloaded extension's content scripts
// itself (see the Firefox block below).
import type { Page } from 'puppeteer-core';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { launchBrowser, openExtensionPage, type LaunchedBrowser } from '../../tools/browser/browsers';
import { controlPageOf, EXTENSION_DIRS, messageTab, pageStateOf, tabIdOf, waitForContentScript } from '../../tools/browser/page-helpers';
import { startServer, type TestServer } from '../../tools/browser/server';
import { isWorker, stopWorker, workerStarted } from '../../tools/browser/worker';

const PAGE = 'news-simplified.html';
/** How long a text the worker is kept busy with (about a second of pinyin), so the tab's first requests wait in it. */
const BUSY_REPEATS = 10_000;

type Reply = { ok: boolean; value?: Record<string, unknown>; error?: { code: string; message: string } };
const message = (type: string, data: unknown = {}) => ({ xinwen: 1, type, data });
const bodyOf = (page: Page) => page.evaluate(() => document.body.innerHTML);

describe('the worker and the extension come and go under an open page (chromium)', () => {
  let server: TestServer;
  let launched: LaunchedBrowser;
  /** An extension page to message tabs from (it sends nothing itself). */
  let extensionPage: Page;

  beforeEach(async () => {
    server = await startServer();
    launched = await launchBrowser('chromium', { extension: EXTENSION_DIRS.chromium, reloadable: true });
    extensionPage = await controlPageOf(launched);
  });
  afterEach(async () => {
    await launched?.browser.close();
    await server?.close();
  });

  test("a worker stopped while it holds the tab's first requests: they are sent again and the tab works without a reload", async () => {
    const page = await launched.browser.newPage();
    // The worker busy reading a long text's pinyin for the extension page, so the page's first requests (hello, the
    // page's script) wait in it. Asked by message, not through DevTools: a worker DevTools is attached to is never
    // stopped, and one it detached from may not start again under the test's browser connection.
    await workerStarted(launched);
    const busy = '中国人民银行行长在新闻发布会上表示，将继续实施稳健的货币政策。'.repeat(BUSY_REPEATS);
    void extensionPage
      .evaluate((text) => {
        type Runtime = { runtime: { sendMessage(message: unknown): Promise<unknown> } };
        const scope = globalThis as unknown as { browser?: Runtime; chrome: Runtime };
        return (scope.browser ?? scope.chrome).runtime.sendMessage({ xinwen: 1, type: 'pinyin', data: { text } });
      }, busy)
      .catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await page.goto(`${server.origin}/${PAGE}`);
    const original = await bodyOf(page);
    const tabId = await tabIdOf(extensionPage, page);
    // The reader converts at once: the content script asks the busy worker for the page's script.
    const converting = messageTab(extensionPage, tabId, message('convertPage', { target: 'traditional' })) as Promise<Reply>;
    await new Promise((resolve) => setTimeout(resolve, 300));
    await stopWorker(launched);

    const converted = await converting;
    expect(converted.error).toBeUndefined();
    expect(converted.value).toMatchObject({ converted: 'traditional', script: 'simplified' });
    expect(await page.$eval('#headline', (element) => element.textContent)).toBe('中朝關係迎來新篇章');
    // The tab's hello, lost with the worker, was sent again: the tab knows its id.
    expect((await pageStateOf(extensionPage, tabId)).tabId).toBe(tabId);
    const restored = (await messageTab(extensionPage, tabId, message('restorePage'))) as Reply;
    expect(restored.value).toMatchObject({ converted: null });
    expect(await bodyOf(page)).toBe(original);
    await page.close();
  });

  // Last: the reload closes the extension's pages.
  test('an extension reloaded (as an update does) under a converted page with ruby: the page is back byte for byte, and the new content script answers and converts', async () => {
    const page = await launched.browser.newPage();
    await page.goto(`${server.origin}/${PAGE}`);
    const tabId = await waitForContentScript(launched, page);
    const original = await bodyOf(page);
    expect(((await messageTab(extensionPage, tabId, message('convertPage', { target: 'traditional' }))) as Reply).value).toMatchObject({ converted: 'traditional' });
    expect(((await messageTab(extensionPage, tabId, message('setRuby', { on: true }))) as Reply).value).toMatchObject({ on: true });
    expect(await bodyOf(page)).not.toBe(original);

    const oldWorker = await workerStarted(launched);
    // As an update does: the extension's files loaded again, a new worker, onInstalled with reason "update".
    await extensionPage.evaluate(() => void setTimeout(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload(), 10));
    await launched.browser.waitForTarget((target) => isWorker(target) && target !== oldWorker, { timeout: 10_000 });
    // The old content script, orphaned, has put the page back: its text, ruby off, its card host gone.
    await page.waitForFunction((original) => document.body.innerHTML === original, { timeout: 10_000 }, original);
    expect(await bodyOf(page)).toBe(original);
    // One card host at most: the new script's, the old one's gone.
    await page.waitForFunction(() => document.querySelectorAll('[data-xinwen-card]').length <= 1, { timeout: 5_000 });

    // The new content script answers the popup in that tab, on the page as loaded, and converts it again.
    const control = await launched.browser.newPage();
    await openExtensionPage(launched, control, `${launched.extensionBase}wordlist.html`);
    expect(await pageStateOf(control, tabId, 10_000)).toMatchObject({ converted: null, ruby: false, script: 'simplified' });
    const again = (await messageTab(control, tabId, message('convertPage', { target: 'traditional' }))) as Reply;
    expect(again.value).toMatchObject({ converted: 'traditional' });
    expect(await page.$eval('#headline', (element) => element.textContent)).toBe('中朝關係迎來新篇章');
    expect(((await messageTab(control, tabId, message('restorePage'))) as Reply).value).toMatchObject({ converted: null });
    expect(await bodyOf(page)).toBe(original);
  });
});
