// A named CSS Custom Highlight (the API features/hover/content/word-highlight.ts uses): marks ranges of page
// text with no element added to the page and the reader's selection left alone.
type HighlightObject = { priority: number };
type HighlightRegistry = { set(name: string, highlight: unknown): void; delete(name: string): void };
type HighlightConstructor = new (...ranges: Range[]) => HighlightObject;

export interface TermHighlight {
  /** Replaces what the highlight marks. */
  set(ranges: Range[]): void;
  clear(): void;
}

export function createTermHighlight(window: Window & typeof globalThis, name: string, style: string, priority = 0): TermHighlight {
  const registry = (window.CSS as unknown as { highlights?: HighlightRegistry }).highlights;
  const Highlight = (window as unknown as { Highlight?: HighlightConstructor }).Highlight;
  let styled = false;
  return {
    set(ranges) {
      if (!registry || !Highlight) return;
      if (!styled) {
        styled = true;
        addStyle(window, `::highlight(${name}) { ${style} }`);
      }
      if (ranges.length === 0) {
        registry.delete(name);
        return;
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
function addStyle(window: Window & typeof globalThis, css: string) {
  const document = window.document;
  try {
    const sheet = new window.CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    const style = document.createElement('style');
    style.textContent = css;
    (document.head ?? document.documentElement).append(style);
  }
}
