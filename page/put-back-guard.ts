// Notices a page that keeps undoing our change: a framework re-rendering its own state puts the same
// text back under the same container right after we changed it. After a few rounds in a row we leave
// it alone, so there is no endless loop; the same text arriving again later starts a new streak.

/** A text coming back sooner than this after our change of it counts as put back by the page. */
const PUT_BACK_MS = 1_000;
/** Rounds in a row allowed before the text is left alone. */
const MAX_REWRITES = 3;

interface Streak {
  count: number;
  at: number;
}

export class PutBackGuard {
  private streaks = new WeakMap<Node, Map<string, Streak>>();

  /** Counts `text` arriving under `container` for us to change again; true once that keeps happening. */
  tooOften(container: Node, text: string): boolean {
    let streaks = this.streaks.get(container);
    if (!streaks) this.streaks.set(container, (streaks = new Map()));
    const now = performance.now();
    const last = streaks.get(text);
    const count = last && now - last.at < PUT_BACK_MS ? last.count + 1 : 1;
    streaks.set(text, { count, at: now });
    return count > MAX_REWRITES;
  }

  reset() {
    this.streaks = new WeakMap();
  }
}
