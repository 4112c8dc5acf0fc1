// Work that can wait until the page has loaded and the browser is idle: the reader's first look at the page
// is never slowed by it.

/** Runs `work` once the page has loaded and the browser is idle, unless `signal` aborts first. */
export function whenIdle(document: Document, signal: AbortSignal, work: () => void) {
  const window = document.defaultView;
  if (!window) return;
  const idle = () => {
    if (signal.aborted) return;
    if ('requestIdleCallback' in window) window.requestIdleCallback(() => !signal.aborted && work(), { timeout: 3_000 });
    else setTimeout(() => !signal.aborted && work(), 500);
  };
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true, signal });
}
