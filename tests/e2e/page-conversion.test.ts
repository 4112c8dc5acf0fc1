// Whole-page script conversion in real browsers: what is converted, what is never touched, new
// content, exact restore, the per-site choice, and no network traffic.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openExtensionPage, type BrowserName, type LaunchedBrowser } from '../../tools/browser/browsers';
import { EXTENSION_DIRS, pageTextSnapshot, waitForContentScript } from '../../tools/browser/page-helpers';
import { startServer, type TestServer } from '../../tools/browser/server';

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

/** A page of 150,000 characters in 1,500 paragraphs: heavier than a new lang can restyle in one frame. */
const SENTENCE = '中国式现代化与高质量发展，后台支持头发干净。';
const BIG_PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>长页面</title></head><body><article>${Array.from(
  { length: 1_500 },
  (_, i) => `<p id="p${i}">${SENTENCE.repeat(4)}${i}</p>`,
).join('')}</article></body></html>`;

describe.each(BROWSERS)('page conversion in %s', (name) => {
  let server: TestServer;
  let launched: LaunchedBrowser;
  const pageRequests: string[] = [];

  beforeAll(async () => {
    server = await startServer({ '/big-news.html': BIG_PAGE });
    launched = await launchBrowser(name, { extension: EXTENSION_DIRS[name] });
  });
  afterAll(async () => {
    await launched?.browser.close();
    await server?.close();
  });

  async function openPage(path: string): Promise<{ page: Page; tabId: number }> {
    const page = await launched.browser.newPage();
    page.on('request', (request) => void pageRequests.push(request.url()));
    await page.goto(`${server.origin}/${path}`);
    return { page, tabId: await waitForContentScript(launched, page) };
  }

  async function popupFor(tabId: number): Promise<Page> {
    const popup = await launched.browser.newPage();
    await openExtensionPage(launched, popup, `${launched.extensionBase}popup.html?tab=${tabId}`);
    await popup.locator('[data-testid="restore-original"]').wait();
    return popup;
  }

  async function press(popup: Page, testId: string, pressed?: string) {
    await popup.locator(`[data-testid="${testId}"]`).click();
    if (pressed) await popup.waitForSelector(`[data-testid="${pressed}"][aria-pressed="true"]`);
    else await popup.waitForSelector('[data-testid="restore-original"][disabled]');
  }

  /** Text of elements by id, in the document, the open shadow root and the frame. */
  const read = (page: Page) =>
    page.evaluate(() => {
      const text = (id: string) => document.getElementById(id)?.textContent;
      const shadow = document.getElementById('host')!.shadowRoot!;
      const frame = (document.getElementById('frame') as HTMLIFrameElement).contentDocument!;
      return {
        title: document.title,
        lang: document.documentElement.lang,
        headline: text('headline'),
        p2: text('p2'),
        p3: text('p3'),
        repeated: text('repeated'),
        navTitle: document.querySelector('#nav a')!.getAttribute('title'),
        navLabel: document.querySelectorAll('#nav a')[1]!.getAttribute('aria-label'),
        alt: document.getElementById('photo')!.getAttribute('alt'),
        placeholder: document.getElementById('field')!.getAttribute('placeholder'),
        fieldValue: (document.getElementById('field') as HTMLInputElement).value,
        editor: (document.getElementById('editor') as HTMLTextAreaElement).value,
        code: text('code'),
        inlineCode: text('inline-code'),
        kbd: text('kbd'),
        editable: text('editable'),
        notranslate: text('notranslate'),
        shadow: shadow.getElementById('shadow-text')?.textContent,
        shadowTitle: shadow.querySelector('span')!.getAttribute('title'),
        frame: frame.getElementById('frame-text')?.textContent,
      };
    });

  test('converts every Chinese text and leaves code, fields and non-Chinese text exactly as they were', async () => {
    const { page, tabId } = await openPage('conversion.html');
    await page.waitForFunction(() => (document.getElementById('frame') as HTMLIFrameElement).contentDocument?.getElementById('frame-text'));
    // The reader has typed in the textarea: it is never touched.
    await page.$eval('#editor', (area) => ((area as HTMLTextAreaElement).value = '我正在输入后台'));
    const before = await pageTextSnapshot(page);

    const popup = await popupFor(tabId);
    await press(popup, 'convert-to-traditional', 'convert-to-traditional');
    const after = await read(page);
    expect(after).toEqual({
      title: '後臺發展與頭髮 - 新聞',
      lang: 'zh-Hant',
      headline: '中國式現代化與高質量發展',
      p2: '他說：“後臺支持頭髮乾淨。” Quote "don\'t" stays, URL https://example.com/後臺?q=發展 stays as written.',
      p3: ' 臺灣的後臺',
      // The same text five times under one parent is five texts to convert, not a page fighting back.
      repeated: '後臺後臺後臺後臺後臺',
      navTitle: '首頁鏈接',
      navLabel: '國際新聞',
      alt: '圖片：會談現場',
      placeholder: '搜索後臺',
      fieldValue: '已输入的后台',
      editor: '我正在输入后台',
      code: 'const 后台 = "头发"; // 不要转换',
      inlineCode: '发展()',
      kbd: '后台',
      editable: '可编辑的后台',
      notranslate: '不转换的后台',
      shadow: '影子裡的後臺發展',
      shadowTitle: '影子提示',
      frame: '框架裡的後臺發展',
    });

    // New content is converted as it arrives, in the document and in the shadow root.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'late';
      p.textContent = '后来加载的评论';
      document.getElementById('comments')!.append(p);
      const q = document.createElement('p');
      q.id = 'late-shadow';
      q.textContent = '影子里后来的发展';
      document.getElementById('host')!.shadowRoot!.append(q);
    });
    await page.waitForFunction(
      () => document.getElementById('late')?.textContent === '後來加載的評論' && document.getElementById('host')!.shadowRoot!.getElementById('late-shadow')?.textContent === '影子裡後來的發展',
      { polling: 100 },
    );
    // A text the page itself changes after our write is the page's: restore leaves it alone.
    await page.evaluate(() => (document.getElementById('headline')!.firstChild!.nodeValue = '页面自己改的标题'));
    await page.waitForFunction(() => document.getElementById('headline')!.textContent === '頁面自己改的標題', { polling: 100 });

    await press(popup, 'restore-original');
    const restored = await read(page);
    expect(restored.headline).toBe('页面自己改的标题');
    expect(await page.$eval('#late', (p) => p.textContent)).toBe('后来加载的评论');
    // Undo the page's own changes; the rest must be byte-identical to the original.
    await page.evaluate(() => {
      document.getElementById('headline')!.firstChild!.nodeValue = '中国式现代化与高质量发展';
      document.getElementById('late')!.remove();
      document.getElementById('host')!.shadowRoot!.getElementById('late-shadow')!.remove();
    });
    expect(await pageTextSnapshot(page)).toBe(before);
    await popup.close();
    await page.close();
  });

  test('a traditional page converts to simplified and restores without a round trip', async () => {
    const { page, tabId } = await openPage('news-traditional.html');
    const before = await pageTextSnapshot(page);
    const popup = await popupFor(tabId);
    await popup.waitForSelector('[data-testid="page-script"][data-script="traditional"]');
    await press(popup, 'convert-to-simplified', 'convert-to-simplified');
    expect(await page.$eval('#p2', (p) => p.textContent)).toBe('后台的头发很干净，台湾的乾隆皇帝。');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
    // Switching straight to traditional starts from the original, not from the simplified text.
    await press(popup, 'convert-to-traditional', 'convert-to-traditional');
    expect(await page.$eval('#p2', (p) => p.textContent)).toBe('後臺的頭髮很乾淨，台灣的乾隆皇帝。');
    await press(popup, 'restore-original');
    expect(await pageTextSnapshot(page)).toBe(before);
    await popup.close();
    await page.close();
  });

  test('a page too big to restyle in one frame converts every paragraph but keeps its lang, and restores exactly', async () => {
    const { page, tabId } = await openPage('big-news.html');
    const before = await pageTextSnapshot(page);
    const popup = await popupFor(tabId);
    await press(popup, 'convert-to-traditional', 'convert-to-traditional');
    const after = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      unconverted: [...document.querySelectorAll('p')].filter((p) => !p.textContent!.startsWith('中國式現代化與高質量發展，後臺支持頭髮乾淨。')).length,
    }));
    expect(after).toEqual({ lang: 'zh-CN', unconverted: 0 });
    await press(popup, 'restore-original');
    expect(await pageTextSnapshot(page)).toBe(before);
    await popup.close();
    await page.close();
  });

  test('a site the reader chose to show in traditional loads converted', async () => {
    const { page, tabId } = await openPage('news-simplified.html');
    const popup = await popupFor(tabId);
    await press(popup, 'convert-to-traditional', 'convert-to-traditional');
    await popup.locator('[data-testid="site-rule"]').click();
    await popup.waitForSelector('[data-testid="site-rule"]:checked');
    await page.reload();
    await waitForContentScript(launched, page);
    await page.waitForFunction(() => document.getElementById('p1')?.textContent?.startsWith('習近平強調'), { polling: 50, timeout: 10_000 });
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).visibility)).toBe('visible');
    // Untick: the next load is the original again.
    await press(popup, 'restore-original');
    const popup2 = await popupFor(tabId);
    await popup2.locator('[data-testid="convert-to-traditional"]').click();
    await popup2.waitForSelector('[data-testid="site-rule"]:checked');
    await popup2.locator('[data-testid="site-rule"]').click();
    await popup2.waitForSelector('[data-testid="site-rule"]:not(:checked)');
    await page.reload();
    await waitForContentScript(launched, page);
    expect(await page.$eval('#p1', (p) => p.textContent)).toMatch(/^习近平强调/);
    await Promise.all([popup.close(), popup2.close(), page.close()]);
  });

  test('a site rule added in the options page by address applies on load, and removing it there ends it', async () => {
    const options = await launched.browser.newPage();
    await openExtensionPage(launched, options, `${launched.extensionBase}options.html`);
    await options.locator('[data-testid="rule-site"]').fill('not a site');
    await options.locator('[data-testid="rule-add"]').click();
    await options.waitForSelector('.rule-form [role="alert"]');
    await options.locator('[data-testid="rule-site"]').fill(`${server.origin}/news-simplified.html`);
    await options.select('[data-testid="rule-script"]', 'traditional');
    await options.locator('[data-testid="rule-add"]').click();
    await options.waitForSelector('[data-testid="site-rule-row"]');
    expect(await options.$eval('[data-testid="site-rule-row"] .term', (span) => span.textContent)).toBe(new URL(server.origin).hostname);

    const { page } = await openPage('news-simplified.html');
    await page.waitForFunction(() => document.getElementById('p1')?.textContent?.startsWith('習近平強調'), { polling: 50, timeout: 10_000 });
    await options.bringToFront();
    await options.locator('[data-testid="site-rule-row"] button').click();
    await options.waitForSelector('[data-testid="site-rule-row"]', { hidden: true });
    await page.reload();
    await waitForContentScript(launched, page);
    expect(await page.$eval('#p1', (p) => p.textContent)).toMatch(/^习近平强调/);
    await Promise.all([options.close(), page.close()]);
  });

  test('a flood of new content is converted, and a page that fights back gets no endless loop', async () => {
    const { page, tabId } = await openPage('news-simplified.html');
    // The page puts back its own text whenever anyone changes #p2, as some frameworks do.
    await page.evaluate(() => {
      const p2 = document.getElementById('p2')!;
      const original = p2.textContent!;
      (window as unknown as { rewrites: number }).rewrites = 0;
      new MutationObserver(() => {
        if (p2.textContent !== original) {
          (window as unknown as { rewrites: number }).rewrites++;
          p2.textContent = original;
        }
      }).observe(p2, { childList: true, characterData: true, subtree: true });
    });
    const popup = await popupFor(tabId);
    await press(popup, 'convert-to-traditional', 'convert-to-traditional');
    // 3,000 paragraphs at once: more than one batch of changes, so the converter rescans.
    await page.evaluate(() => {
      const fragment = document.createDocumentFragment();
      for (let i = 0; i < 3000; i++) {
        const p = document.createElement('p');
        p.className = 'flood';
        p.textContent = `第${i}条：后台发展`;
        fragment.append(p);
      }
      document.body.append(fragment);
    });
    await page.waitForFunction(() => [...document.querySelectorAll('.flood')].every((p) => p.textContent!.endsWith('後臺發展')), { polling: 200, timeout: 20_000 });
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const rewrites = await page.evaluate(() => (window as unknown as { rewrites: number }).rewrites);
    expect(rewrites).toBeGreaterThan(0);
    expect(rewrites).toBeLessThanOrEqual(5);
    await popup.close();
    await page.close();
  });

  test('no network request leaves the machine', () => {
    // The extension's own files (its on-demand page tools) come from inside the browser.
    const own = (url: string) => url.startsWith(launched.extensionBase);
    const foreign = pageRequests.filter((url) => !url.startsWith(server.origin) && !url.startsWith('data:') && !own(url));
    expect(foreign).toEqual([]);
    expect(pageRequests.length).toBeGreaterThan(0);
    // Of the extension's files, a page loads only the page tools.
    expect(pageRequests.filter(own).every((url) => new URL(url).pathname === '/page-tools.js')).toBe(true);
  });
});
