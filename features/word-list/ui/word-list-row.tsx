// One saved word in the word-list page: the word, its reading and meaning, the sentence and page it came
// from, an editable note and a delete button.
import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { pageLink, type SavedWord } from '../word-list-format';

interface Props {
  item: SavedWord;
  onNote(note: string): void;
  onDelete(): void;
}

export function WordListRow({ item, onNote, onDelete }: Props) {
  const [note, setNote] = useState(item.note);
  useEffect(() => setNote(item.note), [item.note]);
  const other = item.word === item.simplified ? item.traditional : item.simplified;
  // An imported list can hold any address: only a web page's becomes a link (a file: or javascript: one stays text).
  const link = pageLink(item.url);
  return (
    <tr data-testid="word-row" data-word={item.word} data-saved-note={item.note}>
      <td>
        <span class="word" lang="zh">{item.word}</span>
        {other !== item.word && <span class="other" lang="zh"> {other}</span>}
        <div class="pinyin" data-field="pinyin">{item.pinyin}</div>
      </td>
      <td data-field="definition">{item.definition}</td>
      <td>
        <div class="sentence" lang="zh" data-field="sentence">{item.sentence}</div>
        {link ? (
          <a href={link} target="_blank" rel="noreferrer noopener" data-field="source">
            {item.title || item.url}
          </a>
        ) : (
          item.url && <span data-field="source">{item.title || item.url}</span>
        )}
        <div class="count">{item.date ? new Date(item.date).toLocaleString() : ''}</div>
      </td>
      <td>
        <textarea
          data-testid="note"
          aria-label={i18n.t('wordListNoteLabel', [item.word])}
          value={note}
          onInput={(event) => setNote(event.currentTarget.value)}
          onBlur={() => note !== item.note && onNote(note)}
        />
      </td>
      <td>
        <button data-testid="delete" aria-label={i18n.t('wordListDeleteLabel', [item.word])} onClick={onDelete}>
          {i18n.t('wordListDelete')}
        </button>
      </td>
    </tr>
  );
}
