// A message lost because no one was there to answer (a stopped or restarting worker) is sent again, a bounded few
// times; a typed error answer, and an orphaned content script's "Extension context invalidated", are not.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

const sendMessage = vi.fn();
vi.mock('wxt/browser', () => ({ browser: { runtime: { sendMessage }, tabs: { sendMessage } } }));
const { RETRY_PAUSES_MS, sendToBackground, sendToTab } = await import('../../../protocol/send-message');

const lost = (message: string) => () => Promise.reject(new Error(message));
const answer = (value: unknown) => () => Promise.resolve(value);

beforeEach(() => {
  sendMessage.mockReset();
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

/** Runs a send to its end, the pauses between tries passing at once. */
async function settle<T>(sending: Promise<T>): Promise<T> {
  await vi.runAllTimersAsync();
  return sending;
}

describe('a message that found no receiver is sent again', () => {
  test.each([
    'Could not establish connection. Receiving end does not exist.',
    'The message port closed before a response was received.',
    'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received',
    'Promised response from onMessage listener went out of scope',
    'Message manager disconnected',
  ])('"%s", then an answer: the answer', async (error) => {
    sendMessage.mockImplementationOnce(lost(error)).mockImplementationOnce(answer({ ok: true, value: { tabId: 7 } }));
    expect(await settle(sendToBackground('hello', {}))).toEqual({ ok: true, value: { tabId: 7 } });
    expect(sendMessage).toHaveBeenCalledTimes(2);
  });

  test('no answer at all (undefined), then an answer: the answer', async () => {
    sendMessage.mockImplementationOnce(answer(undefined)).mockImplementationOnce(answer({ ok: true, value: [] }));
    expect(await settle(sendToBackground('pinyin', { text: '中文' }))).toEqual({ ok: true, value: [] });
    expect(sendMessage).toHaveBeenCalledTimes(2);
  });

  test('a receiver that never comes: a typed no-receiver error after a bounded number of tries', async () => {
    sendMessage.mockImplementation(lost('Could not establish connection. Receiving end does not exist.'));
    const reply = await settle(sendToBackground('detectScript', { text: '中文' }));
    expect(reply).toEqual({ ok: false, error: { code: 'no-receiver', message: 'Could not establish connection. Receiving end does not exist.' } });
    expect(sendMessage).toHaveBeenCalledTimes(RETRY_PAUSES_MS.length + 1);
  });

  test('the same for a tab whose content script is not there (yet)', async () => {
    sendMessage.mockImplementationOnce(lost('Could not establish connection. Receiving end does not exist.')).mockImplementationOnce(answer({ ok: true, value: [] }));
    expect(await settle(sendToTab(3, 'pageTerms', {}))).toEqual({ ok: true, value: [] });
    expect(sendMessage).toHaveBeenNthCalledWith(2, 3, { xinwen: 1, type: 'pageTerms', data: {} });
  });
});

describe('what no later try can change is answered at once', () => {
  test.each([
    ['a typed error answer', { ok: false, error: { code: 'handler-failed', message: 'convertTexts: Receiving end does not exist' } }],
    ['a bad request', { ok: false, error: { code: 'bad-request', message: 'malformed message' } }],
    ['an answer', { ok: true, value: { tabId: null } }],
  ])('%s is the reply, sent once', async (_name, reply) => {
    sendMessage.mockImplementation(answer(reply));
    expect(await settle(sendToBackground('hello', {}))).toEqual(reply);
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });

  test('an orphaned content script ("Extension context invalidated") is told so, sent once', async () => {
    sendMessage.mockImplementation(lost('Extension context invalidated.'));
    expect(await settle(sendToBackground('hello', {}))).toEqual({ ok: false, error: { code: 'no-receiver', message: 'Extension context invalidated.' } });
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });
});
