// Popup entry: finds the tab it acts on and mounts the Preact app. Wiring only.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '../../components/popup-app';

/** popup.html?tab=ID acts on tab ID (used by tests); otherwise on the active tab. */
async function targetTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

void targetTabId().then((tabId) => render(<PopupApp tabId={tabId} />, document.getElementById('app')!));
