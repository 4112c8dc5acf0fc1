// `npm run screenshots`: builds the extension, then writes each surface in light and dark to docs/screenshots/
// (the card, with its list of keys and with other readings folded, the popup with a search, a converted page, ruby,
// the word list and its review, the options page), in headless Chromium on the demo page (which is dark in dark),
// at twice the pixels of the layout, as a high-density screen shows them. `-- --no-build` uses the build there is;
// `-- --only popup,ruby` takes some surfaces; `-- --theme dark` one theme.
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { launchBrowser, openExtensionPage, type LaunchedBrowser } from '../browser/browsers';
import { EXTENSION_DIRS, hoverText, messageTab, waitForContentScript } from '../browser/page-helpers';
import { startServer } from '../browser/server';
import { REPO_ROOT } from '../lib/node-data';

const OUT = `${REPO_ROOT}docs/screenshots`;
/** Device pixels per CSS pixel: text as sharp as on a laptop's screen. */
const SCALE = 2;
const SURFACES = ['card', 'popup', 'converted-page', 'ruby', 'word-list', 'options'] as const;
type Surface = (typeof SURFACES)[number];
type Theme = 'light' | 'dark';

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const only = new Set((option('only')?.split(',') ?? SURFACES) as Surface[]);
const themes: Theme[] = option('theme') ? [option('theme') as Theme] : ['light', 'dark'];
for (const surface of only) if (!SURFACES.includes(surface)) throw new Error(`unknown surface ${surface}: one of ${SURFACES.join(', ')}`);

if (!args.includes('--no-build')) execSync('npm run --silent build', { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
mkdirSync(OUT, { recursive: true });
const server = await startServer();
const saved: string[] = [];

/** A region of the page around an element (the card's shadow box, an article), kept inside the viewport. */
async function around(page: Page, box: { x: number; y: number; width: number; height: number }, margin: number) {
  const view = page.viewport()!;
  const x = Math.max(0, Math.floor(box.x - margin));
  const y = Math.max(0, Math.floor(box.y - margin));
  return { x, y, width: Math.min(view.width - x, Math.ceil(box.width + 2 * margin)), height: Math.min(view.height - y, Math.ceil(box.height + 2 * margin)) };
}

const cardBox = (page: Page) =>
  page.evaluate(() => {
    const box = document.querySelector('[data-xinwen-card]')!.shadowRoot!.querySelector('.card')!.getBoundingClientRect();
    return { x: box.x, y: box.y, width: box.width, height: box.height };
  });

async function shot(page: Page, surface: string, theme: Theme, clip?: { x: number; y: number; width: number; height: number }, fullPage = false) {
  const path = `${OUT}/${surface}-${theme}.png`;
  await page.screenshot({ path, ...(clip ? { clip } : {}), fullPage });
  saved.push(path);
}

async function openPage(launched: LaunchedBrowser, path: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const page = await launched.browser.newPage();
  await page.setViewport({ ...viewport, deviceScaleFactor: SCALE });
  await openExtensionPage(launched, page, `${launched.extensionBase}${path}`);
  return page;
}

for (const theme of themes) {
  const launched = await launchBrowser('chromium', { extension: EXTENSION_DIRS.chromium, colorScheme: theme });
  const news = await launched.browser.newPage();
  await news.setViewport({ width: 1100, height: 800, deviceScaleFactor: SCALE });
  await news.goto(`${server.origin}/demo.html`);
  const tabId = await waitForContentScript(launched, news);
  const control = await openPage(launched, 'options.html');
  const send = (type: string, data: object) => messageTab(control, tabId, { xinwen: 1, type, data });

  // Words for the word list, saved from the card as a reader does (W).
  await news.bringToFront();
  for (const [word, index] of [['国务委员长', 0], ['人类命运共同体', 0], ['源远流长', 0], ['同志', 0], ['会谈', 0]] as const) {
    await hoverText(news, '#article', word, index).catch(() => undefined);
    await news.keyboard.press('w');
    await new Promise((resolve) => setTimeout(resolve, 300));
  }

  if (only.has('card')) {
    await news.bringToFront();
    await hoverText(news, '#article', '人类命运共同体', 2);
    await shot(news, 'card', theme, await around(news, await cardBox(news), 90));
    // The list of keys, as "?" shows it (past the reader's first cards it waits behind "?"); "?" again folds it.
    await news.keyboard.press('?');
    await news.waitForFunction(() => document.querySelector('[data-xinwen-card]')!.shadowRoot!.querySelector('[data-field="keys"]')!.getClientRects().length > 0);
    await shot(news, 'card-keys', theme, await around(news, await cardBox(news), 40));
    await news.keyboard.press('?');
    // A word with several readings: the one in this sentence, the others folded under one line.
    await hoverText(news, '#article', '的好邻居', 0);
    await shot(news, 'card-readings', theme, await around(news, await cardBox(news), 40));
  }

  if (only.has('popup')) {
    const popup = await openPage(launched, `popup.html?tab=${tabId}`, { width: 400, height: 600 });
    await popup.locator('[data-testid="page-term"]').wait();
    await popup.type('[data-testid="glossary-search"]', 'rlmygtt');
    await popup.locator('[data-testid="glossary-result"]').wait();
    await popup.keyboard.press('Enter');
    await popup.waitForSelector('[data-field="example"][data-converted="true"]', { timeout: 10_000 }).catch(() => undefined);
    await shot(popup, 'popup', theme);
    await popup.evaluate(() => document.querySelector('[data-testid="page-terms-all"]')?.scrollIntoView({ block: 'end' }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    await shot(popup, 'popup-terms', theme);
    await popup.close();
  }

  if (only.has('converted-page')) {
    await send('convertPage', { target: 'traditional' });
    await news.bringToFront();
    await news.evaluate(() => window.scrollTo(0, 0));
    await hoverText(news, '#article', '國務委員長', 3);
    await shot(news, 'converted-page', theme);
    await send('restorePage', {});
  }

  if (only.has('ruby')) {
    await news.bringToFront();
    await news.mouse.move(1, 1);
    await send('setRuby', { on: true });
    await news.evaluate(() => window.scrollTo(0, 0));
    const article = await news.evaluate(() => {
      const box = document.getElementById('article')!.getBoundingClientRect();
      return { x: box.x, y: box.y, width: box.width, height: 560 };
    });
    await shot(news, 'ruby', theme, await around(news, article, 16));
    await send('setRuby', { on: false });
  }

  if (only.has('word-list')) {
    const list = await openPage(launched, 'wordlist.html');
    await list.waitForSelector('[data-testid="word-row"]');
    // A note, as a reader writes one, and one word's other meanings open.
    await list.focus('[data-testid="word-row"] textarea');
    await list.keyboard.type('Used for formal talks between leaders.');
    await list.focus('[data-testid="word-search"]');
    await list.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      document.querySelector('.more-meanings')?.setAttribute('open', '');
    });
    await shot(list, 'word-list', theme, undefined, true);
    const review = await list.$('[data-testid="review-start"]');
    if (review) {
      await review.click();
      await list.waitForSelector('[data-testid="review-card"]');
      await list.keyboard.press('Space');
      await shot(list, 'word-list-review', theme);
    }
    await list.close();
  }

  if (only.has('options')) {
    await control.bringToFront();
    await control.reload();
    await control.waitForSelector('[data-testid="card-preview"][data-ready="true"]', { timeout: 10_000 }).catch(() => undefined);
    await control.waitForSelector('[data-testid="ruby-preview"][data-ready="true"]', { timeout: 10_000 }).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 500));
    await shot(control, 'options', theme, undefined, true);
  }
  await launched.browser.close();
}
await server.close();
console.log(saved.join('\n'));
