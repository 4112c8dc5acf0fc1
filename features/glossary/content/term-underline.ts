// Optional underline of every glossary term in the page (top frame) (setting `underlineTerms`, off by default):
// a dotted underline drawn with the CSS Custom Highlight API, so the page's text is never modified.
// Applied and removed live as the setting changes; kept current as the page's text changes (content
// arriving late, the page converted to the other script). Pointing at an underlined term shows the
// hover card, which carries the term's glossary entry.
import { hasHan } from '../../../core/text/han';
import type { PageSettings } from '../../../settings/page-settings';
import { createHighlight } from '../../../page/highlight';
import { findAllTerms } from '../../../core/glossary/term-occurrences';
import { rangeOf } from '../../../page/page-text';
import type { PageWatcher } from '../../../page/page-watcher';
import type { PageTerms } from './page-terms';

export const UNDERLINE_HIGHLIGHT = 'xinwen-terms';
const UNDERLINE_STYLE =
  'text-decoration-line: underline; text-decoration-style: dotted; text-decoration-color: #c0392b; text-decoration-thickness: 2px;';
/** Quiet time after the page's text changes before the underline is redrawn; a page that never stops changing is redrawn this often. */
const REDRAW_DELAY_MS = 400;
const REDRAW_MAX_WAIT_MS = 2_000;

export function startTermUnderline(document: Document, settings: PageSettings, pageTerms: PageTerms, watcher: PageWatcher, signal: AbortSignal) {
  const window = document.defaultView! as Window & typeof globalThis;
  const highlight = createHighlight(window, UNDERLINE_HIGHLIGHT, UNDERLINE_STYLE, 1);
  let on = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;

  async function draw() {
    const mine = ++generation;
    const found = await pageTerms().catch(() => undefined);
    if (!found || !on || mine !== generation) return;
    const { page, terms } = found;
    if (!hasHan(page.text)) {
      highlight.clear();
      return;
    }
    const spans = findAllTerms(page.text, terms);
    highlight.set(spans.flatMap(({ start, end }) => rangeOf(document, page, start, end) ?? []));
  }

  let waitingSince = 0;
  let following: AbortController | undefined;
  const redrawSoon = () => {
    const now = Date.now();
    if (timer === undefined) waitingSince = now;
    clearTimeout(timer);
    const delay = Math.max(0, Math.min(REDRAW_DELAY_MS, waitingSince + REDRAW_MAX_WAIT_MS - now));
    timer = setTimeout(() => {
      timer = undefined;
      void draw();
    }, delay);
  };

  function apply(next: boolean) {
    if (next === on) return;
    on = next;
    if (on) {
      following = new AbortController();
      watcher.subscribe(redrawSoon, following.signal);
      void draw();
    } else {
      generation++;
      clearTimeout(timer);
      timer = undefined;
      following?.abort();
      following = undefined;
      highlight.clear();
    }
  }

  void settings.ready.then(() => !signal.aborted && apply(settings.current().underlineTerms));
  settings.subscribe(['underlineTerms'], (current) => apply(current.underlineTerms));
  signal.addEventListener('abort', () => apply(false));
}
