// What a page with Chinese text gets: the hover card with its keys, following the reader's settings.
import { sendToBackground } from '../../../protocol/send-message';
import { cardLabels } from './card-labels';
import { startHover } from './hover';
import { createHoverCard, type CardDisplay } from './hover-card';
import { keepWorkerWarm } from './keep-warm';
import { firstCardsCounter } from './key-hints';
import type { HoverMode, Settings } from '../../../settings/schema';
import type { PageSettings } from '../../../settings/page-settings';
import { createHighlight } from '../../../page/highlight';

export function startReading(document: Document, host: string, settings: PageSettings, signal: AbortSignal): void {
  // The hover setting for this page, read on each move and hello (settings change live). The whole extension
  // switched off for the site ends the cards at once too (the rest stops on the next load).
  const mode = () => {
    const { hoverMode, hoverOffSites, disabledSites } = settings.current();
    return hoverOffSites.includes(host) || disabledSites.includes(host) ? 'off' : hoverMode;
  };
  // Hover settings change live: follow them from now on.
  settings.subscribe(['hoverMode', 'hoverOffSites', 'disabledSites'], () => undefined);
  // First, and apart from the card: a page where no card can be built keeps a warm worker (and the content script
  // goes on to its hello).
  keepWorkerWarm(document, () => void sendToBackground('hello', {}), () => mode() !== 'off', signal);
  try {
    startCard(document, settings, mode, signal);
  } catch {
    // No card on this page (an XML or SVG document, whose elements take no shadow root): the rest still works.
  }
}

function startCard(document: Document, settings: PageSettings, mode: () => HoverMode, signal: AbortSignal): void {
  const card = createHoverCard(document, cardLabels(), firstCardsCounter());
  signal.addEventListener('abort', () => card.remove());
  const display = ({ toneColors, phonetic, cardFontSize }: Settings): CardDisplay => ({ toneColors, phonetic, fontSize: cardFontSize });
  card.setDisplay(display(settings.current()));
  void settings.ready.then((stored) => card.setDisplay(display(stored)));
  settings.subscribe(['toneColors', 'phonetic', 'cardFontSize'], (next) => card.setDisplay(display(next)));
  const lookup = (text: string, offset: number, options: { length?: number; align?: 'start' | 'end' } = {}) =>
    sendToBackground('lookupWord', { text, offset, ...(options.length ? { length: options.length } : {}), ...(options.align ? { align: options.align } : {}) });
  const save = (word: Parameters<typeof sendToBackground<'saveWord'>>[1]) => sendToBackground('saveWord', word);
  // The word the card shows, marked in the page.
  const highlight = createHighlight(document.defaultView as Window & typeof globalThis, 'xinwen-word', 'background-color: rgba(255, 196, 0, 0.38);');
  startHover(document, { card, highlight, lookup, mode, save, signal });
}
