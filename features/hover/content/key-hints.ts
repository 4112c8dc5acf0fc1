// The card lists its keys on the reader's first few cards, counted across pages in the extension's local storage;
// after them the list waits behind "?".
import { browser } from 'wxt/browser';

/** Cards that show their keys unasked. */
export const FIRST_CARDS_WITH_KEYS = 5;
const SEEN_KEY = 'cardsWithKeysSeen';

type LocalArea = Pick<typeof browser.storage.local, 'get' | 'set'>;

/** Counts the first cards: true (and counted) while fewer than FIRST_CARDS_WITH_KEYS were shown; false until the
 * count is read. */
export function firstCardsCounter(area: LocalArea = browser.storage.local): () => boolean {
  let seen = FIRST_CARDS_WITH_KEYS;
  void area.get(SEEN_KEY).then(
    (stored) => (seen = Number(stored[SEEN_KEY]) || 0),
    () => undefined,
  );
  return () => {
    if (seen >= FIRST_CARDS_WITH_KEYS) return false;
    seen++;
    void area.set({ [SEEN_KEY]: seen }).catch(() => undefined);
    return true;
  };
}
