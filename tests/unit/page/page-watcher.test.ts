// The page watcher keeps no tree alive that the page has dropped: a page that re-renders a component (a new shadow
// root each time) while the reader toggles conversion must not grow (issue 17, item 8).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, test } from 'vitest';
import { createPageWatcher, type PageWatcher } from '../../../page/page-watcher';

// A full garbage collection on demand, as the browser's own would run.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/**
 * What the watcher observes, through a stand-in for the browser's MutationObserver, which (as the DOM standard has
 * it) holds the observed nodes weakly.
 */
let observed: WeakRef<object>[] = [];
const observedNow = () => new Set(observed.map((root) => root.deref()).filter((root) => root !== undefined));
class FakeMutationObserver {
  observe(root: object) {
    observed.push(new WeakRef(root));
  }
  disconnect() {
    observed = [];
  }
  takeRecords() {
    return [];
  }
}

function fakeDocument(): Document {
  const view = { requestAnimationFrame: () => 0, cancelAnimationFrame: () => undefined };
  return { defaultView: view, visibilityState: 'visible' } as unknown as Document;
}

/** Lets the current task end (a weakly held object is kept alive until then), then collects garbage. */
async function afterCollection(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  collectGarbage();
  await new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Trees the page renders and drops again, as a component re-rendered on each toggle does; each handed to the watcher.
 * (Made in a function of their own: the test's suspended frame would otherwise keep the last one in a register.)
 */
function watchDroppedTrees(watcher: PageWatcher, count: number): WeakRef<object>[] {
  const dropped: WeakRef<object>[] = [];
  for (let i = 0; i < count; i++) {
    const root = { name: `re-rendered shadow root ${i}` };
    watcher.watch(root as unknown as Node);
    dropped.push(new WeakRef(root));
  }
  return dropped;
}

describe('the page watcher', () => {
  const original = globalThis.MutationObserver;
  const stop = new AbortController();
  afterEach(() => {
    stop.abort();
    globalThis.MutationObserver = original;
    observed = [];
  });

  test('keeps no shadow root or frame alive once the page has dropped it, and still watches the ones in the page', async () => {
    globalThis.MutationObserver = FakeMutationObserver as unknown as typeof MutationObserver;
    const document = fakeDocument();
    const watcher = createPageWatcher(document, stop.signal);
    const listening = new AbortController();
    watcher.subscribe(() => undefined, listening.signal);
    const kept = { name: 'a shadow root still in the page' };
    watcher.watch(kept as unknown as Node);
    const dropped = watchDroppedTrees(watcher, 20);
    await afterCollection();
    expect(dropped.filter((root) => root.deref() !== undefined)).toHaveLength(0);
    // The trees still in the page are watched again when the watcher reconnects (a listener for attributes).
    watcher.subscribe(() => undefined, listening.signal, { attributes: true });
    expect(observedNow()).toEqual(new Set([document, kept]));
    listening.abort();
  });
});
