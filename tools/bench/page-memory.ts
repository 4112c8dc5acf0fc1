// The page's memory over many convert/restore toggles (issue 17, item 8): the JavaScript heap of the 20,000-character
// news page (the page's world and the content script's together) after a warm-up, after 200 and after 600 toggles,
// each read after garbage collection. After the warm-up it must stay flat: from 200 to 600 toggles at most 2% more.
// bench-browser.ts prints these rows; `npx tsx tools/bench/bench-page-memory.ts` runs them alone.
import type { LaunchedBrowser } from '../browser/browsers';
import { growthPercent, heapOverToggles } from '../browser/page-heap';
import { waitForContentScript } from '../browser/page-helpers';

/** Toggles before the first reading: the worker's converter, the page tools and the JIT's code are in place by then. */
export const WARM_UP_TOGGLES = 20;
/** Largest growth allowed from 200 to 600 toggles, in percent. */
export const MAX_GROWTH_PERCENT = 2;

export async function pageMemoryRows(launched: LaunchedBrowser, url: string): Promise<string[][]> {
  const page = await launched.browser.newPage();
  await page.goto(url);
  await waitForContentScript(page);
  const { readings } = await heapOverToggles(launched, page, [WARM_UP_TOGGLES, 200, 600]);
  await page.close();
  const [warm, at200, at600] = readings.map((reading) => reading.bytes) as [number, number, number];
  const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(2)} MB`;
  const growth = (from: number, to: number) => `${growthPercent(from, to) >= 0 ? '+' : ''}${growthPercent(from, to).toFixed(1)}%`;
  return [
    [`page heap (page + content script), 20k page, after ${WARM_UP_TOGGLES} toggles (warm-up)`, mb(warm), '—', ''],
    ['page heap after 200 convert/restore toggles', `${mb(at200)} (${growth(warm, at200)} from warm-up)`, '—', ''],
    ['page heap after 600 toggles: growth from 200 to 600', `${mb(at600)} (${growth(at200, at600)})`, '—', `≤ ${MAX_GROWTH_PERCENT}% from 200 to 600`],
  ];
}
