// One browser with the extension, the test server, and a test page open in a tab: what most end-to-end
// files start from.
import type { Page } from 'puppeteer-core';
import { launchBrowser, openExtensionPage, type BrowserName, type LaunchedBrowser } from '../../../tools/browser/browsers';
import { EXTENSION_DIRS, waitForContentScript } from '../../../tools/browser/page-helpers';
import { startServer, type TestServer } from '../../../tools/browser/server';

export interface PageSession {
  server: TestServer;
  launched: LaunchedBrowser;
  page: Page;
  tabId: number;
  /** Opens popup.html for the test page's tab in a new tab, ready once the search box is there. */
  openPopup(): Promise<Page>;
  close(): Promise<void>;
}

export async function startPageSession(name: BrowserName, path: string): Promise<PageSession> {
  const server = await startServer();
  const launched = await launchBrowser(name, { extension: EXTENSION_DIRS[name] });
  const page = await launched.browser.newPage();
  await page.goto(`${server.origin}/${path}`);
  const tabId = await waitForContentScript(launched, page);
  return {
    server,
    launched,
    page,
    tabId,
    async openPopup() {
      const popup = await launched.browser.newPage();
      await openExtensionPage(launched, popup, `${launched.extensionBase}popup.html?tab=${tabId}`);
      await popup.waitForSelector('input[data-testid="glossary-search"]');
      // In front, as the toolbar's popup is: focus and timers in a page behind others are not the reader's.
      await popup.bringToFront();
      return popup;
    },
    async close() {
      await launched.browser.close();
      await server.close();
    },
  };
}
