// Ruby pinyin: every Han character of the article (the whole body when no article is found) gets its
// reading in context above it, <ruby>字<rt>zì</rt></ruby>. Reversible exactly: each annotated text node
// is replaced by a wrapper and kept, and turning ruby off puts the very same nodes back. Only text in or
// near the view is annotated (near-view.ts), more as the reader scrolls: each annotation costs the page
// style and layout, so a big page is never annotated all at once. While ruby is on, text the page adds to
// the article is annotated too, once near the view. The command is answered once the text in view is
// annotated; the writes go in slices, one per frame (page/slices.ts), as does turning ruby off.
import { hasHan, isHan } from '../../../core/text/han';
import type { PinyinToken } from '../../../core/pinyin/pinyin';
import { PutBackGuard } from '../../../page/put-back-guard';
import { insideUntouchable } from '../../../page/skip-rules';
import { regionNodes, type ContentRegion } from '../../../core/detection/regions';
import type { PageWatcher } from '../../../page/page-watcher';
import { SliceClock, type SliceClockOptions } from '../../../page/slices';
import { createRubyStyle, type RubyLook, type RubyStyle } from './ruby-style';
import { createNearView, type NearView } from './near-view';

/** Marks the wrappers that hold annotated text. */
export const RUBY_ATTRIBUTE = 'data-xinwen-ruby';
/** Characters of text sent for readings in one message: whole nodes, so each keeps its context. */
const BATCH_CHARS = 8_000;
/** Messages for readings asked ahead of the one being written: the worker reads while the page lays out ruby. */
const AHEAD = 2;
/** Writing or removing ruby makes the page style and lay out each annotation: slices start short and learn from their frames. */
const RUBY_SLICES: SliceClockOptions = { firstMs: 2 };
/** Text nodes given to the near view at once: each is matched to its block and the new blocks observed. */
const WATCH_CHUNK = 5_000;

export type PinyinOf = (text: string) => Promise<PinyinToken[]>;

export interface RubyAnnotation {
  readonly on: boolean;
  /** Annotates (or restores) the page; answers whether ruby is on and how many text nodes are annotated. */
  set(on: boolean): Promise<{ on: boolean; annotated: number }>;
  /** Shows ruby in the reader's current look (tone colours, size) after a change of settings. */
  restyle(): void;
}

const insideRuby = (node: Node) => !!(node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement)?.closest(`ruby, rt, rp, [${RUBY_ATTRIBUTE}]`);

/** The Han text nodes to annotate under these nodes, in order, each once, leaving out the boilerplate in `skip`; read
 * in slices when `clock` is given (a region of 200,000 nodes). */
async function textNodes(tops: Iterable<Node>, skip: ReadonlySet<Element>, clock?: SliceClock): Promise<Text[]> {
  const nodes = new Set<Text>();
  const take = (text: Text) => {
    if (hasHan(text.data) && !insideUntouchable(text) && !insideRuby(text)) nodes.add(text);
  };
  for (const top of tops) {
    if (!top.isConnected) continue;
    if (top.nodeType === Node.TEXT_NODE) {
      take(top as Text);
      continue;
    }
    if (top.nodeType !== Node.ELEMENT_NODE || skip.has(top as Element)) continue;
    // Elements are walked only to skip the boilerplate under them; their text nodes are taken on the way.
    const walker = top.ownerDocument!.createTreeWalker(top, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: (node) =>
        node.nodeType === Node.TEXT_NODE ? NodeFilter.FILTER_ACCEPT : skip.has(node as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP,
    });
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      take(node as Text);
      // A walk paused on a node the page has since removed ends there; the page watcher brings what it added.
      if (clock?.due()) await clock.next();
    }
  }
  return [...nodes];
}

/** The wrapper for one text node: its characters, each Han one in a <ruby> with its syllable (also the options' preview). */
export function annotated(document: Document, text: string, syllables: string[], style: RubyStyle): HTMLElement {
  const wrapper = document.createElement('span');
  wrapper.setAttribute(RUBY_ATTRIBUTE, '');
  let plain = '';
  let syllable = 0;
  for (const char of text) {
    if (!isHan(char)) {
      plain += char;
      continue;
    }
    if (plain) wrapper.append(plain);
    plain = '';
    const ruby = document.createElement('ruby');
    const rt = document.createElement('rt');
    rt.textContent = syllables[syllable++] ?? '';
    style.annotate(rt, rt.textContent);
    ruby.append(char, rt);
    wrapper.append(ruby);
  }
  if (plain) wrapper.append(plain);
  return wrapper;
}

const hanIn = (text: string) => [...text].filter(isHan).length;

/** Syllables of each Han character of `text` from the tokens, in order. */
const syllablesOf = (tokens: PinyinToken[]) => tokens.flatMap((token) => token.pinyin);

/**
 * The nodes these records add (or rewrite) with Han text of the page's own (not our wrappers) in the region's
 * element: the region itself, or new paragraphs beside its run, as an article grows.
 */
function addedText(records: readonly MutationRecord[], region: ContentRegion): Node[] {
  const inside = (node: Node) => region.element.contains(node) && ![...region.skip].some((skipped) => skipped.contains(node));
  return records.flatMap((record) => {
    if (!inside(record.target)) return [];
    const nodes = record.type === 'characterData' ? [record.target] : [...record.addedNodes];
    return nodes.filter((node) => hasHan(node.textContent ?? '') && !insideRuby(node));
  });
}

/** The first node (in document order, so top to bottom) for which `below` holds, by bisection: a few boxes read, not all. */
function firstWhere(nodes: Text[], below: (node: Text) => boolean): number {
  let low = 0;
  let high = nodes.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (below(nodes[middle]!)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * The nodes in the batches of one message each: first the nodes in view (the reader has ruby where they read
 * soonest), then those below, then those above; each batch up to BATCH_CHARS (a longer node goes alone).
 */
function batchesOf(nodes: Text[]): Text[][] {
  const view = nodes[0]?.ownerDocument.defaultView;
  const box = (node: Text) => node.parentElement?.getBoundingClientRect();
  const start = view ? firstWhere(nodes, (node) => (box(node)?.bottom ?? 0) > 0) : 0;
  const end = view ? Math.max(start + 1, firstWhere(nodes, (node) => (box(node)?.top ?? 0) > view.innerHeight)) : 0;
  const batches: Text[][] = [];
  for (const part of [nodes.slice(start, end), nodes.slice(end), nodes.slice(0, start)]) {
    for (let first = 0; first < part.length; ) {
      let last = first;
      let chars = 0;
      while (last < part.length && (last === first || chars + part[last]!.data.length < BATCH_CHARS)) chars += part[last++]!.data.length + 1;
      batches.push(part.slice(first, last));
      first = last;
    }
  }
  return batches;
}

export interface RubyDependencies {
  document: Document;
  /** Where ruby goes: the article, or the page's main content (page/page-detection.ts). */
  region: () => Promise<ContentRegion>;
  pinyinOf: PinyinOf;
  /** Resolves when the page's new text is ready to annotate (converted, when the page is shown in the other script). */
  beforeNewContent: () => Promise<void>;
  watcher: PageWatcher;
  /** Ruby goes, and the page gets its text back, when this aborts (the content script ends). */
  signal: AbortSignal;
  /** The reader's settings ruby's looks follow (ruby-style.ts). */
  look?: () => RubyLook;
}

const DEFAULT_LOOK: RubyLook = { toneColors: 'standard', size: 'medium' };

export function createRubyAnnotation({ document, region, pinyinOf, beforeNewContent, watcher, signal, look = () => DEFAULT_LOOK }: RubyDependencies): RubyAnnotation {
  const style = createRubyStyle(document, RUBY_ATTRIBUTE, look);
  // Each wrapper in the page and the original text node it stands for.
  const originals = new Map<Element, Text>();
  const putBack = new PutBackGuard();
  let on = false;
  let run = 0;
  let following: AbortController | undefined;
  /** Annotation passes run one after another: the first when ruby is switched on, then one per burst of new text. */
  let passes: Promise<void> = Promise.resolve();
  let queued = false;
  /** Text the page added to the region while ruby is on, waiting for the next pass, and the region followed. */
  const added = new Set<Node>();
  let followed: ContentRegion | undefined;
  /** The region's text waiting to come near the view, while ruby is on. */
  let nearView: NearView | undefined;
  /** Answers a `set(true)` still waiting for the text in view (when ruby goes off first). */
  let answer: (() => void) | undefined;

  /**
   * Annotates text added while ruby is on, in a pass after the running one (the page watcher has batched the
   * changes already; text added meanwhile joins the queued pass); a failed pass only loses itself.
   */
  function scheduleNewContent() {
    if (queued) return;
    queued = true;
    const current = run;
    passes = passes
      .then(async () => {
        queued = false;
        if (current !== run) return;
        await beforeNewContent();
        if (current === run) await annotateAdded(current);
      })
      .catch(() => undefined);
  }

  function follow(area: ContentRegion) {
    following = new AbortController();
    followed = area;
    watcher.subscribe((records) => {
      for (const node of addedText(records, area)) added.add(node);
      if (added.size > 0) scheduleNewContent();
    }, following.signal);
  }

  function stopFollowing() {
    following?.abort();
    following = undefined;
    added.clear();
  }

  /** Watches what the page added since the last pass, to annotate near the view. Text it keeps putting back in place of our wrapper is left plain: no endless loop. */
  async function annotateAdded(current: number) {
    const nodes = (await textNodes([...added], followed?.skip ?? new Set())).filter((node) => !node.parentNode || !putBack.tooOften(node.parentNode, node.data));
    added.clear();
    if (current === run) nearView?.add(nodes);
  }

  /** Annotates nodes that came near the view, in a pass after the running one; `shown` as in annotate. */
  function annotateNear(current: number, nodes: Text[], shown?: () => void): Promise<void> {
    const pass = passes.then(() => (current === run && nodes.length > 0 ? annotate(current, nodes, shown) : undefined));
    passes = pass.catch(() => undefined);
    return pass;
  }

  /** Watches the region's text for the view, annotating what is near it; resolves once the text in view is annotated. */
  function annotateRegion(current: number, area: ContentRegion): Promise<void> {
    /** Whether all of the region's text is watched: the next report then holds the last of the text in view. */
    let watched = false;
    let answered = false;
    const inView = new Promise<void>((resolve) => {
      answer = resolve;
      nearView = createNearView(document, (nodes) => {
        const last = watched && !answered;
        answered ||= last;
        // Reports come in order and their passes run in order: once the pass of the report after the region is all
        // watched has annotated the text in view, so have the ones before it (ruby answers, also when none is in view).
        const pass = annotateNear(current, nodes, last ? resolve : undefined);
        if (last) void pass.then(resolve, resolve);
      });
    });
    const walk = passes.then(async () => {
      // Walking and watching 200,000 nodes is work too: in slices that never grow past the frame's target.
      const clock = new SliceClock(document, 64);
      const nodes = await textNodes(regionNodes(area), area.skip, clock);
      for (let first = 0; current === run; first += WATCH_CHUNK) {
        watched = first + WATCH_CHUNK >= nodes.length;
        nearView?.add(nodes.slice(first, first + WATCH_CHUNK));
        if (watched) break;
        await clock.next();
      }
    });
    passes = walk.catch(() => undefined);
    return Promise.race([inView, walk.then(() => inView)]);
  }

  /** Readings of each Han character of the batch's nodes, in order. */
  async function readingsOf(batch: Text[]): Promise<string[]> {
    // One message for many nodes, separated by line breaks: readings never join across nodes.
    const syllables = syllablesOf(await pinyinOf(batch.map((node) => node.data.replaceAll('\n', ' ')).join('\n')));
    const hanCount = batch.reduce((sum, node) => sum + hanIn(node.data), 0);
    if (syllables.length === hanCount) return syllables;
    // Readings that do not line up with the characters: ask node by node instead.
    return (await Promise.all(batch.map(async (node) => syllablesOf(await pinyinOf(node.data))))).flat();
  }

  /**
   * Annotates the nodes: their readings asked a few messages ahead, so the worker reads the next batch while this one
   * is written; the writes in slices, one per frame, so laying out the new ruby never makes a long frame.
   */
  async function annotate(current: number, nodes: Text[], shown?: () => void) {
    const batches = batchesOf(nodes);
    const asked: Promise<string[]>[] = [];
    const ask = (index: number) => {
      if (index >= batches.length || asked[index] !== undefined) return;
      asked[index] = readingsOf(batches[index]!);
      // A pass that ends early (ruby off, a failure) leaves readings asked ahead unread: not an unhandled failure.
      asked[index].catch(() => undefined);
    };
    const clock = new SliceClock(document, 1, RUBY_SLICES);
    for (let index = 0; index < batches.length; index++) {
      for (let ahead = 0; ahead <= AHEAD; ahead++) ask(index + ahead);
      const syllables = await asked[index]!;
      if (current !== run) return;
      clock.resume();
      const batch = batches[index]!;
      // The text's sizes read before this batch's first write: a read after a write would cost a style pass.
      const sizes = style.textSizes(batch);
      let at = 0;
      for (const [i, node] of batch.entries()) {
        const count = hanIn(node.data);
        const own = syllables.slice(at, at + count);
        at += count;
        // The page may have changed the node while its readings were asked for: leave it then.
        if (node.isConnected && own.length === count) {
          const wrapper = annotated(document, node.data, own, style);
          style.sized(wrapper, sizes[i]!);
          node.replaceWith(wrapper);
          originals.set(wrapper, node);
        }
        if (clock.due()) {
          await clock.next();
          // Ruby was turned off (or on again) meanwhile: this pass is over.
          if (current !== run) return;
        }
      }
      // The first batch is the text in view (batchesOf): the reader has ruby where they read; the rest follows.
      if (index === 0) shown?.();
    }
  }

  function restore() {
    for (const [wrapper, original] of originals) if (wrapper.isConnected) wrapper.replaceWith(original);
    originals.clear();
    putBack.reset();
    style.remove();
  }

  /** restore in slices, one per frame; ruby turned on again meanwhile stops it (what is still annotated stays known). */
  async function restoreInSlices(current: number) {
    const clock = new SliceClock(document, 4, RUBY_SLICES);
    for (const [wrapper, original] of originals) {
      if (wrapper.isConnected) wrapper.replaceWith(original);
      originals.delete(wrapper);
      if (clock.due()) {
        await clock.next();
        if (current !== run) return;
      }
    }
    putBack.reset();
    style.remove();
  }

  /** Stops annotating: no more text is watched or added, and a `set(true)` still waiting is answered. */
  function stopAnnotating() {
    stopFollowing();
    nearView?.clear();
    nearView = undefined;
    answer?.();
    answer = undefined;
  }

  signal.addEventListener('abort', () => {
    run++;
    on = false;
    stopAnnotating();
    restore();
  });

  return {
    get on() {
      return on;
    },
    async set(next) {
      if (signal.aborted) return { on: false, annotated: 0 };
      const current = ++run;
      if (next && !on) {
        on = true;
        const area = await region();
        if (current !== run) return { on, annotated: originals.size };
        // The style sheet goes in once per switch: its rules match only the wrappers, so a slice restyles only its own.
        style.apply(area.element);
        follow(area);
        // The answer comes once the text in view is annotated; the rest is annotated as it comes near the view.
        await annotateRegion(current, area);
      } else if (!next && on) {
        on = false;
        stopAnnotating();
        await restoreInSlices(current);
      }
      return { on, annotated: originals.size };
    },
    restyle() {
      if (on && followed) style.apply(followed.element);
    },
  };
}
