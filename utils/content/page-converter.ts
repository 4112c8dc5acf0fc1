// Converts the page's Chinese text between scripts in place, keeping every original so restore is exact.
import { hasHan } from '../language/han';
import type { ChineseLocale, SourceLocale } from '../language/convert-script';
import type { Script } from '../language/detect-script';
import type { ScriptTarget } from '../messages';
import { insideUntouchable, isUntouchable } from './skip-rules';

/** Converts strings in the background; rejects when the worker cannot. */
export type ConvertStrings = (texts: string[], to: ChineseLocale, from: SourceLocale) => Promise<string[]>;

/** Longest wait before new content is converted when no animation frame comes. */
const MAX_FLUSH_DELAY_MS = 100;

/** Characters sent in one message: large pages go in several, all written only after every one succeeded. */
const BATCH_CHARS = 100_000;

interface Written {
  original: string;
  written: string;
}

function collectTextNodes(root: Node): Text[] {
  const nodes: Text[] = [];
  const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
    acceptNode: (node) => {
      if (node.nodeType === Node.ELEMENT_NODE) return isUntouchable(node as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
      return hasHan(node.nodeValue ?? '') ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
    },
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

function batches(texts: string[]): string[][] {
  const result: string[][] = [];
  let current: string[] = [];
  let size = 0;
  for (const text of texts) {
    if (size + text.length > BATCH_CHARS && current.length > 0) {
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
  private readonly written = new Map<Text, Written>();
  private titleWritten: Written | undefined;
  private langWritten: Written | undefined;
  private observer: MutationObserver | undefined;
  private pending = new Set<Node>();
  private flushScheduled = false;
  target: ScriptTarget | null = null;

  constructor(
    private readonly document: Document,
    private readonly convert: ConvertStrings,
  ) {}

  /** The source locale is decided from the page as loaded, so a mixed page converts only what needs it. */
  private direction(target: ScriptTarget, script: Script, to: ChineseLocale): { to: ChineseLocale; from: SourceLocale } {
    if (target === 'simplified') return { to: 'cn', from: script === 'simplified' ? 'cn' : 'tw' };
    return { to, from: script === 'traditional' ? 't' : 'cn' };
  }

  /** Converts the page to target; `script` is the page's script as loaded, `traditional` the chosen standard. */
  async convertPage(target: ScriptTarget, script: Script, traditional: ChineseLocale): Promise<number> {
    if (this.target !== null) this.restore();
    const { to, from } = this.direction(target, script, traditional);
    const nodes = collectTextNodes(this.document.body ?? this.document.documentElement);
    const count = await this.convertNodes(nodes, to, from, true);
    this.target = target;
    this.lastDirection = { to, from };
    this.observeNewContent();
    this.setLang(target);
    return count;
  }

  private lastDirection: { to: ChineseLocale; from: SourceLocale } | undefined;

  /** Converts all nodes or, if any batch fails, none: a page is never left half-converted. */
  private async convertNodes(nodes: Text[], to: ChineseLocale, from: SourceLocale, withTitle: boolean): Promise<number> {
    const originals = nodes.map((node) => node.nodeValue ?? '');
    const title = withTitle && hasHan(this.document.title) ? this.document.title : undefined;
    const texts = title === undefined ? originals : [...originals, title];
    const converted: string[] = [];
    for (const batch of batches(texts)) converted.push(...(await this.convert(batch, to, from)));
    if (converted.length !== texts.length) throw new Error('conversion returned a different number of texts');
    let changed = 0;
    this.withoutObserving(() => {
      nodes.forEach((node, i) => {
        const original = originals[i]!;
        const result = converted[i]!;
        // The page may have changed the node while we waited: leave its new text alone.
        if (result === original || node.nodeValue !== original) return;
        const earlier = this.written.get(node);
        this.written.set(node, { original: earlier?.original ?? original, written: result });
        node.nodeValue = result;
        changed++;
      });
      if (title !== undefined && converted.at(-1) !== title) {
        this.titleWritten = { original: title, written: converted.at(-1)! };
        this.document.title = converted.at(-1)!;
      }
    });
    return changed;
  }

  private setLang(target: ScriptTarget) {
    const html = this.document.documentElement;
    const original = html.getAttribute('lang');
    if (original === null || !/^zh/i.test(original)) return;
    const written = target === 'traditional' ? 'zh-Hant' : 'zh-Hans';
    this.langWritten = { original, written };
    html.setAttribute('lang', written);
  }

  /** Puts back the exact original of every node we changed and the page has not changed since. */
  restore(): number {
    let restored = 0;
    this.stopObserving();
    for (const [node, { original, written }] of this.written) {
      if (node.nodeValue === written) {
        node.nodeValue = original;
        restored++;
      }
    }
    this.written.clear();
    if (this.titleWritten && this.document.title === this.titleWritten.written) this.document.title = this.titleWritten.original;
    if (this.langWritten && this.document.documentElement.getAttribute('lang') === this.langWritten.written) {
      this.document.documentElement.setAttribute('lang', this.langWritten.original);
    }
    this.titleWritten = undefined;
    this.langWritten = undefined;
    this.target = null;
    return restored;
  }

  // New content arriving after conversion is converted too; our own writes are never observed.
  private observeNewContent() {
    if (this.observer) return;
    this.observer = new MutationObserver((records) => this.queue(records));
    this.observer.observe(this.document.documentElement, { childList: true, characterData: true, subtree: true });
  }

  private queue(records: MutationRecord[]) {
    for (const record of records) {
      if (record.type === 'characterData') this.pending.add(record.target);
      else for (const node of record.addedNodes) this.pending.add(node);
    }
    if (this.pending.size > 0) this.scheduleFlush();
  }

  private scheduleFlush() {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    // Once per animation frame, but a background tab gets no frames: a timer bounds the delay.
    const frame = requestAnimationFrame(() => flush());
    const timer = setTimeout(() => flush(), MAX_FLUSH_DELAY_MS);
    const flush = () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      if (!this.flushScheduled) return;
      this.flushScheduled = false;
      const roots = [...this.pending];
      this.pending.clear();
      if (!this.lastDirection || this.target === null) return;
      const nodes = roots
        .filter((node) => node.isConnected && !insideUntouchable(node))
        .flatMap((node) => (node.nodeType === Node.TEXT_NODE ? (hasHan(node.nodeValue ?? '') ? [node as Text] : []) : collectTextNodes(node)));
      if (nodes.length === 0) return;
      const { to, from } = this.lastDirection;
      void this.convertNodes([...new Set(nodes)], to, from, false).catch(() => undefined);
    };
  }

  private withoutObserving(write: () => void) {
    // The page's own changes queued so far are kept; the records of our writes are then dropped unseen.
    if (this.observer) this.queue(this.observer.takeRecords());
    write();
    this.observer?.takeRecords();
  }

  private stopObserving() {
    this.observer?.disconnect();
    this.observer = undefined;
    this.pending.clear();
  }
}
