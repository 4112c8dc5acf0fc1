// Main-thread work on the page cut into short slices, one slice per frame: the browser renders what a slice changed
// before the next one runs, so neither a task nor a frame (script plus the rendering it causes) runs long, on a page
// of any size. Conversion, restore and ruby share it.

/** A frame's length to aim at, script and rendering together: under the 50 ms that makes a long animation frame. */
const FRAME_TARGET_MS = 40;
/** Script time in one slice: at least this much (a page whose every frame is costly still moves on), at most SLICE_MS. */
const MIN_SLICE_MS = 3;
export const SLICE_MS = 12;
/** Script time in one slice on a page whose frames are long whatever the slice does, at most: there few long frames beat many. */
const BUSY_SLICE_MS = 500;
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
/** Least script time in a slice whose rendering grows with its work (SliceClockOptions.renderingFollowsWork). */
const MIN_WORK_SLICE_MS = 0.5;

export interface SliceClockOptions {
  /** Script time of the first slice (FIRST_SLICE_MS unless given). */
  firstMs?: number;
  /**
   * The rendering of a slice grows with what the slice did (ruby: each annotation is styled and laid out): a long
   * frame then means the slice did too much, and the next one does proportionally less, never more.
   */
  renderingFollowsWork?: boolean;
}

/**
 * A clock for one run of slices: `due()` says when the slice has used its time (checked every `every` calls). The
 * time of a slice is learned from the frames: what a frame costs beside our script (style and layout of the changes,
 * a big page's own per-frame work, the wait for the display) is measured between slices, and the next slice gets
 * what is left of FRAME_TARGET_MS, between MIN_SLICE_MS and SLICE_MS (more when nothing is left: see next()).
 */
export class SliceClock {
  private start = performance.now();
  private calls = 0;
  private budgetMs: number;

  constructor(
    private readonly document: Document,
    private readonly every = 16,
    private readonly options: SliceClockOptions = {},
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

  /** Waits for the next frame and starts a new slice, its length set by what the frame cost beside the script. */
  async next(): Promise<void> {
    const sliceStart = this.start;
    const end = performance.now();
    await afterNextFrame(this.document);
    this.start = performance.now();
    if (this.options.renderingFollowsWork) {
      // The whole frame (script, the style and layout it caused, the wait) scaled to the target, as the script was.
      this.budgetMs = nextWorkBudget(this.budgetMs, end - sliceStart, this.start - sliceStart);
      return;
    }
    const besides = this.start - end;
    // A page whose frames cost more than the target whatever we do (200,000 nodes laid out each frame) gets slices of
    // half that cost: the work still ends in about three times its own length, not in thousands of frames.
    this.budgetMs =
      besides <= FRAME_TARGET_MS - MIN_SLICE_MS ? Math.min(SLICE_MS, FRAME_TARGET_MS - besides) : Math.min(BUSY_SLICE_MS, Math.max(MIN_SLICE_MS, besides / 2));
  }
}

/**
 * The next slice's script time when rendering grows with the work: the script scaled by how far the whole frame
 * (`frameMs`, script included) was from FRAME_TARGET_MS, between MIN_WORK_SLICE_MS and SLICE_MS; a frame within
 * the target lets the slice grow by half at most, so one cheap frame does not lead to a long one.
 */
export function nextWorkBudget(budgetMs: number, scriptMs: number, frameMs: number): number {
  const used = Math.max(scriptMs, MIN_WORK_SLICE_MS);
  const scaled = (used * FRAME_TARGET_MS) / Math.max(frameMs, 1);
  const next = frameMs <= FRAME_TARGET_MS ? Math.min(scaled, budgetMs * 1.5) : scaled;
  return Math.min(SLICE_MS, Math.max(MIN_WORK_SLICE_MS, next));
}

/** Runs work over items in slices of about SLICE_MS, each slice in a frame of its own. */
export async function inSlices<T>(document: Document, items: Iterable<T>, work: (item: T) => void, every = 16): Promise<void> {
  const clock = new SliceClock(document, every);
  for (const item of items) {
    work(item);
    if (clock.due()) await clock.next();
  }
}
