// Glossary terms found on the current page, with counts.
import { i18n } from '#i18n';
import type { PageTerm } from '../utils/language/glossary';

export function PageTerms({ terms }: { terms: PageTerm[] | null }) {
  if (terms === null) return null;
  return (
    <section>
      <h2>{i18n.t('pageTermsHeading')}</h2>
      {terms.length === 0 ? (
        <p class="empty">{i18n.t('noPageTerms')}</p>
      ) : (
        <ul role="list">
          {terms.map(({ term, count }) => (
            <li data-testid="page-term" key={term}>
              <span class="term">{term}</span>
              <span class="count">×{count}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
