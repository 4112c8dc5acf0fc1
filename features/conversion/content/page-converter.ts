// Converts the page's Chinese text between scripts in place, keeping every original so restore is exact.
// Work is cut into short slices, one per frame (page/slices.ts), so no main-thread task or frame runs long, the
// page's text goes to the worker in bounded messages, and nothing is written until every batch has come back from
// the worker: a page is never left half-converted.
import type { ChineseLocale, SourceLocale } from '../../../core/script/convert-script';
import type { Script } from '../../../core/script/detect-script';
import { hasHan } from '../../../core/text/han';
import type { ScriptTarget } from '../../../core/script/detect-script';
import { collectTargets, FIELD_TAGS, readTarget, walkTargets, writeTarget, type TextTarget } from './convertible-text';
import { TEXT_ATTRIBUTES } from '../../../core/text/text-rules';
import type { PageWatcher } from '../../../page/page-watcher';
import { PutBackGuard } from '../../../page/put-back-guard';
import { insideUntouchable, isUntouchable } from '../../../page/skip-rules';
import { inSlices, SliceClock } from '../../../page/slices';

/** Converts strings in the background; rejects when the worker cannot. */
export type ConvertStrings = (texts: string[], to: ChineseLocale, from: SourceLocale) => Promise<string[]>;

/** Characters sent in one message: far below the protocol's limit (MAX_MESSAGE_CHARS), so a page of any size goes in many. */
const BATCH_CHARS = 100_000;
/** Texts sent in one message: a page of many tiny texts (200,000 nodes) is sent in messages the page reads quickly too. */
const BATCH_TEXTS = 10_000;
/** More changed nodes than this in one batch is a flood: one rescan of the page is cheaper. */
const FLOOD_NODES = 2_000;
/**
 * A new lang on <html> restyles and reshapes the whole page in one frame: about 0.4 µs a character and 7 µs a text
 * node (Chromium, 2 cores: 0.44 s for a 1M-character page, 0.88 s for 200,000 nodes). A page heavier than this keeps
 * its lang: its text converts, in the fonts the page had, and no frame runs long.
 */
const LANG_MAX_WEIGHT = 100_000;
/**
 * Whether the page's text weighs more than LANG_MAX_WEIGHT to restyle: its characters, and 20 for each text node.
 * Summed only until it does, so the pages this is for are not read through once more.
 */
function tooHeavyForLang(targets: readonly TextTarget[]): boolean {
  let weight = 0;
  for (const target of targets) {
    if (target.attribute !== undefined) continue;
    weight += (target.node.nodeValue?.length ?? 0) + 20;
    if (weight > LANG_MAX_WEIGHT) return true;
  }
  return false;
}
interface Written {
  original: string;
  written: string;
}

/** The texts in messages of at most BATCH_CHARS characters and BATCH_TEXTS texts (a longer text goes alone). */
export function batches(texts: readonly string[]): string[][] {
  const result: string[][] = [];
  let current: string[] = [];
  let size = 0;
  for (const text of texts) {
    if ((size + text.length > BATCH_CHARS || current.length === BATCH_TEXTS) && current.length > 0) {
      result.push(current);
      current = [];
      size = 0;
    }
    current.push(text);
    size += text.length;
  }
  if (current.length > 0) result.push(current);
  return result;
}

export class PageConverter {
  // Originals of what we wrote: text nodes by node, attributes by element and name.
  private readonly texts = new Map<Text, Written>();
  private readonly attributes = new Map<Element, Map<string, Written>>();
  /** Per parent node (or element, for attributes): texts the page keeps putting back after we convert them. */
  private readonly putBack = new PutBackGuard();
  private langWritten: { original: string; written: string } | undefined;
  private direction: { to: ChineseLocale; from: SourceLocale } | undefined;
  /** Ends the following of new content (aborted on restore, or when the content script goes). */
  private following: AbortController | undefined;
  /** Trees handed to the watcher, held weakly: a shadow root or frame the page drops is not kept alive by us. */
  private watched = new WeakSet<Node>();
  /** Changed nodes waiting to be converted, each with the container whose change brought it. */
  private pending = new Map<Node, Node>();
  private pendingAttributes = new Set<Element>();
  /** Serialises conversions, restores and new-content batches. */
  private queue: Promise<unknown> = Promise.resolve();
  target: ScriptTarget | null = null;

  constructor(
    private readonly document: Document,
    private readonly convert: ConvertStrings,
    private readonly watcher: PageWatcher,
    private readonly signal: AbortSignal,
  ) {
    // The content script ending (the extension updated, reloaded or removed) puts the page back at once, in this task:
    // a new content script starts on the original page, never on our writes.
    signal.addEventListener('abort', () => void this.restoreNow(false));
  }

  private serialise<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Converts the page to target; `script` is the page's script as loaded, `traditional` the chosen standard. */
  convertPage(target: ScriptTarget, script: Script, traditional: ChineseLocale): Promise<number> {
    return this.serialise(async () => {
      if (this.target !== null) await this.restoreNow();
      const direction = conversionDirection(target, script, traditional);
      // Watch from the start: content arriving while the page is read or the first batch is with the worker is
      // queued and converted right after it (our own writes are known by their text and skipped).
      this.target = target;
      this.direction = direction;
      try {
        const targets = await this.collectInSlices();
        const changed = await this.convertTargets(targets, direction);
        if (!tooHeavyForLang(targets)) this.setLang(target);
        return changed;
      } catch (error) {
        // Nothing was written: the page stays as it was, and unconverted.
        this.unwatch();
        this.target = null;
        this.direction = undefined;
        throw error;
      }
    });
  }

  /** Every target of the page, read in slices; each root (the document, shadow roots, frames) is watched as it is found. */
  private async collectInSlices(): Promise<TextTarget[]> {
    const targets: TextTarget[] = [];
    const roots = new Set<Node>();
    const clock = new SliceClock(this.document, 1);
    for (const _step of walkTargets(this.document, roots, targets)) {
      this.watch(roots);
      if (clock.due()) await clock.next();
    }
    this.watch(roots);
    return targets;
  }

  /**
   * Gets the worker ready for the page's first conversion while the reader reads: its converter for the likely
   * direction (to the other script) is built on a sample of the page's own text, so the tables the page needs are
   * in place when the reader asks. Nothing on the page changes.
   */
  async prepare(script: Script, traditional: ChineseLocale, sample: string): Promise<void> {
    if (script === 'none' || !hasHan(sample)) return;
    const { to, from } = conversionDirection(script === 'traditional' ? 'simplified' : 'traditional', script, traditional);
    await this.convert([sample], to, from);
  }

  /**
   * Resolves once every change the page has made so far is converted (when a conversion is on): lets
   * ruby annotate new content only after its text has its final script.
   */
  settled(): Promise<void> {
    // Changes not yet handed on arrive now, and queue their conversion before this resolves.
    this.watcher.flush();
    return this.serialise(async () => undefined);
  }

  restore(): Promise<number> {
    return this.serialise(() => this.restoreNow());
  }

  /**
   * Converts all targets or, if any batch fails, none. For new content, `containerOf` names where each
   * target arrived, so a text the page keeps putting back there is noticed.
   */
  private async convertTargets(
    targets: TextTarget[],
    { to, from }: { to: ChineseLocale; from: SourceLocale },
    containerOf?: (target: TextTarget) => Node | undefined,
  ): Promise<number> {
    const originals: string[] = [];
    await inSlices(this.document, targets, (target) => originals.push(readTarget(target) ?? ''), 256);
    const converted: string[] = [];
    for (const batch of batches(originals)) converted.push(...(await this.convert(batch, to, from)));
    if (converted.length !== targets.length) throw new Error('conversion returned a different number of texts');
    let changed = 0;
    await inSlices(this.document, targets.keys(), (i) => {
      const target = targets[i]!;
      const original = originals[i]!;
      const result = converted[i]!;
      // The page may have changed the text while we waited: leave its new text alone. An ended script writes nothing.
      if (result === original || readTarget(target) !== original || this.signal.aborted) return;
      const record = this.recordFor(target);
      const earlier = record.get();
      // A text the page rewrote since our last write has a new original.
      const pageOriginal = earlier && earlier.written === original ? earlier.original : original;
      const container = containerOf?.(target);
      if (container && this.putBack.tooOften(container, original)) return;
      record.set({ original: pageOriginal, written: result });
      writeTarget(target, result);
      changed++;
    }, 16);
    // Records of our own writes reach the observer too; enqueue() knows them by the text we wrote.
    return changed;
  }

  private recordFor(target: TextTarget): { get(): Written | undefined; set(value: Written): void } {
    if (target.attribute === undefined) {
      return { get: () => this.texts.get(target.node), set: (value) => this.texts.set(target.node, value) };
    }
    let byName = this.attributes.get(target.node);
    if (!byName) this.attributes.set(target.node, (byName = new Map()));
    const names = byName;
    return { get: () => names.get(target.attribute), set: (value) => names.set(target.attribute, value) };
  }

  private setLang(target: ScriptTarget) {
    const html = this.document.documentElement;
    const original = html.getAttribute('lang');
    if (original === null || !/^zh/i.test(original)) return;
    const written = target === 'traditional' ? 'zh-Hant' : 'zh-Hans';
    this.langWritten = { original, written };
    html.setAttribute('lang', written);
  }

  /** Puts back the exact original of everything we changed that the page has not changed since (in slices unless not `sliced`). */
  private async restoreNow(sliced = true): Promise<number> {
    this.unwatch();
    let restored = 0;
    const each = <T>(items: Iterable<T>, work: (item: T) => void, every?: number) => {
      if (sliced) return inSlices(this.document, items, work, every);
      for (const item of items) work(item);
    };
    await each(this.texts, ([node, { original, written }]) => {
      if (node.nodeValue === written) {
        node.nodeValue = original;
        restored++;
      }
    }, 16);
    await each(this.attributes, ([element, byName]) => {
      for (const [name, { original, written }] of byName) {
        if (element.getAttribute(name) === written) {
          element.setAttribute(name, original);
          restored++;
        }
      }
    });
    const html = this.document.documentElement;
    if (this.langWritten && html.getAttribute('lang') === this.langWritten.written) html.setAttribute('lang', this.langWritten.original);
    this.texts.clear();
    this.attributes.clear();
    this.putBack.reset();
    this.langWritten = undefined;
    this.target = null;
    this.direction = undefined;
    return restored;
  }

  // New content arriving after conversion is converted too, in the page watcher's batches; our own writes are never re-read.
  private watch(roots: Set<Node>) {
    if (this.signal.aborted) return;
    if (!this.following) {
      this.following = new AbortController();
      this.watcher.subscribe((records) => this.enqueue(records), this.following.signal, { attributes: true });
    }
    for (const root of roots) {
      if (this.watched.has(root)) continue;
      this.watched.add(root);
      this.watcher.watch(root);
    }
  }

  private unwatch() {
    this.following?.abort();
    this.following = undefined;
    this.watched = new WeakSet();
    this.pending.clear();
    this.pendingAttributes.clear();
  }

  private isOurs(node: Node): boolean {
    return node.nodeType === Node.TEXT_NODE && this.texts.get(node as Text)?.written === node.nodeValue;
  }

  private enqueue(records: readonly MutationRecord[]) {
    for (const record of records) {
      if (record.type === 'characterData') {
        if (!this.isOurs(record.target)) this.pending.set(record.target, record.target.parentNode ?? record.target);
      } else if (record.type === 'attributes') {
        const element = record.target as Element;
        const written = this.attributes.get(element)?.get(record.attributeName!)?.written;
        if (written !== element.getAttribute(record.attributeName!)) this.pendingAttributes.add(element);
      } else {
        for (const node of record.addedNodes) this.pending.set(node, record.target);
      }
    }
    if (this.pending.size > 0 || this.pendingAttributes.size > 0) void this.serialise(() => this.convertNewContent()).catch(() => undefined);
  }

  private async convertNewContent(): Promise<void> {
    const direction = this.direction;
    const nodes = [...this.pending];
    const elements = [...this.pendingAttributes];
    this.pending.clear();
    this.pendingAttributes.clear();
    if (!direction || this.target === null) return;
    let targets: TextTarget[];
    let roots: Set<Node>;
    const containers = new Map<Node, Node>();
    if (nodes.length > FLOOD_NODES) {
      // A flood of changes: one rescan of everything (frames and shadow roots included) finds what
      // still needs converting.
      ({ targets, roots } = collectTargets(this.document));
    } else {
      targets = [];
      roots = new NewRoots(this.watched);
      for (const [node, container] of nodes) {
        if (!node.isConnected || insideUntouchable(node)) continue;
        const found: TextTarget[] = [];
        if (node.nodeType === Node.TEXT_NODE) {
          if (hasHan(node.nodeValue ?? '')) found.push({ node: node as Text });
        } else if (node.nodeType === Node.ELEMENT_NODE) {
          found.push(...collectTargets(node, roots).targets);
        }
        for (const target of found) containers.set(target.node, container);
        targets.push(...found);
      }
      for (const element of elements) {
        // The element itself may be one we never touch (code, contenteditable, our card), but a form
        // field's placeholder and labels are page text.
        if (!element.isConnected || insideUntouchable(element) || (isUntouchable(element) && !FIELD_TAGS.has(element.tagName.toUpperCase()))) continue;
        for (const attribute of TEXT_ATTRIBUTES) {
          const value = element.getAttribute(attribute);
          if (value !== null && hasHan(value)) targets.push({ node: element, attribute });
        }
      }
    }
    const fresh = dedupe(targets).filter((target) => !this.alreadyConverted(target));
    await this.convertTargets(fresh, direction, (target) => containers.get(target.node));
    this.watch(roots);
  }

  private alreadyConverted(target: TextTarget): boolean {
    const written = target.attribute === undefined ? this.texts.get(target.node)?.written : this.attributes.get(target.node)?.get(target.attribute)?.written;
    return written !== undefined && written === readTarget(target);
  }
}

/**
 * Source and target locales for a page: a page in one script converts from it; a mixed page is
 * converted text by text, so only what is not yet in the target script changes.
 */
export function conversionDirection(target: ScriptTarget, script: Script, traditional: ChineseLocale): { to: ChineseLocale; from: SourceLocale } {
  if (script === 'mixed') return { to: target === 'simplified' ? 'cn' : traditional, from: 'auto' };
  if (target === 'simplified') return { to: 'cn', from: script === 'traditional' ? 'tw' : 'cn' };
  return { to: traditional, from: script === 'traditional' ? 't' : 'cn' };
}

/**
 * The roots a walk of new content finds, counting those already watched as found: the walk does not enter them
 * again (their changes come as records), and only the new ones are listed.
 */
class NewRoots extends Set<Node> {
  constructor(private readonly watched: WeakSet<Node>) {
    super();
  }

  override has(root: Node): boolean {
    return this.watched.has(root) || super.has(root);
  }
}

/** Each node or attribute once, in first-seen order. */
function dedupe(targets: TextTarget[]): TextTarget[] {
  const seen = new Set<Text>();
  const seenAttributes = new Map<Element, Set<string>>();
  return targets.filter((target) => {
    if (target.attribute === undefined) {
      if (seen.has(target.node)) return false;
      seen.add(target.node);
      return true;
    }
    const names = seenAttributes.get(target.node) ?? new Set<string>();
    seenAttributes.set(target.node, names);
    if (names.has(target.attribute)) return false;
    names.add(target.attribute);
    return true;
  });
}
