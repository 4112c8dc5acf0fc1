// How long the content script works on each page, for the benchmark (tools/bench/bench-browser.ts). Only the bench
// build (`wxt build --mode bench`) records it: a timing entry is on the page's own timeline, where the page could
// read it, and the shipped build leaves nothing there.

/** What the benchmark times: the content script's own work on load, and the detector reading the live page. */
export type BenchMeasure = 'xinwen-content-script' | 'xinwen-detector';

export function measureForBench(start: number, name: BenchMeasure = 'xinwen-content-script'): void {
  if (import.meta.env.MODE === 'bench') performance.measure(name, { start, end: performance.now() });
}
