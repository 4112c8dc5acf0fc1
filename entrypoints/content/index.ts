// Content script: wires detection, the hover card, site rules and the popup's commands to the page.
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { whenChineseAppears } from '../../features/detection/content/chinese-presence';
import { createPageController } from './page-controller';
import { answerMessages } from '../../protocol/answer-messages';
import { contentValidators } from '../../protocol/content-validators';
import { createPageWatcher } from '../../page/page-watcher';
import { createPageDetection } from '../../page/page-detection';
import { loadPageTools } from './load-page-tools';
import { watchSettings } from '../../settings/page-settings';
import { applySiteRule } from '../../features/conversion/content/site-rule';
import { startReading } from '../../features/hover/content/start-reading';
import { topSiteOf } from '../../settings/top-site';
import { createMessageRouter } from '../../protocol/message-router';
import { measureForBench } from '../../page/measure-for-bench';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  // Frames written by script (about:blank, srcdoc) hold news text too.
  matchAboutBlank: true,
  // Started at document start so a site's remembered script is applied before the page is seen.
  runAt: 'document_start',
  main(ctx) {
    const began = performance.now();
    const topFrame = window === window.top;
    const host = topSiteOf(window);
    const settings = watchSettings(ctx.signal);
    const watcher = createPageWatcher(document, ctx.signal);
    const detection = createPageDetection(document, watcher, ctx.signal, async () => (await loadPageTools()).readPageContent);
    // Page commands belong to the top frame: it converts same-origin frames itself.
    const page = topFrame ? createPageController({ document, settings, watcher, detection, signal: ctx.signal }) : undefined;
    if (page) {
      answerMessages(createMessageRouter(page.handlers, contentValidators), page.tabId, ctx.signal);
      void settings.ready.then(({ siteRules, disabledSites }) => {
        // On a site the reader switched off, nothing happens until the reader asks from the popup.
        if (!disabledSites.includes(host)) void applySiteRule(document, siteRules[host] ?? null, page.convert);
      });
    }
    measureForBench(began);

    const start = async () => {
      if ((await settings.ready).disabledSites.includes(host)) return;
      const startBegan = performance.now();
      // Nothing more runs until the page shows Chinese text, now or later.
      whenChineseAppears(document, watcher, detection, ctx.signal, () => {
        startReading(document, host, settings, ctx.signal);
        page?.startOnChinese();
      });
      measureForBench(startBegan);
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => void start(), { once: true, signal: ctx.signal });
    else void start();
  },
});
