// Browser benchmarks in headless Chromium with the built extension (`npm run bench` runs it after the
// Node table): whole-page conversion of a 20,000- and a 1,000,000-character news page, beside opencc-js
// converting the same text as one string in the same page; long main-thread tasks; worker memory; the page's memory
// over 600 convert/restore toggles (page-memory.ts).
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';
import { launchBrowser, openExtensionPage, type LaunchedBrowser } from '../browser/browsers';
import { BENCH_EXTENSION_DIR, EXTENSION_DIRS, waitForContentScript } from '../browser/page-helpers';
import { startServer } from '../browser/server';
import { isWorker, stopWorker } from '../browser/worker';
import { markdownTable } from '../lib/markdown-table';
import { BIG_PAGES, bigPageRows, newsPage } from './big-pages';
import { recordBenchmarks } from './benchmarks-doc';
import { componentPage, pageMemoryRows } from './page-memory';

const OPENCC_UMD = createRequire(import.meta.url).resolve('opencc-js').replace(/full\.js$/, 'full.js');

interface PageResult {
  convertMs: number;
  restoreMs: number;
  /** The page converted again after its restore: the warm toggle. */
  againMs: number;
  rawMs: number;
  longestTaskMs: number;
  chars: number;
}

/** Converts the page through the extension, from an extension page as the popup does, and measures. */
async function measurePage(launched: LaunchedBrowser, page: Page, coldWorker = false): Promise<PageResult> {
  const tabId = await waitForContentScript(launched, page);
  if (coldWorker) await stopWorker(launched);
  const control = await launched.browser.newPage();
  await openExtensionPage(launched, control, `${launched.extensionBase}popup.html?tab=${tabId}`);
  // The page in front while it converts, as under the real popup: a hidden tab renders nothing, and would then
  // render the whole converted page in one long task when brought back. Long tasks are counted from the first
  // frame after that, so the browser's own rendering of a tab brought to the front is not taken for ours.
  await page.bringToFront();
  await page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const tasks: number[] = [];
    (window as unknown as { longTasks: number[] }).longTasks = tasks;
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => tasks.push(entry.duration))).observe({ type: 'longtask' });
  });
  const send = (type: string, data: object) =>
    control.evaluate(
      async (tab, type, data) => {
        const start = performance.now();
        const api = (globalThis as unknown as { chrome: { tabs: { sendMessage(tab: number, message: unknown): Promise<{ ok?: boolean }> } } }).chrome;
        const reply = await api.tabs.sendMessage(tab, { xinwen: 1, type, data });
        if (!reply?.ok) throw new Error(JSON.stringify(reply));
        return performance.now() - start;
      },
      tabId,
      type,
      data,
    );
  // As when the reader opens the popup: it asks the page's state (the script is detected then), and
  // the timed command follows.
  await send('pageState', {});
  const convertMs = await send('convertPage', { target: 'traditional' });
  const restoreMs = await send('restorePage', {});
  const againMs = await send('convertPage', { target: 'traditional' });
  await send('restorePage', {});
  await control.close();
  await page.bringToFront();
  const longestTaskMs = await page.evaluate(() => Math.max(0, ...(window as unknown as { longTasks: number[] }).longTasks));
  // opencc-js alone, in the same page: the page's text as one string, converter built beforehand.
  await page.addScriptTag({ path: OPENCC_UMD });
  const { rawMs, chars } = await page.evaluate(() => {
    const text = document.body.textContent ?? '';
    const convert = (window as unknown as { OpenCC: { Converter(o: object): (s: string) => string } }).OpenCC.Converter({ from: 'cn', to: 'tw' });
    convert('预热');
    const start = performance.now();
    convert(text);
    return { rawMs: performance.now() - start, chars: text.length };
  });
  return { convertMs, restoreMs, againMs, rawMs, longestTaskMs, chars };
}

interface PopupResult {
  /** From the start of the popup's navigation: search box ready, page terms shown (ms). */
  searchReadyMs: number;
  pageTermsMs: number;
  /** From typing a query to its results shown (ms). */
  firstResultsMs: number;
  /** Page terms shown at first, and found on the page. */
  pageTerms: number;
  allTerms: number;
}

/** Opens popup.html?tab=ID for the page as the toolbar button does, and reads the popup's own performance marks. */
async function measurePopup(launched: LaunchedBrowser, tabId: number, coldWorker = false): Promise<PopupResult> {
  if (coldWorker) await stopWorker(launched);
  const popup = await launched.browser.newPage();
  await openExtensionPage(launched, popup, `${launched.extensionBase}popup.html?tab=${tabId}`);
  await popup.waitForSelector('[data-testid="page-term"]');
  // No helper functions in the evaluated code: under tsx, named functions reference a missing __name.
  const result = await popup.evaluate(async () => {
    const input = document.querySelector('[data-testid="glossary-search"]') as HTMLInputElement;
    const start = performance.now();
    input.value = 'rlmygtt';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    while (performance.getEntriesByName('xinwen-results-shown').length === 0) await new Promise((r) => setTimeout(r, 1));
    return {
      searchReadyMs: performance.getEntriesByName('xinwen-search-ready')[0]?.startTime ?? NaN,
      pageTermsMs: performance.getEntriesByName('xinwen-page-terms')[0]?.startTime ?? NaN,
      firstResultsMs: (performance.getEntriesByName('xinwen-results-shown')[0]?.startTime ?? NaN) - start,
      pageTerms: document.querySelectorAll('[data-testid="page-term"]').length,
      allTerms: Number(document.querySelector('[data-testid="page-terms-all"]')?.textContent?.match(/\d+/)?.[0] ?? NaN),
    };
  });
  await popup.close();
  return result;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function workerHeapMb(launched: LaunchedBrowser): Promise<number> {
  const target = await launched.browser.waitForTarget(isWorker);
  const session = await target.createCDPSession();
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await session.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize / 2 ** 20;
}

/** An English news page of about 20,000 characters: the content script should do next to nothing on it. */
function englishPage(): string {
  const paragraph = '<p>The leaders of the two countries held talks in Beijing on Thursday, pledging closer cooperation in trade, culture and education, and agreed to strengthen coordination on regional affairs.</p>';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>News</title></head><body><nav><a href="#">Home</a></nav><article>${paragraph.repeat(110)}</article></body></html>`;
}

/** Main-thread time the content script spent on a page, from its own timing entries. */
async function contentScriptMs(page: Page): Promise<number> {
  await page.waitForFunction(() => performance.getEntriesByName('xinwen-content-script').length >= 2, { polling: 50, timeout: 10_000 });
  return page.evaluate(() => performance.getEntriesByName('xinwen-content-script').reduce((sum, entry) => sum + entry.duration, 0));
}

/** ms the detector took reading the page, the first time it ran after load. */
async function detectorMs(page: Page): Promise<number> {
  await page.waitForFunction(() => performance.getEntriesByName('xinwen-detector').length >= 1, { polling: 50, timeout: 10_000 });
  return page.evaluate(() => performance.getEntriesByName('xinwen-detector')[0]!.duration);
}

const pages = {
  '/bench-20k.html': newsPage(20_000),
  '/bench-1m.html': newsPage(1_000_000),
  '/bench-english.html': englishPage(),
  '/bench-component.html': componentPage(),
  ...Object.fromEntries(BIG_PAGES.map((big) => [big.path, big.html()])),
};
/** Big pages (tools/bench/big-pages.ts): conversion, restore, ruby on and off, with their longest tasks and frames. */
let bigRows: string[][] = [];
/** The page's heap over 600 toggles (tools/bench/page-memory.ts). */
let memoryRows: string[][] = [];
const server = await startServer(pages);
const ms = (value: number) => `${value.toFixed(0)} ms`;
const rows: string[][] = [];
try {
  if (!existsSync(BENCH_EXTENSION_DIR)) throw new Error(`no bench build at ${BENCH_EXTENSION_DIR}: run npx wxt build --mode bench first (npm run bench does)`);
  const launched = await launchBrowser('chromium', { extension: BENCH_EXTENSION_DIR });
  // The worker is stopped first, as after 30 s idle: the conversion command restarts it.
  let page = await launched.browser.newPage();
  await page.goto(`${server.origin}/bench-20k.html`);
  const cold = await measurePage(launched, page, true);
  rows.push(['first conversion after the worker starts, 20k page', ms(cold.convertMs), ms(cold.rawMs), '≤ 300 ms']);
  await page.close();

  // The first toggle a reader makes: a page freshly loaded, the command 1.5 s later (the worker running), beside
  // opencc-js alone converting the same text with a converter built beforehand; then the same page toggled again.
  const toggles: PageResult[] = [];
  for (let run = 0; run < 5; run++) {
    page = await launched.browser.newPage();
    await page.goto(`${server.origin}/bench-20k.html`);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    toggles.push(await measurePage(launched, page));
    await page.close();
  }
  const pick = (key: 'convertMs' | 'againMs' | 'rawMs') => median(toggles.map((run) => run[key]));
  rows.push([
    'first toggle on a freshly loaded 20k page (command 1.5 s after load), median of 5',
    `${ms(pick('convertMs'))} (${(pick('convertMs') / pick('rawMs')).toFixed(1)}× raw)`,
    ms(pick('rawMs')),
    '≤ 2× raw',
  ]);
  rows.push(['second toggle on the same page (warm), median of 5', `${ms(pick('againMs'))} (${(pick('againMs') / pick('rawMs')).toFixed(2)}× raw)`, ms(pick('rawMs')), '≤ 1.3× raw']);

  for (const [path, label] of [['/bench-20k.html', '20k'], ['/bench-1m.html', '1M']] as const) {
    page = await launched.browser.newPage();
    await page.goto(`${server.origin}${path}`);
    await measurePage(launched, page); // warm the worker's converter for this direction
    // The median of several runs of each measure, ours and opencc-js alike: one run is noisy.
    const runs: PageResult[] = [];
    for (let run = 0; run < (label === '20k' ? 5 : 3); run++) {
      await page.reload();
      runs.push(await measurePage(launched, page));
    }
    const median = (pick: (result: PageResult) => number) => runs.map(pick).sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
    const warm: PageResult = {
      convertMs: median((r) => r.convertMs),
      restoreMs: median((r) => r.restoreMs),
      againMs: median((r) => r.againMs),
      rawMs: median((r) => r.rawMs),
      longestTaskMs: Math.max(...runs.map((r) => r.longestTaskMs)),
      chars: runs[0]!.chars,
    };
    rows.push([
      `convert ${label} page (${warm.chars.toLocaleString('en')} chars), warm, median of ${runs.length}`,
      ms(warm.convertMs),
      ms(warm.rawMs),
      label === '20k' ? `≤ 2× raw + 30 ms = ${ms(2 * warm.rawMs + 30)}` : 'no task over 50 ms',
    ]);
    rows.push([`restore ${label} page`, ms(warm.restoreMs), '—', '']);
    rows.push([`longest main-thread task, ${label} page (convert + restore)`, warm.longestTaskMs === 0 ? 'none over 50 ms' : ms(warm.longestTaskMs), '—', '≤ 50 ms']);
    await page.close();
  }
  // The popup, opened on the 20k page as the reader opens it: box ready, page terms shown, first results.
  page = await launched.browser.newPage();
  await page.goto(`${server.origin}/bench-20k.html`);
  const coldPopup = await measurePopup(launched, await waitForContentScript(launched, page), true);
  rows.push(['popup opened, worker asleep: search box ready / page terms shown', `${ms(coldPopup.searchReadyMs)} / ${ms(coldPopup.pageTermsMs)}`, '—', '≤ 100 ms']);
  const first: PopupResult[] = [];
  const again: PopupResult[] = [];
  for (let i = 0; i < 10; i++) {
    await page.reload();
    const tabId = await waitForContentScript(launched, page);
    first.push(await measurePopup(launched, tabId));
    again.push(await measurePopup(launched, tabId));
  }
  const spread = (runs: PopupResult[], key: keyof PopupResult) =>
    `${ms(median(runs.map((run) => run[key])))} / ${ms(Math.max(...runs.map((run) => run[key])))}`;
  rows.push(['popup, first opening on a page (median / max of 10): search box ready', spread(first, 'searchReadyMs'), '—', '≤ 100 ms']);
  rows.push([`popup, first opening on a page: ${first[0]!.pageTerms} of ${first[0]!.allTerms} page terms shown`, spread(first, 'pageTermsMs'), '—', '≤ 100 ms']);
  rows.push(['popup opened again on the same page: search box ready / page terms shown', `${spread(again, 'searchReadyMs')}, ${spread(again, 'pageTermsMs')}`, '—', '≤ 100 ms']);
  rows.push(['popup: typed query to its results shown (median / max)', spread([...first, ...again], 'firstResultsMs'), '—', '']);
  await page.close();
  // The content script's own work when a page loads, median of five loads.
  for (const [path, label] of [['/bench-english.html', 'English page without Chinese (20k chars)'], ['/bench-20k.html', 'Chinese 20k page']] as const) {
    const times: number[] = [];
    page = await launched.browser.newPage();
    for (let run = 0; run < 5; run++) {
      await page.goto(`${server.origin}${path}`);
      times.push(await contentScriptMs(page));
    }
    await page.close();
    rows.push([`content script work on load, ${label}`, `${times.sort((a, b) => a - b)[2]!.toFixed(2)} ms`, '—', path.includes('english') ? '< 2 ms' : '']);
  }
  // The detector itself (core/detection on the live page: Chinese or not, script letters, the article), which a
  // Chinese page runs once the browser is idle after load, and again after the page changed a lot.
  const detector: number[] = [];
  page = await launched.browser.newPage();
  for (let run = 0; run < 5; run++) {
    await page.goto(`${server.origin}/bench-20k.html`);
    detector.push(await detectorMs(page));
  }
  await page.close();
  rows.push(['detector on the live page (article found), Chinese 20k page, median of 5', `${detector.sort((a, b) => a - b)[2]!.toFixed(2)} ms`, '—', '≤ 10 ms']);
  // What every page loads, and what loads only when the reader first converts, shows ruby or reveals a term.
  const kb = (path: string) => `${(statSync(`${EXTENSION_DIRS.chromium}/${path}`).size / 1024).toFixed(1)} KB`;
  rows.push(['content script bundle, minified (on-demand page tools apart)', `${kb('content-scripts/content.js')} (+ ${kb('page-tools.js')})`, '—', '≤ 40 KB']);
  rows.push(['worker heap after converting both pages', `${(await workerHeapMb(launched)).toFixed(1)} MB`, '—', '']);
  bigRows = await bigPageRows(launched, server.origin);
  memoryRows = await pageMemoryRows(launched, `${server.origin}/bench-20k.html`, `${server.origin}/bench-component.html`);
  await launched.browser.close();
} finally {
  await server.close();
}

console.log(
  recordBenchmarks(
    import.meta.url,
    [
      markdownTable(['browser benchmark (Chromium)', 'ours', 'opencc-js alone', 'target'], rows),
      markdownTable(['big pages (Chromium): PerformanceObserver longtask and long-animation-frame', 'ours', 'opencc-js alone', 'target'], bigRows),
      markdownTable(['page memory over convert/restore toggles (Chromium, CDP HeapProfiler after GC)', 'ours', '', 'target'], memoryRows),
    ].join('\n\n'),
  ),
);
