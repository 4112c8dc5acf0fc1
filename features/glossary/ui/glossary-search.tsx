// Glossary search: results as the reader types, best first, usable with the keyboard alone.
// ↓ from the box moves into the results, ↓/↑/Home/End move between them (roving focus), Enter opens
// one, typing goes back to the box; Escape clears the search, and on an empty search closes the popup.
import { i18n } from '#i18n';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { GlossaryEntry as Entry } from '../../../core/glossary/glossary';
import type { ChineseLocale } from '../../../core/script/convert-script';
import { sendToBackground } from '../../../protocol/send-message';
import { GlossaryEntry } from './glossary-entry';
import { nextActive } from './glossary-text';

/** Performance marks the speed benchmark reads (tools/bench/bench-browser.ts). */
export const SEARCH_READY_MARK = 'xinwen-search-ready';
export const RESULTS_SHOWN_MARK = 'xinwen-results-shown';
/** `pending`'s value for "the first result, whatever it is". No glossary term is written with a control character. */
const BEST_MATCH = '\u0000best';

/** `locale`: the locale the reader reads in (the page's script), for the entries' examples. */
export function GlossarySearch({ locale }: { locale: ChineseLocale }) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Entry[] | null>(null);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  /** A related term the reader chose, or the best match of what they typed (BEST_MATCH): opened and focused once
   * its results arrive. */
  const pending = useRef<string | null>(null);
  /** The query the results on screen answer: the reader may press Enter before the last keystroke's results. */
  const answered = useRef<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const summaries = useRef<(HTMLButtonElement | null)[]>([]);
  /** A result to focus once it is rendered. */
  const focusAfterRender = useRef<number | null>(null);

  useLayoutEffect(() => {
    input.current?.focus();
    performance.mark(SEARCH_READY_MARK);
  }, []);

  useEffect(() => {
    let current = true; // a slower answer to an older query never replaces a newer one
    if (!query.trim()) {
      setResults(null);
      answered.current = null;
      pending.current = null;
      return;
    }
    void sendToBackground('searchGlossary', { query }).then((reply) => {
      if (!current) return;
      const found = reply.ok ? reply.value : [];
      // The box may already hold a longer query whose render has not run yet: its own answer takes the pending
      // wish, or that answer would close again what this one opened.
      const latest = (input.current?.value ?? query) === query;
      const wish = latest ? pending.current : null;
      if (latest) pending.current = null;
      const wanted = wish === BEST_MATCH ? (found[0]?.term ?? null) : wish;
      answered.current = query;
      const opened = wanted === null ? -1 : found.findIndex((entry) => entry.term === wanted);
      setResults(found);
      setActive(Math.max(0, opened));
      setOpen(opened >= 0 ? new Set([wanted!]) : new Set());
      if (opened >= 0) focusAfterRender.current = opened;
    });
    return () => {
      current = false;
    };
  }, [query]);

  useLayoutEffect(() => {
    if (results && results.length > 0) performance.mark(RESULTS_SHOWN_MARK);
    if (focusAfterRender.current !== null) summaries.current[focusAfterRender.current]?.focus();
    focusAfterRender.current = null;
  }, [results]);

  // Escape anywhere in the popup: clear the search, or close the popup when there is nothing to clear.
  // A layout effect, so the listener is there from the first render, not from the next frame.
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // Escape while an input method composes cancels the composition, nothing more.
      if (event.key !== 'Escape' || event.defaultPrevented || event.isComposing) return;
      event.preventDefault();
      if (input.current && input.current.value !== '') {
        setQuery('');
        input.current.value = '';
        input.current.focus();
      } else window.close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const count = results?.length ?? 0;
  const focusResult = (index: number) => {
    setActive(index);
    summaries.current[index]?.focus();
  };
  const toggle = (term: string) =>
    setOpen((previous) => {
      const next = new Set(previous);
      if (!next.delete(term)) next.add(term);
      return next;
    });
  const lookUp = (term: string) => {
    // Already the search: no new answer will come to take the wish, so open it from the results on screen.
    const onScreen = term === query && answered.current === query ? (results ?? []).findIndex((entry) => entry.term === term) : -1;
    if (onScreen >= 0) {
      setOpen(new Set([term]));
      focusResult(onScreen);
      return;
    }
    pending.current = term;
    if (input.current) input.current.value = term;
    setQuery(term);
  };

  const onInputKey = (event: KeyboardEvent) => {
    // Arrows and Enter belong to the input method while it composes (choosing a candidate).
    if (event.isComposing || event.keyCode === 229) return;
    // The box's own value, not `query`: a keystroke just before Enter may not have re-rendered yet.
    const typed = input.current?.value ?? query;
    if (event.key === 'Enter' && typed.trim() && answered.current !== typed) {
      // Typed faster than the results came: open the best match of the whole query when it arrives, not of a
      // shorter one still on screen (which the arriving results would then close again).
      event.preventDefault();
      pending.current = BEST_MATCH;
      return;
    }
    if (count === 0) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      focusResult(0);
    } else if (event.key === 'Enter') {
      // Enter in the box opens the best match.
      event.preventDefault();
      setOpen((previous) => new Set(previous).add(results![0]!.term));
      focusResult(0);
    }
  };
  const onListKey = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    if (!target.matches('button.summary') || event.altKey || event.ctrlKey || event.metaKey) return;
    // From the result that has the focus, not from `active`: keys pressed faster than the popup re-renders (or a
    // re-render as "On this page" arrives) would otherwise move from a stale place.
    const focused = summaries.current.indexOf(target as HTMLButtonElement);
    const move = nextActive(event.key, focused >= 0 ? focused : active, count);
    if (move !== undefined) {
      event.preventDefault();
      if (move === 'input') input.current?.focus();
      else focusResult(move);
    } else if ((event.key.length === 1 && event.key !== ' ') || event.key === 'Backspace') {
      // Typing while in the results goes on in the search box.
      input.current?.focus();
    }
  };

  return (
    <section role="search" aria-label={i18n.t('searchLabel')}>
      <input
        ref={input}
        type="search"
        data-testid="glossary-search"
        aria-label={i18n.t('searchLabel')}
        aria-describedby="glossary-search-hint"
        aria-controls="glossary-results"
        placeholder={i18n.t('searchPlaceholder')}
        autocomplete="off"
        spellcheck={false}
        value={query}
        onInput={(event) => setQuery(event.currentTarget.value)}
        onKeyDown={onInputKey}
      />
      <p id="glossary-search-hint" class="hint">
        {i18n.t('searchHint')}
      </p>
      <p role="status" class="visually-hidden" data-testid="glossary-status">
        {results === null ? '' : i18n.t('resultCount', count)}
      </p>
      {results !== null && count === 0 && <p class="empty">{i18n.t('noResults')}</p>}
      <ul id="glossary-results" class="results" role="list" aria-label={i18n.t('resultsLabel')} onKeyDown={onListKey}>
        {(results ?? []).map((entry, index) => (
          <GlossaryEntry
            key={entry.term}
            entry={entry}
            index={index}
            locale={locale}
            open={open.has(entry.term)}
            active={index === active}
            summaryRef={(element: HTMLButtonElement | null) => {
              summaries.current[index] = element;
            }}
            onToggle={() => toggle(entry.term)}
            onFocus={() => setActive(index)}
            onRelated={lookUp}
          />
        ))}
      </ul>
    </section>
  );
}
