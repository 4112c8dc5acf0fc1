// The glossary terms of the page, kept from one popup opening to the next while the page's text stays
// the same: the popup shows them at once instead of reading the page and asking the worker again.
// Watches the page only between an answer and the first change after it.
export function createPageTermsCache<T>(document: Document, signal: AbortSignal, compute: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  const observer = new MutationObserver(() => {
    cached = undefined;
    observer.disconnect();
  });
  signal.addEventListener('abort', () => observer.disconnect());
  return () => {
    if (cached) return cached;
    const answer = compute();
    cached = answer;
    observer.observe(document.documentElement, { childList: true, characterData: true, subtree: true });
    // A failed answer is never kept.
    answer.catch(() => {
      if (cached === answer) cached = undefined;
    });
    return answer;
  };
}
