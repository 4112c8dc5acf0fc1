// Content script: wires detection, the hover card and the popup's commands to the page. Wiring only.
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { contentValidators, createContentHandlers } from '../../utils/content/content-handlers';
import { createHoverCard } from '../../utils/content/hover-card';
import { startHover } from '../../utils/content/hover';
import { whenChineseAppears } from '../../utils/content/chinese-presence';
import { createMessageRouter } from '../../utils/message-router';
import { sendToBackground } from '../../utils/send-message';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main(ctx) {
    let tabId: number | null = null;
    const route = createMessageRouter(createContentHandlers(document, () => tabId), contentValidators);
    browser.runtime.onMessage.addListener((message) => route(message, { tabId }));

    const signal = ctx.signal;
    // Nothing more runs until the page shows Chinese text, now or later.
    whenChineseAppears(document, signal, () => {
      const card = createHoverCard(document);
      signal.addEventListener('abort', () => card.remove());
      startHover(document, card, (text, offset) => sendToBackground('lookupWord', { text, offset }), signal);
      void sendToBackground('hello', {}).then((reply) => {
        if (!reply.ok) return;
        tabId = reply.value.tabId;
        // Test hook: lets an end-to-end test find this page's tab and know the script is ready.
        document.documentElement.dataset.xinwenTab = String(tabId);
      });
    });
  },
});
