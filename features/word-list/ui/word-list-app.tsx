// The word-list page: the reader's saved words, searched, filtered by review state, sorted, annotated, deleted,
// exported as CSV or for Anki, imported back from the CSV it exported, and reviewed (R) in a keyboard-driven mode.
import { i18n } from '#i18n';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { deleteWord, importWords, markReviewed, setNote, wordList, wordReview } from '../word-list-store';
import { fromCsv, searchWords, sortWords, toAnkiTsv, toCsv, WORD_SORTS, type SavedWord, type WordSort } from '../word-list-format';
import { filterByReview, logFor, REVIEW_FILTERS, reviewQueue, type ReviewFilter, type ReviewLog } from '../word-review';
import { useDocumentKeys } from './use-document-keys';
import { ReviewMode } from './review-mode';
import { WordListRow } from './word-list-row';

type ExportKind = 'csv' | 'anki';

const EXPORTS: Record<ExportKind, { format: (list: readonly SavedWord[]) => string; type: string; file: string }> = {
  // A byte order mark so spreadsheet programs read the Chinese text as UTF-8.
  csv: { format: (list) => `\ufeff${toCsv(list)}`, type: 'text/csv;charset=utf-8', file: 'xinwen-words.csv' },
  anki: { format: toAnkiTsv, type: 'text/tab-separated-values;charset=utf-8', file: 'xinwen-words-anki.txt' },
};

const isEditable = (target: EventTarget | null) => target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

export function WordListApp() {
  const [list, setList] = useState<SavedWord[] | null>(null);
  const [log, setLog] = useState<ReviewLog>({});
  const [sort, setSort] = useState<WordSort>('date');
  const [filter, setFilter] = useState<ReviewFilter>('all');
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState('');
  const [download, setDownload] = useState<{ kind: ExportKind; url: string } | null>(null);
  /** The words of the review under way, fixed when it starts; null when not reviewing. */
  const [reviewing, setReviewing] = useState<SavedWord[] | null>(null);

  useEffect(() => {
    void wordList().getValue().then(setList);
    void wordReview().getValue().then(setLog);
    const unwatchList = wordList().watch((value) => setList(value ?? []));
    const unwatchLog = wordReview().watch((value) => setLog(value ?? {}));
    return () => {
      unwatchList();
      unwatchLog();
    };
  }, []);
  useEffect(() => () => download && URL.revokeObjectURL(download.url), [download]);

  // "Now" moves on with each change of the review, so a word marked known leaves the due words at once.
  const now = useMemo(() => new Date(), [log, list]);
  const words = list ?? [];
  const current = useMemo(() => logFor(words, log), [words, log]);
  const due = useMemo(() => reviewQueue(words, current, now), [words, current, now]);
  const shown = useMemo(() => sortWords(searchWords(filterByReview(words, current, filter, now), query), sort), [words, current, filter, now, query, sort]);
  const startReview = () => {
    // Nothing due: review everything, oldest first, rather than nothing.
    const queue = due.length > 0 ? due : sortWords(words, 'date').reverse();
    if (queue.length > 0) setReviewing(queue);
  };

  // R starts a review from anywhere on the page but a text field.
  useDocumentKeys((event) => {
    if (reviewing || event.key.toLowerCase() !== 'r' || event.altKey || event.ctrlKey || event.metaKey || isEditable(event.target)) return;
    event.preventDefault();
    startReview();
  });

  function exportAs(kind: ExportKind) {
    const { format, type, file } = EXPORTS[kind];
    const url = URL.createObjectURL(new Blob([format(words)], { type }));
    setDownload({ kind, url });
    const link = document.createElement('a');
    link.href = url;
    link.download = file;
    link.click();
  }

  async function importFile(file: File | undefined) {
    if (!file) return;
    try {
      const imported = fromCsv(await file.text());
      const before = list?.length ?? 0;
      const after = await importWords(imported);
      setStatus(i18n.t('wordListImported', after.length - before));
    } catch (error) {
      setStatus(i18n.t('wordListImportFailed', [error instanceof Error ? error.message : String(error)]));
    }
  }

  return (
    <main class="word-list-page">
      <header class="page-head">
        <div>
          <h1>{i18n.t('wordListTitle')}</h1>
          {list !== null && (
            <p class="summary-line" data-testid="word-summary">
              {i18n.t('wordListSummary', [String(words.length), String(due.length)])}
            </p>
          )}
        </div>
        <div class="page-actions">
          <button class="primary" data-testid="review-start" disabled={words.length === 0} onClick={startReview}>
            {i18n.t('reviewStart')} <kbd>R</kbd>
          </button>
          <button data-testid="export-csv" disabled={words.length === 0} onClick={() => exportAs('csv')}>
            {i18n.t('wordListExportCsv')}
          </button>
          <button data-testid="export-anki" disabled={words.length === 0} onClick={() => exportAs('anki')}>
            {i18n.t('wordListExportAnki')}
          </button>
          <label class="file-button">
            <input type="file" class="visually-hidden" accept=".csv,text/csv" data-testid="import" onChange={(event) => void importFile(event.currentTarget.files?.[0])} />
            {i18n.t('wordListImport')}
          </label>
        </div>
      </header>
      <div class="notices">
        <p class="status" role="status" data-testid="word-status">
          {status}
        </p>
        {download && (
          <a data-testid="export-link" data-kind={download.kind} href={download.url} download={EXPORTS[download.kind].file}>
            {i18n.t('wordListDownloadAgain', [EXPORTS[download.kind].file])}
          </a>
        )}
      </div>
      {list === null ? null : words.length === 0 ? (
        <p class="empty" data-testid="word-empty">
          {i18n.t('wordListEmpty')}
        </p>
      ) : (
        <>
          <div class="toolbar">
            <input
              type="search"
              data-testid="word-search"
              aria-label={i18n.t('wordListSearch')}
              placeholder={i18n.t('wordListSearch')}
              value={query}
              onInput={(event) => setQuery(event.currentTarget.value)}
            />
            <div class="segmented" role="radiogroup" aria-label={i18n.t('wordListFilterLabel')}>
              {REVIEW_FILTERS.map((option) => (
                <button key={option} role="radio" aria-checked={filter === option} data-testid={`word-filter-${option}`} onClick={() => setFilter(option)}>
                  {i18n.t(`wordListFilter.${option}`)}
                </button>
              ))}
            </div>
            <label class="sort">
              {i18n.t('wordListSortLabel')}
              <select data-testid="word-sort" value={sort} onChange={(event) => setSort(event.currentTarget.value as WordSort)}>
                {WORD_SORTS.map((option) => (
                  <option key={option} value={option}>
                    {i18n.t(`wordListSort.${option}`)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          {shown.length === 0 ? (
            <p class="empty" data-testid="word-none-shown">
              {i18n.t('wordListNoneShown')}
            </p>
          ) : (
            <table>
              <colgroup>
                <col class="col-word" />
                <col class="col-meaning" />
                <col class="col-sentence" />
                <col class="col-note" />
                <col class="col-action" />
              </colgroup>
              <thead>
                <tr>
                  <th>{i18n.t('wordListWord')}</th>
                  <th>{i18n.t('wordListDefinition')}</th>
                  <th>{i18n.t('wordListSentence')}</th>
                  <th>{i18n.t('wordListNote')}</th>
                  <th>
                    <span class="visually-hidden">{i18n.t('wordListDelete')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {shown.map((item) => (
                  <WordListRow key={item.word} item={item} review={current[item.word]} onNote={(note) => void setNote(item.word, note)} onDelete={() => void deleteWord(item.word)} />
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
      {reviewing && <ReviewMode words={reviewing} onMark={(word, result) => void markReviewed(word, result)} onClose={() => setReviewing(null)} />}
    </main>
  );
}
