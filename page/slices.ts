// Main-thread work on the page cut into short slices, one slice per frame: the browser renders what a slice changed
// before the next one runs, so neither a task nor a frame (script plus the rendering it causes) runs long, on a page
// of any size. Conversion, restore and ruby share it.

/** A frame's length to aim at, script and rendering together: under the 50 ms that makes a long animation frame. */
const FRAME_TARGET_MS = 40;
/** Script time in one slice: at least MIN_SLICE_MS (a slice always moves on), at most SLICE_MS where frames are cheap. */
const MIN_SLICE_MS = 0.5;
export const SLICE_MS = 12;
/** Script time in one slice on a page whose own frames are long whatever the slice does, at most: there few long frames beat many. */
const BUSY_SLICE_MS = 500;
/** A frame this long is a long animation frame. */
const LONG_FRAME_MS = 50;
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

/** Script time of a run's first slice: a run learns from its frames how much more it can do (SliceClock). */
const FIRST_SLICE_MS = 4;
/**
 * The least a frame may cost above the page's own frame: on a page whose own frames take nearly the whole target (a
 * 200,000-node page lays itself out in ~35 ms whatever changed) the work still moves on.
 */
const MIN_ROOM_MS = 8;

export interface SliceClockOptions {
  /** Script time of the first slice (FIRST_SLICE_MS unless given). */
  firstMs?: number;
}

/**
 * A clock for one run of slices: `due()` says when the slice has used its time (checked every `every` calls). After
 * each slice it waits for the frame that renders the slice's work, and sets the next slice's time from what that
 * frame cost (nextBudget); the cheapest frame of the run stands for the page's own cost of a frame.
 */
export class SliceClock {
  private start = performance.now();
  private calls = 0;
  private budgetMs: number;
  private floorMs = Infinity;

  constructor(
    private readonly document: Document,
    private readonly every = 16,
    options: SliceClockOptions = {},
  ) {
    this.budgetMs = options.firstMs ?? FIRST_SLICE_MS;
  }

  /** Whether the slice is over: the caller then awaits `next()`. */
  due(): boolean {
    return ++this.calls % this.every === 0 && performance.now() - this.start > this.budgetMs;
  }

  /** Starts the slice's time again: after a wait that is not the slice's work (an answer from the worker). */
  resume(): void {
    this.start = performance.now();
  }

  /** Waits for the next frame and starts a new slice, its length set by what this frame cost. */
  async next(): Promise<void> {
    const sliceStart = this.start;
    const scriptMs = performance.now() - sliceStart;
    await afterNextFrame(this.document);
    this.start = performance.now();
    const frameMs = this.start - sliceStart;
    this.floorMs = Math.min(this.floorMs, frameMs - scriptMs);
    this.budgetMs = nextBudget(this.budgetMs, scriptMs, frameMs, this.floorMs);
  }
}

/**
 * The next slice's script time, from the last slice's (`scriptMs`) and its whole frame (`frameMs`: script, the
 * rendering it caused and the page's own, the wait for the display). A frame may cost FRAME_TARGET_MS, or a little
 * more on a page whose own rendering (`floorMs`) nearly fills that. A frame within it lets the slice grow by half; a
 * longer one shrinks it in proportion to what the frame cost above the page's own (by half at most: one noisy frame
 * does not stall the work), between MIN_SLICE_MS and SLICE_MS. On a page whose own frames are long frames whatever we
 * do (LONG_FRAME_MS), slices grow to BUSY_SLICE_MS: there a few long frames beat many.
 */
export function nextBudget(budgetMs: number, scriptMs: number, frameMs: number, floorMs: number): number {
  if (floorMs > LONG_FRAME_MS) return Math.min(BUSY_SLICE_MS, budgetMs * 1.5);
  const allowed = Math.max(FRAME_TARGET_MS, floorMs + MIN_ROOM_MS);
  const used = Math.max(scriptMs, MIN_SLICE_MS);
  const next = frameMs <= allowed ? budgetMs * 1.5 : used * Math.max(0.5, (allowed - floorMs) / Math.max(frameMs - floorMs, 1));
  return Math.min(SLICE_MS, Math.max(MIN_SLICE_MS, next));
}

/** Runs work over items in slices of about SLICE_MS, each slice in a frame of its own. */
export async function inSlices<T>(document: Document, items: Iterable<T>, work: (item: T) => void, every = 16): Promise<void> {
  const clock = new SliceClock(document, every);
  for (const item of items) {
    work(item);
    if (clock.due()) await clock.next();
  }
}
