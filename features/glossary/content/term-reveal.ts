// "On this page" in the popup: scrolls to an occurrence of a glossary term and highlights it, with the
// CSS Custom Highlight API (the page's text is never modified). Each choice of the same term goes to
// the following occurrence, wrapping; the popup keeps the count.
import type { TermReveal as TermRevealResult } from '../../../protocol/messages';
import { createHighlight } from '../../../page/highlight';
import { findTermOccurrences, wrapIndex } from '../../../core/glossary/term-occurrences';
import { rangeOf } from '../../../page/page-text';
import type { PageTerms } from './page-terms';

export const REVEAL_HIGHLIGHT = 'xinwen-reveal';
const REVEAL_STYLE = 'background-color: #ffb300; color: #1d1d1f;';

export interface TermReveal {
  reveal(term: string, index: number): Promise<TermRevealResult>;
  clear(): void;
}

export function createTermReveal(document: Document, pageTerms: PageTerms, signal: AbortSignal): TermReveal {
  const window = document.defaultView! as Window & typeof globalThis;
  // Above the optional underline of every term.
  const highlight = createHighlight(window, REVEAL_HIGHLIGHT, REVEAL_STYLE, 2);
  let shown = false;
  const clear = () => {
    if (!shown) return;
    shown = false;
    highlight.clear();
  };
  // The mark goes once the reader moves on: a click on the page or Escape.
  document.addEventListener('mousedown', clear, { signal, passive: true });
  document.addEventListener('keydown', (event) => event.key === 'Escape' && clear(), { signal });

  return {
    clear,
    async reveal(term, index) {
      const { page, terms } = await pageTerms();
      const forms = terms.find((found) => found.term === term)?.forms ?? [term];
      const starts = findTermOccurrences(page.text, forms);
      const chosen = wrapIndex(index, starts.length);
      if (chosen === undefined) {
        clear();
        return { index: 0, count: 0, text: '' };
      }
      const start = starts[chosen]!;
      const range = rangeOf(document, page, start, start + term.length);
      if (!range) return { index: chosen, count: starts.length, text: '' };
      scrollToRange(window, range);
      highlight.set([range]);
      shown = true;
      return { index: chosen, count: starts.length, text: page.text.slice(start, start + term.length) };
    },
  };
}

/** Brings the range into view, centred vertically, instantly: nested scrolling boxes first, then the window. */
function scrollToRange(window: Window, range: Range) {
  range.startContainer.parentElement?.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'instant' });
  const rect = range.getBoundingClientRect();
  const top = rect.top + rect.height / 2 - window.innerHeight / 2;
  if (Math.abs(top) > 1) window.scrollBy({ top, behavior: 'instant' });
}
