// Main-thread work on the page cut into short slices, one slice per frame: the browser renders what a slice changed
// before the next one runs, so neither a task nor a frame (script plus the rendering it causes) runs long, on a page
// of any size. Conversion, restore and ruby share it.

/** Script time in one slice, at most: the frame that shows the slice's changes has room for their style and layout. */
export const SLICE_MS = 8;
/** A frame longer than this (from the end of a slice to the next) means the changes cost much to lay out: slices shrink. */
const LONG_FRAME_MS = 40;
/** A frame shorter than this leaves room: slices grow back, up to SLICE_MS. */
const SHORT_FRAME_MS = 30;
/** A page that renders no frame (hidden meanwhile) is not waited for longer than this. */
const FRAME_WAIT_MS = 100;

/** Lets the page's other tasks run: scheduler.yield() where the browser has it, else a message to ourselves
 * (a nested setTimeout(0) would be clamped to 4 ms). */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/**
 * Resolves in the task right after the browser's next rendering, so what was changed so far is styled, laid out and
 * painted in a frame of its own. A hidden page renders nothing: there it only yields (a site rule converts a page
 * before it is shown).
 */
export function afterNextFrame(document: Document): Promise<void> {
  const view = document.defaultView;
  if (!view || document.visibilityState === 'hidden') return yieldToPage();
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timeout);
      resolve();
    };
    const timeout = setTimeout(finish, FRAME_WAIT_MS);
    // A message posted from an animation frame callback is handled once that frame's rendering is done.
    view.requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = finish;
      channel.port2.postMessage(null);
    });
  });
}

/**
 * The script time of a slice, learned from the frames: laying out changed text costs more on a big page (and on a
 * busy machine) than writing it, so a slice whose frame ran long is followed by a shorter one, and a quick frame by
 * a longer one. Shared by every run of slices on the page.
 */
let budgetMs = SLICE_MS;

/** A clock for one run of slices: `due()` says when the slice has used its time (checked every `every` calls). */
export class SliceClock {
  private start = performance.now();
  private calls = 0;

  constructor(
    private readonly document: Document,
    private readonly every = 16,
  ) {}

  /** Whether the slice is over: the caller then awaits `next()`. */
  due(): boolean {
    return ++this.calls % this.every === 0 && performance.now() - this.start > budgetMs;
  }

  /** Waits for the next frame and starts a new slice, its length set by how long that frame took. */
  async next(): Promise<void> {
    const end = performance.now();
    await afterNextFrame(this.document);
    this.start = performance.now();
    const frame = this.start - end;
    if (frame > LONG_FRAME_MS) budgetMs = Math.max(1, budgetMs / 2);
    else if (frame < SHORT_FRAME_MS) budgetMs = Math.min(SLICE_MS, budgetMs + 1);
  }
}

/** Runs work over items in slices of about SLICE_MS, each slice in a frame of its own. */
export async function inSlices<T>(document: Document, items: Iterable<T>, work: (item: T) => void, every = 16): Promise<void> {
  const clock = new SliceClock(document, every);
  for (const item of items) {
    work(item);
    if (clock.due()) await clock.next();
  }
}
