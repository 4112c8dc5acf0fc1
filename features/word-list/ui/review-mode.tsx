// Review mode, driven from the keyboard: each due word is shown with its sentence; Space (or Enter) reveals its
// pinyin and meanings; K (or →) marks it known, A (or ←) again, and again brings it back before the session ends;
// Escape leaves. Every mark is saved at once (word-list-store.ts), so a session left half-way goes on from there.
import { i18n } from '#i18n';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useDocumentKeys } from './use-document-keys';
import { markTerm } from '../../../core/glossary/mark-term';
import { type SavedWord } from '../word-list-format';
import { reviewKey, type ReviewResult } from '../word-review';
import { readableDefinitions, TonedPinyin, wordForms } from './word-parts';

interface Props {
  /** The words to review, in order (reviewQueue). */
  words: readonly SavedWord[];
  onMark(word: string, result: ReviewResult): void;
  onClose(): void;
}

export function ReviewMode({ words, onMark, onClose }: Props) {
  const [queue, setQueue] = useState(() => [...words]);
  const [revealed, setRevealed] = useState(false);
  const [tally, setTally] = useState({ known: 0, again: 0 });
  const dialog = useRef<HTMLDivElement>(null);
  const current = queue[0];

  useLayoutEffect(() => dialog.current?.focus(), [current, revealed]);

  const act = (action: ReturnType<typeof reviewKey>) => {
    if (!action) return;
    if (action === 'close') return onClose();
    if (action === 'reveal') return setRevealed(true);
    if (!current) return;
    onMark(current.word, action);
    setTally((counts) => ({ ...counts, [action]: counts[action] + 1 }));
    // Again: asked once more at the end of this session.
    setQueue(([, ...rest]) => (action === 'again' ? [...rest, current] : rest));
    setRevealed(false);
  };

  useDocumentKeys((event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return;
    const action = reviewKey(event.key, revealed);
    if (!action) return;
    event.preventDefault();
    act(action);
  });

  return (
    <div class="review-backdrop">
      <div class="review" role="dialog" aria-modal="true" aria-labelledby="review-title" tabIndex={-1} ref={dialog} data-testid="review-card">
        <header class="review-head">
          <h2 id="review-title">{i18n.t('reviewTitle')}</h2>
          <span class="review-progress" data-testid="review-progress">
            {i18n.t('reviewTally', [String(tally.known), String(tally.again), String(queue.length)])}
          </span>
          <button class="quiet" data-testid="review-close" onClick={onClose}>
            {i18n.t('reviewClose')} <kbd>Esc</kbd>
          </button>
        </header>
        {current ? (
          <>
            <div class="review-word" lang="zh" data-testid="review-word">
              {current.word}
            </div>
            {current.sentence && (
              <p class="review-sentence" lang="zh">
                {markTerm(current.sentence, wordForms(current)).map((part, i) => (part.mark ? <mark key={i}>{part.text}</mark> : part.text))}
              </p>
            )}
            {revealed ? (
              <div class="review-answer" data-testid="review-answer">
                <div class="review-pinyin pinyin" lang="zh-Latn-pinyin" data-field="pinyin">
                  <TonedPinyin pinyin={current.pinyin} />
                </div>
                <ol class="review-meanings">
                  {readableDefinitions(current).map((definition, i) => (
                    <li key={i} data-field="definition">
                      {definition}
                    </li>
                  ))}
                </ol>
                {current.note && <p class="review-note">{current.note}</p>}
                <div class="review-buttons">
                  <button data-testid="review-again" onClick={() => act('again')}>
                    {i18n.t('reviewAgain')} <kbd>A</kbd>
                  </button>
                  <button class="primary" data-testid="review-known" onClick={() => act('known')}>
                    {i18n.t('reviewKnown')} <kbd>K</kbd>
                  </button>
                </div>
              </div>
            ) : (
              <div class="review-buttons">
                <button class="primary" data-testid="review-reveal" onClick={() => act('reveal')}>
                  {i18n.t('reviewReveal')} <kbd>{i18n.t('reviewSpace')}</kbd>
                </button>
              </div>
            )}
          </>
        ) : (
          <div class="review-done" data-testid="review-done">
            <p>{i18n.t('reviewDone', [String(tally.known), String(tally.again)])}</p>
            <button class="primary" onClick={onClose}>
              {i18n.t('reviewBack')}
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
