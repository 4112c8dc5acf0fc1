// The tab the popup acts on: popup.html?tab=ID (used by tests), otherwise the active tab.
import { browser } from 'wxt/browser';

export async function popupTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
