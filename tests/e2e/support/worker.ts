// The extension's background service worker in Chromium, as benchmarks and tests see it.
import type { LaunchedBrowser } from './browsers';

/** Stops the service worker, as the browser does after 30 s idle: the next message restarts it. */
export async function stopWorker(launched: LaunchedBrowser): Promise<void> {
  const target = await launched.browser.waitForTarget((t) => t.type() === 'service_worker', { timeout: 3_000 }).catch(() => null);
  if (!target) return; // not running: already stopped
  // Through a page already open: opening and closing one would hide and show the reader's page, and a page coming
  // back into view wakes the worker (utils/content/keep-warm.ts).
  const [page] = await launched.browser.pages();
  const session = await page!.createCDPSession();
  await session.send('ServiceWorker.enable');
  await session.send('ServiceWorker.stopAllWorkers');
  await session.detach();
  for (let i = 0; i < 50 && (await launched.browser.targets()).includes(target); i++) await new Promise((r) => setTimeout(r, 50));
}
