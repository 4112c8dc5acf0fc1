// The options page's live preview: the real hover card (the content script's own element and markup), showing the
// worker's real answer for a word of a sample sentence, redrawn as each display setting changes.
import { i18n } from '#i18n';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { WordCard } from '../core/card/card';
import { sendToBackground } from '../protocol/send-message';
import { cardLabels } from '../features/hover/content/card-labels';
import { createHoverCard, type CardDisplay, type HoverCard } from '../features/hover/content/hover-card';

/** The sample: a sentence read in context (行长 is háng zhǎng here, not xíng cháng) and the character pointed at. */
const SAMPLE_TEXT = '这家银行行长昨天发表了讲话。';
const SAMPLE_OFFSET = 4;

export function CardPreview({ display }: { display: CardDisplay }) {
  const slot = useRef<HTMLDivElement>(null);
  const card = useRef<HoverCard | null>(null);
  const [word, setWord] = useState<WordCard | null>(null);
  const [failed, setFailed] = useState(false);

  useLayoutEffect(() => {
    // The card in the preview's slot, where options.css keeps it in the page's flow instead of over the page.
    const created = createHoverCard(document, cardLabels(), undefined, slot.current!);
    card.current = created;
    return () => created.remove();
  }, []);

  useEffect(() => {
    void sendToBackground('lookupWord', { text: SAMPLE_TEXT, offset: SAMPLE_OFFSET }).then((reply) => {
      if (reply.ok && reply.value) setWord(reply.value);
      else setFailed(true);
    });
  }, []);

  useEffect(() => {
    if (!card.current) return;
    card.current.setDisplay(display);
    if (word) card.current.show(word, new DOMRect(0, 0, 0, 0));
  }, [display, word]);

  const shown = word ? SAMPLE_TEXT.slice(word.start, word.end) : '';
  const at = word ? word.start : SAMPLE_TEXT.length;
  return (
    <section class="preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">{i18n.t('previewHeading')}</h2>
      <p class="preview-sentence" lang="zh-Hans">
        {SAMPLE_TEXT.slice(0, at)}
        {shown && <mark>{shown}</mark>}
        {SAMPLE_TEXT.slice(at + shown.length)}
      </p>
      <div class="card-preview" data-testid="card-preview" data-ready={String(word !== null)} ref={slot} />
      {failed && <p class="hint">{i18n.t('previewFailed')}</p>}
    </section>
  );
}
