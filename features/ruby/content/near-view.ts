// Which of the page's text is in or near the view, so that ruby annotates only what the reader can see soon: a
// big page gets ruby where it is read, and more as the reader scrolls, never all of it at once (each annotated
// character costs the page style and layout). Text nodes are grouped by the block they are in (a paragraph, a
// list item); an IntersectionObserver watches the blocks, a screen above and below the view.

/** The elements whose box holds their text: a text node is near the view when its nearest one is. */
const BLOCKS = 'p,li,dd,dt,h1,h2,h3,h4,h5,h6,td,th,caption,blockquote,pre,figcaption,summary,address,div,section,article,main,body';
/** How far beyond the view text counts as near: a screen above and below. */
const MARGIN = '100% 0px';

export interface NearView {
  /** Watches these text nodes: `near` gets each once its block comes near the view (at once, when it already is). */
  add(nodes: readonly Text[]): void;
  /** Stops watching all of them. */
  clear(): void;
}

/** The block that holds a text node's box (the nearest one of BLOCKS). */
export function blockOf(node: Text): Element | null {
  return node.parentElement?.closest(BLOCKS) ?? node.parentElement;
}

/**
 * Watches text nodes for `near`, which gets, after each change the observer reports (the first comes a frame after
 * `add`), the nodes that came near the view: in the order they were added, possibly none. A page without
 * IntersectionObserver, or hidden (it renders nothing, so nothing is reported), counts all of its text as near.
 */
export function createNearView(document: Document, near: (nodes: Text[]) => void): NearView {
  const view = document.defaultView;
  const waiting = new Map<Element, Set<Text>>();
  const observer =
    view && typeof view.IntersectionObserver === 'function'
      ? new view.IntersectionObserver((entries) => {
          const nodes: Text[] = [];
          for (const entry of entries) {
            const block = entry.target;
            const held = waiting.get(block);
            if (!entry.isIntersecting || !held) continue;
            waiting.delete(block);
            observer!.unobserve(block);
            nodes.push(...held);
          }
          near(nodes);
        }, { rootMargin: MARGIN })
      : undefined;

  return {
    add(nodes) {
      if (!observer || document.visibilityState === 'hidden') {
        near([...nodes]);
        return;
      }
      let observed = false;
      for (const node of nodes) {
        const block = blockOf(node);
        if (!block) continue;
        let held = waiting.get(block);
        if (!held) {
          held = new Set();
          waiting.set(block, held);
          observer.observe(block);
          observed = true;
        }
        held.add(node);
      }
      // No new block to observe: the observer will not report, so say so now.
      if (!observed) near([]);
    },
    clear() {
      observer?.disconnect();
      waiting.clear();
    },
  };
}
