// Decides cheaply whether a page has Chinese text, and waits for it on pages that have none yet.
import { hasHan } from '../../../core/text/han';

/** Calls start once, as soon as the document holds Han characters: at once, or when content adds them. */
export function whenChineseAppears(document: Document, signal: AbortSignal, start: () => void) {
  const root = document.body ?? document.documentElement;
  if (hasHan(document.title) || hasHan(root.textContent ?? '')) {
    start();
    return;
  }
  // A page without Chinese gets one observer and nothing else until Chinese arrives.
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      const nodes = record.type === 'characterData' ? [record.target] : [...record.addedNodes];
      if (nodes.some((node) => hasHan(node.textContent ?? ''))) {
        observer.disconnect();
        start();
        return;
      }
    }
  });
  observer.observe(document.documentElement, { childList: true, characterData: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect());
}
