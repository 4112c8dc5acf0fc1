// Content script: wires detection, the hover card, site rules and the popup's commands to the page.
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { whenChineseAppears } from '../../utils/content/chinese-presence';
import { contentValidators, createPageController } from '../../utils/content/content-handlers';
import { startHover } from '../../utils/content/hover';
import { createHoverCard } from '../../utils/content/hover-card';
import { applySiteRule } from '../../utils/content/site-rule';
import { createMessageRouter } from '../../utils/message-router';
import { sendToBackground } from '../../utils/send-message';
import { siteRuleFor } from '../../utils/settings';

export default defineContentScript({
  matches: ['<all_urls>'],
  // Started at document start so a site's remembered script is applied before the page is seen.
  runAt: 'document_start',
  main(ctx) {
    let tabId: number | null = null;
    const page = createPageController(document, () => tabId);
    const route = createMessageRouter(page.handlers, contentValidators);
    browser.runtime.onMessage.addListener((message) => route(message, { tabId }));
    void siteRuleFor(location.hostname).then((rule) => applySiteRule(document, rule, page.convert));

    const start = () =>
      // Nothing more runs until the page shows Chinese text, now or later.
      whenChineseAppears(document, ctx.signal, () => {
        const card = createHoverCard(document);
        ctx.signal.addEventListener('abort', () => card.remove());
        startHover(document, card, (text, offset) => sendToBackground('lookupWord', { text, offset }), ctx.signal);
        void sendToBackground('hello', {}).then((reply) => {
          if (!reply.ok) return;
          tabId = reply.value.tabId;
          // Test hook: lets an end-to-end test find this page's tab and know the script is ready.
          document.documentElement.dataset.xinwenTab = String(tabId);
        });
      });
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true, signal: ctx.signal });
    else start();
  },
});
