// One glossary search result: a summary button that opens the entry, and the entry itself — category,
// explanation, corpus examples with the term marked, related terms to look up, copy and save buttons.
import { i18n } from '#i18n';
import type { Ref } from 'preact';
import { useState } from 'preact/hooks';
import type { GlossaryEntry as Entry } from '../../../core/glossary/glossary';
import { toneParts } from '../../../core/pinyin/tone-colors';
import type { ChineseLocale } from '../../../core/script/convert-script';
import { popupTabId } from '../../../protocol/popup-tab';
import { sendToBackground, sendToTab } from '../../../protocol/send-message';
import { categoryKey, copyLine, markTerm, writesTraditional } from './glossary-text';
import { copyText } from '../../../page/clipboard';
import { useReaderExamples } from './reader-examples';

interface Props {
  entry: Entry;
  index: number;
  /** The locale the reader reads in: examples are shown in its script. */
  locale: ChineseLocale;
  open: boolean;
  /** Whether this result's summary is the one Tab reaches (roving focus). */
  active: boolean;
  summaryRef: Ref<HTMLButtonElement>;
  onToggle: () => void;
  onFocus: () => void;
  onRelated: (term: string) => void;
}

export function GlossaryEntry({ entry, index, locale, open, active, summaryRef, onToggle, onFocus, onRelated }: Props) {
  const detailsId = `glossary-entry-${index}`;
  const differs = entry.traditional !== entry.term;
  return (
    <li data-testid="glossary-result" data-term={entry.term} class={open ? 'result open' : 'result'}>
      <button
        type="button"
        class="summary"
        ref={summaryRef}
        data-field="summary"
        tabIndex={active ? 0 : -1}
        aria-expanded={open}
        aria-controls={detailsId}
        onClick={onToggle}
        onFocus={onFocus}
      >
        <span class="head">
          <span class="term" lang="zh-Hans" data-field="term">
            {entry.term}
          </span>
          {differs && (
            <span class="term other" lang="zh-Hant" data-field="traditional">
              {entry.traditional}
            </span>
          )}
          <span class="pinyin" lang="zh-Latn-pinyin" data-field="pinyin">
            {toneParts(entry.pinyin).map((part, i) => (part.tone ? <span key={i} class={`tone${part.tone}`}>{part.text}</span> : part.text))}
          </span>
        </span>
        <span class="english" data-field="english">
          {entry.english}
        </span>
      </button>
      <p class="meta">
        <span class="category" data-field="category" data-category={entry.category}>
          {i18n.t('categoryLabel', [i18n.t(`category.${categoryKey(entry.category)}`)])}
        </span>
      </p>
      <p class="explanation" data-field="explanation">
        {entry.explanation}
      </p>
      <div class="details" id={detailsId} hidden={!open} data-field="details">
        {entry.examples.length > 0 && <Examples entry={entry} locale={locale} open={open} />}
        {entry.related.length > 0 && (
          <>
            <h3>{i18n.t('relatedHeading')}</h3>
            <ul class="related" role="list">
              {entry.related.map((term) => (
                <li key={term}>
                  <button type="button" lang="zh-Hans" data-field="related" data-term={term} title={i18n.t('relatedSearch', [term])} onClick={() => onRelated(term)}>
                    {term}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
        <div class="entry-actions">
          <CopyButton entry={entry} />
          <SaveButton entry={entry} />
        </div>
      </div>
    </li>
  );
}

function Examples({ entry, locale, open }: { entry: Entry; locale: ChineseLocale; open: boolean }) {
  const examples = useReaderExamples(entry.examples, locale, open);
  return (
    <>
      <h3>{i18n.t('examplesHeading')}</h3>
      <ul class="examples" role="list">
        {examples.map((example) => {
          const parts = markTerm(example.text, entry.forms);
          return (
            <li
              key={`${example.source}:${example.original}`}
              data-field="example"
              data-converted={String(example.converted)}
              lang={writesTraditional(parts, entry) || (locale !== 'cn' && example.converted) ? 'zh-Hant' : 'zh-Hans'}
            >
              <q title={example.converted ? i18n.t('exampleOriginal', [example.original]) : undefined}>
                {parts.map((part, i) => (part.mark ? <mark key={i}>{part.text}</mark> : part.text))}
              </q>
              <span class="example-meta">
                {example.taiwanPhrasing && (
                  <span class="badge warn" data-field="taiwan-phrasing" title={i18n.t('taiwanPhrasingNote')}>
                    {i18n.t('taiwanPhrasing')}
                  </span>
                )}
                {example.converted && <span class="badge quiet">{i18n.t(locale === 'cn' ? 'convertedToSimplified' : 'convertedToTraditional')}</span>}
                <cite title={i18n.t('exampleSource', [example.source])}>{example.source.replace(/_.*$/, '')}</cite>
              </span>
            </li>
          );
        })}
      </ul>
    </>
  );
}

function CopyButton({ entry }: { entry: Entry }) {
  const [status, setStatus] = useState<'copied' | 'failed' | null>(null);
  const copy = async () => {
    setStatus((await copyText(document, copyLine(entry))) ? 'copied' : 'failed');
  };
  return (
    <p class="copy">
      <button type="button" data-field="copy" aria-label={i18n.t('copyEntryLabel', [entry.term])} onClick={() => void copy()}>
        {i18n.t('copyEntry')}
      </button>
      <span role="status" class="copy-status" data-field="copy-status">
        {status === 'copied' ? i18n.t('copied') : status === 'failed' ? i18n.t('copyFailed') : ''}
      </span>
    </p>
  );
}

function SaveButton({ entry }: { entry: Entry }) {
  const [status, setStatus] = useState<'saved' | 'failed' | null>(null);
  const save = async () => {
    const reply = await sendToBackground('saveTerm', { term: entry.term, ...(await popupPage()) });
    setStatus(reply.ok ? 'saved' : 'failed');
  };
  return (
    <p class="copy">
      <button type="button" data-field="save" aria-label={i18n.t('saveTermLabel', [entry.term])} onClick={() => void save()}>
        {i18n.t('saveTerm')}
      </button>
      <span role="status" class="copy-status" data-field="save-status" data-status={status ?? ''}>
        {status === 'saved' ? i18n.t('termSaved') : status === 'failed' ? i18n.t('termSaveFailed') : ''}
      </span>
    </p>
  );
}

/**
 * Title and address of the page the popup acts on, as its content script tells them (reading them
 * from the tab itself would need the "tabs" permission); empty on a page without the script.
 */
async function popupPage(): Promise<{ title: string; url: string }> {
  const tabId = await popupTabId();
  const reply = tabId === null ? undefined : await sendToTab(tabId, 'pageState', {});
  return reply?.ok ? { title: reply.value.title, url: reply.value.url } : { title: '', url: '' };
}
