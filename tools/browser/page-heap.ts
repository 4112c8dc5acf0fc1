// The page's JavaScript heap across many convert/restore toggles, in Chromium: what `npm run bench` prints and
// tests/e2e/page-memory.test.ts bounds. The toggles are sent from the extension's worker, so no other tab takes the
// page out of view (a page in view converts in frame-paced slices, as the reader sees it).
import type { CDPSession, Page, WebWorker } from 'puppeteer-core';
import type { LaunchedBrowser } from './browsers';
import { isWorker } from './worker';

/**
 * Bytes of JavaScript heap the page's renderer holds after a full garbage collection. The page's main world and
 * the content script's isolated world live in one V8 isolate, so this counts both.
 */
export async function pageHeapBytes(session: CDPSession): Promise<number> {
  // Twice: objects freed by the first collection's finalizers (weak maps, ports) go in the second.
  await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  return usedSize;
}

/** The extension's worker, to send the page's tab commands from, as the popup does. */
export async function extensionWorker(launched: LaunchedBrowser): Promise<WebWorker> {
  const target = await launched.browser.waitForTarget(isWorker, { timeout: 10_000 });
  const worker = await target.worker();
  if (!worker) throw new Error('no worker for the extension service worker target');
  return worker;
}

/** Converts the tab's page to traditional and restores it, `count` times, each command awaited as the popup does. */
export async function togglePage(worker: WebWorker, tabId: number, count: number): Promise<void> {
  await worker.evaluate(
    async (tab, count) => {
      const api = (globalThis as unknown as { chrome: { tabs: { sendMessage(tab: number, message: unknown): Promise<{ ok?: boolean }> } } }).chrome;
      for (let i = 0; i < count; i++) {
        for (const [type, data] of [['convertPage', { target: 'traditional' }], ['restorePage', {}]] as const) {
          const reply = await api.tabs.sendMessage(tab, { xinwen: 1, type, data });
          if (!reply?.ok) throw new Error(`${type} failed: ${JSON.stringify(reply)}`);
        }
      }
    },
    tabId,
    count,
  );
}

export interface HeapReading {
  /** Toggles so far. */
  toggles: number;
  /** The heap's used bytes as V8 reports them (Runtime.getHeapUsage), compiled code included. */
  bytes: number;
  /** The same heap from a snapshot: objects and compiled code apart, objects counted by kind. */
  summary: HeapSummary;
}

/**
 * The page's heap after `checkpoints` toggles (cumulative counts, ascending, e.g. [20, 200, 600]), each read after
 * garbage collection. The page (tab `tabId`) must be open with the content script running; it is brought to the front.
 */
export async function heapOverToggles(launched: LaunchedBrowser, page: Page, tabId: number, checkpoints: number[]): Promise<HeapReading[]> {
  const worker = await extensionWorker(launched);
  await page.bringToFront();
  const session = await page.createCDPSession();
  const readings: HeapReading[] = [];
  let done = 0;
  try {
    for (const toggles of checkpoints) {
      await togglePage(worker, tabId, toggles - done);
      done = toggles;
      readings.push({ toggles, bytes: await pageHeapBytes(session), summary: await heapSummary(session) });
    }
  } finally {
    await session.detach();
  }
  return readings;
}

/** Growth from `from` to `to`, in percent. */
export const growthPercent = (from: number, to: number): number => ((to - from) / from) * 100;

export interface HeapSummary {
  /** Bytes of the objects the heap holds, compiled code left out (V8's optimizing compilers add code for hot functions as a page is used, up to a plateau). */
  objectBytes: number;
  /** Bytes of compiled code and its metadata (snapshot nodes of type `code`). */
  codeBytes: number;
  /** Objects by constructor or kind ("ShadowRoot", "HTMLDivElement", "Map"…), JS and DOM alike. */
  counts: Map<string, number>;
}

/** A heap snapshot of the page's renderer (all its worlds) after garbage collection, summed by kind. */
export async function heapSummary(session: CDPSession): Promise<HeapSummary> {
  await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.collectGarbage');
  const chunks: string[] = [];
  const collect = ({ chunk }: { chunk: string }) => void chunks.push(chunk);
  session.on('HeapProfiler.addHeapSnapshotChunk', collect);
  try {
    await session.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    session.off('HeapProfiler.addHeapSnapshotChunk', collect);
  }
  const snapshot = JSON.parse(chunks.join('')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
    strings: string[];
  };
  const fields = snapshot.snapshot.meta.node_fields;
  const kinds = snapshot.snapshot.meta.node_types[0];
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((field) => fields.indexOf(field)) as [number, number, number];
  const summary: HeapSummary = { objectBytes: 0, codeBytes: 0, counts: new Map() };
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    const size = snapshot.nodes[i + sizeAt]!;
    if (kinds[snapshot.nodes[i + typeAt]!] === 'code') summary.codeBytes += size;
    else summary.objectBytes += size;
    // DOM nodes cut off from the page are named "Detached <kind>": counted with their kind.
    const name = snapshot.strings[snapshot.nodes[i + nameAt]!]!.replace(/^Detached /, '');
    summary.counts.set(name, (summary.counts.get(name) ?? 0) + 1);
  }
  return summary;
}
