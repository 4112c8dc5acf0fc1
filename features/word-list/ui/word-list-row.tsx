// One saved word in the word-list page: the word, its reading and meanings (the first shown, the rest behind a
// disclosure), the sentence it was saved from with the word marked, the page it came from, an editable note, its
// review state and a delete button.
import { i18n } from '#i18n';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { markTerm } from '../../../core/glossary/mark-term';
import { pageLink, type SavedWord } from '../word-list-format';
import type { ReviewState } from '../word-review';
import { readableDefinitions, TonedPinyin, wordForms } from './word-parts';

interface Props {
  item: SavedWord;
  review: ReviewState | undefined;
  onNote(note: string): void;
  onDelete(): void;
}

export function WordListRow({ item, review, onNote, onDelete }: Props) {
  const [note, setNote] = useState(item.note);
  const [saved, setSaved] = useState(false);
  useEffect(() => setNote(item.note), [item.note]);
  const other = item.word === item.simplified ? item.traditional : item.simplified;
  const [first, ...more] = readableDefinitions(item);
  // An imported list can hold any address: only a web page's becomes a link (a file: or javascript: one stays text).
  const link = pageLink(item.url);
  return (
    <tr data-testid="word-row" data-word={item.word} data-saved-note={item.note} data-review={review?.last ?? 'new'}>
      <td class="word-cell">
        <span class="word" lang="zh">
          {item.word}
        </span>
        {other !== item.word && (
          <span class="other" lang="zh">
            {other}
          </span>
        )}
        <div class="pinyin" data-field="pinyin" lang="zh-Latn-pinyin">
          <TonedPinyin pinyin={item.pinyin} />
        </div>
        <ReviewBadge review={review} />
      </td>
      <td class="meaning-cell">
        {first !== undefined && <div data-field="definition">{first}</div>}
        {more.length > 0 && (
          <details class="more-meanings">
            <summary>{i18n.t('wordListMoreMeanings', more.length)}</summary>
            <ol start={2}>
              {more.map((definition, i) => (
                <li key={i} data-field="definition">
                  {definition}
                </li>
              ))}
            </ol>
          </details>
        )}
      </td>
      <td class="sentence-cell">
        <div class="sentence" lang="zh" data-field="sentence">
          {markTerm(item.sentence, wordForms(item)).map((part, i) => (part.mark ? <mark key={i}>{part.text}</mark> : part.text))}
        </div>
        <div class="source">
          {link ? (
            <a href={link} target="_blank" rel="noreferrer noopener" data-field="source">
              {item.title || item.url}
            </a>
          ) : (
            item.url && <span data-field="source">{item.title || item.url}</span>
          )}
          {item.date && <span class="date">{new Date(item.date).toLocaleDateString()}</span>}
        </div>
      </td>
      <td class="note-cell">
        <NoteBox
          value={note}
          label={i18n.t('wordListNoteLabel', [item.word])}
          onInput={(value) => {
            setNote(value);
            setSaved(false);
          }}
          onBlur={() => {
            if (note === item.note) return;
            onNote(note);
            setSaved(true);
          }}
        />
        <span class="note-status" role="status">
          {saved ? i18n.t('wordListNoteSaved') : ''}
        </span>
      </td>
      <td class="action-cell">
        <button class="quiet" data-testid="delete" aria-label={i18n.t('wordListDeleteLabel', [item.word])} onClick={onDelete}>
          {i18n.t('wordListDelete')}
        </button>
      </td>
    </tr>
  );
}

/** A note box that grows with what is written in it, so a note of several lines is read and written whole. */
function NoteBox({ value, label, onInput, onBlur }: { value: string; label: string; onInput(value: string): void; onBlur(): void }) {
  const box = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    element.style.height = 'auto';
    element.style.height = `${element.scrollHeight + 2}px`;
  }, [value]);
  return (
    <textarea
      ref={box}
      data-testid="note"
      rows={2}
      aria-label={label}
      placeholder={i18n.t('wordListNotePlaceholder')}
      value={value}
      onInput={(event) => onInput(event.currentTarget.value)}
      onBlur={onBlur}
    />
  );
}

function ReviewBadge({ review }: { review: ReviewState | undefined }) {
  if (!review) return <span class="badge" data-field="review">{i18n.t('wordListReviewNew')}</span>;
  const due = new Date(review.due);
  const label = review.last === 'known' ? i18n.t('wordListReviewKnown', [due.toLocaleDateString()]) : i18n.t('wordListReviewAgain');
  return (
    <span class={review.last === 'known' ? 'badge ok' : 'badge warn'} data-field="review">
      {label}
    </span>
  );
}
