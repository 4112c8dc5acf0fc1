// The hover card: one element in the top document with an open shadow root, so page CSS cannot reach it.
// Page text is only ever set as textContent, never parsed as HTML.
// The host is a plain div: a page can define a custom element of any tag name first (one that refuses a shadow root),
// never a built-in one. Its rules are !important from inside the shadow root, which beats the page's rules for every
// div, even !important ones; where it stands is a variable (`all` leaves variables alone) set on its own style.
import { toneColorCss, toneOf } from '../../../core/pinyin/tone-colors';
import type { NameKind } from '../../../core/card/names';
import type { WordCard } from '../../../core/card/card';
import type { CardFontSize, Phonetic, ToneColors } from '../../../settings/schema';
import { OWN_ELEMENT_ATTRIBUTE } from '../../../page/skip-rules';

// Colours as variables, light then dark: every text on the card keeps 4.5:1 (WCAG AA) on its background. Tone colours
// come from the shared palette (core/pinyin/tone-colors.ts), chosen by the card's data-tones. Written compact: the
// content script that carries it loads on every page.
const CARD_CSS = `
:host{all:initial!important;position:fixed!important;z-index:2147483647!important;left:0!important;top:0!important;transform:var(--at)!important}
:host([hidden]),[hidden]{display:none!important}
.card{--fg:#1d1d1f;--mu:#5e5e63;--ac:#a8322d;--ok:#2e6b30;--gl:#7a3b00;--ln:#e4ddd2;
box-sizing:border-box;max-width:360px;min-width:180px;padding:10px 12px;border-radius:8px;overflow-y:auto;
background:#fffdf8;color:var(--fg);border:1px solid #d9cfbf;box-shadow:0 6px 24px rgba(0,0,0,.18);font:14px/1.45 system-ui,"Noto Sans CJK SC","Noto Sans CJK TC",sans-serif}
@media (prefers-color-scheme:dark){.card{--fg:#f2f2f4;--mu:#c2c2c7;--ac:#ff8a80;--ok:#a5d6a7;--gl:#ffb74d;--ln:#45454b;background:#232326;border-color:#45454b}}
.card[data-size="small"]{font-size:12px;max-width:320px}
.card[data-size="large"]{font-size:17px;max-width:430px}
.head{display:flex;align-items:baseline;gap:8px;flex-wrap:wrap}
.word{font-size:1.86em;font-family:"Noto Serif CJK SC","Noto Sans CJK SC",serif}
.other{font-size:1.14em;color:var(--mu)}
.pinyin{font-size:1.14em;color:var(--ac)}
ol{margin:6px 0 0;padding-left:18px}
.entry-pinyin,.extra,.name{color:var(--mu);font-size:.86em;margin-top:6px}
.extra,.name{margin-top:2px}
.usage{font-weight:600;margin-top:4px}
.glossary{margin-top:8px;padding-top:6px;border-top:1px solid var(--ln)}
.glossary b{color:var(--gl)}
button{font:inherit;color:var(--mu);background:none;border:0;padding:0;cursor:pointer}
.listen{padding:0 2px;vertical-align:middle;line-height:0}
svg{width:16px;height:16px}
.help{margin-left:auto;font:600 11px/16px sans-serif;width:18px;border:1px solid var(--ln);border-radius:50%}
.more{display:block;margin-top:6px;font-size:.86em;color:var(--ac);text-align:left}
.keys{display:flex;flex-wrap:wrap;gap:2px 12px;margin-top:8px;padding-top:6px;border-top:1px solid var(--ln);font-size:.86em;color:var(--mu)}
.keys span{white-space:nowrap}
kbd{font:600 .9em/1.3 ui-monospace,monospace;color:var(--fg);border:1px solid var(--ln);border-radius:3px;padding:0 3px;margin-right:4px}
.status{font-size:.86em;margin-top:6px;color:var(--ok)}
.status.problem{color:var(--ac)}
${toneColorCss()}`;

/** Space between the word and the card, the least space between the card and the viewport's edge, and the least
 * height of a card that must scroll inside (in CSS px). */
const GAP = 6;
const MARGIN = 4;
const MIN_HEIGHT = 60;

/** Definitions shown per dictionary entry and entries per card, so the card stays readable; the entries after the
 * first (the reading in this sentence) are folded under one line until asked for. */
const MAX_ENTRIES = 3;
const MAX_DEFINITIONS = 4;

const SVG = 'http://www.w3.org/2000/svg';

function speakerIcon(document: Document): SVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
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
  /** Shows or hides the list of the card's keys ("?"); it then stays so for the cards that follow. */
  toggleKeys(): void;
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
  /** The "?" button's name, and the line that unfolds the other readings ("Other readings:"). */
  keysButton: string;
  moreReadings: string;
}

/**
 * `firstCards`: called for each new word shown, true while it is one of the reader's first cards, which show the
 * list of keys unasked; after them the list waits behind "?". `parent`: where the card goes (the options' preview).
 */
export function createHoverCard(document: Document, labels: CardLabels, firstCards: () => boolean = () => false, parent: ParentNode = document.documentElement): HoverCard {
  const host = document.createElement('div');
  host.setAttribute(OWN_ELEMENT_ATTRIBUTE, '');
  host.setAttribute('hidden', '');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = CARD_CSS;
  const body = element('div', 'card');
  body.setAttribute('role', 'tooltip');
  shadow.append(style, body);
  parent.append(host);
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

  /** The list of keys: shown on the first cards, then when the reader asks with "?" (and until asked again). */
  let keysOpen = false;
  let keysPinned: boolean | null = null;
  let anchor: DOMRect | null = null;
  const keys = element('div', 'keys', undefined, 'keys');
  // "N next · B previous · …": each key and what it does, kept on one line.
  for (const item of labels.keys.split(' · ')) {
    const [key = '', ...what] = item.split(' ');
    const hint = element('span', '');
    hint.append(element('kbd', '', key), what.join(' '));
    keys.append(hint);
  }

  /** An entry's reading; a name's entries are its characters', and each says which. */
  const readingOf = (card: WordCard, entry: WordCard['definitions'][number]) =>
    entry.simplified === card.word || entry.traditional === card.word ? entry.pinyin : `${entry.simplified} ${entry.pinyin}`;

  function entryParts(card: WordCard, entry: WordCard['definitions'][number]): HTMLElement[] {
    const parts: HTMLElement[] = [];
    if (card.definitions.length > 1) parts.push(element('div', 'entry-pinyin', readingOf(card, entry)));
    const list = element('ol', '');
    for (const definition of entry.definitions.slice(0, MAX_DEFINITIONS)) list.append(element('li', '', definition, 'definition'));
    parts.push(list);
    if (entry.classifiers.length > 0) parts.push(element('div', 'extra', `${labels.measureWords} ${entry.classifiers.join('  ')}`, 'classifiers'));
    if (entry.variantOf.length > 0) parts.push(element('div', 'extra', `${labels.variantOf} ${entry.variantOf.join('  ')}`, 'variants'));
    return parts;
  }

  function button(className: string, label: string, onClick: () => void, text?: string): HTMLElement {
    const made = element('button', className, text, className);
    made.setAttribute('type', 'button');
    made.setAttribute('aria-label', label);
    made.title = label;
    // The reader's press only: a page script's click() on the card's buttons (it can reach the open shadow root) does nothing.
    made.addEventListener('click', (event) => event.isTrusted && onClick());
    return made;
  }

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
      pinyin.append(element('span', toneClass, zhuyin ? (card.zhuyin?.[i] ?? syllable) : syllable));
    });
    // A drawn speaker: an emoji would need an emoji font, which many systems lack.
    const listenButton = button('listen', labels.listen, () => listen());
    listenButton.append(speakerIcon(document));
    head.append(pinyin, listenButton, button('help', labels.keysButton, () => api.toggleKeys(), '?'));
    const parts: HTMLElement[] = [head];
    if (card.name) parts.push(element('div', 'name', `${labels.names[card.name.kind]} · ${card.name.pinyin}`, 'name'));
    // What the word does in this sentence (a function word, a place's short name), before the dictionary's senses.
    if (card.usage) parts.push(element('div', 'usage', card.usage, 'usage'));
    const [first, ...others] = card.definitions.slice(0, MAX_ENTRIES);
    if (first) parts.push(...entryParts(card, first));
    if (others.length > 0) {
      // The other readings, one line until the reader opens them.
      const rest = element('div', '', undefined, 'other-readings');
      rest.hidden = true;
      rest.append(...others.flatMap((entry) => entryParts(card, entry)));
      const more = button('more', labels.moreReadings, () => {
        rest.hidden = !rest.hidden;
        more.setAttribute('aria-expanded', String(!rest.hidden));
        place();
      }, `${labels.moreReadings} ${others.map((entry) => readingOf(card, entry)).join(' · ')} ▾`);
      more.setAttribute('aria-expanded', 'false');
      parts.push(more, rest);
    }
    if (card.glossary) {
      const glossary = element('div', 'glossary', undefined, 'glossary');
      // A term the word is part of here (党中央 in 以习近平同志为核心的党中央) is named, in the word's script.
      const { term, traditional } = card.glossary;
      if (term !== card.word && traditional !== card.word) glossary.append(`${card.definitions.some((entry) => entry.traditional === card.word && entry.simplified !== card.word) ? traditional : term} `);
      glossary.append(element('b', '', card.glossary.english), ` — ${card.glossary.explanation}`);
      parts.push(glossary);
    }
    statusLine.textContent = '';
    statusLine.hidden = true;
    keys.hidden = !keysOpen;
    parts.push(statusLine, keys);
    body.replaceChildren(...parts);
  }

  /** Below the word when there is room, above it otherwise, on the roomier side when neither has room (then
   * scrolling inside); always inside the viewport, scrollbars excluded (clientWidth, not innerWidth). */
  function place() {
    if (!anchor || host.hasAttribute('hidden')) return;
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
    host.style.setProperty('--at', `translate(${Math.round(left)}px, ${Math.round(top)}px)`, 'important');
  }

  const api: HoverCard = {
    show(card, at) {
      // A new word (not the same one shown again): one of the reader's first cards shows its keys.
      if (card.word !== shown?.word || card.start !== shown.start) keysOpen = keysPinned ?? firstCards();
      render(card);
      anchor = at;
      host.removeAttribute('hidden');
      place();
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
    toggleKeys() {
      keysOpen = keysPinned = !keysOpen;
      keys.hidden = !keysOpen;
      place();
    },
    box: () => (host.hasAttribute('hidden') ? null : body.getBoundingClientRect()),
    contains: (node) => node !== null && (node === host || host.contains(node)),
    remove: () => host.remove(),
  };
  return api;
}
