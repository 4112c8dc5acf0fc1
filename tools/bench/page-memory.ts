// The page's memory over many convert/restore toggles (issue 17, item 8), in Chromium: the JavaScript heap of the
// 20,000-character news page (the page's world and the content script's isolated world share one V8 isolate, so
// both are counted) after a warm-up, after 200 and after 600 toggles, each read after garbage collection; and a
// page whose component re-renders (a new shadow root) each time the page's language changes, as frameworks do.
// After the warm-up the heap must stay flat: from 200 to 600 toggles at most 2% more. A heap snapshot tells the
// objects the page holds from the code V8's optimizing compilers add for functions as they get hot.
// bench-browser.ts prints these rows; `npx tsx tools/bench/bench-page-memory.ts` runs them alone.
import type { LaunchedBrowser } from '../browser/browsers';
import { growthPercent, heapOverToggles, type HeapReading } from '../browser/page-heap';
import { waitForContentScript } from '../browser/page-helpers';

/** Toggles before the first reading: the worker's converter and the page tools are in place by then. */
export const WARM_UP_TOGGLES = 20;
/** Largest growth allowed from 200 to 600 toggles, in percent. */
export const MAX_GROWTH_PERCENT = 2;
/** The custom element that re-renders in componentPage(). */
export const COMPONENT_TAG = 'news-card';

/**
 * A Chinese page with a component in an open shadow root that the page re-renders (a new element, a new shadow root)
 * whenever <html lang> changes, as the converter changes it on each conversion and restore.
 */
export function componentPage(): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>组件新闻</title></head><body>
<article><p>这是一篇关于后台发展的新闻，评论区是一个组件。</p><div id="slot"></div></article>
<script>
customElements.define('${COMPONENT_TAG}', class extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = '<p>' + '影子里的后台发展新闻。'.repeat(20) + '</p>';
  }
});
const render = () => document.getElementById('slot').replaceChildren(document.createElement('${COMPONENT_TAG}'));
render();
new MutationObserver(render).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
</script></body></html>`;
}

/** The page's heap after each of `checkpoints` toggles (cumulative), on a freshly loaded page. */
export async function heapOfPage(launched: LaunchedBrowser, url: string, checkpoints: number[]): Promise<HeapReading[]> {
  const page = await launched.browser.newPage();
  try {
    await page.goto(url);
    const tabId = await waitForContentScript(launched, page);
    return await heapOverToggles(launched, page, tabId, checkpoints);
  } finally {
    await page.close();
  }
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(2)} MB`;
const growth = (from: number, to: number) => `${growthPercent(from, to) >= 0 ? '+' : ''}${growthPercent(from, to).toFixed(1)}%`;

/** `newsUrl`: the 20k news page; `componentUrl`: componentPage(). */
export async function pageMemoryRows(launched: LaunchedBrowser, newsUrl: string, componentUrl: string): Promise<string[][]> {
  const [warm, at200, at600] = (await heapOfPage(launched, newsUrl, [WARM_UP_TOGGLES, 200, 600])) as [HeapReading, HeapReading, HeapReading];
  const [first, last] = (await heapOfPage(launched, componentUrl, [WARM_UP_TOGGLES, 220])) as [HeapReading, HeapReading];
  const target = `≤ ${MAX_GROWTH_PERCENT}% from 200 to 600`;
  return [
    [`page heap (page + content script, after GC), 20k page: after ${WARM_UP_TOGGLES} toggles (warm-up) / 200 / 600`, `${mb(warm.bytes)} / ${mb(at200.bytes)} / ${mb(at600.bytes)}`, '—', ''],
    ['page heap growth from 200 to 600 convert/restore toggles, 20k page', growth(at200.bytes, at600.bytes), '—', target],
    [
      '… of it, objects held (heap snapshot, compiled code apart): 200 → 600',
      `${mb(at200.summary.objectBytes)} → ${mb(at600.summary.objectBytes)} (${growth(at200.summary.objectBytes, at600.summary.objectBytes)})`,
      '—',
      target,
    ],
    [
      '… of it, code compiled by V8 for functions as they get hot: 200 → 600',
      `${mb(at200.summary.codeBytes)} → ${mb(at600.summary.codeBytes)} (${growth(at200.summary.codeBytes, at600.summary.codeBytes)})`,
      '—',
      '',
    ],
    [
      `page re-rendering a component on each toggle: objects held after ${WARM_UP_TOGGLES} → 220 toggles; component trees alive`,
      `${growth(first.summary.objectBytes, last.summary.objectBytes)}; ${last.summary.counts.get(`<${COMPONENT_TAG}>`) ?? 0}`,
      '—',
      `≤ ${MAX_GROWTH_PERCENT}%; 1`,
    ],
  ];
}
