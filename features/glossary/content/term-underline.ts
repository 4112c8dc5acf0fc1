// Optional underline of every glossary term in the page (top frame) (setting `underlineTerms`, off by default):
// a dotted underline drawn with the CSS Custom Highlight API, so the page's text is never modified.
// Applied and removed live as the setting changes; kept current as the page's text changes (content
// arriving late, the page converted to the other script). Pointing at an underlined term shows the
// hover card, which carries the term's glossary entry.
import { hasHan } from '../../../core/text/han';
import { sendToBackground } from '../../../protocol/send-message';
import type { PageSettings } from '../../../settings/page-settings';
import { createTermHighlight } from './term-highlight';
import { BARRIER, findAllTerms } from '../../../core/glossary/term-occurrences';
import { createTermForms, type TermFormsOf } from './term-forms';
import { rangeOf, readPageText, termRegion } from '../../../page/page-text';

export const UNDERLINE_HIGHLIGHT = 'xinwen-terms';
const UNDERLINE_STYLE =
  'text-decoration-line: underline; text-decoration-style: dotted; text-decoration-color: #c0392b; text-decoration-thickness: 2px;';
/** Quiet time after the page's text changes before the underline is redrawn; a page that never stops changing is redrawn this often. */
const REDRAW_DELAY_MS = 400;
const REDRAW_MAX_WAIT_MS = 2_000;

export function startTermUnderline(document: Document, settings: PageSettings, signal: AbortSignal, formsOf: TermFormsOf = createTermForms()) {
  const window = document.defaultView! as Window & typeof globalThis;
  const highlight = createTermHighlight(window, UNDERLINE_HIGHLIGHT, UNDERLINE_STYLE, 1);
  let on = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;

  async function draw() {
    const mine = ++generation;
    const page = readPageText(termRegion(document));
    if (!hasHan(page.text)) {
      highlight.clear();
      return;
    }
    const reply = await sendToBackground('findGlossaryTerms', { text: page.text.replaceAll(BARRIER, '\n') });
    if (!reply.ok || !on || mine !== generation) return;
    const terms = reply.value.map(({ term }) => term);
    const forms = await formsOf(terms);
    if (!on || mine !== generation) return;
    const spans = findAllTerms(page.text, terms.map((term, i) => ({ term, forms: forms[i]! })));
    highlight.set(spans.flatMap(({ start, end }) => rangeOf(document, page, start, end) ?? []));
  }

  let waitingSince = 0;
  const observer = new MutationObserver(() => {
    const now = Date.now();
    if (timer === undefined) waitingSince = now;
    clearTimeout(timer);
    const delay = Math.max(0, Math.min(REDRAW_DELAY_MS, waitingSince + REDRAW_MAX_WAIT_MS - now));
    timer = setTimeout(() => {
      timer = undefined;
      void draw();
    }, delay);
  });

  function apply(next: boolean) {
    if (next === on) return;
    on = next;
    if (on) {
      observer.observe(document.documentElement, { childList: true, characterData: true, subtree: true });
      void draw();
    } else {
      generation++;
      clearTimeout(timer);
      timer = undefined;
      observer.disconnect();
      highlight.clear();
    }
  }

  void settings.ready.then((current) => !signal.aborted && apply(current.underlineTerms));
  settings.subscribe(['underlineTerms'], (current) => apply(current.underlineTerms));
  signal.addEventListener('abort', () => apply(false));
}
