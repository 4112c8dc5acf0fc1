// Decides cheaply whether a page has Chinese text, and waits for it on pages that have none yet.
import { hasHan } from '../../../core/text/han';
import type { PageWatcher } from '../../../page/page-watcher';

/** Calls start once, as soon as the document holds Han characters: at once, or when content adds them. */
export function whenChineseAppears(document: Document, watcher: PageWatcher, signal: AbortSignal, start: () => void) {
  const root = document.body ?? document.documentElement;
  if (hasHan(document.title) || hasHan(root.textContent ?? '')) {
    start();
    return;
  }
  // A page without Chinese gets the page watcher and nothing else until Chinese arrives.
  const waiting = new AbortController();
  signal.addEventListener('abort', () => waiting.abort());
  watcher.subscribe((records) => {
    const arrived = records.some((record) => (record.type === 'characterData' ? [record.target] : [...record.addedNodes]).some((node) => hasHan(node.textContent ?? '')));
    if (!arrived || waiting.signal.aborted) return;
    waiting.abort();
    start();
  }, waiting.signal);
}
