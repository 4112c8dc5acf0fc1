// The hover card in real browsers: the word a reader sees, highlighted without touching the selection,
// keys to step through words and readings, text across layout breaks, ruby, shadow roots, frames,
// and the reader's hover settings.
import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openExtensionPage, type BrowserName, type LaunchedBrowser } from '../../tools/browser/browsers';
import { clearCard, EXTENSION_DIRS, hoverText, pointOfText, readCard, waitForContentScript } from '../../tools/browser/page-helpers';
import { startServer, type TestServer } from '../../tools/browser/server';
import { stopWorker, workerRunning, workerStarted } from '../../tools/browser/worker';

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

describe.each(BROWSERS)('hover card in %s', (name) => {
  let server: TestServer;
  let launched: LaunchedBrowser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    launched = await launchBrowser(name, { extension: EXTENSION_DIRS[name] });
    page = await launched.browser.newPage();
    await page.goto(`${server.origin}/hover.html`);
    await waitForContentScript(launched, page);
  });
  afterAll(async () => {
    await launched?.browser.close();
    await server?.close();
  });

  /** Presses a key and waits until the card shows a different word. */
  async function pressFor(key: 'n' | 'b' | 's' | 'l', previous: string) {
    await page.keyboard.press(key);
    await page.waitForFunction(
      (previous) => {
        const word = document.querySelector('[data-xinwen-card]')?.shadowRoot?.querySelector('[data-field="word"]')?.textContent;
        return word && word !== previous;
      },
      { polling: 50, timeout: 10_000 },
      previous,
    );
    return (await readCard(page))!;
  }

  test('the word a reader would see, highlighted without touching the selection', async () => {
    // The reader has selected some text: hovering must leave that selection as it is.
    await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('select-me')!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    const measure = await hoverText(page, '#novel', '这部长篇', 1);
    expect(measure.word).toBe('部');
    const novel = await hoverText(page, '#novel', '这部长篇', 2);
    expect(novel).toMatchObject({ word: '长篇小说', pinyin: 'cháng piān xiǎo shuō' });
    const state = await page.evaluate(() => ({
      selection: getSelection()!.toString(),
      highlighted: (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('xinwen-word'),
      tones: [...document.querySelector('[data-xinwen-card]')!.shadowRoot!.querySelectorAll('[data-field="pinyin"] span')].map((s) => s.className),
    }));
    expect(state.selection).toBe('Some English text the reader has selected.');
    expect(state.highlighted).toBe(true);
    expect(state.tones).toEqual(['tone2', 'tone1', 'tone3', 'tone1']);
  });

  test('keys step to the next and previous word and to shorter and longer readings', async () => {
    const start = await hoverText(page, '#novel', '这部长篇', 2);
    const shorter = await pressFor('s', start.word);
    expect(shorter.word).toBe('长篇');
    const shortest = await pressFor('s', shorter.word);
    expect(shortest).toMatchObject({ word: '长', pinyin: 'cháng' });
    const longer = await pressFor('l', shortest.word);
    expect(longer.word).toBe('长篇');
    const next = await pressFor('n', longer.word);
    expect(next.word).toBe('小说');
    const previous = await pressFor('b', next.word);
    expect(previous.word).toBe('长篇');
    await page.keyboard.press('Escape');
    expect((await readCard(page))?.visible).toBe(false);
  });

  test('next and previous pass over punctuation and Latin text, also into the next sentence', async () => {
    const start = await hoverText(page, '#steps', '会谈', 0);
    expect(start.word).toBe('会谈');
    const next = await pressFor('n', start.word);
    expect(next.word).toBe('峰会');
    const nextSentence = await pressFor('n', next.word);
    expect(nextSentence.word.startsWith('下')).toBe(true);
    const back = await pressFor('b', nextSentence.word);
    expect(back.word).toBe('峰会');
    expect((await pressFor('b', back.word)).word).toBe('会谈');
    await page.keyboard.press('Escape');
  });

  test('measure words from CEDICT, written as a reader reads them (本 běn, not CEDICT\'s 本[ben3])', async () => {
    await hoverText(page, '#novel', '一本书', 2);
    const classifiers = await page.evaluate(() => document.querySelector('[data-xinwen-card]')!.shadowRoot!.querySelector('[data-field="classifiers"]')?.textContent);
    expect(classifiers).toContain('本 běn');
    expect(classifiers).not.toMatch(/\[|\|/);
  });

  test.each([
    // 抗日战争 inside the glossary phrase 中国人民抗日战争, read across the line break after 战.
    ['#column', '战\n争', 2, '抗日战争', '中国人民抗日战争'],
    ['#zero-width', '命运共同体', 1, '命运', '人类命运共同体'],
    // The ruby annotations (zhōng, cháo) are not part of the word.
    ['#ruby', '中', 0, '中朝', '中朝关系'],
    ['#hidden-inside', '平主席', 0, '习近平', null],
    ['#invisible', '平主席', 0, '习近平', null],
  ])('text in %s is read as the reader sees it', async (selector, text, index, word, term) => {
    const card = await hoverText(page, selector, text, index);
    expect(card.word).toBe(word);
    // The glossary phrase the word is part of, read whole, is the glossary section.
    if (term) expect(card.glossary).toContain(term);
  });

  test('what the card says: a name, a function word, 后 as 後 "after", the dictionary word inside a glossary phrase', async () => {
    const other = await launched.browser.newPage();
    try {
      await other.goto(`${server.origin}/hover-card.html`);
      await waitForContentScript(launched, other);
      /** The card's fields beyond the contract's hooks: the name line, the usage line, the other script. */
      const extra = () =>
        other.evaluate(() => {
          const shadow = document.querySelector('[data-xinwen-card]')!.shadowRoot!;
          return {
            name: shadow.querySelector('[data-field="name"]')?.textContent ?? null,
            usage: shadow.querySelector('[data-field="usage"]')?.textContent ?? null,
            otherScript: shadow.querySelector('[data-field="other-script"]')?.textContent ?? null,
          };
        });
      // A name the segmenter cut (吴 | 亚军 "second place") is one word, a person's, the surname's entry first.
      const name = await hoverText(other, '#name', '吴亚军', 1);
      expect(name.word).toBe('吴亚军');
      expect(name.definitions[0]).toBe('surname Wu');
      expect((await extra()).name).toContain('Wú Yàjūn');
      // 被 before the doer: the passive, said first.
      const passive = await hoverText(other, '#function', '被', 0);
      expect(passive.word).toBe('被');
      expect((await extra()).usage).toMatch(/passive/);
      // 后 after 返锡: 後 "after", in both scripts.
      const after = await hoverText(other, '#after', '后', 0);
      expect(after.word).toBe('后');
      expect(await extra()).toMatchObject({ usage: expect.stringMatching(/after/), otherScript: '後' });
      expect(after.definitions[0]).toBe('back');
      const traditional = await hoverText(other, '#traditional', '後', 0);
      expect(traditional.word).toBe('後');
      expect((await extra()).usage).toMatch(/after/);
      // 中 in 党中央, inside 以习近平同志为核心的党中央: 党中央, the phrase as the glossary section.
      const term = await hoverText(other, '#term', '党中央', 1);
      expect(term.word).toBe('党中央');
      expect(term.definitions.length).toBeGreaterThan(0);
      expect(term.glossary).toContain('以习近平同志为核心的党中央');
    } finally {
      await other.close();
    }
  });

  test('text in an open shadow root', async () => {
    await clearCard(page);
    const { x, y } = await page.evaluate(() => {
      const text = document.getElementById('shadow-host')!.shadowRoot!.getElementById('in-shadow')!.firstChild!;
      const range = document.createRange();
      range.setStart(text, 1);
      range.setEnd(text, 2);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(x, y);
    await page.waitForFunction(() => document.querySelector('[data-xinwen-card]')?.shadowRoot?.querySelector('[data-field="word"]')?.textContent === '上海合作组织', { polling: 50, timeout: 10_000 });
  });

  /** The word of the card shown in a frame, or null. */
  const frameCard = (frame: Frame) =>
    frame.evaluate(() => {
      const host = document.querySelector('[data-xinwen-card]');
      return host && !host.hasAttribute('hidden') ? host.shadowRoot!.querySelector('[data-field="word"]')!.textContent : null;
    });

  /** Points at the first character of #`textId` in the frame `frameSelector` again and again for up to `ms` (the
   * frame's content script may still be starting), returning the frame and its card's word as soon as one shows. */
  async function pointIntoFrame(frameSelector: string, textId: string, ms: number): Promise<{ frame: Frame; word: string | null }> {
    const element = (await page.$(frameSelector))!;
    const frame = (await element.contentFrame()) as Frame;
    const box = (await element.boundingBox())!;
    const inner = await frame.evaluate((id) => {
      const range = document.createRange();
      range.setStart(document.getElementById(id)!.firstChild!, 0);
      range.setEnd(document.getElementById(id)!.firstChild!, 1);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }, textId);
    for (let i = 0, end = Date.now() + ms; Date.now() < end; i++) {
      await page.mouse.move(box.x + inner.x + (i % 2), box.y + inner.y);
      const word = await frameCard(frame);
      if (word) return { frame, word };
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    return { frame, word: null };
  }

  test('in a frame the card shows in the frame, inside its small viewport, and the card in the page goes', async () => {
    await clearCard(page);
    // A card in the page first: the pointer then goes into the frame.
    await hoverText(page, '#novel', '小说', 0);
    const { frame, word } = await pointIntoFrame('#frame', 'frame-text', 10_000);
    expect(word).toBe('朝鲜劳动党');
    expect((await readCard(page))?.visible ?? false).toBe(false);
    // The frame is 90 px high: the card fits inside it, scrolling within itself if it must.
    const fits = await frame.evaluate(() => {
      const card = document.querySelector('[data-xinwen-card]')!.shadowRoot!.querySelector('.card')!.getBoundingClientRect();
      const view = document.documentElement;
      return card.top >= 0 && card.left >= 0 && card.bottom <= view.clientHeight + 0.5 && card.right <= view.clientWidth + 0.5;
    });
    expect(fits).toBe(true);
    // The keyboard focus is in the page, not the frame: the page passes the card's keys on to the frame.
    await page.keyboard.press('n');
    await frame.waitForFunction(() => document.querySelector('[data-xinwen-card]')?.shadowRoot?.querySelector('[data-field="word"]')?.textContent === '总书记', { polling: 50, timeout: 10_000 });
    await page.keyboard.press('Escape');
    await frame.waitForFunction(() => document.querySelector('[data-xinwen-card]')!.hasAttribute('hidden'), { polling: 50, timeout: 10_000 });
  });

  test('hover switched off for a site is off in its srcdoc frames too, which have no site of their own', async () => {
    await clearCard(page);
    // Switched on, the frame has its card (the content script runs in srcdoc frames).
    expect((await pointIntoFrame('#srcdoc-frame', 'srcdoc-text', 10_000)).word).toBe('中朝');
    await page.mouse.move(2, 2);
    const options = await launched.browser.newPage();
    await openExtensionPage(launched, options, `${launched.extensionBase}options.html`);
    const setHoverOff = (sites: string[]) =>
      options.evaluate((sites) => (globalThis as unknown as { chrome: { storage: { sync: { set(items: object): Promise<void> } } } }).chrome.storage.sync.set({ hoverOffSites: sites }), sites);
    await setHoverOff([new URL(server.origin).hostname]);
    await page.bringToFront();
    expect((await pointIntoFrame('#srcdoc-frame', 'srcdoc-text', 1_500)).word).toBe(null);
    await setHoverOff([]);
    await options.close();
  });

  test('hover can be switched off and set to Shift only, live', async () => {
    const options = await launched.browser.newPage();
    await openExtensionPage(launched, options, `${launched.extensionBase}options.html`);
    await options.locator('[data-testid="hover-off"]').click();
    await page.bringToFront();
    await page.keyboard.press('Escape');
    const { x, y } = await pointOfText(page, '#novel', '小说', 0);
    await page.mouse.move(x, y);
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect((await readCard(page))?.visible ?? false).toBe(false);

    await options.bringToFront();
    await options.locator('[data-testid="hover-shift"]').click();
    await page.bringToFront();
    await page.mouse.move(x + 1, y);
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect((await readCard(page))?.visible ?? false).toBe(false);
    await page.keyboard.down('Shift');
    await page.mouse.move(x, y);
    await page.waitForFunction(() => !document.querySelector('[data-xinwen-card]')?.hasAttribute('hidden'), { polling: 50, timeout: 10_000 });
    await page.keyboard.up('Shift');
    // Shift pressed with the pointer already resting on a word shows that word's card.
    const story = await pointOfText(page, '#novel', '故事', 0);
    await page.mouse.move(story.x, story.y);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await readCard(page))?.visible ?? false).toBe(false);
    await page.keyboard.down('Shift');
    await page.waitForFunction(() => document.querySelector('[data-xinwen-card]')?.shadowRoot?.querySelector('[data-field="word"]')?.textContent === '故事' && !document.querySelector('[data-xinwen-card]')!.hasAttribute('hidden'), { polling: 50, timeout: 10_000 });
    await page.keyboard.up('Shift');
    // Shift released, the pointer goes from the word into the card (to press its button): the card stays.
    const card = await page.evaluate(() => {
      const box = document.querySelector('[data-xinwen-card]')!.shadowRoot!.querySelector('.card')!.getBoundingClientRect();
      return { top: box.top, bottom: box.bottom };
    });
    await page.mouse.move(story.x, card.top > story.y ? card.top + 4 : card.bottom - 4, { steps: 6 });
    expect((await readCard(page))?.visible).toBe(true);

    await options.bringToFront();
    await options.locator('[data-testid="hover-on"]').click();
    await options.close();
  });

  const running = () => workerRunning(launched);

  /** A fresh page of hover.html whose worker was then stopped, as after 30 s idle. */
  async function readerWithStoppedWorker(): Promise<Page> {
    const reader = await launched.browser.newPage();
    await reader.goto(`${server.origin}/hover.html`);
    await waitForContentScript(launched, reader);
    // Let the page's own start-up requests (glossary terms when idle) finish before stopping the worker.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await stopWorker(launched);
    expect(running()).toBe(false);
    return reader;
  }

  // Stopping the worker needs Chrome's DevTools protocol; Firefox's event page has no such hook.
  test.runIf(name === 'chromium')('a pointer moving over a page whose worker was stopped wakes it before reaching a word', async () => {
    const reader = await readerWithStoppedWorker();
    // Away from any text: no word is looked up, yet the worker starts.
    await reader.mouse.move(3, 3);
    await reader.mouse.move(6, 6);
    await workerStarted(launched);
    expect(running()).toBe(true);
    await reader.close();
  });

  test.runIf(name === 'chromium')('scrolling a page with the wheel wakes its stopped worker too; a script scrolling it does not', async () => {
    const reader = await readerWithStoppedWorker();
    // The page's own script scrolling it (a ticker, a carousel) is not the reader.
    await reader.evaluate(() => {
      document.body.style.height = '3000px';
      scrollBy(0, 300);
    });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(running()).toBe(false);
    await reader.mouse.wheel({ deltaY: 300 });
    await workerStarted(launched);
    await reader.close();
  });

  test.runIf(name === 'chromium')('coming back to a tab whose worker was stopped wakes it before the pointer moves', async () => {
    const reader = await readerWithStoppedWorker();
    // The reader reads another tab for a while: nothing wakes the worker.
    const other = await launched.browser.newPage();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(running()).toBe(false);
    await reader.bringToFront();
    await workerStarted(launched);
    await other.close();
    await reader.close();
  });

  // Chrome stops a worker after 30 s without events: without the page's hellos (keep-warm.ts) this test fails.
  test.runIf(name === 'chromium')('a reader pausing over a page for 40 s keeps its worker running, so the next card is warm', async () => {
    const reader = await launched.browser.newPage();
    await reader.goto(`${server.origin}/hover.html`);
    await waitForContentScript(launched, reader);
    await reader.mouse.move(3, 3);
    await reader.mouse.move(6, 6);
    await new Promise((resolve) => setTimeout(resolve, 40_000));
    expect(running()).toBe(true);
    expect((await hoverText(reader, '#novel', '这部长篇', 2)).word).toBe('长篇小说');
    await reader.close();
  }, 60_000);
});
