// A page where the card cannot be built (its elements take no shadow root) still keeps the worker warm, and
// starting to read never throws, so the content script goes on to its hello.
import { expect, test, vi } from 'vitest';

const sent = vi.hoisted(() => [] as string[]);
vi.mock('../../../../protocol/send-message', () => ({
  sendToBackground: async (type: string) => {
    sent.push(type);
    return { ok: true, value: {} };
  },
}));
vi.mock('../../../../features/hover/content/card-labels', () => ({ cardLabels: () => ({ keys: '' }) }));
vi.mock('../../../../features/hover/content/key-hints', () => ({ firstCardsCounter: () => () => false }));

const { startReading } = await import('../../../../features/hover/content/start-reading');
const { DEFAULT_SETTINGS } = await import('../../../../settings/schema');

test('no card on the page: no throw, and the reader\'s input says hello', () => {
  const listeners = new Map<string, (event: Event) => void>();
  const element = () => ({
    setAttribute: () => undefined,
    attachShadow: () => {
      throw new Error('no shadow root here');
    },
  });
  const document = {
    visibilityState: 'visible',
    documentElement: element(),
    createElement: element,
    addEventListener: (type: string, listener: (event: Event) => void) => listeners.set(type, listener),
  } as unknown as Document;
  const settings = { ready: new Promise(() => undefined), current: () => DEFAULT_SETTINGS, subscribe: () => undefined };
  const stop = new AbortController();
  expect(() => startReading(document, 'example.com', settings as never, stop.signal)).not.toThrow();
  listeners.get('mousemove')?.({ isTrusted: true } as Event);
  expect(sent).toEqual(['hello']);
  stop.abort();
});
