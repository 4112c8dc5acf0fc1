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
    // Pages no extension may script (the browser's own, the web store) and discarded tabs refuse: they have nothing to put back.
    if (tab.id !== undefined) await browser.scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, files }).catch(() => undefined);
  }
}
