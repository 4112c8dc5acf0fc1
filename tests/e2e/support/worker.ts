// The extension's background service worker in Chromium, as benchmarks and tests see it.
import type { LaunchedBrowser } from './browsers';

/** Stops the service worker, as the browser does after 30 s idle: the next message restarts it. */
export async function stopWorker(launched: LaunchedBrowser): Promise<void> {
  const target = await launched.browser.waitForTarget((t) => t.type() === 'service_worker', { timeout: 3_000 }).catch(() => null);
  if (!target) return; // not running: already stopped
  const page = await launched.browser.newPage();
  const session = await page.createCDPSession();
  await session.send('ServiceWorker.enable');
  await session.send('ServiceWorker.stopAllWorkers');
  await page.close();
  for (let i = 0; i < 50 && (await launched.browser.targets()).includes(target); i++) await new Promise((r) => setTimeout(r, 50));
}
