// A named CSS Custom Highlight over ranges of page text: the card's word, a revealed term, the underline of
// every term. No element is added to the page and the reader's own selection is left alone.
type HighlightObject = { priority: number };
type HighlightRegistry = { set(name: string, highlight: unknown): void; delete(name: string): void };
type HighlightConstructor = new (...ranges: Range[]) => HighlightObject;

export interface PageHighlight {
  /** Marks these ranges (and nothing else) with the highlight. */
  set(ranges: Range[]): void;
  clear(): void;
}

/** `style` is the CSS of the ::highlight rule; a higher `priority` paints over a lower one. */
export function createHighlight(window: Window & typeof globalThis, name: string, style: string, priority = 0): PageHighlight {
  const registry = (window.CSS as unknown as { highlights?: HighlightRegistry }).highlights;
  const Highlight = (window as unknown as { Highlight?: HighlightConstructor }).Highlight;
  const css = `::highlight(${name}) { ${style} }`;
  // The ::highlight rule must live in the tree whose text it marks: the document or a shadow root.
  const styled = new WeakSet<Node>();
  return {
    set(ranges) {
      if (!registry || !Highlight) return;
      if (ranges.length === 0) {
        registry.delete(name);
        return;
      }
      for (const range of ranges) {
        const root = range.startContainer.getRootNode() as Document | ShadowRoot;
        if (styled.has(root)) continue;
        styled.add(root);
        addStyle(window, root, css);
      }
      const highlight = new Highlight(...ranges);
      highlight.priority = priority;
      registry.set(name, highlight);
    },
    clear() {
      registry?.delete(name);
    },
  };
}

/** An adopted style sheet adds no node to the page's tree; a <style> element is the fallback. */
function addStyle(window: Window & typeof globalThis, root: Document | ShadowRoot, css: string) {
  try {
    const sheet = new window.CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    const style = window.document.createElement('style');
    style.textContent = css;
    (root instanceof window.Document ? (root.head ?? root.documentElement) : root).append(style);
  }
}
