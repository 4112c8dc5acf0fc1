// A page that works against the extension, in real browsers: it takes the card's old tag name and switches off
// shadow roots before the content script starts (the card and the hello must still work), it holds editable text (a
// designMode frame, contenteditable regions) that conversion and ruby must leave byte for byte, and it makes up
// pointer events and clicks (the card answers the reader's own input only).
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openExtensionPage, type BrowserName, type LaunchedBrowser } from '../../tools/browser/browsers';
import { clearCard, EXTENSION_DIRS, hoverText, messageTab, pageStateOf, pointOfText, readCard, waitForContentScript } from '../../tools/browser/page-helpers';
import { startServer, type TestServer } from '../../tools/browser/server';

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

/** Longer than any answer the card needs (a warm lookup, the 600 ms wait for a voice list): a made-up event that
 * worked would show its effect by then. Only waits before checking that something did not happen. */
const SETTLE_MS = 2_000;
const settle = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS));

describe.each(BROWSERS)('a hostile page in %s', (name) => {
  let server: TestServer;
  let launched: LaunchedBrowser;
  /** An extension page, to send the tab the popup's commands. */
  let control: Page;

  beforeAll(async () => {
    server = await startServer();
    launched = await launchBrowser(name, { extension: EXTENSION_DIRS[name] });
    control = await launched.browser.newPage();
    await openExtensionPage(launched, control, `${launched.extensionBase}options.html`);
  });
  afterAll(async () => {
    await launched?.browser.close();
    await server?.close();
  });

  async function open(path: string): Promise<{ page: Page; tabId: number }> {
    const page = await launched.browser.newPage();
    await page.setViewport({ width: 900, height: 700 });
    await page.goto(`${server.origin}/${path}`);
    return { page, tabId: await waitForContentScript(launched, page) };
  }

  test('a page that defines the card\'s tag, removes attachShadow and styles every div still gets the card, in place, and the hello', async () => {
    const { page, tabId } = await open('hostile-card.html');
    // The hello's answer gave the content script its tab.
    expect((await pageStateOf(control, tabId)).tabId).toBe(tabId);
    const card = await hoverText(page, '#story', '这部长篇', 2);
    expect(card).toMatchObject({ visible: true, word: '长篇小说', pinyin: 'cháng piān xiǎo shuō' });
    const placed = await page.evaluate(() => {
      const host = document.querySelector('[data-xinwen-card]')!;
      const box = host.shadowRoot!.querySelector('.card')!.getBoundingClientRect();
      const text = document.getElementById('story')!.firstChild!;
      const range = document.createRange();
      range.setStart(text, 2);
      range.setEnd(text, 6);
      const word = range.getBoundingClientRect();
      const style = getComputedStyle(host);
      return {
        position: style.position,
        opacity: style.opacity,
        visibility: style.visibility,
        // The card is right below the word, and it is what the reader's pointer meets there (not rotated, not moved).
        belowWord: Math.abs(box.top - word.bottom - 6) <= 1 && Math.abs(box.left - word.left) <= 1,
        onTop: document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2) === host,
      };
    });
    expect(placed).toEqual({ position: 'fixed', opacity: '1', visibility: 'visible', belowWord: true, onTop: true });
    await page.close();
  });

  test('a designMode frame and contenteditable regions keep their text byte for byte through conversion, ruby and new content; the rest converts', async () => {
    const { page, tabId } = await open('editable.html');
    // The editor frame switches to designMode once loaded; the other frame holds a contenteditable region.
    await page.waitForFunction(() => {
      const design = (document.getElementById('design-frame') as HTMLIFrameElement).contentDocument;
      const editor = (document.getElementById('editor-frame') as HTMLIFrameElement).contentDocument;
      return design?.designMode === 'on' && editor?.getElementById('frame-editable');
    });
    const editable = () =>
      page.evaluate(() => ({
        region: document.getElementById('editable')!.innerHTML,
        design: (document.getElementById('design-frame') as HTMLIFrameElement).contentDocument!.body.innerHTML,
        frameRegion: (document.getElementById('editor-frame') as HTMLIFrameElement).contentDocument!.body.innerHTML,
      }));
    const before = await editable();
    const send = async (type: string, data: object) => {
      const reply = (await messageTab(control, tabId, { xinwen: 1, type, data })) as { ok: boolean };
      expect(reply, type).toMatchObject({ ok: true });
    };
    await send('convertPage', { target: 'traditional' });
    await send('setRuby', { on: true });
    // Page text without ruby's readings.
    const text = (selector: string) =>
      page.evaluate((selector) => {
        const parts: string[] = [];
        const walker = document.createTreeWalker(document.querySelector(selector)!, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) if (!node.parentElement!.closest('rt')) parts.push(node.nodeValue!);
        return parts.join('');
      }, selector);
    expect(await text('#headline')).toBe('城市圖書館開始了新的讀書服務');
    expect(await page.$$eval('#article [data-xinwen-ruby]', (wrappers) => wrappers.length)).toBeGreaterThan(0);
    expect(await editable()).toEqual(before);

    // The page (or the reader typing) adds text: the article's is converted, the editable text is left as written.
    await page.evaluate(() => {
      const added = document.createElement('p');
      added.id = 'p4';
      added.textContent = '来这里的读者越来越多。';
      document.getElementById('article')!.append(added);
      document.getElementById('editable')!.append('读者又写了一句话。');
      const design = (document.getElementById('design-frame') as HTMLIFrameElement).contentDocument!;
      design.body.append(Object.assign(design.createElement('p'), { textContent: '编辑又写了新的一段。' }));
      const frameRegion = (document.getElementById('editor-frame') as HTMLIFrameElement).contentDocument!.getElementById('frame-editable')!;
      frameRegion.append('这里也多了一句话。');
    });
    // Converted (and maybe in ruby by now: its readings are left out).
    await page.waitForFunction(
      () => {
        const added = document.getElementById('p4');
        if (!added) return false;
        const parts: string[] = [];
        const walker = document.createTreeWalker(added, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) if (!node.parentElement!.closest('rt')) parts.push(node.nodeValue!);
        return parts.join('') === '來這裡的讀者越來越多。';
      },
      { polling: 50, timeout: 10_000 },
    );
    expect(await editable()).toEqual({
      region: `${before.region}读者又写了一句话。`,
      design: `${before.design}<p>编辑又写了新的一段。</p>`,
      frameRegion: before.frameRegion.replace('</div>', '这里也多了一句话。</div>'),
    });
    await page.close();
  });

  test('a mousemove the page makes up shows no card; the reader\'s own move does', async () => {
    const { page } = await open('hover.html');
    await clearCard(page);
    const { x, y } = await pointOfText(page, '#novel', '这部长篇', 2);
    await page.evaluate(
      (x, y) => {
        for (let step = 0; step < 5; step++) document.elementFromPoint(x, y)!.dispatchEvent(new MouseEvent('mousemove', { clientX: x + step, clientY: y, bubbles: true, composed: true }));
      },
      x,
      y,
    );
    await settle();
    expect((await readCard(page))?.visible ?? false).toBe(false);
    await page.mouse.move(x, y);
    await page.waitForFunction(() => document.querySelector('[data-xinwen-card]')?.shadowRoot?.querySelector('[data-field="word"]')?.textContent === '长篇小说', { polling: 50, timeout: 10_000 });
    await page.close();
  });

  test('the page clicking the card\'s buttons does nothing (no speech, no list of keys); the reader\'s click on listen does', async () => {
    const { page } = await open('hover.html');
    await hoverText(page, '#novel', '这部长篇', 2);
    const keysToggled = await page.evaluate(() => {
      const shadow = document.querySelector('[data-xinwen-card]')!.shadowRoot!;
      const keys = shadow.querySelector<HTMLElement>('[data-field="keys"]')!;
      const before = keys.hidden;
      shadow.querySelector<HTMLElement>('[data-field="help"]')!.click();
      shadow.querySelector<HTMLElement>('[data-field="listen"]')!.click();
      return keys.hidden !== before;
    });
    expect(keysToggled).toBe(false);
    // Listening with no Chinese voice installed (these test browsers have none) says so on the card: a listen the
    // page's click started would show that line.
    const status = () => page.evaluate(() => document.querySelector('[data-xinwen-card]')!.shadowRoot!.querySelector<HTMLElement>('[data-field="status"]')!.dataset.status ?? null);
    await settle();
    expect(await status()).toBe(null);
    const button = await page.evaluate(() => {
      const box = document.querySelector('[data-xinwen-card]')!.shadowRoot!.querySelector('[data-field="listen"]')!.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    });
    await page.mouse.click(button.x, button.y);
    await page.waitForFunction(() => document.querySelector('[data-xinwen-card]')!.shadowRoot!.querySelector<HTMLElement>('[data-field="status"]')!.dataset.status === 'noVoice', { polling: 50, timeout: 10_000 });
    await page.close();
  });
});
