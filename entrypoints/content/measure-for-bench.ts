// How long the content script works on each page, for the benchmark (tools/bench/bench-browser.ts). Only the bench
// build (`wxt build --mode bench`) records it: a timing entry is on the page's own timeline, where the page could
// read it, and the shipped build leaves nothing there.
export function measureForBench(start: number): void {
  if (import.meta.env.MODE === 'bench') performance.measure('xinwen-content-script', { start, end: performance.now() });
}
