// The word-list page: the reader's saved words, sorted, searched, annotated, deleted, exported as CSV
// or for Anki, and imported back from the CSV it exported.
import { i18n } from '#i18n';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { deleteWord, importWords, setNote, wordList } from '../word-list-store';
import { fromCsv, searchWords, sortWords, toAnkiTsv, toCsv, WORD_SORTS, type SavedWord, type WordSort } from '../word-list-format';
import { WordListRow } from './word-list-row';

type ExportKind = 'csv' | 'anki';

const EXPORTS: Record<ExportKind, { format: (list: readonly SavedWord[]) => string; type: string; file: string }> = {
  // A byte order mark so spreadsheet programs read the Chinese text as UTF-8.
  csv: { format: (list) => `\ufeff${toCsv(list)}`, type: 'text/csv;charset=utf-8', file: 'xinwen-words.csv' },
  anki: { format: toAnkiTsv, type: 'text/tab-separated-values;charset=utf-8', file: 'xinwen-words-anki.txt' },
};

export function WordListApp() {
  const [list, setList] = useState<SavedWord[] | null>(null);
  const [sort, setSort] = useState<WordSort>('date');
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState('');
  const [download, setDownload] = useState<{ kind: ExportKind; url: string } | null>(null);

  useEffect(() => {
    void wordList().getValue().then(setList);
    return wordList().watch((value) => setList(value ?? []));
  }, []);
  useEffect(() => () => download && URL.revokeObjectURL(download.url), [download]);

  const shown = useMemo(() => sortWords(searchWords(list ?? [], query), sort), [list, query, sort]);

  function exportAs(kind: ExportKind) {
    const { format, type, file } = EXPORTS[kind];
    const url = URL.createObjectURL(new Blob([format(list ?? [])], { type }));
    setDownload({ kind, url });
    const link = document.createElement('a');
    link.href = url;
    link.download = file;
    link.click();
  }

  async function importFile(file: File | undefined) {
    if (!file) return;
    try {
      const words = fromCsv(await file.text());
      const before = list?.length ?? 0;
      const after = await importWords(words);
      setStatus(i18n.t('wordListImported', after.length - before));
    } catch (error) {
      setStatus(i18n.t('wordListImportFailed', [error instanceof Error ? error.message : String(error)]));
    }
  }

  return (
    <main>
      <h1>{i18n.t('wordListTitle')}</h1>
      <div class="tools">
        <input type="search" data-testid="word-search" aria-label={i18n.t('wordListSearch')} placeholder={i18n.t('wordListSearch')} value={query} onInput={(event) => setQuery(event.currentTarget.value)} />
        <label>
          {i18n.t('wordListSortLabel')}{' '}
          <select data-testid="word-sort" value={sort} onChange={(event) => setSort(event.currentTarget.value as WordSort)}>
            {WORD_SORTS.map((option) => (
              <option key={option} value={option}>
                {i18n.t(`wordListSort.${option}`)}
              </option>
            ))}
          </select>
        </label>
        <button data-testid="export-csv" onClick={() => exportAs('csv')}>{i18n.t('wordListExportCsv')}</button>
        <button data-testid="export-anki" onClick={() => exportAs('anki')}>{i18n.t('wordListExportAnki')}</button>
        <label>
          {i18n.t('wordListImport')}{' '}
          <input type="file" accept=".csv,text/csv" data-testid="import" onChange={(event) => void importFile(event.currentTarget.files?.[0])} />
        </label>
        {download && (
          <a data-testid="export-link" data-kind={download.kind} href={download.url} download={EXPORTS[download.kind].file}>
            {EXPORTS[download.kind].file}
          </a>
        )}
      </div>
      <p class="status" role="status" data-testid="word-status">{status}</p>
      {list === null ? null : list.length === 0 ? (
        <p class="empty" data-testid="word-empty">{i18n.t('wordListEmpty')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{i18n.t('wordListWord')}</th>
              <th>{i18n.t('wordListDefinition')}</th>
              <th>{i18n.t('wordListSentence')}</th>
              <th>{i18n.t('wordListNote')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {shown.map((item) => (
              <WordListRow key={item.word} item={item} onNote={(note) => void setNote(item.word, note)} onDelete={() => void deleteWord(item.word)} />
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
