// The options page's live preview: the real hover card (the content script's own element and markup), showing the
// worker's real answer for a word of a sample sentence, and the sentence in ruby with ruby's own markup and style
// sheet, both redrawn as each display setting changes.
import { i18n } from '#i18n';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { WordCard } from '../core/card/card';
import { sendToBackground } from '../protocol/send-message';
import { cardLabels } from '../features/hover/content/card-labels';
import { createHoverCard, type CardDisplay, type HoverCard } from '../features/hover/content/hover-card';
import { OWN_ELEMENT_ATTRIBUTE } from '../page/skip-rules';
import { annotated, RUBY_ATTRIBUTE } from '../features/ruby/content/ruby-annotation';
import { createRubyStyle, type RubyLook, type RubyStyle } from '../features/ruby/content/ruby-style';

/** The sample: a sentence read in context (行长 is háng zhǎng here, not xíng cháng) and the character pointed at. */
const SAMPLE_TEXT = '这家银行行长昨天发表了讲话。';
const SAMPLE_OFFSET = 4;

export function CardPreview({ display }: { display: CardDisplay }) {
  const slot = useRef<HTMLDivElement>(null);
  const card = useRef<HoverCard | null>(null);
  const [word, setWord] = useState<WordCard | null>(null);
  const [failed, setFailed] = useState(false);

  useLayoutEffect(() => {
    const created = createHoverCard(document, cardLabels(), undefined, slot.current!);
    // In the preview's slot the card stands in the page's flow instead of over the page: a rule inside its shadow root,
    // after the card's own, the only place that outranks them (hover-card.ts).
    const inFlow = document.createElement('style');
    inFlow.textContent = ':host{position:relative!important;transform:none!important;z-index:auto!important;display:block!important}';
    slot.current!.querySelector(`[${OWN_ELEMENT_ATTRIBUTE}]`)!.shadowRoot!.append(inFlow);
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
      <h3>{i18n.t('previewRubyHeading')}</h3>
      <RubyPreview look={{ toneColors: display.toneColors, size: display.fontSize }} />
      {failed && <p class="hint">{i18n.t('previewFailed')}</p>}
    </section>
  );
}

/** The sample sentence as ruby shows it on a page: the worker's readings in ruby's markup and style sheet. */
function RubyPreview({ look }: { look: RubyLook }) {
  const slot = useRef<HTMLParagraphElement>(null);
  const style = useRef<RubyStyle | null>(null);
  const current = useRef(look);
  current.current = look;
  useEffect(() => {
    const rubyStyle = createRubyStyle(document, RUBY_ATTRIBUTE, () => current.current);
    style.current = rubyStyle;
    if (slot.current) slot.current.textContent = SAMPLE_TEXT;
    void sendToBackground('pinyin', { text: SAMPLE_TEXT }).then((reply) => {
      const paragraph = slot.current;
      if (!reply.ok || !paragraph) return;
      const [size = 0] = rubyStyle.textSizes(paragraph.firstChild instanceof Text ? [paragraph.firstChild] : []);
      const wrapper = annotated(document, SAMPLE_TEXT, reply.value.flatMap((token) => token.pinyin), rubyStyle);
      rubyStyle.sized(wrapper, size);
      paragraph.replaceChildren(wrapper);
      rubyStyle.apply(paragraph);
      paragraph.dataset.ready = 'true';
    });
    return () => rubyStyle.remove();
  }, []);
  useEffect(() => {
    if (slot.current?.dataset.ready) style.current?.apply(slot.current);
  }, [look.toneColors, look.size]);
  // Filled outside Preact: the text, then ruby's own markup.
  return <p class="ruby-preview" lang="zh-Hans" data-testid="ruby-preview" ref={slot} />;
}
