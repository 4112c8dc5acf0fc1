// Typed senders for the protocol in messages.ts: every outcome is a Reply, never a silent undefined.
import { browser } from 'wxt/browser';
import { asReply, envelope, failure, type BackgroundProtocol, type ContentProtocol, type Reply, type RequestOf, type ResponseOf } from './messages';

export async function sendToBackground<T extends keyof BackgroundProtocol & string>(
  type: T,
  request: RequestOf<BackgroundProtocol, T>,
): Promise<Reply<ResponseOf<BackgroundProtocol, T>>> {
  try {
    return asReply(await browser.runtime.sendMessage(envelope(type, request)));
  } catch (error) {
    return failure('no-receiver', error instanceof Error ? error.message : String(error));
  }
}

export async function sendToTab<T extends keyof ContentProtocol & string>(
  tabId: number,
  type: T,
  request: RequestOf<ContentProtocol, T>,
): Promise<Reply<ResponseOf<ContentProtocol, T>>> {
  try {
    return asReply(await browser.tabs.sendMessage(tabId, envelope(type, request)));
  } catch (error) {
    return failure('no-receiver', error instanceof Error ? error.message : String(error));
  }
}

/** The value of a successful reply; otherwise throws an Error carrying the reply's code and message. */
export function unwrap<T>(reply: Reply<T>): T {
  if (reply.ok) return reply.value;
  throw Object.assign(new Error(reply.error.message), { code: reply.error.code });
}
