// Ruby pinyin: every Han character of the article (the whole body when no article is found) gets its
// reading in context above it, <ruby>字<rt>zì</rt></ruby>. Reversible exactly: each annotated text node
// is replaced by a wrapper and kept, and turning ruby off puts the very same nodes back. While ruby is
// on, text the page adds to the article later is annotated too.
import { hasHan, isHan } from '../../../core/text/han';
import type { PinyinToken } from '../../../core/pinyin/pinyin';
import { PutBackGuard } from '../../../page/put-back-guard';
import { insideUntouchable } from '../../../page/skip-rules';
import { termRegion } from '../../../page/page-text';
import type { PageWatcher } from '../../../page/page-watcher';
import { createRubyStyle, type RubyLook, type RubyStyle } from './ruby-style';

/** Marks the wrappers that hold annotated text. */
export const RUBY_ATTRIBUTE = 'data-xinwen-ruby';
/** Characters of text sent for readings in one message: whole nodes, so each keeps its context. */
const BATCH_CHARS = 20_000;
/** Wait after the page adds text before annotating it: a burst of changes is annotated once. */
const NEW_CONTENT_DELAY_MS = 50;

export type PinyinOf = (text: string) => Promise<PinyinToken[]>;

export interface RubyAnnotation {
  readonly on: boolean;
  /** Annotates (or restores) the page; answers whether ruby is on and how many text nodes are annotated. */
  set(on: boolean): Promise<{ on: boolean; annotated: number }>;
  /** Shows ruby in the reader's current look (tone colours, size) after a change of settings. */
  restyle(): void;
}

const insideRuby = (node: Node) => !!(node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement)?.closest(`ruby, rt, rp, [${RUBY_ATTRIBUTE}]`);

function textNodes(root: Element): Text[] {
  const nodes: Text[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    if (!hasHan(text.data) || insideUntouchable(text) || insideRuby(text)) continue;
    nodes.push(text);
  }
  return nodes;
}

/** The wrapper for one text node: its characters, each Han one in a <ruby> with its syllable. */
function annotated(document: Document, text: string, syllables: string[], style: RubyStyle): HTMLElement {
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

/** Whether the page's changes in these records bring Han text of its own (not our wrappers) into `region` to annotate. */
function bringsText(records: readonly MutationRecord[], region: Node): boolean {
  return records.some((record) =>
    !region.contains(record.target)
      ? false
      : record.type === 'characterData'
      ? hasHan(record.target.nodeValue ?? '') && !insideRuby(record.target)
      : [...record.addedNodes].some((node) => hasHan(node.textContent ?? '') && !insideRuby(node)),
  );
}

export interface RubyDependencies {
  document: Document;
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

export function createRubyAnnotation({ document, pinyinOf, beforeNewContent, watcher, signal, look = () => DEFAULT_LOOK }: RubyDependencies): RubyAnnotation {
  const style = createRubyStyle(document, RUBY_ATTRIBUTE, look);
  // Each wrapper in the page and the original text node it stands for.
  const originals = new Map<Element, Text>();
  const putBack = new PutBackGuard();
  let on = false;
  let run = 0;
  let following: AbortController | undefined;
  /** Annotation passes run one after another: the first when ruby is switched on, then one per burst of new text. */
  let passes: Promise<void> = Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;

  /** Annotates text added while ruby is on, in a pass after the running one; a failed pass only loses itself. */
  function scheduleNewContent() {
    if (timer !== undefined) return;
    const current = run;
    timer = setTimeout(() => {
      timer = undefined;
      passes = passes
        .then(async () => {
          if (current !== run) return;
          await beforeNewContent();
          if (current === run) await annotate(current, true);
        })
        .catch(() => undefined);
    }, NEW_CONTENT_DELAY_MS);
  }

  function follow(region: Element) {
    following = new AbortController();
    watcher.subscribe((records) => bringsText(records, region) && scheduleNewContent(), following.signal);
  }

  function stopFollowing() {
    following?.abort();
    following = undefined;
    clearTimeout(timer);
    timer = undefined;
  }

  async function annotate(current: number, added = false) {
    // The same region the glossary counts terms in: the article, or the body without one.
    const root = termRegion(document);
    // Text the page keeps putting back in place of our wrapper is left plain: no endless loop.
    const nodes = textNodes(root).filter((node) => !added || !node.parentNode || !putBack.tooOften(node.parentNode, node.data));
    for (let first = 0; first < nodes.length; ) {
      // One message for many nodes, separated by line breaks: readings never join across nodes.
      let last = first;
      let chars = 0;
      while (last < nodes.length && (last === first || chars + nodes[last]!.data.length < BATCH_CHARS)) chars += nodes[last++]!.data.length + 1;
      const batch = nodes.slice(first, last);
      first = last;
      let syllables = syllablesOf(await pinyinOf(batch.map((node) => node.data.replaceAll('\n', ' ')).join('\n')));
      const hanCount = batch.reduce((sum, node) => sum + hanIn(node.data), 0);
      // Readings that do not line up with the characters: ask node by node instead.
      if (syllables.length !== hanCount) syllables = (await Promise.all(batch.map(async (node) => syllablesOf(await pinyinOf(node.data))))).flat();
      if (current !== run) return;
      let at = 0;
      const made: HTMLElement[] = [];
      for (const node of batch) {
        const count = hanIn(node.data);
        const own = syllables.slice(at, at + count);
        at += count;
        // The page may have changed the node while its readings were asked for: leave it then.
        if (!node.isConnected || own.length !== count) continue;
        const wrapper = annotated(document, node.data, own, style);
        node.replaceWith(wrapper);
        originals.set(wrapper, node);
        made.push(wrapper);
      }
      style.sized(made);
    }
  }

  function restore() {
    for (const [wrapper, original] of originals) if (wrapper.isConnected) wrapper.replaceWith(original);
    originals.clear();
    putBack.reset();
    style.remove();
  }

  signal.addEventListener('abort', () => {
    run++;
    on = false;
    stopFollowing();
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
        const region = termRegion(document);
        style.apply(region);
        follow(region);
        const first = passes.then(() => annotate(current));
        passes = first.catch(() => undefined);
        await first;
      } else if (!next && on) {
        on = false;
        stopFollowing();
        restore();
      }
      return { on, annotated: originals.size };
    },
    restyle() {
      if (on) style.apply(termRegion(document));
    },
  };
}
