// Loads the content script's on-demand tools once, by importing their bundle from the extension
// (web-accessible for that reason, see wxt.config.ts) into the content script's own world.
import { browser } from 'wxt/browser';
import { PAGE_TOOLS_GLOBAL, type PageTools } from './page-tools';

let loading: Promise<PageTools> | undefined;

export function loadPageTools(): Promise<PageTools> {
  loading ??= import(/* @vite-ignore */ browser.runtime.getURL('/page-tools.js'))
    .then(() => {
      const tools = (globalThis as Record<string, unknown>)[PAGE_TOOLS_GLOBAL] as PageTools | undefined;
      if (!tools) throw new Error('the page tools bundle loaded without its tools');
      return tools;
    })
    .catch((error: unknown) => {
      loading = undefined; // let the next request try again
      throw error;
    });
  return loading;
}
