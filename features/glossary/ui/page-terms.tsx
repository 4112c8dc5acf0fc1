// Glossary terms found on the current page, with counts. Choosing one scrolls the page to its next
// occurrence and highlights it; choosing it again goes on to the following one, wrapping.
import { i18n } from '#i18n';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { PageTerm } from '../../../core/glossary/glossary';
import type { TermReveal } from '../../../protocol/messages';
import { sendToTab } from '../../../protocol/send-message';

/** Performance mark the speed benchmark reads (tools/bench/bench-browser.ts). */
export const PAGE_TERMS_MARK = 'xinwen-page-terms';

/** Terms shown before "Show all": the most frequent, so a page full of terms opens fast and stays readable. */
const FIRST_TERMS = 30;

interface Props {
  tabId: number | null;
  terms: PageTerm[] | null;
}

export function PageTerms({ tabId, terms }: Props) {
  /** The occurrence each term goes to next. */
  const next = useRef(new Map<string, number>());
  const [shown, setShown] = useState<{ term: string; reveal: TermReveal } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [all, setAll] = useState(false);
  const list = useRef<HTMLUListElement>(null);

  // Marked once the terms are in the document (before the frame is painted).
  useLayoutEffect(() => {
    if (terms !== null) performance.mark(PAGE_TERMS_MARK);
  }, [terms]);

  if (terms === null) return null;

  const choose = async (term: string) => {
    if (tabId === null) return;
    const reply = await sendToTab(tabId, 'revealTerm', { term, index: next.current.get(term) ?? 0 });
    if (!reply.ok) {
      setError(i18n.t('actionFailed', [reply.error.message]));
      return;
    }
    setError(null);
    next.current.set(term, reply.value.index + 1);
    setShown({ term, reveal: reply.value });
  };

  return (
    <section aria-labelledby="page-terms-heading">
      <h2 id="page-terms-heading">{i18n.t('pageTermsHeading')}</h2>
      {terms.length === 0 ? (
        <p class="empty">{i18n.t('noPageTerms')}</p>
      ) : (
        <>
          <p class="hint" id="page-terms-hint">
            {i18n.t('pageTermsHint')}
          </p>
          <ul class="page-terms" role="list" aria-describedby="page-terms-hint" ref={list}>
            {(all ? terms : terms.slice(0, FIRST_TERMS)).map(({ term, count }) => (
              <li key={term}>
                <button
                  type="button"
                  data-testid="page-term"
                  data-term={term}
                  data-count={count}
                  aria-label={`${term}: ${i18n.t('pageTermOccurrences', count)}`}
                  aria-current={shown?.term === term ? 'location' : undefined}
                  onClick={() => void choose(term)}
                >
                  <span class="term" lang="zh-Hans">
                    {term}
                  </span>
                  <span class="count">×{count}</span>
                </button>
              </li>
            ))}
          </ul>
          {!all && terms.length > FIRST_TERMS && (
            <button
              type="button"
              class="more"
              data-testid="page-terms-all"
              onClick={() => {
                setAll(true);
                // Keyboard users go on from the first term that was hidden.
                setTimeout(() => list.current?.querySelectorAll('button')[FIRST_TERMS]?.focus());
              }}
            >
              {i18n.t('showAllPageTerms', [String(terms.length)])}
            </button>
          )}
        </>
      )}
      <p role="status" class="hint" data-testid="page-term-position">
        {shown === null
          ? ''
          : shown.reveal.count === 0
            ? i18n.t('revealNotFound', [shown.term])
            : i18n.t('revealPosition', [String(shown.reveal.index + 1), String(shown.reveal.count)])}
      </p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
