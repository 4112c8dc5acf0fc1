// Loads the content script's on-demand tools once, by importing their bundle from the extension
// (web-accessible for that reason, see wxt.config.ts) into the content script's own world.
import { browser } from 'wxt/browser';
import { kept } from '../../core/kept';
import { PAGE_TOOLS_GLOBAL, type PageTools } from './page-tools';

export const loadPageTools = kept(async (): Promise<PageTools> => {
  await import(/* @vite-ignore */ browser.runtime.getURL('/page-tools.js'));
  const tools = (globalThis as Record<string, unknown>)[PAGE_TOOLS_GLOBAL] as PageTools | undefined;
  if (!tools) throw new Error('the page tools bundle loaded without its tools');
  return tools;
});
