// The extension's background service worker in Chromium, as benchmarks and tests see it.
import type { Target } from 'puppeteer-core';
import type { LaunchedBrowser } from './browsers';

/** Whether a browser target is the extension's service worker. */
export const isWorker = (target: Target) => target.type() === 'service_worker';

/** Whether the worker is running now. */
export const workerRunning = (launched: LaunchedBrowser): boolean => launched.browser.targets().some(isWorker);

/** Resolves once the worker runs (started by what a page did); rejects after `timeout` ms. */
export const workerStarted = (launched: LaunchedBrowser, timeout = 5_000): Promise<Target> => launched.browser.waitForTarget(isWorker, { timeout });

/** Stops the service worker, as the browser does after 30 s idle: the next message restarts it. */
export async function stopWorker(launched: LaunchedBrowser): Promise<void> {
  const target = await workerStarted(launched, 3_000).catch(() => null);
  if (!target) return; // not running: already stopped
  // Through a page already open: opening and closing one would hide and show the reader's page, and a page coming
  // back into view wakes the worker (features/hover/content/keep-warm.ts).
  const [page] = await launched.browser.pages();
  const session = await page!.createCDPSession();
  await session.send('ServiceWorker.enable');
  await session.send('ServiceWorker.stopAllWorkers');
  await session.detach();
  for (let i = 0; i < 50 && (await launched.browser.targets()).includes(target); i++) await new Promise((r) => setTimeout(r, 50));
}
