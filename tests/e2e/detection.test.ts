// The one detector on the live page, in both browsers: pages in Japanese, Korean or English get no card, no
// conversion and no ruby (the popup offers neither), and are left exactly as they are; on a list page, ruby and "On this page" act on the
// page's main content and leave menus, share bars, the sidebar and the footer alone; pageState reports the
// article the extension acts on (../shared/contracts.md).
import { readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openExtensionPage, type BrowserName, type LaunchedBrowser } from '../../tools/browser/browsers';
import { EXTENSION_DIRS, messageTab, pageStateOf, pageTextSnapshot, pointOfText, readCard, tabIdOf } from '../../tools/browser/page-helpers';
import { startServer, type TestServer } from '../../tools/browser/server';
import { REPO_ROOT } from '../../tools/lib/node-data';

const send = (extension: Page, tabId: number, type: string, data: unknown = {}) =>
  messageTab(extension, tabId, { xinwen: 1, type, data }) as Promise<{ ok: boolean; value?: Record<string, unknown>; error?: { message: string } }>;

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

describe.each(BROWSERS)('detection in %s', (name) => {
  let server: TestServer;
  let launched: LaunchedBrowser;
  let extension: Page;
  beforeAll(async () => {
    server = await startServer();
    launched = await launchBrowser(name, { extension: EXTENSION_DIRS[name] });
    extension = await launched.browser.newPage();
    await openExtensionPage(launched, extension, `${launched.extensionBase}popup.html`);
  });
  afterAll(async () => {
    await launched?.browser.close();
    await server?.close();
  });

  /** Opens a page and waits until its content script answers; returns the page, its tab and its first state. */
  async function open(path: string) {
    const page = await launched.browser.newPage();
    await page.goto(`${server.origin}/${path}`);
    const tabId = await tabIdOf(extension, page);
    return { page, tabId, state: await pageStateOf(extension, tabId) };
  }

  test.each([
    ['pages/japanese-news.html', 'h1', '桜'],
    ['pages/korean-news.html', 'h1', '櫻花'],
    ['pages/english-language-menu.html', 'body *', '中文'],
  ])('%s is not Chinese: no card, no conversion, no ruby, nothing touched', async (path, selector, pointed) => {
    const { page, tabId, state } = await open(path);
    const before = await pageTextSnapshot(page);
    expect(state).toMatchObject({ script: 'none', article: { found: false } });
    // The popup offers neither conversion nor ruby there.
    await openExtensionPage(launched, extension, `${launched.extensionBase}popup.html?tab=${tabId}`);
    await extension.waitForSelector('[data-testid="page-script"][data-script="none"]');
    for (const button of ['convert-to-traditional', 'convert-to-simplified']) {
      expect(await extension.$eval(`[data-testid="${button}"]`, (element) => (element as HTMLButtonElement).disabled), button).toBe(true);
    }
    expect(await extension.$('[data-testid="ruby"]')).toBeNull();
    expect((await send(extension, tabId, 'convertPage', { target: 'traditional' })).ok).toBe(false);
    expect((await send(extension, tabId, 'setRuby', { on: true })).ok).toBe(false);
    await page.bringToFront();
    const point = await pointOfText(page, selector, pointed);
    await page.mouse.move(point.x, point.y);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await readCard(page)).toBeNull();
    expect(await pageTextSnapshot(page)).toBe(before);
    await page.close();
  });

  test('on a list page, ruby and the page\'s terms keep to the main content: menus, share bars, sidebar and footer are left alone', async () => {
    const { page, tabId, state } = await open('list-with-menus.html');
    expect(state).toMatchObject({ script: 'simplified', article: { found: false } });
    const terms = (await send(extension, tabId, 'pageTerms')).value as unknown as { term: string; count: number }[];
    // 一带一路 is in the menu, the footer, the sidebar and every share bar (8 times), and three times in the list itself.
    expect(terms.find(({ term }) => term === '一带一路')?.count).toBe(3);
    expect(terms.some(({ term }) => term === '人类命运共同体')).toBe(false);
    const ruby = await send(extension, tabId, 'setRuby', { on: true });
    expect(ruby.ok).toBe(true);
    const annotated = await page.evaluate(() => {
      const inside = (selector: string) => [...document.querySelectorAll(selector)].reduce((sum, element) => sum + element.querySelectorAll('ruby').length, 0);
      return { list: inside('#main-list h3, #main-list p'), share: inside('.share'), nav: inside('nav, .breadcrumb'), sidebar: inside('aside'), footer: inside('footer') };
    });
    expect(annotated.list).toBeGreaterThan(100);
    expect(annotated).toMatchObject({ share: 0, nav: 0, sidebar: 0, footer: 0 });
    expect((await send(extension, tabId, 'setRuby', { on: false })).ok).toBe(true);
    await page.close();
  });

  test('pageState reports the article as the page is now: an article that arrives after the first question is found', async () => {
    const { page, tabId, state } = await open('late-article.html');
    expect(state).toMatchObject({ script: 'simplified', article: { found: false } });
    await page.evaluate(() => {
      const sentences = [
        '本报讯 今年秋季，全市新建的十二所中小学陆续投入使用，新增学位一万余个，缓解了城区入学难的问题。',
        '市教育局负责人介绍，新学校均按照统一标准建设，配备了图书馆、实验室和室内体育馆，部分学校还开设了农业实践课程。',
        '据了解，明年全市还将开工建设八所学校，并对二十所老旧校舍进行改造，预计总投资超过三十亿元。',
        '不少家长表示，孩子能够在家门口上学，接送方便了许多，也希望学校在师资配备上继续加大投入。',
        '专家指出，学位供给要与人口变化相适应，既要解决眼前的缺口，也要为今后的发展留出余地。',
      ];
      const article = document.createElement('article');
      article.innerHTML = `<h1>全市新建十二所中小学投入使用</h1>${sentences.map((sentence) => `<p>${sentence}</p>`).join('')}`;
      document.getElementById('main')!.append(article);
    });
    const until = Date.now() + 10_000;
    let later = await pageStateOf(extension, tabId);
    while (!(later.article as { found: boolean }).found && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      later = await pageStateOf(extension, tabId);
    }
    expect(later).toMatchObject({ script: 'simplified', article: { found: true } });
    expect((later.article as { text: string }).text).toContain('新增学位一万余个');
    expect((later.article as { text: string }).text).not.toContain('版权所有');
    await page.close();
  });

  test('pageState reports the article the extension acts on, its menus and comments left out', async () => {
    const { page, state } = await open('pages/portal-article.html');
    const expected = JSON.parse(readFileSync(`${REPO_ROOT}tests/fixtures/pages/portal-article.json`, 'utf8')) as { article: string[] };
    const article = state.article as { found: boolean; text: string; hanChars: number };
    expect(article.found).toBe(true);
    for (const line of expected.article) expect(article.text).toContain(line);
    // Only the article: the page around it (menus, related headlines, comments, footer) holds more than as much again.
    const articleHan = expected.article.join('').match(/\p{Script=Han}/gu)!.length;
    expect(article.hanChars).toBeLessThan(articleHan * 1.3);
    expect(state.hanChars as number).toBeGreaterThan(articleHan * 1.5);
    await page.close();
  });
});
