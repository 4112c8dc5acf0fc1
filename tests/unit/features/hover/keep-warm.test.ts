import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { keepWorkerWarm } from '../../../../features/hover/content/keep-warm';

/** A page as keep-warm.ts sees it: its listeners, called with events as trusted or untrusted as a test says. */
function fakePage() {
  const listeners = new Map<string, (event: Event) => void>();
  const page = {
    visibilityState: 'visible' as DocumentVisibilityState,
    addEventListener: (type: string, listener: (event: Event) => void) => listeners.set(type, listener),
    input: (type: string, isTrusted = true) => listeners.get(type)?.({ isTrusted } as Event),
  };
  return page;
}

describe('keeping the worker running while the reader is at the page', () => {
  let hello: ReturnType<typeof vi.fn<() => void>>;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'performance'] });
    hello = vi.fn<() => void>();
  });
  afterEach(() => vi.useRealTimers());
  const start = (page: ReturnType<typeof fakePage>, active = () => true, signal = new AbortController().signal) =>
    keepWorkerWarm(page as unknown as Document, hello, active, signal);

  test("the reader's first input says hello at once, then every 20 s, until 5 minutes after the last input", () => {
    const page = fakePage();
    start(page);
    page.input('mousemove');
    expect(hello).toHaveBeenCalledTimes(1);
    // More input soon after says nothing more: the timer speaks every 20 s.
    page.input('wheel');
    page.input('keydown');
    expect(hello).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60_000);
    expect(hello).toHaveBeenCalledTimes(4);
    vi.advanceTimersByTime(5 * 60_000);
    const calls = hello.mock.calls.length;
    vi.advanceTimersByTime(10 * 60_000);
    expect(hello).toHaveBeenCalledTimes(calls);
    // The reader back: at once again.
    page.input('mousemove');
    expect(hello).toHaveBeenCalledTimes(calls + 1);
  });

  test('coming back to the tab says hello at once and keeps the worker as input does; leaving it does not', () => {
    const page = fakePage();
    start(page);
    page.visibilityState = 'hidden';
    page.input('visibilitychange');
    vi.advanceTimersByTime(60_000);
    expect(hello).not.toHaveBeenCalled();
    page.visibilityState = 'visible';
    page.input('visibilitychange');
    expect(hello).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60_000);
    expect(hello).toHaveBeenCalledTimes(4);
  });

  test("a page script's events never say hello", () => {
    const page = fakePage();
    start(page);
    for (const type of ['mousemove', 'wheel', 'keydown', 'visibilitychange']) page.input(type, false);
    vi.advanceTimersByTime(10 * 60_000);
    expect(hello).not.toHaveBeenCalled();
  });

  test('a hidden page, or one where hover is off, says nothing', () => {
    const hidden = fakePage();
    start(hidden);
    hidden.input('mousemove');
    hidden.visibilityState = 'hidden';
    vi.advanceTimersByTime(60_000);
    expect(hello).toHaveBeenCalledTimes(1);
    hello.mockClear();
    const off = fakePage();
    start(off, () => false);
    off.input('mousemove');
    vi.advanceTimersByTime(60_000);
    expect(hello).not.toHaveBeenCalled();
  });

  test('the timer stops when the page is done, and never starts for a page already done', () => {
    const page = fakePage();
    const done = new AbortController();
    start(page, () => true, done.signal);
    page.input('mousemove');
    done.abort();
    vi.advanceTimersByTime(60_000);
    expect(hello).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
    start(fakePage(), () => true, done.signal);
    expect(vi.getTimerCount()).toBe(0);
  });
});
