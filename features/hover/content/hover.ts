// Shows the hover card for the word under the pointer, and the keys that work while it is shown.
// The worker segments and looks up; the content script only points, highlights and shows.
import { isHan } from '../../../core/text/han';
import type { Reply, WordSave } from '../../../protocol/messages';
import type { WordCard } from '../../../core/card/card';
import type { HoverMode } from '../../../settings/schema';
import { copyText } from '../../../page/clipboard';
import { cardAction, type CardAction } from './card-keys';
import { isFrameElement, relayFrameCardKeys, reportFrameCard } from './frame-card-keys';
import type { HoverCard } from './hover-card';
import { speakChinese } from './speech';
import { textAtPoint, type TextAtPoint } from './text-at-point';
import type { PageHighlight } from '../../../page/highlight';

export type LookupWord = (text: string, offset: number, options?: { length?: number; align?: 'start' | 'end' }) => Promise<Reply<WordCard | null>>;

export interface HoverOptions {
  card: HoverCard;
  highlight: PageHighlight;
  lookup: LookupWord;
  /** The reader's hover setting for this page, read on each move (settings change live). */
  mode: () => HoverMode;
  signal: AbortSignal;
  /** Saves the shown word to the word list (through the worker). */
  save?: (save: WordSave) => Promise<Reply<unknown>>;
  /** Speaks a word; false when there is no Chinese voice. */
  speak?: (text: string, traditional: boolean) => Promise<boolean>;
}

interface Request {
  context: TextAtPoint;
  offset: number;
  length?: number;
  align?: 'start' | 'end';
}

/** One display frame at 60 Hz: hit tests run at most this often. */
const FRAME_MS = 16;


/** True when the card's word is written in traditional characters (it differs from its simplified form). */
const isTraditional = (word: WordCard) => {
  const entry = word.definitions[0];
  return entry ? word.word === entry.traditional && entry.traditional !== entry.simplified : false;
};

/** The offset of the first Han character at or after `from`, or -1. */
function hanOffsetFrom(text: string, from: number): number {
  for (let at = from; at < text.length; ) {
    const char = String.fromCodePoint(text.codePointAt(at)!);
    if (isHan(char)) return at;
    at += char.length;
  }
  return -1;
}

/** The offset of the last code unit of the last Han character ending at or before `before`, or -1 (a lookup
 * aligned to 'end' takes the word that ends just after that unit). */
function hanEndBefore(text: string, before: number): number {
  for (let end = before; end > 0; ) {
    const low = text.charCodeAt(end - 1);
    const length = low >= 0xdc00 && low <= 0xdfff && end > 1 ? 2 : 1;
    if (isHan(text.slice(end - length, end))) return end - 1;
    end -= length;
  }
  return -1;
}

function isEditable(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return !!element && (element.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName));
}

export function startHover(document: Document, { card, highlight, lookup, mode, signal, save, speak = speakChinese }: HoverOptions) {
  let frame = 0;
  /** When the last hit test ran (performance.now()). */
  let lastTest = -Infinity;
  let lastKey = '';
  let shown: { context: TextAtPoint; card: WordCard; word: DOMRect } | undefined;
  /** Where the pointer last was, for Shift pressed while it rests on a word (hover mode "shift"). */
  let pointer: { x: number; y: number } | undefined;
  // One lookup in flight at a time: a newer request waits in `queued`; an answer that is no longer the
  // latest request's is dropped.
  let inFlight = false;
  let queued: Request | undefined;
  let latest = 0;

  const topPage = document.defaultView === document.defaultView?.top;
  /** In a frame: tells the top page whether a card is shown, so it passes the card's keys on (frame-card-keys.ts). */
  const reportShown = topPage ? undefined : reportFrameCard(document.defaultView!, (key) => onCardKey(key), signal);
  const frameKeys = topPage ? relayFrameCardKeys(document, signal) : undefined;

  /** Hides the card; unless the reader dismissed it (Escape), the same spot shows it again on the next move. */
  const hide = (dismissed = false) => {
    if (shown) reportShown?.(false);
    shown = undefined;
    if (!dismissed) lastKey = '';
    card.hide();
    highlight.clear();
  };

  function request(next: Request) {
    latest++;
    queued = next;
    if (!inFlight) void drain();
  }

  async function drain() {
    while (queued) {
      const current = queued;
      const ticket = latest;
      queued = undefined;
      inFlight = true;
      const reply = await lookup(current.context.text, current.offset, { length: current.length, align: current.align });
      inFlight = false;
      if (ticket !== latest || signal.aborted) continue;
      if (!reply.ok || !reply.value) {
        // A failed lookup (a worker still starting) is tried again when the pointer next moves; a spot
        // with no word is not asked about again until the pointer leaves it.
        hide(reply.ok);
        continue;
      }
      show(current.context, reply.value);
    }
  }

  function show(context: TextAtPoint, word: WordCard) {
    const start = context.locate(word.start);
    const end = context.locate(word.end - 1);
    if (!start || !end) {
      hide();
      return;
    }
    const range = start.node.ownerDocument.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset + 1);
    const box = range.getBoundingClientRect();
    if (!shown) reportShown?.(true);
    shown = { context, card: word, word: box };
    highlight.set([range]);
    card.show(word, box);
  }

  /** Whether (x, y) lies in the gap between the shown word and its card, which the pointer crosses on its way to the
   * card's button: no character is there, and hiding the card would leave nothing to reach. */
  function onWayToCard(x: number, y: number): boolean {
    const box = shown && card.box();
    if (!shown || !box) return false;
    const word = shown.word;
    const [top, bottom] = box.top >= word.bottom ? [word.bottom, box.top] : [box.bottom, word.top];
    return y >= top && y <= bottom && x >= Math.min(word.left, box.left) && x <= Math.max(word.right, box.right);
  }

  /** Whether (x, y) is on the shown word. */
  function onWord(x: number, y: number): boolean {
    const word = shown?.word;
    return !!word && x >= word.left && x <= word.right && y >= word.top && y <= word.bottom;
  }

  function pointAt(x: number, y: number) {
    if (onWayToCard(x, y)) return;
    const found = textAtPoint(document, x, y);
    if (!found) {
      lastKey = '';
      latest++;
      hide();
      return;
    }
    const key = `${found.text}@${found.offset}`;
    if (key === lastKey) return;
    lastKey = key;
    request({ context: found, offset: found.offset });
  }

  function listen() {
    if (!shown) return;
    const current = shown;
    void speak(current.card.word, isTraditional(current.card)).then((spoken) => {
      if (!spoken && shown === current) card.status('noVoice');
    });
  }
  card.onListen(listen);

  /** A card key (card-keys.ts), typed here or passed on by the top page. */
  function onCardKey(key: string) {
    const action = cardAction(key);
    if (!shown || !action) return;
    if (action === 'close') hide(true);
    else step(action);
  }

  function step(action: Exclude<CardAction, 'close'>) {
    if (!shown) return;
    const { context, card: word } = shown;
    if (action === 'listen') return listen();
    if (action === 'keys') return card.toggleKeys();
    if (action === 'save') {
      const current = shown;
      if (!save) return;
      // The worker accepts titles and addresses up to 2,000 characters: long tracking URLs are cut.
      const clip = (text: string) => text.slice(0, 2_000);
      void save({ text: context.text, start: word.start, end: word.end, title: clip(document.title), url: clip(document.location?.href ?? '') }).then((reply) => {
        if (shown === current) card.status(reply.ok ? 'saved' : 'saveFailed');
      });
      return;
    }
    if (action === 'copy') {
      const current = shown;
      void copyText(document, word.word).then((copied) => {
        if (shown === current) card.status(copied ? 'copied' : 'copyFailed');
      });
      return;
    }
    // Stepping passes over what is no word (punctuation, Latin, digits) to the next Han character, also into the
    // next sentence; with none left in the text read around the pointer the card stays as it is.
    if (action === 'next') {
      const next = hanOffsetFrom(context.text, word.end);
      if (next >= 0) request({ context, offset: next, align: 'start' });
    }
    if (action === 'previous') {
      const previous = hanEndBefore(context.text, word.start);
      if (previous >= 0) request({ context, offset: previous, align: 'end' });
    }
    if (action === 'shorter' || action === 'longer') {
      const length = word.end - word.start;
      const lengths = action === 'shorter' ? word.lengths.filter((l) => l < length).reverse() : word.lengths.filter((l) => l > length);
      if (lengths[0] !== undefined) request({ context, offset: word.start, length: lengths[0] });
    }
  }

  document.addEventListener(
    'mousemove',
    (event) => {
      // Moves a page script made up (untrusted) would show the card on any word the page picks.
      if (!event.isTrusted || card.contains(event.target as Node)) return;
      pointer = { x: event.clientX, y: event.clientY };
      const current = mode();
      if (current === 'off' || (current === 'shift' && !event.shiftKey)) {
        // Shift released, the pointer on its way to the card (to press its button): the card stays.
        if (current === 'shift' && (onWord(event.clientX, event.clientY) || onWayToCard(event.clientX, event.clientY))) return;
        // The spot is looked up again when Shift is pressed over it, also after Escape dismissed its card.
        if (shown) hide();
        else lastKey = '';
        return;
      }
      const now = performance.now();
      cancelAnimationFrame(frame);
      const test = () => {
        lastTest = performance.now();
        pointAt(event.clientX, event.clientY);
      };
      // The first move after a frame without a hit test (a pointer arriving after a pause) is tested at once,
      // not a frame later; moves that follow within a frame wait for the next one: one test per frame at most.
      if (now - lastTest >= FRAME_MS) test();
      else frame = requestAnimationFrame(test);
    },
    { signal, passive: true },
  );
  document.addEventListener(
    'keydown',
    (event) => {
      // The real target inside a web component's shadow root; autofill sends keydowns without a key. Keys a page
      // script made up (untrusted events) are not the reader's.
      const target = event.composedPath()[0] ?? event.target;
      if (!event.isTrusted || typeof event.key !== 'string' || event.ctrlKey || event.metaKey || event.altKey || isEditable(target)) return;
      // In "Shift only" mode, Shift pressed with the pointer resting on a word shows its card.
      if (event.key === 'Shift' && !shown && pointer && mode() === 'shift' && !event.repeat) {
        pointAt(pointer.x, pointer.y);
        return;
      }
      const key = event.key.toLowerCase();
      const action = cardAction(key);
      if (!action) return;
      // A card here takes the key; else a card in the frame under the pointer does, passed on to that frame.
      if (!shown && !frameKeys?.pass(key)) return;
      if (action !== 'close') {
        event.preventDefault();
        event.stopPropagation();
      }
      if (shown) onCardKey(key);
    },
    { signal, capture: true },
  );
  document.addEventListener('scroll', (event) => event.isTrusted && hide(), { signal, passive: true, capture: true });
  // The pointer leaving the page, or going into a frame (whose own content script shows its own card there): this
  // document's card would stay behind.
  document.addEventListener(
    'mouseout',
    (event) => {
      if (event.isTrusted && shown && (event.relatedTarget === null || isFrameElement(event.relatedTarget))) hide();
    },
    { signal, passive: true },
  );
}
