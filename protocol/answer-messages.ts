// The content script's side of the protocol: answers the extension's messages through a router until the
// content script ends.
import { browser } from 'wxt/browser';

/**
 * Answers the extension's messages with `route` until `signal` aborts. Through sendResponse, not a returned
 * promise: the content script has no polyfill (wxt.config.ts), and Chrome's own API answers only that way.
 */
export function answerMessages(route: (message: unknown, context: { tabId: number | null }) => Promise<unknown>, tabId: () => number | null, signal: AbortSignal) {
  const listener = (message: unknown, _sender: unknown, sendResponse: (response: unknown) => void) => {
    void route(message, { tabId: tabId() }).then(sendResponse);
    return true as const;
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
}
