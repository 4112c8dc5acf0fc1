// The card's keys: listed unasked on the reader's first cards only (counted across pages), then behind "?".
import { describe, expect, test } from 'vitest';
import { cardAction, passedToFrames } from '../../../../features/hover/content/card-keys';
import { FIRST_CARDS_WITH_KEYS, firstCardsCounter } from '../../../../features/hover/content/key-hints';

function fakeArea(stored: Record<string, unknown> = {}) {
  const data = { ...stored };
  return {
    data,
    get: async (key: string) => (key in data ? { [key]: data[key] } : {}),
    set: async (values: Record<string, unknown>) => void Object.assign(data, values),
  };
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('key hints on the first cards', () => {
  test('a new reader\'s first cards list the keys, then no more; the count is kept', async () => {
    const area = fakeArea();
    const first = firstCardsCounter(area as never);
    await settle();
    const shown = Array.from({ length: FIRST_CARDS_WITH_KEYS + 3 }, () => first());
    expect(shown).toEqual([...Array(FIRST_CARDS_WITH_KEYS).fill(true), false, false, false]);
    await settle();
    expect(Object.values(area.data)).toEqual([FIRST_CARDS_WITH_KEYS]);
  });

  test('on a later page the count goes on from where it was', async () => {
    const area = fakeArea();
    await settle();
    const page1 = firstCardsCounter(area as never);
    await settle();
    page1();
    page1();
    await settle();
    const page2 = firstCardsCounter(area as never);
    await settle();
    const shown = Array.from({ length: FIRST_CARDS_WITH_KEYS }, () => page2());
    expect(shown.filter(Boolean).length).toBe(FIRST_CARDS_WITH_KEYS - 2);
  });

  test('until the count is read, no card lists its keys unasked', () => {
    const first = firstCardsCounter({ get: () => new Promise(() => undefined), set: async () => undefined } as never);
    expect(first()).toBe(false);
  });

  test('"?" shows or hides the keys, also for a card in a frame', () => {
    expect(cardAction('?')).toBe('keys');
    expect(passedToFrames('?')).toBe(true);
  });
});
