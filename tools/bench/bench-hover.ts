// Hover benchmark in headless Chromium with the built extension: from the pointer arriving on a
// character to the card showing its word, with the worker warm and right after it was stopped.
import type { Page } from 'puppeteer-core';
import { launchBrowser, type LaunchedBrowser } from '../browser/browsers';
import { EXTENSION_DIRS, waitForContentScript } from '../browser/page-helpers';
import { startServer } from '../browser/server';
import { isWorker, stopWorker, workerRunning } from '../browser/worker';
import { timeEmptyReply, waitForEmptyExtension, writeEmptyExtension } from './empty-extension';
import { markdownTable } from '../lib/markdown-table';
import { recordBenchmarks } from './benchmarks-doc';

/** Where the Han character at `index` of paragraph `paragraph` is on screen, and where its paragraph's left edge is;
 * null when it is no Han character or out of view. */
async function pointOf(page: Page, paragraph: number, index: number): Promise<{ x: number; y: number; left: number } | null> {
  return page.evaluate(
    (paragraph, index) => {
      const p = document.querySelectorAll('#article p')[paragraph];
      const text = p?.firstChild;
      if (!text || (text.nodeValue?.length ?? 0) <= index || !/\p{Script=Han}/u.test(text.nodeValue![index]!)) return null;
      const range = document.createRange();
      range.setStart(text, index);
      range.setEnd(text, index + 1);
      const rect = range.getBoundingClientRect();
      if (rect.top < 0 || rect.bottom > innerHeight) return null;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, left: p.getBoundingClientRect().left };
    },
    paragraph,
    index,
  );
}

/** Moves the pointer in from the page's left margin towards the character, 8 moves over ~120 ms, stopping short of
 * the text, as a reader's pointer travels before it rests on a word. */
async function glideTowards(page: Page, paragraph: number, index: number): Promise<void> {
  const point = await pointOf(page, paragraph, index);
  if (!point) return;
  const stop = Math.max(2, point.left - 10);
  for (let step = 0; step < 8; step++) {
    await page.mouse.move(2 + ((stop - 2) * step) / 7, point.y);
    await new Promise((resolve) => setTimeout(resolve, 15));
  }
}

/** Points at the character at `index` of paragraph `paragraph` and returns ms from mousemove to the card showing it. */
async function timeHover(page: Page, paragraph: number, index: number): Promise<number | null> {
  const point = await pointOf(page, paragraph, index);
  if (!point) return null;
  await page.evaluate(() => {
    // Record when the pointer arrives and when the card next changes to a visible word.
    const host = document.querySelector('[data-xinwen-card]')!;
    const state = { moved: 0, shown: 0 };
    (window as unknown as { hoverTiming: typeof state }).hoverTiming = state;
    document.addEventListener('mousemove', () => (state.moved ||= performance.now()), { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if (!host.hasAttribute('hidden') && state.moved && !state.shown) {
        state.shown = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(host, { attributes: true });
    observer.observe(host.shadowRoot!, { childList: true, subtree: true, characterData: true });
  });
  await page.mouse.move(point.x, point.y);
  const timing = await page
    .waitForFunction(() => {
      const t = (window as unknown as { hoverTiming: { moved: number; shown: number } }).hoverTiming;
      return t.shown ? t.shown - t.moved : 0;
    }, { polling: 10, timeout: 10_000 })
    .then((handle) => handle.jsonValue() as Promise<number>)
    .catch(() => null);
  // Leave the word, so the next point is a fresh lookup.
  await page.mouse.move(1, 1);
  await page.waitForFunction(() => document.querySelector('[data-xinwen-card]')!.hasAttribute('hidden'), { polling: 10 });
  return timing;
}

/** The worker's timing marks (entrypoints/background/index.ts), as "name at ms" after the worker started. */
async function workerMarks(launched: LaunchedBrowser): Promise<string> {
  const target = launched.browser.targets().find(isWorker);
  if (!target) return 'no worker';
  // A fresh session each time: a restarted worker keeps its target, and a cached handle would talk to the stopped one.
  const session = await target.createCDPSession();
  try {
    const expression = "performance.getEntriesByType('mark').map((m) => m.name.replace('xinwen-', '') + ' ' + m.startTime.toFixed(0)).join(', ')";
    const { result } = await session.send('Runtime.evaluate', { expression, returnByValue: true });
    return String(result.value);
  } finally {
    await session.detach();
  }
}

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;

/** The platform's floor, in the same run: an empty extension's worker, stopped, woken by its content script's
 * message on mousemove (tools/bench/empty-extension.ts), ms until the reply. */
async function emptyExtensionColdReplies(origin: string): Promise<number[]> {
  const launched = await launchBrowser('chromium', { extension: writeEmptyExtension() });
  try {
    const page = await launched.browser.newPage();
    await page.goto(`${origin}/demo.html`);
    await waitForEmptyExtension(page);
    await timeEmptyReply(page, 100, 100); // the first start, as our warm-up hover
    const replies: number[] = [];
    for (let run = 0; run < 5; run++) {
      await stopWorker(launched);
      replies.push(await timeEmptyReply(page, 120 + run * 10, 200));
    }
    return replies;
  } finally {
    await launched.browser.close();
  }
}

/** How much later than the platform's floor the first card after a stop may show (issue 18). */
const COLD_CARD_OVER_FLOOR_MS = 100;

/** The cold card's target as measured in this run: the empty extension's median reply plus the allowance, met when every
 * cold run (the worst one) is within it. The median, not the fastest or the slowest reply: one outlier either way
 * would move the target by tens of ms on a loaded machine. */
function coldCardTarget(cold: number[], floor: number[]): string {
  if (cold.length === 0 || floor.length === 0) return 'no runs';
  const median = percentile(floor, 0.5);
  const target = median + COLD_CARD_OVER_FLOOR_MS;
  const worst = Math.max(...cold);
  const verdict = worst <= target ? 'met' : `not met (worst ${worst.toFixed(0)} ms)`;
  return `≤ floor (median ${median.toFixed(0)}) + ${COLD_CARD_OVER_FLOOR_MS} = ${target.toFixed(0)} ms: ${verdict}`;
}

const server = await startServer();
const rows: string[][] = [];
const emptyReplies = await emptyExtensionColdReplies(server.origin);
const launched = await launchBrowser('chromium', { extension: EXTENSION_DIRS.chromium });
try {
  const page = await launched.browser.newPage();
  await page.goto(`${server.origin}/demo.html`);
  await waitForContentScript(launched, page);

  // Cold: the worker stopped, as after 30 s idle; the hover's lookup restarts it.
  const cold: number[] = [];
  const coldMarks: string[] = [];
  for (const [paragraph, index] of [[0, 3], [1, 5], [2, 7], [3, 9], [4, 11]] as const) {
    // The page's hello every 20 s (features/hover/content/keep-warm.ts) may have started the worker again since it stopped.
    await stopWorker(launched);
    while (workerRunning(launched)) await stopWorker(launched);
    const ms = await timeHover(page, paragraph, index);
    if (ms === null) continue;
    cold.push(ms);
    coldMarks.push(await workerMarks(launched));
  }
  // Cold as a reader meets it: back at a page after more than 5 min without touching it (so the page no longer
  // keeps the worker, features/hover/content/keep-warm.ts; as on a fresh page), the worker stopped, and the pointer gliding in
  // from the margin before it rests on a word. Timed from the move onto the word.
  const glided: number[] = [];
  for (const [paragraph, index] of [[0, 3], [2, 7], [3, 9], [4, 11]] as const) {
    const reader = await launched.browser.newPage();
    await reader.goto(`${server.origin}/demo.html`);
    await waitForContentScript(launched, reader);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await stopWorker(launched);
    await glideTowards(reader, paragraph, index);
    const ms = await timeHover(reader, paragraph, index);
    if (ms !== null) glided.push(ms);
    await reader.close();
  }
  // The first card on a freshly opened page, the worker running (it was woken by the page's hello): the page's own
  // first lookup, the card's code and styles set up for the first time.
  const fresh: number[] = [];
  for (const [paragraph, index] of [[0, 3], [2, 7], [4, 11]] as const) {
    const reader = await launched.browser.newPage();
    await reader.goto(`${server.origin}/demo.html`);
    await waitForContentScript(launched, reader);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const ms = await timeHover(reader, paragraph, index);
    if (ms !== null) fresh.push(ms);
    await reader.close();
  }
  // Warm: many words in a row, on the first page again (the readers' pages and the extension page that found their
  // tabs came in front of it; a page behind them gets no pointer events).
  await page.bringToFront();
  await timeHover(page, 0, 1);
  const warm: number[] = [];
  for (let paragraph = 0; paragraph < 6; paragraph++) {
    for (let index = 0; index < 40; index += 3) {
      const ms = await timeHover(page, paragraph, index);
      if (ms !== null) warm.push(ms);
    }
  }
  // A reader pausing to read: the pointer rests for 40 s, longer than the 30 s after which Chrome stops an idle
  // worker, then points at a word. The page keeps the worker running meanwhile.
  await page.bringToFront();
  const paused: number[] = [];
  for (const [paragraph, index] of [[2, 7], [4, 11]] as const) {
    await new Promise((resolve) => setTimeout(resolve, 40_000));
    const ms = await timeHover(page, paragraph, index);
    if (ms !== null) paused.push(ms);
  }
  rows.push(['hover → card, worker warm (median / p95)', `${percentile(warm, 0.5).toFixed(0)} / ${percentile(warm, 0.95).toFixed(0)} ms (${warm.length} words)`, 'p95 ≤ 40 ms']);
  rows.push(['hover → card, first after the worker stopped (each run)', `${cold.map((ms) => ms.toFixed(0)).join(', ')} ms`, coldCardTarget(cold, emptyReplies)]);
  rows.push(['an empty extension: mousemove → its stopped worker\'s reply (the floor)', `${emptyReplies.map((ms) => ms.toFixed(0)).join(', ')} ms (median ${percentile(emptyReplies, 0.5).toFixed(0)})`, '']);
  rows.push(['first card on a freshly opened page, worker running (each run)', `${fresh.map((ms) => ms.toFixed(0)).join(', ')} ms`, `≤ 50 ms: ${fresh.length > 0 && Math.max(...fresh) <= 50 ? 'met' : 'not met'}`]);
  rows.push(['first card after the pointer rested 40 s on the page (each run)', `${paused.map((ms) => ms.toFixed(0)).join(', ')} ms`, '']);
  rows.push(['same, the pointer gliding in from the margin first (~120 ms)', `${glided.map((ms) => ms.toFixed(0)).join(', ')} ms`, '']);
  // Where a cold start goes, from the worker's own timing marks (ms after it started).
  coldMarks.forEach((marks, run) => rows.push([`cold run ${run + 1}, in the worker`, marks, '']));
} finally {
  await launched.browser.close();
  await server.close();
}

console.log(recordBenchmarks(import.meta.url, markdownTable(['hover benchmark (Chromium)', 'ours', 'target'], rows)));
