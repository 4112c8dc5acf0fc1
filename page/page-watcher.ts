// The one watcher of the page's changes: a single MutationObserver that the features subscribe to (the
// wait for Chinese text, conversion of new content, ruby, the term underline, the page's term counts).
// It observes only while someone listens, and hands each listener the changes in batches: at most one per
// animation frame while the page is shown, in the next task while it is hidden (a hidden tab gets no frames, and
// its timers are throttled to a second), or at once on flush().
import { TEXT_ATTRIBUTES } from '../core/text/text-rules';

export type PageChangeListener = (records: readonly MutationRecord[]) => void;

export interface PageWatcher {
  /**
   * Hands `listener` every batch of changes under the watched trees until `signal` aborts. With
   * `attributes`, changes of the attributes that hold reader-visible text (title, alt…) come too.
   */
  subscribe(listener: PageChangeListener, signal: AbortSignal, options?: { attributes?: boolean }): void;
  /** Watches one more tree: an open shadow root, a same-origin frame's document. */
  watch(root: Node): void;
  /** Hands every change made so far to the listeners now. */
  flush(): void;
}

/** Longest wait before a batch is handed on when no animation frame comes (background tabs). */
const MAX_BATCH_DELAY_MS = 100;

export function createPageWatcher(document: Document, signal: AbortSignal): PageWatcher {
  const window = document.defaultView!;
  const listeners = new Map<PageChangeListener, { attributes: boolean }>();
  // The trees watched, held weakly: a shadow root or frame document the page drops would otherwise stay alive with
  // its whole subtree for as long as the page is open (a component re-rendered on every toggle: one more each time).
  // The observer's own registrations do not keep a node alive.
  const known = new WeakSet<Node>([document]);
  let roots = [new WeakRef<Node>(document)];
  /** The watched trees still alive, the dropped ones forgotten. */
  const liveRoots = () => (roots = roots.filter((root) => root.deref())).map((root) => root.deref()!);
  let pending: MutationRecord[] = [];
  let scheduled: { frame: number; timer: ReturnType<typeof setTimeout> } | 'task' | undefined;
  // A message to ourselves runs in the next task, unthrottled in a hidden tab.
  const channel = new MessageChannel();
  channel.port1.onmessage = () => scheduled === 'task' && deliver();
  let observingAttributes: boolean | undefined;
  const observer = new MutationObserver((records) => {
    pending.push(...records);
    schedule();
  });

  const optionsFor = (attributes: boolean): MutationObserverInit =>
    attributes
      ? { childList: true, characterData: true, subtree: true, attributes: true, attributeFilter: [...TEXT_ATTRIBUTES] }
      : { childList: true, characterData: true, subtree: true };

  /** Observes as the listeners need: not at all without listeners, attributes only when one asks for them. */
  function connect() {
    const attributes = listeners.size === 0 ? undefined : [...listeners.values()].some((options) => options.attributes);
    if (attributes === observingAttributes) return;
    pending.push(...observer.takeRecords());
    observer.disconnect();
    observingAttributes = attributes;
    if (attributes === undefined) {
      pending = [];
      return;
    }
    for (const root of liveRoots()) observer.observe(root, optionsFor(attributes));
    if (pending.length > 0) schedule();
  }

  function schedule() {
    if (scheduled) return;
    if (document.visibilityState === 'hidden') {
      scheduled = 'task';
      channel.port2.postMessage(null);
    } else scheduled = { frame: window.requestAnimationFrame(deliver), timer: setTimeout(deliver, MAX_BATCH_DELAY_MS) };
  }

  function deliver() {
    if (scheduled && scheduled !== 'task') {
      window.cancelAnimationFrame(scheduled.frame);
      clearTimeout(scheduled.timer);
    }
    scheduled = undefined;
    pending.push(...observer.takeRecords());
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    for (const [listener, options] of [...listeners]) {
      const records = options.attributes ? batch : batch.filter((record) => record.type !== 'attributes');
      if (records.length > 0 && listeners.has(listener)) listener(records);
    }
  }

  signal.addEventListener('abort', () => {
    channel.port1.close();
    listeners.clear();
    connect();
    roots = [];
  });

  return {
    subscribe(listener, until, options = {}) {
      if (signal.aborted || until.aborted) return;
      listeners.set(listener, { attributes: options.attributes ?? false });
      connect();
      until.addEventListener('abort', () => {
        listeners.delete(listener);
        connect();
      });
    },
    watch(root) {
      if (known.has(root) || signal.aborted) return;
      known.add(root);
      liveRoots();
      roots.push(new WeakRef(root));
      if (observingAttributes !== undefined) observer.observe(root, optionsFor(observingAttributes));
    },
    flush: deliver,
  };
}
