// The reader's surfaces as rendered, in both browsers and both themes: every text on the card, the popup, the
// options page and the word list (and its review) keeps WCAG AA contrast (4.5:1), computed from the rendered
// colours; ruby's annotations are large enough, leave the characters evenly spaced, keep apart and clear of the
// line above, at every card text size, in the card's tone colours; the review's marks are saved; nothing in the
// popup is cut off at 400×600.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TONE_PALETTES } from '../../core/pinyin/tone-colors';
import { launchBrowser, openExtensionPage, type BrowserName, type LaunchedBrowser } from '../../tools/browser/browsers';
import { clippedElements } from '../../tools/browser/clipping';
import { EXTENSION_DIRS, hoverText, messageTab, waitForContentScript } from '../../tools/browser/page-helpers';
import { measureRuby } from '../../tools/browser/ruby-layout';
import { startServer, type TestServer } from '../../tools/browser/server';
import { textContrasts } from '../../tools/browser/text-contrast';
import { parseColor } from '../../tools/lib/contrast';

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];
const THEMES = ['light', 'dark'] as const;
const AA = 4.5;

/** Words saved through the worker, as the card's W saves them: a sentence and the word's span in it. */
const SAVES = [
  { text: '这部长篇小说讲述了银行行长的故事。', word: '行长' },
  { text: '他看着我，着急地说。', word: '着' },
  { text: '中国愿同各方一道构建人类命运共同体。', word: '人类命运共同体' },
];

/** The texts under 4.5:1, described, so a failure names them. */
async function lowContrast(page: Page, root?: string): Promise<string[]> {
  const texts = await textContrasts(page, root);
  expect(texts.length, 'texts found').toBeGreaterThan(3);
  return texts.filter((text) => text.ratio < AA).map((text) => `${text.ratio} "${text.text}" ${text.color} on ${text.background} at ${text.where}`);
}

const setSetting = (extensionPage: Page, values: Record<string, string>) =>
  extensionPage.evaluate((values) => {
    type Storage = { storage: { sync: { set(values: object): Promise<void> } } };
    const scope = globalThis as unknown as { browser?: Storage; chrome: Storage };
    return (scope.browser ?? scope.chrome).storage.sync.set(values);
  }, values);

describe.each(BROWSERS)('reader surfaces in %s', (name) => {
  describe.each(THEMES)('%s theme', (theme) => {
    let server: TestServer;
    let launched: LaunchedBrowser;
    let news: Page;
    let control: Page;
    let tabId: number;

    beforeAll(async () => {
      server = await startServer();
      launched = await launchBrowser(name, { extension: EXTENSION_DIRS[name], colorScheme: theme });
      news = await launched.browser.newPage();
      await news.goto(`${server.origin}/demo.html`);
      tabId = await waitForContentScript(launched, news);
      control = await launched.browser.newPage();
      await openExtensionPage(launched, control, `${launched.extensionBase}options.html`);
      expect(await control.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(theme === 'dark');
      for (const { text, word } of SAVES) {
        const start = text.indexOf(word);
        const reply = await control.evaluate(
          (data) => {
            type Runtime = { runtime: { sendMessage(message: unknown): Promise<unknown> } };
            const scope = globalThis as unknown as { browser?: Runtime; chrome: Runtime };
            return (scope.browser ?? scope.chrome).runtime.sendMessage({ xinwen: 1, type: 'saveWord', data });
          },
          { text, start, end: start + word.length, title: '新闻示例', url: `${server.origin}/demo.html` },
        );
        expect(reply).toMatchObject({ ok: true });
      }
    });
    afterAll(async () => {
      await launched?.browser.close();
      await server?.close();
    });

    test('the card: every text, on a glossary term and on a word with several readings', async () => {
      await news.bringToFront();
      await hoverText(news, '#article', '人类命运共同体', 2);
      expect(await lowContrast(news, '[data-xinwen-card]')).toEqual([]);
      await hoverText(news, '#article', '的好邻居', 0);
      expect(await lowContrast(news, '[data-xinwen-card]')).toEqual([]);
      // The readings after the one in this sentence wait under one line; opened, their definitions are readable too.
      const card = (selector: string) => news.evaluate((selector) => {
        const found = document.querySelector('[data-xinwen-card]')!.shadowRoot!.querySelector<HTMLElement>(selector);
        // Hidden as rendered, not only by attribute.
        return found ? { hidden: found.getClientRects().length === 0, text: found.textContent ?? '', expanded: found.getAttribute('aria-expanded') } : null;
      }, selector);
      expect(await card('[data-field="other-readings"]')).toMatchObject({ hidden: true });
      expect(await card('[data-field="more"]')).toMatchObject({ hidden: false, expanded: 'false' });
      // The reader's click (a page script's click() does nothing: tests/e2e/hostile-page.test.ts).
      const more = await news.evaluate(() => {
        const box = document.querySelector('[data-xinwen-card]')!.shadowRoot!.querySelector('[data-field="more"]')!.getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      });
      await news.mouse.click(more.x, more.y);
      expect(await card('[data-field="other-readings"]')).toMatchObject({ hidden: false });
      expect(await lowContrast(news, '[data-xinwen-card]')).toEqual([]);
      // The list of keys shows on the reader's first cards, these among them.
      expect(await card('[data-field="keys"]')).toMatchObject({ hidden: false });
      await news.mouse.move(1, 1);
    });

    test('after the first cards the keys wait behind "?"', async () => {
      await news.bringToFront();
      const keysHidden = () => news.evaluate(() => document.querySelector('[data-xinwen-card]')!.shadowRoot!.querySelector('[data-field="keys"]')!.getClientRects().length === 0);
      // Each new word is a card: past the reader's first five the list is folded unasked.
      for (const word of ['中朝', '友谊', '两党', '两国', '共同']) await hoverText(news, '#article', word, 0);
      expect(await keysHidden()).toBe(true);
      // "?" opens it, and it stays open for the next cards until "?" again.
      await news.keyboard.press('?');
      expect(await keysHidden()).toBe(false);
      await hoverText(news, '#article', '发展', 0);
      expect(await keysHidden()).toBe(false);
      await news.keyboard.press('?');
      expect(await keysHidden()).toBe(true);
      await hoverText(news, '#article', '理念', 0);
      expect(await keysHidden()).toBe(true);
      await news.mouse.move(1, 1);
    });

    test('the popup, with a search open on an entry and its examples', async () => {
      const popup = await launched.browser.newPage();
      await popup.setViewport({ width: 400, height: 600 });
      await openExtensionPage(launched, popup, `${launched.extensionBase}popup.html?tab=${tabId}`);
      await popup.waitForSelector('[data-testid="page-term"]', { timeout: 15_000 });
      await popup.type('[data-testid="glossary-search"]', 'rlmygtt');
      await popup.waitForSelector('[data-testid="glossary-result"]');
      await popup.keyboard.press('Enter');
      await popup.waitForSelector('[data-field="example"][data-converted="true"]', { timeout: 10_000 });
      expect(await lowContrast(popup)).toEqual([]);

      if (theme === 'light') {
        // Nothing cut off at the popup's size, the search open and every page term shown.
        expect(await clippedElements(popup)).toEqual([]);
        await popup.click('[data-testid="page-terms-all"]').catch(() => undefined);
        expect(await clippedElements(popup)).toEqual([]);
      }
      await popup.close();
    });

    test('the options page, with the card previewed', async () => {
      await control.bringToFront();
      await control.waitForSelector('[data-testid="card-preview"][data-ready="true"]', { timeout: 15_000 });
      await control.waitForSelector('[data-testid="ruby-preview"][data-ready="true"]', { timeout: 15_000 });
      expect(await lowContrast(control)).toEqual([]);
      // Ruby's own markup under the card: a syllable over each character of the sample.
      expect(await control.$$eval('[data-testid="ruby-preview"] rt', (rts) => rts.map((rt) => rt.textContent).slice(2, 6))).toEqual(['yín', 'háng', 'háng', 'zhǎng']);
      // The preview is the real card, redrawn as a setting changes.
      const reading = () => control.$eval('[data-testid="card-preview"] [data-xinwen-card]', (host) => host.shadowRoot!.querySelector('[data-field="pinyin"]')!.textContent);
      expect(await reading()).toBe('háng zhǎng');
      await control.locator('[data-testid="phonetic-zhuyin"]').click();
      await control.waitForFunction(
        () => document.querySelector('[data-testid="card-preview"] [data-xinwen-card]')!.shadowRoot!.querySelector('[data-field="pinyin"]')!.textContent === 'ㄏㄤˊ ㄓㄤˇ',
        { polling: 50, timeout: 5_000 },
      );
      await control.locator('[data-testid="phonetic-pinyin"]').click();
    });

    test('the word list and its review', async () => {
      const list = await launched.browser.newPage();
      await openExtensionPage(launched, list, `${launched.extensionBase}wordlist.html`);
      await list.waitForSelector('[data-testid="word-row"]');
      expect(await lowContrast(list)).toEqual([]);
      // R and Space at once, as a reader who knows the keys types them: the review's keys work from its first render.
      // A slowed CPU (Chromium only; Firefox cannot) makes a listener attached after the next frame lose the Space.
      await list.emulateCPUThrottling(30).catch(() => undefined);
      await list.keyboard.press('r');
      await list.keyboard.press(' ');
      await list.waitForSelector('[data-testid="review-answer"]', { timeout: 5_000 });
      expect(await lowContrast(list, '.review')).toEqual([]);
      await list.keyboard.press('Escape');
      await list.close();
    });

    // Once is enough: the saved marks do not depend on the theme.
    test.runIf(theme === 'light')('the review is driven from the keyboard and its marks are saved', async () => {
      let list = await launched.browser.newPage();
      await openExtensionPage(launched, list, `${launched.extensionBase}wordlist.html`);
      await list.waitForSelector('[data-testid="word-row"]');
      await list.evaluate(() => {
        type Local = { storage: { local: { remove(key: string): Promise<void> } } };
        const scope = globalThis as unknown as { browser?: Local; chrome: Local };
        return (scope.browser ?? scope.chrome).storage.local.remove('wordReview');
      });
      const shownWord = () => list.$eval('[data-testid="review-word"]', (word) => word.textContent ?? '');
      await list.keyboard.press('r');
      await list.waitForSelector('[data-testid="review-card"]');
      // Oldest saved first; the answer hides until Space, and K or A count only once it is shown.
      const first = await shownWord();
      expect(first).toBe(SAVES[0]!.word);
      expect(await list.$('[data-testid="review-answer"]')).toBeNull();
      await list.keyboard.press('k');
      expect(await shownWord()).toBe(first);
      await list.keyboard.press(' ');
      await list.waitForSelector('[data-testid="review-answer"] [data-field="pinyin"]');
      expect(await list.$eval('[data-testid="review-answer"] [data-field="pinyin"]', (p) => p.textContent)).toBe('háng zhǎng');
      await list.keyboard.press('k');
      await list.waitForFunction((first) => document.querySelector('[data-testid="review-word"]')?.textContent !== first, { polling: 50 }, first);
      const second = await shownWord();
      expect(second).toBe(SAVES[1]!.word);
      await list.keyboard.press('Enter');
      await list.waitForSelector('[data-testid="review-answer"]');
      // Every meaning of 着, not only the first.
      expect((await list.$$('[data-testid="review-answer"] [data-field="definition"]')).length).toBeGreaterThan(4);
      await list.keyboard.press('a');
      await list.waitForFunction((second) => document.querySelector('[data-testid="review-word"]')?.textContent !== second, { polling: 50 }, second);
      await list.keyboard.press('Escape');
      await list.waitForFunction(() => !document.querySelector('[data-testid="review-card"]'), { polling: 50 });

      // Saved: the page opened again reads the marks back from storage.
      await list.close();
      list = await launched.browser.newPage();
      await openExtensionPage(launched, list, `${launched.extensionBase}wordlist.html`);
      await list.waitForSelector('[data-testid="word-row"]');
      const stored = (await list.evaluate(() => {
        type Local = { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
        const scope = globalThis as unknown as { browser?: Local; chrome: Local };
        return (scope.browser ?? scope.chrome).storage.local.get('wordReview');
      })) as { wordReview: Record<string, { level: number; last: string; due: string; reviews: number }> };
      expect(stored.wordReview[first]).toMatchObject({ level: 1, last: 'known', reviews: 1 });
      expect(Date.parse(stored.wordReview[first]!.due) - Date.now()).toBeGreaterThan(20 * 3600_000);
      expect(stored.wordReview[second]).toMatchObject({ level: 0, last: 'again', reviews: 1 });
      const rows = () => list.$$eval('[data-testid="word-row"]', (items) => items.map((row) => `${row.getAttribute('data-word')}:${row.getAttribute('data-review')}`));
      await list.click('[data-testid="word-filter-known"]');
      expect(await rows()).toEqual([`${first}:known`]);
      await list.click('[data-testid="word-filter-again"]');
      expect(await rows()).toEqual([`${second}:again`]);
      await list.click('[data-testid="word-filter-due"]');
      expect((await rows()).sort()).toEqual([`${second}:again`, `${SAVES[2]!.word}:new`].sort());
      // The next review starts with the word marked again, then the one never reviewed; the known one waits.
      await list.keyboard.press('r');
      await list.waitForSelector('[data-testid="review-card"]');
      expect(await shownWord()).toBe(second);
      await list.keyboard.press('Escape');
      await list.close();
    });

    test('ruby: annotations ≥ 0.55 of the text, characters evenly spaced, syllables apart, lines clear, in the card\'s tone colours', async () => {
      // The demo page follows the browser's theme: in dark, ruby is read on a dark page, in the dark tone colours.
      expect(await news.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(theme === 'dark' ? 'rgb(30, 30, 32)' : 'rgb(246, 244, 239)');
      await news.bringToFront();
      expect(await messageTab(control, tabId, { xinwen: 1, type: 'setRuby', data: { on: true } })).toMatchObject({ ok: true, value: { on: true } });
      try {
        // Every text size in light; in dark the colours are what differs, at the middle size.
        for (const size of theme === 'light' ? ['small', 'medium', 'large'] : ['medium']) {
          await setSetting(control, { cardFontSize: size, toneColors: 'standard' });
          await news.bringToFront();
          const min = { small: 9, medium: 10, large: 11 }[size]!;
          await news.waitForFunction((min) => parseFloat(getComputedStyle(document.querySelector('#article rt')!).fontSize) >= min && document.querySelector('#article rt')!.getAttribute('style'), { polling: 50, timeout: 5_000 }, min);
          const rows = await measureRuby(news, '#article', 500);
          expect(rows.length, size).toBeGreaterThan(300);
          for (const row of rows) {
            const at = `${size} ${row.char}${row.syllable}`;
            expect(row.sizeRatio, at).toBeGreaterThanOrEqual(0.55);
            expect(row.annotationPx, at).toBeGreaterThanOrEqual(min);
            // No base wider than its character, set bare in the same style, by more than 10%.
            expect(row.baseRatio, at).toBeLessThanOrEqual(1.1);
            expect(row.squeeze, at).toBeGreaterThanOrEqual(0.5);
            // A gap the eye sees between neighbouring syllables: 0.15 of the text at least, from the drawn boxes.
            if (row.gapToNext !== null) expect(row.gapToNext / (row.annotationPx / row.sizeRatio), at).toBeGreaterThanOrEqual(0.15);
            if (row.clearance !== null) expect(row.clearance, at).toBeGreaterThanOrEqual(1);
          }
          // Most syllables drawn as they are; only long ones narrowed.
          expect(rows.filter((row) => row.squeeze === 1).length / rows.length, size).toBeGreaterThan(0.5);
          // Every base the same width: the widest and narrowest Han cells differ by under 2%.
          const widths = rows.map((row) => row.baseRatio);
          expect(Math.max(...widths) - Math.min(...widths), size).toBeLessThan(0.02);
          // Tone colours as the card's, for the page's theme; legible on the page.
          const colors = TONE_PALETTES.standard[theme].map((color) => `rgb(${parseColor(color).slice(0, 3).join(', ')})`);
          for (const row of rows) expect(row.color, `${row.syllable} ${row.toneClass}`).toBe(colors[Number(row.toneClass.slice(4)) - 1]);
          const annotations = (await textContrasts(news, '#article')).filter((text) => text.where.startsWith('rt'));
          expect(annotations.filter((text) => text.ratio < AA)).toEqual([]);
        }
        // Without tone colours the annotations take the text's colour.
        await setSetting(control, { toneColors: 'none', cardFontSize: 'medium' });
        await news.bringToFront();
        await news.waitForFunction(() => {
          const rt = document.querySelector('#article p ruby rt');
          return rt && getComputedStyle(rt).color === getComputedStyle(rt.closest('p')!).color;
        }, { polling: 50, timeout: 5_000 });
      } finally {
        await setSetting(control, { toneColors: 'standard', cardFontSize: 'medium' });
        await messageTab(control, tabId, { xinwen: 1, type: 'setRuby', data: { on: false } });
      }
      expect(await news.evaluate(() => document.querySelectorAll('ruby, [data-xinwen-ruby], [data-xinwen-ruby-style]').length)).toBe(0);
    });
  });
});
