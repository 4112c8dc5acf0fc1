// Big pages in the browser: conversion, restore, ruby on and ruby off on a 20,000-character article, a
// 1,000,000-character page, a page of 200,000 nodes and a 5,000,000-character page, each timed from the command to
// its answer, with the longest main-thread task and the longest animation frame the page saw meanwhile
// (PerformanceObserver: `longtask`, `long-animation-frame`), beside opencc-js converting the same text in the page.
// The pages are generated here from the corpus, never taken from third-party sites. bench-browser.ts prints these
// rows; `npx tsx tools/bench/bench-big-pages.ts [20k|1m|nodes|5m …]` runs them alone.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';
import { openExtensionPage, type LaunchedBrowser } from '../browser/browsers';
import { waitForContentScript } from '../browser/page-helpers';
import { cleanChineseText } from '../../core/text/clean-text';
import { CORPUS_DIR } from '../lib/node-data';

const OPENCC_UMD = createRequire(import.meta.url).resolve('opencc-js');

/** The corpus's paragraphs the pages are made of. */
function corpusParagraphs(): string[] {
  return ['000_7a8b2fde8fb2effb', '003_f0db3c5afb1c4395', '004_713304df437d9aa5'].flatMap((name) =>
    cleanChineseText(readFileSync(`${CORPUS_DIR}${name}.txt`, 'utf8'))
      .split(/\n+/)
      .filter((line) => line.trim().length > 0),
  );
}

const page = (body: string) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>基准测试新闻页</title></head><body>
<nav><a href="#">首页</a> <a href="#">国际</a></nav><article>${body}</article>
<aside><ul><li><a href="#">相关新闻</a></li></ul></aside></body></html>`;

/** A news page of about `chars` characters: corpus paragraphs in <p>, with a nav and a sidebar. */
export function newsPage(chars: number): string {
  const paragraphs = corpusParagraphs();
  const body: string[] = [];
  let size = 0;
  for (let i = 0; size < chars; i++) {
    const paragraph = paragraphs[i % paragraphs.length]!;
    body.push(`<p>${paragraph}</p>`);
    size += paragraph.length;
  }
  return page(body.join('\n'));
}

/** A page of `nodes` DOM nodes in the article: paragraphs of ten short <span>s, each holding a few words of the corpus. */
export function manyNodesPage(nodes: number): string {
  const text = corpusParagraphs().join('');
  const spans = Math.ceil(nodes / 2);
  const body: string[] = [];
  let at = 0;
  for (let i = 0; i < spans; i += 10) {
    const row: string[] = [];
    for (let j = 0; j < 10; j++) {
      const length = 3 + ((i + j) % 5);
      if (at + length > text.length) at = 0;
      row.push(`<span>${text.slice(at, at + length)}</span>`);
      at += length;
    }
    body.push(`<p>${row.join('')}</p>`);
  }
  return page(body.join('\n'));
}

export interface Operation {
  /** From the command sent (as the popup sends it) to its answer. */
  ms: number;
  /** What went wrong, when the command failed. */
  error?: string;
  /** For ruby on, which answers once the text in view is annotated: from the command until the whole region is. */
  doneMs?: number;
  /** The longest main-thread task and animation frame seen in the page from the command until its work is done. */
  longestTaskMs: number;
  longestFrameMs: number;
}

export type OperationName = 'convert' | 'restore' | 'ruby on' | 'ruby off';

/** Longest wait for ruby to annotate a whole page. */
const DONE_WAIT_MS = 120_000;

const COMMANDS: Record<OperationName, [string, object]> = {
  convert: ['convertPage', { target: 'traditional' }],
  restore: ['restorePage', {}],
  'ruby on': ['setRuby', { on: true }],
  'ruby off': ['setRuby', { on: false }],
};

/** Runs the operations in order on a loaded page, from an extension page as the popup does, and measures each. */
export async function measureOperations(launched: LaunchedBrowser, target: Page, operations: readonly OperationName[]): Promise<Record<string, Operation>> {
  const tabId = await waitForContentScript(launched, target);
  const control = await launched.browser.newPage();
  await openExtensionPage(launched, control, `${launched.extensionBase}popup.html?tab=${tabId}`);
  // The page in front while it changes, as under the real popup: a hidden tab renders nothing. Entries are counted
  // from the next frames on, so the browser's own rendering of a tab brought to the front is not taken for ours.
  await target.bringToFront();
  await target.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const seen = { tasks: [] as number[], frames: [] as number[] };
    (window as unknown as { benchEntries: typeof seen }).benchEntries = seen;
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => seen.tasks.push(entry.duration))).observe({ type: 'longtask' });
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => seen.frames.push(entry.duration))).observe({ type: 'long-animation-frame' });
  });
  const send = (type: string, data: object) =>
    control.evaluate(
      async (tab, type, data) => {
        const start = performance.now();
        const api = (globalThis as unknown as { chrome: { tabs: { sendMessage(tab: number, message: unknown): Promise<{ ok?: boolean }> } } }).chrome;
        const reply = await api.tabs.sendMessage(tab, { xinwen: 1, type, data });
        if (!reply?.ok) throw new Error(JSON.stringify(reply).slice(0, 500));
        return performance.now() - start;
      },
      tabId,
      type,
      data,
    );
  const results: Record<string, Operation> = {};
  // As when the reader opens the popup: it asks the page's state first.
  try {
    await send('pageState', {});
  } catch (error) {
    const failed = { ms: NaN, longestTaskMs: NaN, longestFrameMs: NaN, error: `pageState: ${String(error).slice(0, 160)}` };
    for (const name of operations) results[name] = failed;
    await control.close();
    return results;
  }
  for (const name of operations) {
    await target.evaluate(() => {
      const seen = (window as unknown as { benchEntries: { tasks: number[]; frames: number[] } }).benchEntries;
      seen.tasks.length = 0;
      seen.frames.length = 0;
    });
    const [type, data] = COMMANDS[name];
    const sentAt = await target.evaluate(() => performance.now());
    let ms: number;
    try {
      ms = await send(type, data);
    } catch (error) {
      results[name] = { ms: NaN, longestTaskMs: NaN, longestFrameMs: NaN, error: String(error).slice(0, 160) };
      continue;
    }
    // Ruby goes on annotating the region after its answer: wait until no new ruby appears for half a second (at most
    // DONE_WAIT_MS: a longer run is reported as over it).
    let doneMs: number | undefined;
    if (name === 'ruby on') {
      let count = -1;
      let changedAt = 0;
      for (;;) {
        const [now, at] = await target.evaluate(() => [document.querySelectorAll('[data-xinwen-ruby]').length, performance.now()] as const);
        if (now !== count) [count, changedAt] = [now, at];
        else if (at - changedAt > 500 || at - sentAt > DONE_WAIT_MS) {
          doneMs = at - sentAt > DONE_WAIT_MS ? Infinity : changedAt - sentAt;
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    // The frames that show the change come after the answer: wait for them, and for the observers to report.
    const { longestTaskMs, longestFrameMs } = await target.evaluate(async () => {
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      await new Promise((resolve) => setTimeout(resolve, 100));
      const seen = (window as unknown as { benchEntries: { tasks: number[]; frames: number[] } }).benchEntries;
      return { longestTaskMs: Math.max(0, ...seen.tasks), longestFrameMs: Math.max(0, ...seen.frames) };
    });
    results[name] = { ms, doneMs, longestTaskMs, longestFrameMs };
  }
  await control.close();
  return results;
}

/** opencc-js alone in the page: its text as one string, converter built beforehand. */
export async function rawConversion(target: Page): Promise<{ rawMs: number; chars: number }> {
  await target.addScriptTag({ path: OPENCC_UMD });
  return target.evaluate(() => {
    const text = document.body.textContent ?? '';
    const convert = (window as unknown as { OpenCC: { Converter(o: object): (s: string) => string } }).OpenCC.Converter({ from: 'cn', to: 'tw' });
    convert('预热');
    const start = performance.now();
    convert(text);
    return { rawMs: performance.now() - start, chars: text.length };
  });
}

export interface BigPage {
  path: string;
  label: string;
  html: () => string;
  operations: readonly OperationName[];
}

export const BIG_PAGES: readonly BigPage[] = [
  { path: '/big-20k.html', label: '20k-character article', html: () => newsPage(20_000), operations: ['convert', 'restore', 'ruby on', 'ruby off'] },
  { path: '/big-1m.html', label: '1M-character page', html: () => newsPage(1_000_000), operations: ['convert', 'restore', 'ruby on', 'ruby off'] },
  { path: '/big-nodes.html', label: '200k-node page', html: () => manyNodesPage(200_000), operations: ['convert', 'restore', 'ruby on', 'ruby off'] },
  { path: '/big-5m.html', label: '5M-character page', html: () => newsPage(5_000_000), operations: ['convert', 'restore'] },
];

const ms = (value: number) => `${value.toFixed(0)} ms`;
const limit = (value: number) => (value === 0 ? 'none over 50 ms' : value > 50 ? `${ms(value)} (over 50 ms)` : ms(value));

/** Loads each page, runs its operations and gives the table's rows: time, longest task and frame, opencc-js alone. */
export async function bigPageRows(launched: LaunchedBrowser, origin: string, pages: readonly BigPage[] = BIG_PAGES): Promise<string[][]> {
  const rows: string[][] = [];
  for (const big of pages) {
    const target = await launched.browser.newPage();
    await target.goto(`${origin}${big.path}`, { timeout: 120_000 });
    // A first conversion warms the worker's converter for this direction; the page is then loaded afresh.
    await measureOperations(launched, target, ['convert', 'restore']);
    await target.reload({ timeout: 120_000 });
    // opencc-js on the page's text before any operation changes it.
    const { rawMs, chars } = await rawConversion(target);
    const results = await measureOperations(launched, target, big.operations);
    for (const name of big.operations) {
      const { ms: time, doneMs, longestTaskMs, longestFrameMs, error } = results[name]!;
      const goal = name === 'ruby on' && big.path === '/big-20k.html' ? '≤ 150 ms; no task or frame over 50 ms' : 'no task or frame over 50 ms';
      rows.push([
        `${name}, ${big.label} (${chars.toLocaleString('en')} chars): answer / longest task / longest frame`,
        error ? `fails: ${error}` : `${ms(time)}${doneMs === undefined ? '' : ` (all annotated: ${doneMs === Infinity ? `over ${DONE_WAIT_MS / 1000} s` : ms(doneMs)})`} / ${limit(longestTaskMs)} / ${limit(longestFrameMs)}`,
        name === 'convert' ? ms(rawMs) : '—',
        goal,
      ]);
    }
    await target.close();
  }
  return rows;
}
