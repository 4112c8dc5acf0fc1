// Typed senders for the protocol in messages.ts: every outcome is a Reply, never a silent undefined.
import { browser } from 'wxt/browser';
import { asReply, envelope, failure, type BackgroundProtocol, type ContentProtocol, type Reply, type RequestOf, type ResponseOf } from './messages';

/**
 * What the browser says when a message found no one to answer it: Chrome's stopped or restarting service worker
 * ("Receiving end does not exist", "message port/channel closed", or no answer at all), Firefox's event page unloaded meanwhile ("went out
 * of scope", "Message manager disconnected"). A typed error answer is never one of these, nor is an orphaned content
 * script's "Extension context invalidated" (no later try can reach anyone).
 */
const LOST = /receiving end|(port|channel) closed|out of scope|manager disconnected|no reply from/i;
/** Pauses before each further try: the browser starts the worker again for the next message. A worker stopped
 * while it starts again may refuse messages for a second or two. */
export const RETRY_PAUSES_MS = [100, 400, 1_000, 2_000];
/** A tab is retried once, briefly: a content script being put in after an update is there at once, and a tab that
 * never has one (a browser page) should get its answer without waiting. */
const TAB_RETRY_PAUSES_MS = [250];

/** Sends with `send`; a message lost to a missing receiver (LOST) is sent again after each of `pauses`. */
export async function sendRetryingLost<T>(send: () => Promise<unknown>, pauses = RETRY_PAUSES_MS): Promise<Reply<T>> {
  for (let tries = 0; ; tries++) {
    let reply: Reply<T>;
    try {
      reply = asReply(await send());
    } catch (error) {
      reply = failure('no-receiver', error instanceof Error ? error.message : String(error));
    }
    if (reply.ok || reply.error.code !== 'no-receiver' || !LOST.test(reply.error.message) || tries === pauses.length) return reply;
    await new Promise((resolve) => setTimeout(resolve, pauses[tries]));
  }
}

export function sendToBackground<T extends keyof BackgroundProtocol & string>(
  type: T,
  request: RequestOf<BackgroundProtocol, T>,
): Promise<Reply<ResponseOf<BackgroundProtocol, T>>> {
  return sendRetryingLost(() => browser.runtime.sendMessage(envelope(type, request)));
}

/** A tab whose content script is being put in again (after an update) is retried too, once. */
export function sendToTab<T extends keyof ContentProtocol & string>(
  tabId: number,
  type: T,
  request: RequestOf<ContentProtocol, T>,
): Promise<Reply<ResponseOf<ContentProtocol, T>>> {
  return sendRetryingLost(() => browser.tabs.sendMessage(tabId, envelope(type, request)), TAB_RETRY_PAUSES_MS);
}

/** The value of a successful reply; otherwise throws an Error carrying the reply's code and message. */
export function unwrap<T>(reply: Reply<T>): T {
  if (reply.ok) return reply.value;
  throw Object.assign(new Error(reply.error.message), { code: reply.error.code });
}
