// Marks the word the card shows, with the CSS Custom Highlight API: no element is added to the page
// and the reader's own selection is left alone.
const HIGHLIGHT_NAME = 'xinwen-word';
const STYLE = `::highlight(${HIGHLIGHT_NAME}) { background-color: rgba(255, 196, 0, 0.38); }`;

type HighlightRegistry = { set(name: string, highlight: unknown): void; delete(name: string): void };
type HighlightConstructor = new (...ranges: Range[]) => unknown;

export interface WordHighlight {
  show(range: Range): void;
  clear(): void;
}

export function createWordHighlight(window: Window & typeof globalThis): WordHighlight {
  const registry = (window.CSS as unknown as { highlights?: HighlightRegistry }).highlights;
  const Highlight = (window as unknown as { Highlight?: HighlightConstructor }).Highlight;
  // The ::highlight rule must live in the tree whose text it marks: the document or a shadow root.
  const styled = new WeakSet<Node>();
  return {
    show(range) {
      if (!registry || !Highlight) return;
      const root = range.startContainer.getRootNode() as Document | ShadowRoot;
      if (!styled.has(root)) {
        styled.add(root);
        addStyle(window, root);
      }
      registry.set(HIGHLIGHT_NAME, new Highlight(range));
    },
    clear() {
      registry?.delete(HIGHLIGHT_NAME);
    },
  };
}

/** An adopted style sheet adds no node to the page's tree; a <style> element is the fallback. */
function addStyle(window: Window & typeof globalThis, root: Document | ShadowRoot) {
  try {
    const sheet = new window.CSSStyleSheet();
    sheet.replaceSync(STYLE);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    const style = window.document.createElement('style');
    style.textContent = STYLE;
    (root instanceof window.Document ? (root.head ?? root.documentElement) : root).append(style);
  }
}
