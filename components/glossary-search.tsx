// Glossary search: results as the reader types, best first.
import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import type { GlossaryEntry } from '../utils/language/glossary';
import { sendToBackground } from '../utils/send-message';

export function GlossarySearch() {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<GlossaryEntry[]>([]);

  useEffect(() => {
    let current = true; // a slower answer to an older query never replaces a newer one
    if (!query.trim()) {
      setResults([]);
      return;
    }
    void sendToBackground('searchGlossary', { query }).then((reply) => {
      if (current) setResults(reply.ok ? reply.value : []);
    });
    return () => {
      current = false;
    };
  }, [query]);

  return (
    <section>
      <input
        type="search"
        data-testid="glossary-search"
        aria-label={i18n.t('searchLabel')}
        placeholder={i18n.t('searchPlaceholder')}
        value={query}
        onInput={(event) => setQuery(event.currentTarget.value)}
        autofocus
      />
      <ul role="list" aria-live="polite">
        {results.map((entry) => (
          <li data-testid="glossary-result" key={entry.term}>
            <span class="term" lang="zh-Hans">{entry.term}</span>
            {entry.traditional !== entry.term && <span class="term" lang="zh-Hant"> {entry.traditional}</span>}
            <span class="pinyin">{entry.pinyin}</span>
            <span class="english">{entry.english}</span>
            <span class="explanation">{entry.explanation}</span>
          </li>
        ))}
      </ul>
      {query.trim() && results.length === 0 && <p class="empty">{i18n.t('noResults')}</p>}
    </section>
  );
}
