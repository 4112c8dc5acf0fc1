// The page's detection as the content script's features share it: whether the page is Chinese, its article and
// its main content (core/detection, the one detector the command line and the tests run too), read on the live
// page with the browser's own test of hidden elements. Kept until the page's content changes a lot (a
// single-page site showing another article), then read again on the next question. Whether the page is Chinese
// is a light check made on every page; the article finder itself comes with the page tools, loaded on first use,
// so the content script every page loads stays small.
import { isChinesePage } from '../core/detection/page-language';
import type { PageContent, readPageContent } from '../core/detection/page-text';
import type { ContentRegion } from '../core/detection/regions';
import type { HiddenTest } from '../core/detection/visibility';
import type { PageWatcher } from './page-watcher';
import { measureForBench } from './measure-for-bench';

export type ReadPageContent = typeof readPageContent;

export interface PageDetection {
  /** Whether the page is Chinese (the light check: letters only). */
  isChinese(): boolean;
  /** The page's detection as it is now. */
  current(): Promise<PageContent>;
  /** Where ruby, "On this page" and the underline act: the article, else the page's main content. */
  region(): Promise<ContentRegion>;
}

/** A change this much of the detected text (or more than MIN_CHANGE_CHARS) means the page shows something else. */
const CHANGE_SHARE = 0.3;
const MIN_CHANGE_CHARS = 2_000;
/** Until an article is found, this much new text is enough to look again: a page still loading, an article shown late. */
const MIN_CHANGE_WITHOUT_ARTICLE = 200;

/** What a reader cannot see, as the browser lays the page out (stylesheets included, which saved pages lack). */
const hiddenInBrowser: HiddenTest = (element) =>
  element.getAttribute('aria-hidden') === 'true' || (typeof element.checkVisibility === 'function' && !element.checkVisibility({ visibilityProperty: true }));

/** `reader` loads the detector (core/detection/page-text.ts readPageContent) on first need. */
export function createPageDetection(document: Document, watcher: PageWatcher, signal: AbortSignal, reader: () => Promise<ReadPageContent>): PageDetection {
  let detected: PageContent | undefined;
  let changedChars = 0;
  /** The region's own element got new children: the article may have grown past the run of paragraphs found. */
  let regionGrew = false;
  let following: AbortController | undefined;

  /** Whether the page was still being parsed at the last detection. */
  let readWhileLoading = false;

  const stale = () => {
    if (!detected) return true;
    const region = detected.mainRegion;
    if (regionGrew || (region && !region.element.isConnected)) return true;
    if (readWhileLoading && document.readyState !== 'loading') return true;
    if (!detected.articleRegion) return changedChars > MIN_CHANGE_WITHOUT_ARTICLE;
    return changedChars > Math.max(MIN_CHANGE_CHARS, CHANGE_SHARE * detected.text.length);
  };

  /**
   * Counts the characters the page adds after a detection. A text rewritten in place is not counted: that is what
   * conversion does (ours or the page's own), and it leaves the page's article where it was; reading the whole page
   * again after each conversion would cost a long task on a big page.
   */
  const count = (records: readonly MutationRecord[]) => {
    const container = detected?.mainRegion?.element;
    for (const record of records) {
      if (record.type !== 'childList') continue;
      for (const node of record.addedNodes) changedChars += node.textContent?.length ?? 0;
      if (record.target === container && record.addedNodes.length > 0) regionGrew = true;
    }
  };

  const current = async () => {
    if (!stale()) return detected!;
    const readPageContent = await reader();
    const began = performance.now();
    detected = readPageContent(document, { isHidden: hiddenInBrowser });
    measureForBench(began, 'xinwen-detector');
    readWhileLoading = document.readyState === 'loading';
    changedChars = 0;
    regionGrew = false;
    if (!following && !signal.aborted) {
      following = new AbortController();
      signal.addEventListener('abort', () => following?.abort());
      watcher.subscribe(count, following.signal);
    }
    return detected;
  };

  return {
    // The markup's test of hidden elements only: asking the layout before the page has been laid out would make the
    // browser compute every style at once, on every page.
    isChinese: () => (detected && !stale() ? detected.chinese : isChinesePage(document)),
    current,
    region: async () => {
      const content = await current();
      return content.articleRegion ?? content.mainRegion ?? { element: document.body ?? document.documentElement, skip: new Set() };
    },
  };
}
