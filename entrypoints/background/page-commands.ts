// Page commands from outside the popup: the page's context menu and keyboard shortcuts.
import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { sendToTab } from '../../protocol/send-message';
import { hoverMode } from '../../settings/items';
import { toggledHoverMode } from '../../settings/schema';

export const PAGE_COMMANDS = ['convert-to-traditional', 'convert-to-simplified', 'restore-original', 'toggle-ruby'] as const;
export type PageCommand = (typeof PAGE_COMMANDS)[number];

const isPageCommand = (value: unknown): value is PageCommand => (PAGE_COMMANDS as readonly unknown[]).includes(value);

/** The toggle-hover keyboard command (a setting, not a page command: no context-menu item). Flips hover
 * cards between on and off in every tab: content scripts follow the stored setting live. */
export async function toggleHover(): Promise<void> {
  await hoverMode.setValue(toggledHoverMode(await hoverMode.getValue()));
}

const TITLES: Record<PageCommand, () => string> = {
  'convert-to-traditional': () => i18n.t('convertToTraditional'),
  'convert-to-simplified': () => i18n.t('convertToSimplified'),
  'restore-original': () => i18n.t('restoreOriginal'),
  'toggle-ruby': () => i18n.t('toggleRuby'),
};

export async function runPageCommand(tabId: number, command: PageCommand) {
  if (command === 'restore-original') return sendToTab(tabId, 'restorePage', {});
  if (command === 'toggle-ruby') return sendToTab(tabId, 'setRuby', { on: 'toggle' });
  return sendToTab(tabId, 'convertPage', { target: command === 'convert-to-traditional' ? 'traditional' : 'simplified' });
}

export function registerPageCommands() {
  browser.runtime.onInstalled.addListener(() => {
    for (const command of PAGE_COMMANDS) browser.contextMenus.create({ id: command, title: TITLES[command](), contexts: ['page', 'selection'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (tab?.id !== undefined && isPageCommand(info.menuItemId)) void runPageCommand(tab.id, info.menuItemId);
  });
  browser.commands.onCommand.addListener(async (command) => {
    if (command === 'toggle-hover') return toggleHover();
    if (!isPageCommand(command)) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await runPageCommand(tab.id, command);
  });
}
