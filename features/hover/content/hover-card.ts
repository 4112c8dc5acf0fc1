// The hover card: one element in the top document with an open shadow root, so page CSS cannot reach it.
// Page text is only ever set as textContent, never parsed as HTML.
import { syllableToZhuyin } from '../../../core/pinyin/zhuyin';
import type { NameKind } from '../../../core/card/names';
import type { WordCard } from '../../../core/card/card';
import type { CardFontSize, Phonetic, ToneColors } from '../../../settings/schema';
import { OWN_ELEMENT_ATTRIBUTE } from '../../../page/skip-rules';

const CARD_CSS = `
:host { all: initial; position: fixed; z-index: 2147483647; left: 0; top: 0; }
:host([hidden]) { display: none; }
.card { box-sizing: border-box; max-width: 360px; min-width: 180px; padding: 10px 12px; border-radius: 8px; overflow-y: auto;
  background: #fffdf8; color: #1d1d1f; border: 1px solid #d9cfbf; box-shadow: 0 6px 24px rgba(0,0,0,.18);
  font: 14px/1.45 system-ui, "Noto Sans CJK SC", "Noto Sans CJK TC", sans-serif; }
.card[data-size="small"] { font-size: 12px; max-width: 320px; } .card[data-size="large"] { font-size: 17px; max-width: 430px; }
.head { display: flex; align-items: baseline; gap: 8px; flex-wrap: wrap; }
.word { font-size: 1.86em; font-family: "Noto Serif CJK SC", "Noto Sans CJK SC", serif; }
.other { font-size: 1.14em; color: #6e6e73; }
.pinyin { font-size: 1.14em; color: #a8322d; }
ol { margin: 6px 0 0; padding-left: 18px; }
.entry-pinyin { color: #6e6e73; font-size: .86em; margin-top: 6px; }
.glossary { margin-top: 8px; padding-top: 6px; border-top: 1px solid #eee3d2; }
.glossary b { color: #7a3b00; }
.tone1 { color: #d32f2f; } .tone2 { color: #2e7d32; } .tone3 { color: #1565c0; } .tone4 { color: #6a1b9a; } .tone5 { color: #616161; }
.card[data-tones="pleco"] .tone1 { color: #e30000; } .card[data-tones="pleco"] .tone2 { color: #02b31c; }
.card[data-tones="pleco"] .tone3 { color: #1510f0; } .card[data-tones="pleco"] .tone4 { color: #8900bf; } .card[data-tones="pleco"] .tone5 { color: #777777; }
.extra, .name { color: #6e6e73; font-size: .86em; margin-top: 2px; }
.usage { font-weight: 600; margin-top: 4px; }
.keys { color: #8e8e93; font-size: .79em; margin-top: 8px; }
.listen { border: 0; background: none; padding: 0 2px; cursor: pointer; color: #6e6e73; vertical-align: middle; line-height: 0; }
.status { font-size: .86em; margin-top: 6px; color: #2e7d32; }
.status.problem { color: #a8322d; }
@media (prefers-color-scheme: dark) {
  .card { background: #232326; color: #f2f2f4; border-color: #3a3a3f; }
  .other, .entry-pinyin { color: #a1a1a6; } .pinyin { color: #ff8a80; } .glossary b { color: #ffb74d; }
  .glossary { border-color: #3a3a3f; }
  .tone1 { color: #ff8a80; } .tone2 { color: #a5d6a7; } .tone3 { color: #90caf9; } .tone4 { color: #ce93d8; } .tone5 { color: #bdbdbd; }
  .card[data-tones="pleco"] .tone3 { color: #7b78ff; } .card[data-tones="pleco"] .tone4 { color: #c566f0; } .card[data-tones="pleco"] .tone5 { color: #a0a0a0; }
}`;

/** Space between the word and the card, the least space between the card and the viewport's edge, and the least
 * height of a card that must scroll inside (in CSS px). */
const GAP = 6;
const MARGIN = 4;
const MIN_HEIGHT = 60;

/** Definitions shown per dictionary entry and entries per card, so the card stays readable. */
const MAX_ENTRIES = 3;
const MAX_DEFINITIONS = 4;

/** Tone of a tone-marked syllable: 1-4 from its mark, 5 (neutral) without one. */
export function toneOf(syllable: string): number {
  const marks = syllable.normalize('NFD');
  if (marks.includes('\u0304')) return 1;
  if (marks.includes('\u0301')) return 2;
  if (marks.includes('\u030c')) return 3;
  if (marks.includes('\u0300')) return 4;
  return 5;
}

const SVG = 'http://www.w3.org/2000/svg';

function speakerIcon(document: Document): SVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '16');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('fill', 'currentColor');
  path.setAttribute('d', 'M3 9v6h4l5 5V4L7 9H3zm13.5 3A4.5 4.5 0 0 0 14 8v8a4.5 4.5 0 0 0 2.5-4zM14 3.2v2.1a7 7 0 0 1 0 13.4v2.1a9 9 0 0 0 0-17.6z');
  svg.append(path);
  return svg;
}

function element(tag: string, className: string, text?: string, field?: string): HTMLElement {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  if (field) el.dataset.field = field;
  return el;
}

/** What the card can say after an action: the word was saved or copied (or not), no Chinese voice to speak it. */
export type CardStatus = 'saved' | 'saveFailed' | 'copied' | 'copyFailed' | 'noVoice';

/** How the card shows a word: tone colours, pinyin or zhuyin, font size (the reader's settings). */
export interface CardDisplay {
  toneColors: ToneColors;
  phonetic: Phonetic;
  fontSize: CardFontSize;
}

export const DEFAULT_CARD_DISPLAY: CardDisplay = { toneColors: 'standard', phonetic: 'pinyin', fontSize: 'medium' };

export interface HoverCard {
  show(card: WordCard, anchor: DOMRect): void;
  /** Changes how words are shown; a card on screen is shown again at once. */
  setDisplay(display: CardDisplay): void;
  /** Shows a line about the last action, until the card shows another word. */
  status(status: CardStatus): void;
  /** Called when the reader presses the card's listen button. */
  onListen(listener: () => void): void;
  hide(): void;
  /** The card's box on screen while it is shown, else null. */
  box(): DOMRect | null;
  contains(node: Node | null): boolean;
  remove(): void;
}

/** The card's own words, in the reader's UI language. */
export interface CardLabels {
  measureWords: string;
  variantOf: string;
  keys: string;
  listen: string;
  saved: string;
  saveFailed: string;
  copied: string;
  copyFailed: string;
  noVoice: string;
  /** "Name of a person", "Place name"… by the kind of name. */
  names: Record<NameKind, string>;
}

export function createHoverCard(document: Document, labels: CardLabels): HoverCard {
  const host = document.createElement('xinwen-card');
  host.setAttribute(OWN_ELEMENT_ATTRIBUTE, '');
  host.setAttribute('hidden', '');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = CARD_CSS;
  const body = element('div', 'card');
  body.setAttribute('role', 'tooltip');
  shadow.append(style, body);
  document.documentElement.append(host);
  let listen = () => {};
  let display = DEFAULT_CARD_DISPLAY;
  let shown: WordCard | null = null;
  const statusLine = element('div', 'status', undefined, 'status');
  statusLine.setAttribute('role', 'status');

  function applyDisplay() {
    body.dataset.tones = display.toneColors;
    body.dataset.size = display.fontSize;
    body.dataset.phonetic = display.phonetic;
  }
  applyDisplay();

  function render(card: WordCard) {
    shown = card;
    const head = element('div', 'head');
    head.append(element('span', 'word', card.word, 'word'));
    if (card.otherScript) head.append(element('span', 'other', card.otherScript, 'other-script'));
    const pinyin = element('span', 'pinyin', undefined, 'pinyin');
    const zhuyin = display.phonetic === 'zhuyin';
    pinyin.lang = zhuyin ? 'zh-Bopo' : 'zh-Latn-pinyin';
    card.pinyin.forEach((syllable, i) => {
      if (i > 0) pinyin.append(document.createTextNode(' '));
      const toneClass = display.toneColors === 'none' ? '' : `tone${toneOf(syllable)}`;
      pinyin.append(element('span', toneClass, zhuyin ? syllableToZhuyin(syllable) : syllable));
    });
    // A drawn speaker: an emoji would need an emoji font, which many systems lack.
    const button = element('button', 'listen', undefined, 'listen');
    button.append(speakerIcon(document));
    button.setAttribute('type', 'button');
    button.setAttribute('aria-label', labels.listen);
    button.title = labels.listen;
    button.addEventListener('click', () => listen());
    head.append(pinyin, button);
    const parts: HTMLElement[] = [head];
    if (card.name) parts.push(element('div', 'name', `${labels.names[card.name.kind]} · ${card.name.pinyin}`, 'name'));
    // What the word does in this sentence (a function word, a place's short name), before the dictionary's senses.
    if (card.usage) parts.push(element('div', 'usage', card.usage, 'usage'));
    for (const entry of card.definitions.slice(0, MAX_ENTRIES)) {
      // A name's entries are its characters': each says which.
      const own = entry.simplified === card.word || entry.traditional === card.word;
      if (card.definitions.length > 1) parts.push(element('div', 'entry-pinyin', own ? entry.pinyin : `${entry.simplified} ${entry.pinyin}`));
      const list = element('ol', '');
      for (const definition of entry.definitions.slice(0, MAX_DEFINITIONS)) list.append(element('li', '', definition, 'definition'));
      parts.push(list);
      if (entry.classifiers.length > 0) parts.push(element('div', 'extra', `${labels.measureWords} ${entry.classifiers.join('  ')}`, 'classifiers'));
      if (entry.variantOf.length > 0) parts.push(element('div', 'extra', `${labels.variantOf} ${entry.variantOf.join('  ')}`, 'variants'));
    }
    if (card.glossary) {
      const glossary = element('div', 'glossary', undefined, 'glossary');
      // A term the word is part of here (党中央 in 以习近平同志为核心的党中央) is named.
      if (card.glossary.term !== card.word && card.glossary.traditional !== card.word) glossary.append(`${card.glossary.term} `);
      glossary.append(element('b', '', card.glossary.english), ` — ${card.glossary.explanation}`);
      parts.push(glossary);
    }
    statusLine.textContent = '';
    statusLine.hidden = true;
    parts.push(statusLine, element('div', 'keys', labels.keys));
    body.replaceChildren(...parts);
  }

  return {
    show(card, anchor) {
      render(card);
      host.removeAttribute('hidden');
      // Below the word when there is room, above it otherwise, on the roomier side when neither has room (then
      // scrolling inside); always inside the viewport, scrollbars excluded (clientWidth, not innerWidth).
      // In quirks mode (a page without a doctype) the body, not the root element, reports the viewport's size.
      const view = document.compatMode === 'BackCompat' && document.body ? document.body : document.documentElement;
      const viewWidth = view.clientWidth || document.defaultView!.innerWidth;
      const viewHeight = view.clientHeight || document.defaultView!.innerHeight;
      body.style.removeProperty('max-height');
      let { width, height } = body.getBoundingClientRect();
      const roomBelow = viewHeight - anchor.bottom - GAP - MARGIN;
      const roomAbove = anchor.top - GAP - MARGIN;
      const below = height <= roomBelow || roomBelow >= roomAbove;
      const room = below ? roomBelow : roomAbove;
      if (height > room) {
        const fits = viewHeight - 2 * MARGIN;
        body.style.setProperty('max-height', `${Math.floor(Math.min(fits, Math.max(MIN_HEIGHT, room)))}px`);
        // Measured again: a scrollbar inside may make it wider as well as shorter.
        ({ width, height } = body.getBoundingClientRect());
      }
      const left = Math.max(MARGIN, Math.min(anchor.left, viewWidth - width - MARGIN));
      // In a viewport too small for a card beside the word (a small frame), the card covers the word rather than
      // leave the viewport.
      const wanted = below ? anchor.bottom + GAP : anchor.top - height - GAP;
      const top = Math.max(MARGIN, Math.min(wanted, viewHeight - height - MARGIN));
      host.style.setProperty('transform', `translate(${Math.round(left)}px, ${Math.round(top)}px)`);
    },
    hide() {
      host.setAttribute('hidden', '');
    },
    setDisplay(next) {
      display = next;
      applyDisplay();
      // Only the word line changes: the status line (a word just saved) stays as it is.
      if (shown && !host.hasAttribute('hidden')) {
        const status = { text: statusLine.textContent, hidden: statusLine.hidden };
        render(shown);
        statusLine.textContent = status.text;
        statusLine.hidden = status.hidden;
      }
    },
    status(status) {
      statusLine.textContent = labels[status];
      statusLine.className = status === 'saved' || status === 'copied' ? 'status' : 'status problem';
      statusLine.dataset.status = status;
      statusLine.hidden = false;
    },
    onListen(listener) {
      listen = listener;
    },
    box: () => (host.hasAttribute('hidden') ? null : body.getBoundingClientRect()),
    contains: (node) => node !== null && (node === host || host.contains(node)),
    remove: () => host.remove(),
  };
}
