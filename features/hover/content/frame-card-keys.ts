// Keys for a card shown in a frame. While the pointer is over a frame the keyboard focus usually stays in the top
// page, whose content script would never pass N, B, Esc… to the frame's. So a frame tells the top page when it shows
// a card, and the top page passes the card's keys to the frame the pointer is in, if that frame shows one.
// These are window messages, which page scripts can see and post too: only keys that move through the card or
// close it are passed, never those that act beyond it (save, copy, listen need the frame focused).

import { passedToFrames } from './card-keys';

/** Message fields, namespaced: pages post messages of their own. */
const CARD_SHOWN = 'xinwenFrameCardShown';
const CARD_KEY = 'xinwenFrameCardKey';

/** Whether the element a mouse event names (relatedTarget) is a frame: the pointer went into another document. */
export const isFrameElement = (element: EventTarget | null): element is HTMLIFrameElement =>
  element instanceof Element && (element.tagName === 'IFRAME' || element.tagName === 'FRAME');


/** In a frame: reports the card's showing to the top page, and hands the keys it passes on to `onKey`. */
export function reportFrameCard(window: Window, onKey: (key: string) => void, signal: AbortSignal): (shown: boolean) => void {
  window.addEventListener(
    'message',
    (event) => {
      const key = (event.data as Record<string, unknown> | null)?.[CARD_KEY];
      if (event.source === window.top && typeof key === 'string' && passedToFrames(key)) onKey(key);
    },
    { signal },
  );
  return (shown) => window.top?.postMessage({ [CARD_SHOWN]: shown }, '*');
}

/** In the top page: the frame under the pointer if it says it shows a card, to pass the card's keys to. */
export function relayFrameCardKeys(document: Document, signal: AbortSignal): { pass(key: string): boolean } {
  /** The frame the pointer went into (null once it is back on the page itself), and whether it shows a card. */
  let underPointer: Window | null = null;
  let showing = false;
  document.addEventListener(
    'mouseout',
    (event) => {
      if (event.isTrusted && isFrameElement(event.relatedTarget)) {
        underPointer = event.relatedTarget.contentWindow;
        showing = false;
      }
    },
    { signal, passive: true },
  );
  document.addEventListener(
    'mousemove',
    (event) => {
      if (!event.isTrusted) return;
      underPointer = null;
      showing = false;
    },
    { signal, passive: true },
  );
  document.defaultView!.addEventListener(
    'message',
    (event) => {
      const shown = (event.data as Record<string, unknown> | null)?.[CARD_SHOWN];
      // Only the frame under the pointer can show a card: a message from any other frame is ignored.
      if (typeof shown === 'boolean' && event.source !== null && event.source === underPointer) showing = shown;
    },
    { signal },
  );
  return {
    pass(key) {
      if (!underPointer || !showing || !passedToFrames(key)) return false;
      underPointer.postMessage({ [CARD_KEY]: key }, '*');
      return true;
    },
  };
}
