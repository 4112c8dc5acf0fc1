// After an update or a reload of the extension, Chrome leaves every open tab with the old content script, orphaned:
// it puts its page back and ends as the new one starts (WXT's content-script context, page-controller.ts). The new
// one is put into the open tabs here, so the popup, the page's menu and the keys work there again without a reload.
// Firefox puts content scripts into open tabs itself.
import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';

export function reinjectContentScriptOnInstall(): void {
  if (import.meta.env.FIREFOX) return;
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install' || reason === 'update') void injectIntoOpenTabs();
  });
}

async function injectIntoOpenTabs(): Promise<void> {
  // The built file names, as the manifest lists them (typed paths are for files the project names itself).
  const files = (browser.runtime.getManifest().content_scripts ?? []).flatMap((script) => script.js ?? []) as ScriptPublicPath[];
  for (const tab of await browser.tabs.query({})) {
    // A tab that loaded after the install already has a live content script: a second one would end it (and undo a
    // conversion just made). An orphaned one, after an update, no longer hears this extension.
    if (tab.id === undefined || (await answers(tab.id))) continue;
    // Pages no extension may script (the browser's own, the web store) and discarded tabs refuse: they have nothing to put back.
    await browser.scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, files }).catch(() => undefined);
  }
}

/** Whether the tab's content script answers at all: a message of no known type gets an error answer from a live one. */
const answers = (tabId: number): Promise<boolean> =>
  browser.tabs.sendMessage(tabId, { xinwen: 1, type: 'anyoneThere', data: {} }).then(
    () => true,
    () => false,
  );
