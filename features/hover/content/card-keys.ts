// The keys that work while a card is shown (no modifier, outside editable fields), and which of them the top
// page passes on to a card shown in a frame: only those that move through the card or close it, never those
// that act beyond it (copy, save, listen need the frame focused: window messages can be posted by pages too).

export type CardAction = 'next' | 'previous' | 'shorter' | 'longer' | 'copy' | 'save' | 'listen' | 'keys' | 'close';

export const CARD_KEYS: Readonly<Record<string, { action: CardAction; passedToFrames: boolean }>> = {
  n: { action: 'next', passedToFrames: true },
  b: { action: 'previous', passedToFrames: true },
  s: { action: 'shorter', passedToFrames: true },
  l: { action: 'longer', passedToFrames: true },
  c: { action: 'copy', passedToFrames: false },
  w: { action: 'save', passedToFrames: false },
  p: { action: 'listen', passedToFrames: false },
  '?': { action: 'keys', passedToFrames: true },
  escape: { action: 'close', passedToFrames: true },
};

/** The card's action for a key (KeyboardEvent.key, lower-cased), if it is a card key. */
export const cardAction = (key: string): CardAction | undefined => (Object.hasOwn(CARD_KEYS, key) ? CARD_KEYS[key]!.action : undefined);

/** Whether the top page passes this key on to a card in the frame under the pointer. */
export const passedToFrames = (key: string): boolean => Object.hasOwn(CARD_KEYS, key) && CARD_KEYS[key]!.passedToFrames;
