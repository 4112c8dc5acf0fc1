// Content script: wires detection, the hover card, site rules and the popup's commands to the page.
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { whenChineseAppears } from '../../utils/content/chinese-presence';
import { contentValidators, createPageController } from '../../utils/content/content-handlers';
import { startHover } from '../../utils/content/hover';
import { cardLabels } from '../../utils/content/card-labels';
import { createHoverCard } from '../../utils/content/hover-card';
import { applySiteRule } from '../../utils/content/site-rule';
import { watchSettings } from '../../utils/content/page-settings';
import { createWordHighlight } from '../../utils/content/word-highlight';
import { createMessageRouter } from '../../utils/message-router';
import { sendToBackground } from '../../utils/send-message';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  // Frames written by script (about:blank, srcdoc) hold news text too.
  matchAboutBlank: true,
  // Started at document start so a site's remembered script is applied before the page is seen.
  runAt: 'document_start',
  main(ctx) {
    const topFrame = window === window.top;
    let tabId: number | null = null;
    const host = location.hostname;
    const settings = watchSettings(ctx.signal);
    if (topFrame) {
      // Page commands belong to the top frame: it converts same-origin frames itself.
      const page = createPageController(document, () => tabId, settings, ctx.signal);
      const route = createMessageRouter(page.handlers, contentValidators);
      browser.runtime.onMessage.addListener((message) => route(message, { tabId }));
      void settings.ready.then(({ siteRules }) => applySiteRule(document, siteRules[host] ?? null, page.convert));
    }

    const start = () =>
      // Nothing more runs until the page shows Chinese text, now or later.
      whenChineseAppears(document, ctx.signal, () => {
        const card = createHoverCard(document, cardLabels());
        ctx.signal.addEventListener('abort', () => card.remove());
        const mode = () => {
          const { hoverMode, hoverOffSites } = settings.current();
          return hoverOffSites.includes(host) ? 'off' : hoverMode;
        };
        const lookup = (text: string, offset: number, options: { length?: number; align?: 'start' | 'end' } = {}) =>
          sendToBackground('lookupWord', { text, offset, ...(options.length ? { length: options.length } : {}), ...(options.align ? { align: options.align } : {}) });
        const save = (word: Parameters<typeof sendToBackground<'saveWord'>>[1]) => sendToBackground('saveWord', word);
        startHover(document, { card, highlight: createWordHighlight(window), lookup, mode, save, signal: ctx.signal });
        if (!topFrame) return;
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
