// The extension in real browsers: content script ↔ worker (hover card), popup ↔ content script ↔ worker
// (page script, conversion and restore, page terms), popup ↔ worker (glossary search), and a worker that
// answers malformed messages with errors and keeps serving.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openExtensionPage, type BrowserName } from '../../tools/browser/browsers';
import { clearCard, controlPageOf, hoverText, pageStateOf, pageTextSnapshot, pointOfText, readCard, waitForContentScript } from '../../tools/browser/page-helpers';
import { startPageSession, type PageSession } from './support/session';

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

describe.each(BROWSERS)('extension in %s', (name) => {
  let session: PageSession;
  let page: Page;

  beforeAll(async () => {
    session = await startPageSession(name, 'news-simplified.html');
    page = session.page;
  });

  afterAll(async () => {
    await session?.close();
  });

  const openPopup = () => session.openPopup();


  test('hovering a character shows the word it belongs to, read in context', async () => {
    await page.bringToFront();
    // 这部长篇小说: pointing at 长 gives 长篇小说 read cháng, not 部长.
    const novel = await hoverText(page, '#p2', '这部长篇小说', 2);
    expect(novel.word).toBe('长篇小说');
    expect(novel.pinyin).toBe('cháng piān xiǎo shuō');
    expect(novel.definitions.join(' ')).toMatch(/novel/);

    const president = await hoverText(page, '#p2', '行长', 1);
    expect(president.word).toBe('行长');
    expect(president.pinyin).toBe('háng zhǎng');
    expect(president.definitions).toContain('bank president');
  });

  test('a glossary term shows its glossary entry, read across inline elements', async () => {
    // Inside a phrase CC-CEDICT lacks, the dictionary word under the pointer, the phrase as the glossary section.
    const card = await hoverText(page, '#p1', '人类命运共同体', 3);
    expect(card.word).toBe('命运');
    expect(card.glossary).toMatch(/人类命运共同体.*shared future/);
    // <b>人类</b>命运共同体 is one phrase to the reader.
    const split = await hoverText(page, '#p3', '命运共同体', 1);
    expect(split.glossary).toMatch(/人类命运共同体.*shared future/);
  });

  test('the popup reports the script and the glossary terms of the page', async () => {
    const popup = await openPopup();
    await popup.waitForSelector('[data-testid="page-script"][data-script="simplified"]');
    // On a simplified page the popup offers the conversion to traditional.
    await popup.waitForSelector('[data-testid="convert-to-traditional"][data-suggested="true"]');
    expect(await popup.$eval('[data-testid="convert-to-simplified"]', (button) => button.getAttribute('data-suggested'))).toBe('false');
    await popup.waitForSelector('[data-testid="page-term"]');
    const terms = await popup.$$eval('[data-testid="page-term"]', (items) => items.map((item) => item.textContent));
    expect(terms.some((t) => t?.startsWith('人类命运共同体'))).toBe(true);
    expect(terms.some((t) => t?.startsWith('高质量发展'))).toBe(true);
    await popup.close();
  });

  test('glossary search answers characters, pinyin initials and English', async () => {
    const popup = await openPopup();
    const firstResult = async (query: string) => {
      await popup.$eval('[data-testid="glossary-search"]', (input) => ((input as HTMLInputElement).value = ''));
      await popup.type('[data-testid="glossary-search"]', query);
      await popup.waitForFunction(
        (q) => (document.querySelector('[data-testid="glossary-search"]') as HTMLInputElement).value === q && document.querySelector('[data-testid="glossary-result"]'),
        { polling: 50 },
        query,
      );
      return popup.$eval('[data-testid="glossary-result"]', (item) => item.textContent ?? '');
    };
    expect(await firstResult('rlmygtt')).toContain('人类命运共同体');
    expect(await firstResult('人類命運')).toContain('人类命运共同体');
    expect(await firstResult('belt and road')).toContain('一带一路');
    await popup.close();
  });

  test('the page converts to traditional and restores to the exact original', async () => {
    const original = await pageTextSnapshot(page);
    // The user typed in the textarea: conversion must leave it alone.
    await page.$eval('#editor', (area) => ((area as HTMLTextAreaElement).value = '我正在输入后台'));
    const typed = await pageTextSnapshot(page);

    const popup = await openPopup();
    await popup.locator('[data-testid="convert-to-traditional"]').click();
    await popup.waitForSelector('[data-testid="convert-to-traditional"][aria-pressed="true"]');
    const converted = await page.evaluate(() => ({
      p1: document.getElementById('p1')!.textContent,
      p2: document.getElementById('p2')!.textContent,
      p3: document.getElementById('p3')!.textContent,
      code: document.getElementById('code')!.textContent,
      editor: (document.getElementById('editor') as HTMLTextAreaElement).value,
      title: document.title,
      lang: document.documentElement.lang,
    }));
    expect(converted.p1).toBe('習近平強調，中國願同各方一道構建人類命運共同體，推動高質量發展。');
    expect(converted.p2).toContain('後臺');
    expect(converted.p2).toContain('頭髮');
    expect(converted.p3).toContain('Quote "don\'t" stays, see https://example.com/');
    expect(converted.code).toBe('const 后台 = "头发";');
    expect(converted.editor).toBe('我正在输入后台');
    expect(converted.title).toBe('中朝關係迎來新篇章');
    expect(converted.lang).toBe('zh-Hant');

    // Content added after the conversion is converted as it arrives.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'late';
      p.textContent = '后来加载的评论';
      document.getElementById('comments')!.append(p);
    });
    // Polled on a timer: the page is a background tab now, and gets no animation frames.
    await page.waitForFunction(() => document.getElementById('late')?.textContent === '後來加載的評論', { polling: 100 });

    await popup.locator('[data-testid="restore-original"]').click();
    await popup.waitForSelector('[data-testid="convert-to-traditional"][aria-pressed="false"]');
    await page.$eval('#late', (p) => p.remove());
    expect(await pageTextSnapshot(page)).toBe(typed);
    expect(typed).not.toBe(original); // the snapshot does see the textarea's value
    await popup.close();
  });

  test('the page sees no trace of the extension but the card host: no attribute, no timing entry', async () => {
    // After hovering, converting and restoring (the tests above), as a page script would look.
    const trace = await page.evaluate(() => ({
      attributes: [...document.documentElement.attributes].map((attribute) => attribute.name).filter((name) => name.includes('xinwen')),
      entries: performance.getEntries().map((entry) => entry.name).filter((name) => name.includes('xinwen')),
      elements: [...document.querySelectorAll('*')].filter((element) => [...element.attributes].some((attribute) => attribute.name.includes('xinwen'))).length,
    }));
    expect(trace).toEqual({ attributes: [], entries: [], elements: 1 }); // the card host, [data-xinwen-card]
  });

  test('scraped inline pinyin: hover reads through it, and the popup hides it and puts it back exactly', async () => {
    const scraped = await session.launched.browser.newPage();
    await scraped.goto(`${session.server.origin}/detect/corpus-001-inline-pinyin.html`);
    const scrapedTab = await waitForContentScript(session.launched, scraped);
    // 關(guān)系 is the word 關系 (關係 with a simplified 系), pinyin and all.
    const card = await hoverText(scraped, 'p', '關(guān)系', 0);
    expect(card.word).toBe('關系');
    expect(card.definitions.join(' ')).toMatch(/relation|關係/);
    const before = await pageTextSnapshot(scraped);

    const popup = await session.launched.browser.newPage();
    await openExtensionPage(session.launched, popup, `${session.launched.extensionBase}popup.html?tab=${scrapedTab}`);
    await popup.locator('[data-testid="hide-inline-pinyin"]').click();
    await popup.waitForSelector('[data-testid="hide-inline-pinyin"]:checked');
    const hidden = await scraped.evaluate(() => document.body.textContent ?? '');
    expect(hidden).toContain('中朝關系迎來新篇章');
    expect(hidden).not.toMatch(/[(][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[)]/);
    await popup.locator('[data-testid="hide-inline-pinyin"]').click();
    await popup.waitForSelector('[data-testid="hide-inline-pinyin"]:not(:checked)');
    expect(await pageTextSnapshot(scraped)).toBe(before);
    await Promise.all([popup.close(), scraped.close()]);
  });

  test('a site switched off in the popup gets no card and no conversion until switched on again', async () => {
    const off = await openPopup();
    await off.locator('[data-testid="on-site"]').click();
    await off.waitForSelector('[data-testid="on-site"]:not(:checked)');
    await off.close();
    // The open page's cards stop at once.
    await page.bringToFront();
    await clearCard(page);
    const before = await pointOfText(page, '#p2', '行长', 0);
    await page.mouse.move(before.x, before.y);
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect((await readCard(page))?.visible ?? false).toBe(false);
    await page.reload();
    await page.bringToFront();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const { x, y } = await pointOfText(page, '#p2', '行长', 0);
    await page.mouse.move(x, y);
    await new Promise((resolve) => setTimeout(resolve, 800));
    // Not started: the worker never heard from the page (no hello, so no tab id in its state), and no card host.
    const control = await controlPageOf(session.launched);
    expect({
      started: (await pageStateOf(control, session.tabId)).tabId !== null,
      card: await page.evaluate(() => document.querySelector('[data-xinwen-card]') !== null),
    }).toEqual({ started: false, card: false });

    const on = await openPopup();
    await on.locator('[data-testid="on-site"]').click();
    await on.waitForSelector('[data-testid="on-site"]:checked');
    await on.close();
    await page.reload();
    await waitForContentScript(session.launched, page);
    expect((await hoverText(page, '#p2', '行长', 0)).word).toBe('行长');
  });

  test('a malformed or oversized message gets an error reply and the worker keeps serving', async () => {
    const popup = await openPopup();
    const replies = await popup.evaluate(async () => {
      const api = (globalThis as unknown as { browser: { runtime: { sendMessage(message: unknown): Promise<unknown> } } }).browser ??
        (globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } }).chrome;
      const send = (message: unknown) => api.runtime.sendMessage(message);
      return {
        malformed: await send({ hello: 'world' }),
        unknown: await send({ xinwen: 1, type: 'formatDisk', data: {} }),
        badRequest: await send({ xinwen: 1, type: 'lookupWord', data: { text: 42 } }),
        oversized: await send({ xinwen: 1, type: 'pinyin', data: { text: '中'.repeat(2_100_000) } }),
        stillServing: await send({ xinwen: 1, type: 'pinyin', data: { text: '中朝' } }),
      };
    });
    expect(replies.malformed).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(replies.unknown).toMatchObject({ ok: false, error: { code: 'unknown-type' } });
    expect(replies.badRequest).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(replies.oversized).toMatchObject({ ok: false, error: { code: 'too-large' } });
    expect(replies.stillServing).toEqual({ ok: true, value: [{ text: '中朝', pinyin: ['zhōng', 'cháo'] }] });
    await popup.close();
  });
});
