// Decides cheaply whether a page is Chinese, and waits on pages that are not yet: a page without Han
// characters until some arrive, a page in Japanese or Korean (Han among kana or hangul) until its content
// changes enough to be read again (a single-page site showing another page).
import { hasHan } from '../../../core/text/han';
import type { PageDetection } from '../../../page/page-detection';
import type { PageWatcher } from '../../../page/page-watcher';

/** How often a page judged not Chinese is asked again while Han text keeps arriving. */
const RECHECK_MS = 500;

/** Calls start once, as soon as the document is Chinese: at once, or when content makes it so. */
export function whenChineseAppears(document: Document, watcher: PageWatcher, detection: Pick<PageDetection, 'isChinese'>, signal: AbortSignal, start: () => void) {
  const hasChinese = () => {
    const root = document.body ?? document.documentElement;
    return (hasHan(document.title) || hasHan(root.textContent ?? '')) && detection.isChinese();
  };
  if (hasChinese()) {
    start();
    return;
  }
  let judged = hasHan(document.body?.textContent ?? '');
  // Until then the page gets the page watcher and nothing else; Han text arriving asks the question again, at
  // most once per RECHECK_MS (a busy Japanese page adds kanji all the time).
  const waiting = new AbortController();
  signal.addEventListener('abort', () => waiting.abort());
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    timer = undefined;
    if (waiting.signal.aborted || !hasChinese()) return;
    waiting.abort();
    start();
  };
  waiting.signal.addEventListener('abort', () => clearTimeout(timer));
  watcher.subscribe((records) => {
    const arrived = records.some((record) => (record.type === 'characterData' ? [record.target] : [...record.addedNodes]).some((node) => hasHan(node.textContent ?? '')));
    if (!arrived || timer !== undefined) return;
    // The first Han text on a page that had none is read at once; a page already judged not Chinese waits a little.
    if (!judged) check();
    else timer = setTimeout(check, RECHECK_MS);
    judged = true;
  }, waiting.signal);
}
