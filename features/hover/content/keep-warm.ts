// Keeps the worker ready while the reader is at a page with Chinese text. Chrome stops an extension's worker after
// 30 s without events, and a stopped worker needs a few hundred ms to start and load its data again
// (tools/bench/bench-hover.ts): the first card after a pause to read a paragraph would be that slow.
// - While the page is in view and the reader touched it (pointer, wheel, keys) in the last few minutes, the page
//   says hello every 20 s, so the worker does not stop.
// - The reader's first input after that (the worker may have stopped), or the reader coming back to the tab, says
//   hello at once, so the worker starts and loads its data while the pointer travels to a word.
// Only the reader's own input counts, not a page's scripts (a ticker, a carousel): an open tab left alone lets the
// worker and its memory go.

/** A hello this often keeps Chrome's 30 s idle timer (and Firefox's) from running out. */
const HELLO_EVERY_MS = 20_000;
/** How long after the reader's last input the worker is still kept: reading a long paragraph takes a while. */
const READING_FOR_MS = 5 * 60_000;

/** `hello` sends the worker a message that needs no answer; `active` says whether the page shows cards now. */
export function keepWorkerWarm(document: Document, hello: () => void, active: () => boolean, signal: AbortSignal): void {
  if (signal.aborted) return;
  let lastInput = -Infinity;
  let lastHello = -Infinity;
  const greet = (now: number) => {
    if (!active()) return;
    lastHello = now;
    hello();
  };
  // Input, or the page coming into view (the reader back at the tab); not the page going out of view.
  const onInput = (event: Event) => {
    if (!event.isTrusted || document.visibilityState !== 'visible') return;
    lastInput = performance.now();
    if (lastInput - lastHello > HELLO_EVERY_MS) greet(lastInput);
  };
  for (const type of ['mousemove', 'wheel', 'keydown', 'visibilitychange']) document.addEventListener(type, onInput, { signal, passive: true, capture: true });
  const timer = setInterval(() => {
    const now = performance.now();
    if (document.visibilityState === 'visible' && now - lastInput < READING_FOR_MS) greet(now);
  }, HELLO_EVERY_MS);
  signal.addEventListener('abort', () => clearInterval(timer));
}
