// Helpers that act on a test page as a reader would.
import type { Page } from 'puppeteer-core';
import { REPO_ROOT } from '../lib/node-data';
import { openExtensionPage, type BrowserName, type LaunchedBrowser } from './browsers';

export const EXTENSION_DIRS: Record<BrowserName, string> = {
  chromium: `${REPO_ROOT}.output/chrome-mv3`,
  firefox: `${REPO_ROOT}.output/firefox-mv3`,
};

/**
 * The extension build with timing entries for the benchmark (`wxt build --mode bench`): the shipped build writes
 * nothing a page could read.
 */
export const BENCH_EXTENSION_DIR = `${REPO_ROOT}.output/chrome-mv3-bench`;

// One quiet extension page per browser (the word list: it sends no messages), from which tests reach tabs.
const controlPages = new WeakMap<LaunchedBrowser, Promise<Page>>();
const knownTabs = new WeakMap<Page, number>();

/** An extension page of `launched` for finding tabs and messaging them, opened once. */
export function controlPageOf(launched: LaunchedBrowser): Promise<Page> {
  let control = controlPages.get(launched);
  if (!control) {
    control = (async () => {
      const page = await launched.browser.newPage();
      await openExtensionPage(launched, page, `${launched.extensionBase}wordlist.html`);
      return page;
    })();
    controlPages.set(launched, control);
  }
  return control;
}

/**
 * Waits until the content script of `page` has started on its Chinese text (the worker has told it its tab) and
 * returns the tab id, found from the extension side: the page itself carries no trace of the extension.
 */
export async function waitForContentScript(launched: LaunchedBrowser, page: Page, timeoutMs = 20_000): Promise<number> {
  const control = await controlPageOf(launched);
  // A tab keeps its id across reloads: only the first call brings the page to the front to learn it, so a test
  // working in another tab (a popup) keeps it in front while the page reloads.
  let tabId = knownTabs.get(page);
  if (tabId === undefined) knownTabs.set(page, (tabId = await tabIdOf(control, page)));
  const until = Date.now() + timeoutMs;
  while ((await pageStateOf(control, tabId, Math.max(until - Date.now(), 0))).tabId !== tabId) {
    if (Date.now() > until) throw new Error(`the content script of tab ${tabId} did not start on the page's Chinese text`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return tabId;
}

/**
 * The tab id of `page`, found from the extension side as the tests must (../shared/contracts.md): from an
 * extension page of the same browser, the active tab once the page is brought to the front.
 */
export async function tabIdOf(extensionPage: Page, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await extensionPage.evaluate(async () => {
    type Tabs = { tabs: { query(query: object): Promise<{ id?: number }[]> } };
    const scope = globalThis as unknown as { browser?: Tabs; chrome: Tabs };
    const [tab] = await (scope.browser ?? scope.chrome).tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id;
  });
  if (id === undefined) throw new Error('no active tab');
  return id;
}

/** Waits until the tab's content script answers pageState (on any page, Chinese or not) and returns its answer. */
export async function pageStateOf(extensionPage: Page, tabId: number, timeoutMs = 20_000): Promise<Record<string, unknown>> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const reply = (await messageTab(extensionPage, tabId, { xinwen: 1, type: 'pageState', data: {} }).catch(() => undefined)) as { ok?: boolean; value?: Record<string, unknown> } | undefined;
    if (reply?.ok && reply.value) return reply.value;
    if (Date.now() > until) throw new Error(`no pageState from tab ${tabId}: ${JSON.stringify(reply)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Screen point at the centre of the `index`-th character of the first text in `selector` that contains `text`. */
export async function pointOfText(page: Page, selector: string, text: string, index = 0): Promise<{ x: number; y: number }> {
  return page.evaluate(
    (selector, text, index) => {
      const root = document.querySelector(selector);
      if (!root) throw new Error(`no element ${selector}`);
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node.nodeValue ?? '').indexOf(text);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at + index);
        range.setEnd(node, at + index + 1);
        const rect = range.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      throw new Error(`no text ${text} in ${selector}`);
    },
    selector,
    text,
    index,
  );
}

export interface CardContent {
  visible: boolean;
  word: string;
  pinyin: string;
  definitions: string[];
  glossary: string | null;
}

/** What the hover card shows, read through its open shadow root (the contract's test hooks). */
export async function readCard(page: Page): Promise<CardContent | null> {
  return page.evaluate(() => {
    const host = document.querySelector('[data-xinwen-card]');
    if (!host?.shadowRoot) return null;
    // No helper functions in here: under tsx, named functions in evaluated code reference a missing __name.
    const shadow = host.shadowRoot;
    return {
      visible: !host.hasAttribute('hidden'),
      word: shadow.querySelector('[data-field="word"]')?.textContent ?? '',
      pinyin: shadow.querySelector('[data-field="pinyin"]')?.textContent ?? '',
      definitions: [...host.shadowRoot.querySelectorAll('[data-field="definition"]')].map((d) => d.textContent ?? ''),
      glossary: host.shadowRoot.querySelector('[data-field="glossary"]')?.textContent ?? null,
    };
  });
}

/** Moves the pointer off the text, as a reader's leaves a word, and waits for the card to close. */
export async function clearCard(page: Page): Promise<void> {
  await page.mouse.move(1, 1);
  await page.waitForFunction(() => document.querySelector('[data-xinwen-card]')?.hasAttribute('hidden') ?? true, { polling: 50 });
}

/** Moves the pointer onto a character and waits for the card to show a word. */
export async function hoverText(page: Page, selector: string, text: string, index = 0): Promise<CardContent> {
  const { x, y } = await pointOfText(page, selector, text, index);
  // Off the text first, then straight there: passing over other words on the way would show their
  // cards, and an open card may cover the target.
  await clearCard(page);
  await page.mouse.move(x, y);
  const deadline = Date.now() + 15_000;
  for (let jiggle = 1; ; jiggle = -jiggle) {
    const card = await readCard(page);
    if (card?.visible && card.word) return card;
    if (Date.now() > deadline) throw new Error(`no card for ${text}[${index}] in ${selector}: ${JSON.stringify(card)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
    // As a reader's hand does: a pointer resting on a character still moves a little.
    await page.mouse.move(x + jiggle, y);
  }
}

/**
 * The page's whole text state, in document order: every text node, the attributes the extension may
 * convert, form values, the title and <html lang>, in the document, open shadow roots and same-origin frames.
 */
export async function pageTextSnapshot(page: Page): Promise<string> {
  return page.evaluate(() => {
    // No helper functions in here (see readCard): a stack of roots instead of recursion.
    const parts: string[] = [document.title, document.documentElement.getAttribute('lang') ?? ''];
    const stack: Node[] = [document.documentElement];
    while (stack.length > 0) {
      const root = stack.pop()!;
      const walker = (root.ownerDocument ?? document).createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.nodeType === Node.TEXT_NODE) {
          parts.push(node.nodeValue ?? '');
          continue;
        }
        const element = node as Element;
        if (element.hasAttribute('data-xinwen-card')) continue;
        for (const name of ['title', 'alt', 'placeholder', 'aria-label']) {
          const value = element.getAttribute(name);
          if (value !== null) parts.push(`@${name}=${value}`);
        }
        if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) parts.push(`=${element.value}`);
        if (element.shadowRoot) stack.push(element.shadowRoot);
        if (element instanceof HTMLIFrameElement && element.contentDocument) stack.push(element.contentDocument.documentElement);
      }
      parts.push('|');
    }
    return parts.join('\u0001');
  });
}

/**
 * Sends a raw message (any shape, well-formed or not) to a tab's content script from an extension page,
 * as the popup, the context menu and keyboard commands do, and returns the reply.
 */
export async function messageTab(extensionPage: Page, tabId: number, message: unknown): Promise<unknown> {
  return extensionPage.evaluate(
    (tab, message) => {
      type Tabs = { tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> } };
      const scope = globalThis as unknown as { browser?: Tabs; chrome: Tabs };
      return (scope.browser ?? scope.chrome).tabs.sendMessage(tab, message);
    },
    tabId,
    message,
  );
}
