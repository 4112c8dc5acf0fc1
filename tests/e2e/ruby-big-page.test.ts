// Ruby on a long article annotates the text in and near the view, and the text far below once the reader
// scrolls to it; ruby off then puts back exactly the page there was, in Chromium and Firefox.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openExtensionPage, type BrowserName, type LaunchedBrowser } from '../../tools/browser/browsers';
import { EXTENSION_DIRS, messageTab, pageTextSnapshot, waitForContentScript } from '../../tools/browser/page-helpers';
import { startServer, type TestServer } from '../../tools/browser/server';
import { newsPage } from '../../tools/bench/big-pages';

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];
/** An article of many screens: corpus paragraphs, a nav and a sidebar. */
const LONG_ARTICLE = newsPage(60_000);

describe.each(BROWSERS)('ruby on a long article in %s', (name) => {
  let server: TestServer;
  let launched: LaunchedBrowser;

  beforeAll(async () => {
    server = await startServer({ '/long.html': LONG_ARTICLE });
    launched = await launchBrowser(name, { extension: EXTENSION_DIRS[name] });
  }, 60_000);

  afterAll(async () => {
    await launched?.browser.close();
    await server?.close();
  });

  test('text far below the view is annotated once scrolled to; off restores the exact page', async () => {
    const article = await launched.browser.newPage();
    await article.goto(`${server.origin}/long.html`);
    const tab = await waitForContentScript(launched, article);
    const before = { text: await pageTextSnapshot(article), html: await article.evaluate(() => document.body.innerHTML) };
    const control = await launched.browser.newPage();
    await openExtensionPage(launched, control, `${launched.extensionBase}wordlist.html`);
    await article.bringToFront();
    const setRuby = (on: boolean) => messageTab(control, tab, { xinwen: 1, type: 'setRuby', data: { on } }) as Promise<{ ok: boolean; value: { on: boolean; annotated: number } }>;
    const rubyIn = (selector: string) => article.evaluate((css) => document.querySelectorAll(`${css} ruby`).length, selector);

    const reply = await setRuby(true);
    expect(reply).toMatchObject({ ok: true, value: { on: true } });
    // The answer comes once the text in view has ruby.
    const inView = await article.evaluate(() => [...document.querySelectorAll('ruby')].filter((ruby) => ruby.getBoundingClientRect().top < innerHeight).length);
    expect(inView).toBeGreaterThan(100);
    // Once ruby stops appearing (no new ruby for a second), the text far below has none: the page is many screens long.
    await article.evaluate(async () => {
      let count = -1;
      for (let same = 0; same < 10; ) {
        const now = document.querySelectorAll('ruby').length;
        same = now === count ? same + 1 : 0;
        count = now;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    });
    expect(await article.evaluate(() => document.documentElement.scrollHeight / innerHeight)).toBeGreaterThan(10);
    expect(await rubyIn('article > p:last-of-type')).toBe(0);

    await article.evaluate(() => document.querySelector('article > p:last-of-type')!.scrollIntoView());
    await article.waitForFunction(() => document.querySelectorAll('article > p:last-of-type ruby').length > 0, { polling: 50, timeout: 15_000 });
    // Readings in context there too.
    const last = await article.evaluate(() => {
      const paragraph = document.querySelector('article > p:last-of-type')!;
      const han = [...(paragraph.textContent ?? '')].filter((char) => /\p{Script=Han}/u.test(char)).length;
      return { han, annotated: paragraph.querySelectorAll('ruby').length, empty: [...paragraph.querySelectorAll('rt')].filter((rt) => !rt.textContent).length };
    });
    expect(last.annotated).toBe(last.han);
    expect(last.empty).toBe(0);

    expect(await setRuby(false)).toMatchObject({ ok: true, value: { on: false, annotated: 0 } });
    expect(await article.evaluate(() => document.body.innerHTML)).toBe(before.html);
    expect(await pageTextSnapshot(article)).toBe(before.text);
    await Promise.all([control.close(), article.close()]);
  }, 60_000);
});
