// Reader features in real browsers: saving words from the card (W) and from the glossary popup to the
// word list, the word-list page (notes, CSV and Anki export, delete, import back), listening (P) with no
// Chinese voice installed, ruby pinyin on and off restoring the exact original text, and the options
// page changing how the card shows a word (tone colours, zhuyin, size) in an open tab.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { TONE_PALETTES } from '../../core/pinyin/tone-colors';
import { launchBrowser, openExtensionPage, type BrowserName, type LaunchedBrowser } from '../../tools/browser/browsers';
import { EXTENSION_DIRS, hoverText, messageTab, pointOfText, pageTextSnapshot, readCard, waitForContentScript } from '../../tools/browser/page-helpers';
import { startServer, type TestServer } from '../../tools/browser/server';

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];
// The English messages as the built extension has them.
const messages = JSON.parse(readFileSync(`${EXTENSION_DIRS.chromium}/_locales/en/messages.json`, 'utf8')) as Record<string, { message: string }>;
const en = new Proxy({} as Record<string, string>, { get: (_target, key: string) => messages[key]?.message });

/** The status line of the hover card after an action, once it shows. */
async function cardStatus(page: Page, status: string): Promise<string> {
  const handle = await page.waitForFunction(
    (status) => {
      const line = document.querySelector('[data-xinwen-card]')?.shadowRoot?.querySelector<HTMLElement>('[data-field="status"]');
      return line && !line.hidden && line.dataset.status === status ? line.textContent : '';
    },
    { polling: 50, timeout: 10_000 },
    status,
  );
  return String(await handle.jsonValue());
}

interface Row {
  word: string;
  sentence: string;
  pinyin: string;
  note: string;
}

const readRows = (page: Page): Promise<Row[]> =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-testid="word-row"]')].map((row) => ({
      word: row.dataset.word ?? '',
      sentence: row.querySelector('[data-field="sentence"]')?.textContent ?? '',
      pinyin: row.querySelector('[data-field="pinyin"]')?.textContent ?? '',
      note: row.querySelector('textarea')?.value ?? '',
    })),
  );

async function waitForRows(page: Page, count: number): Promise<Row[]> {
  await page.waitForFunction((count) => document.querySelectorAll('[data-testid="word-row"]').length === count, { polling: 50, timeout: 10_000 }, count);
  return readRows(page);
}

/** The card's reading as shown, the class of each syllable, and the card's font size. */
const cardReading = (page: Page) =>
  page.evaluate(() => {
    const shadow = document.querySelector('[data-xinwen-card]')!.shadowRoot!;
    const syllables = [...shadow.querySelectorAll('[data-field="pinyin"] span')];
    return {
      reading: syllables.map((span) => span.textContent).join(' '),
      classes: syllables.map((span) => span.className),
      colours: syllables.map((span) => getComputedStyle(span).color),
      fontSize: getComputedStyle(shadow.querySelector('.card')!).fontSize,
    };
  });

/** Clicks an export button and reads the file it offers, through the download link's blob URL. */
async function exported(page: Page, kind: 'csv' | 'anki'): Promise<string> {
  await page.click(`[data-testid="export-${kind}"]`);
  await page.waitForFunction((kind) => document.querySelector<HTMLElement>('[data-testid="export-link"]')?.dataset.kind === kind, { polling: 50 }, kind);
  return page.evaluate(async () => {
    const href = document.querySelector<HTMLAnchorElement>('[data-testid="export-link"]')!.href;
    return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await (await fetch(href)).arrayBuffer());
  });
}

describe.each(BROWSERS)('reader features in %s', (name) => {
  let server: TestServer;
  let launched: LaunchedBrowser;
  let news: Page;
  let list: Page;
  let tabId: number;

  beforeAll(async () => {
    server = await startServer();
    launched = await launchBrowser(name, { extension: EXTENSION_DIRS[name] });
    news = await launched.browser.newPage();
    await news.goto(`${server.origin}/news-simplified.html`);
    tabId = await waitForContentScript(launched, news);
  });
  afterAll(async () => {
    await launched?.browser.close();
    await server?.close();
  });

  test('W saves the card word with its sentence; saving again makes no duplicate', async () => {
    const card = await hoverText(news, '#p2', '行长的', 0);
    expect(card.word).toBe('行长');
    await news.keyboard.press('w');
    expect(await cardStatus(news, 'saved')).toBe(en.cardSaved);
    await news.keyboard.press('w');
    // Pointed inside the phrase, the card shows the dictionary word (人类); L reads the whole glossary phrase.
    expect((await hoverText(news, '#p1', '人类命运共同体', 0)).word).toBe('人类');
    await news.keyboard.press('l');
    await news.waitForFunction(() => document.querySelector('[data-xinwen-card]')?.shadowRoot?.querySelector('[data-field="word"]')?.textContent === '人类命运共同体', { polling: 50, timeout: 10_000 });
    await news.keyboard.press('w');
    expect(await cardStatus(news, 'saved')).toBe(en.cardSaved);

    // The options page links to the word list.
    list = await launched.browser.newPage();
    await openExtensionPage(launched, list, `${launched.extensionBase}options.html`);
    const href = await (await list.waitForSelector('[data-testid="word-list-link"]'))!.evaluate((link) => (link as HTMLAnchorElement).href);
    expect(href).toBe(`${launched.extensionBase}wordlist.html`);
    await openExtensionPage(launched, list, href);
    const rows = await waitForRows(list, 2);
    expect(rows.find((row) => row.word === '行长')).toMatchObject({ sentence: '这部长篇小说讲述了银行行长的故事，后台支持头发。', pinyin: 'háng zhǎng' });
    expect(rows.find((row) => row.word === '人类命运共同体')?.sentence).toBe('习近平强调，中国愿同各方一道构建人类命运共同体，推动高质量发展。');
  });

  test('notes, CSV and Anki export, delete, and import back to the same list', async () => {
    await list.bringToFront();
    const note = 'bank, "boss"\nsecond line';
    await list.focus('[data-word="行长"] textarea');
    await list.keyboard.type('bank, "boss"');
    await list.keyboard.down('Shift');
    await list.keyboard.press('Enter');
    await list.keyboard.up('Shift');
    await list.keyboard.type('second line');
    await list.focus('[data-testid="word-search"]'); // the note is saved when it loses focus
    // Stored: the list, re-read from storage, carries it.
    await list.waitForFunction((note) => document.querySelector<HTMLElement>('[data-word="行长"]')?.dataset.savedNote === note, { polling: 50 }, note);
    // Saved to storage: the page opened again shows it.
    await list.close();
    list = await launched.browser.newPage();
    await openExtensionPage(launched, list, `${launched.extensionBase}wordlist.html`);
    const before = await waitForRows(list, 2);
    expect(before.find((row) => row.word === '行长')?.note).toBe(note);

    const csv = await exported(list, 'csv');
    expect(csv.split('\r\n')[0]).toBe('\ufeffword,simplified,traditional,pinyin,definition,sentence,title,url,date,note');
    expect(csv).toContain('行长,行长,行長,háng zhǎng,');
    expect(csv).toContain('"bank, ""boss""\nsecond line"');
    expect(csv).toContain(',这部长篇小说讲述了银行行长的故事，后台支持头发。,中朝关系迎来新篇章,');
    const anki = await exported(list, 'anki');
    expect(anki.split('\n').slice(0, 3)).toEqual(['#separator:tab', '#html:true', '#columns:Word\tPinyin\tDefinition\tSentence\tOther script\tSource\tNote']);
    expect(anki).toContain('"人类命运共同体"\t"rén lèi mìng yùn gòng tóng tǐ"\t');
    expect(anki).toContain('"bank, &quot;boss&quot;<br>second line"');

    for (const word of ['行长', '人类命运共同体']) await list.click(`[data-word="${word}"] [data-testid="delete"]`);
    await list.waitForSelector('[data-testid="word-empty"]');

    const importCsv = (text: string) =>
      list.evaluate((text) => {
        const input = document.querySelector<HTMLInputElement>('[data-testid="import"]')!;
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], 'xinwen-words.csv', { type: 'text/csv' }));
        input.files = transfer.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }, text);
    await importCsv(csv);
    const after = await waitForRows(list, 2);
    expect(after).toEqual(before);
    // The same file again adds nothing.
    await importCsv(csv);
    await list.waitForFunction((text) => document.querySelector('[data-testid="word-status"]')?.textContent === text, { polling: 50 }, en.wordListImported!.split(' | ')[0]);
    expect(await readRows(list)).toEqual(before);
    expect(await exported(list, 'csv')).toBe(csv);

    // An imported address is a link only to a web page: a file:, javascript: or data: one stays text.
    await importCsv('word,title,url\n甲,文件,file:///etc/passwd\n乙,脚本,javascript:alert(1)\n丙,数据,data:text/html;base64,PHNjcmlwdD4=\n丁,网页,https://example.com/a\n');
    await waitForRows(list, 6);
    const sources = await list.evaluate(() =>
      ['甲', '乙', '丙', '丁'].map((word) => {
        const source = document.querySelector(`[data-word="${word}"] [data-field="source"]`)!;
        return [source.tagName, source.getAttribute('href'), source.textContent];
      }),
    );
    expect(sources).toEqual([
      ['SPAN', null, '文件'],
      ['SPAN', null, '脚本'],
      ['SPAN', null, '数据'],
      ['A', 'https://example.com/a', '网页'],
    ]);
    for (const word of ['甲', '乙', '丙', '丁']) await list.click(`[data-word="${word}"] [data-testid="delete"]`);
    await waitForRows(list, 2);
  });

  test('C copies the word and says so, leaving the reader\'s selection as it was', async () => {
    await news.bringToFront();
    const selectedBefore = await news.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('p2')!);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      return document.getSelection()!.toString();
    });
    const { word } = await hoverText(news, '#p1', '命运共同体', 0);
    await news.keyboard.press('c');
    expect(await cardStatus(news, 'copied')).toBe(en.cardCopied);
    expect(await news.evaluate(() => document.getSelection()!.toString())).toBe(selectedBefore);
    // Chromium lets a test read the clipboard back.
    if (name === 'chromium') {
      await launched.browser.defaultBrowserContext().overridePermissions(server.origin, ['clipboard-read']);
      expect(await news.evaluate(() => navigator.clipboard.readText())).toBe(word);
    }
    await news.evaluate(() => document.getSelection()!.removeAllRanges());
  });

  test('P says clearly when no Chinese voice is installed', async () => {
    await news.bringToFront();
    await hoverText(news, '#p2', '行长的', 0);
    await news.keyboard.press('p');
    expect(await cardStatus(news, 'noVoice')).toBe(en.cardNoVoice);
    // The card's listen button does the same, reached with the pointer: from the word across the gap into the card.
    const pointed = await hoverText(news, '#p1', '命运共同体', 0);
    const hidden = await news.evaluate(() => document.querySelector('[data-xinwen-card]')!.shadowRoot!.querySelector<HTMLElement>('[data-field="status"]')!.hidden);
    expect(hidden).toBe(true);
    const word = await pointOfText(news, '#p1', '命运共同体', 0);
    const card = await news.evaluate(() => {
      const shadow = document.querySelector('[data-xinwen-card]')!.shadowRoot!;
      const box = shadow.querySelector('.card')!.getBoundingClientRect();
      const button = shadow.querySelector('[data-field="listen"]')!.getBoundingClientRect();
      return { top: box.top, bottom: box.bottom, x: button.left + button.width / 2, y: button.top + button.height / 2 };
    });
    await news.mouse.move(word.x, card.top > word.y ? card.top + 4 : card.bottom - 4, { steps: 8 });
    await news.mouse.move(card.x, card.y, { steps: 8 });
    expect(await readCard(news)).toMatchObject({ visible: true, word: pointed.word });
    await news.mouse.click(card.x, card.y);
    expect(await cardStatus(news, 'noVoice')).toBe(en.cardNoVoice);
  });

  test('ruby pinyin on the article only, and off restores the exact original page; hover still works on annotated text', async () => {
    const article = await launched.browser.newPage();
    // A generated detection page (corpus 003 as a Xinhua article), with code, a field and editable text
    // put inside its article before ruby is switched on.
    await article.goto(`${server.origin}/detect/mainland-xinhua.html`);
    const articleTab = await waitForContentScript(launched, article);
    await article.evaluate(() => {
      document.getElementById('detail')!.insertAdjacentHTML(
        'afterbegin',
        '<p id="bank">这部长篇小说讲述了银行行长的故事，<b>人类</b>命运共同体。</p>' +
          '<pre id="code"><code>const 后台 = "头发";</code></pre>' +
          '<textarea id="editor">用户输入的后台</textarea>' +
          '<div id="editable" contenteditable="true">可编辑的中文</div>',
      );
    });
    const before = { text: await pageTextSnapshot(article), html: await article.evaluate(() => document.body.innerHTML) };
    // The message the keyboard command and the context menu send, from an extension page.
    const control = await launched.browser.newPage();
    await openExtensionPage(launched, control, `${launched.extensionBase}wordlist.html`);
    const setRuby = (on: boolean | 'toggle') =>
      messageTab(control, articleTab, { xinwen: 1, type: 'setRuby', data: { on } }) as Promise<{ ok: boolean; value: { on: boolean; annotated: number } }>;

    const reply = await setRuby(true);
    expect(reply).toMatchObject({ ok: true, value: { on: true } });
    // The answer comes once the text in view is annotated (its count of annotated text nodes so far); the rest of the
    // article follows, a slice per frame.
    expect(reply.value.annotated).toBeGreaterThan(0);
    await article.waitForFunction(() => document.querySelectorAll('#detail ruby').length > 500, { polling: 50, timeout: 15_000 });
    const view = await article.evaluate(() => {
      const readings = (selector: string) => [...document.querySelectorAll(`${selector} ruby`)].map((ruby) => `${ruby.firstChild!.textContent}${ruby.querySelector('rt')!.textContent}`);
      return {
        bank: readings('#bank').join(' '),
        bold: readings('#bank b').join(' '),
        detail: readings('#detail').length,
        code: readings('#code').length,
        editable: readings('#editable').length,
        nav: readings('#nav').length,
        comments: readings('#comments').length,
        editor: document.querySelector('textarea')!.value,
      };
    });
    // Readings in context: 银行 yín háng, 行长 háng zhǎng, 长篇 cháng.
    expect(view.bank).toContain('银yín 行háng 行háng 长zhǎng');
    expect(view.bank).toContain('长cháng 篇piān');
    expect(view.bold).toBe('人rén 类lèi');
    expect(view.detail).toBeGreaterThan(500);
    expect(view).toMatchObject({ code: 0, editable: 0, nav: 0, comments: 0, editor: '用户输入的后台' });

    // The card reads the characters, not the annotations.
    await article.bringToFront();
    expect((await hoverText(article, '#bank', '篇', 0)).word).toBe('长篇小说');
    const phrase = await hoverText(article, '#bank b', '类', 0);
    expect(phrase.word).toBe('人类');
    expect(phrase.glossary).toContain('人类命运共同体');
    await article.mouse.move(1, 1);

    expect(await setRuby(false)).toMatchObject({ ok: true, value: { on: false, annotated: 0 } });
    expect(await pageTextSnapshot(article)).toBe(before.text);
    expect(await article.evaluate(() => document.body.innerHTML)).toBe(before.html);
    // The keyboard command's toggle: on, then off again to the same original.
    expect((await setRuby('toggle')).value.on).toBe(true);
    expect((await setRuby('toggle')).value.on).toBe(false);
    expect(await pageTextSnapshot(article)).toBe(before.text);

    // Ruby and script conversion together: converting while ruby is on converts the annotated text,
    // ruby off keeps the conversion, and restoring brings back the exact original.
    await setRuby(true);
    expect(await messageTab(control, articleTab, { xinwen: 1, type: 'convertPage', data: { target: 'traditional' } })).toMatchObject({ ok: true });
    expect(await article.evaluate(() => document.querySelectorAll('#bank ruby').length)).toBeGreaterThan(5);
    expect(await article.evaluate(() => document.getElementById('bank')!.textContent)).toContain('銀');
    await setRuby(false);
    expect(await article.evaluate(() => document.getElementById('bank')!.textContent)).toContain('這部長篇小說講述了銀行行長的故事');
    expect(await messageTab(control, articleTab, { xinwen: 1, type: 'restorePage', data: {} })).toMatchObject({ ok: true });
    expect(await pageTextSnapshot(article)).toBe(before.text);

    // The popup's switch does the same.
    const popup = await launched.browser.newPage();
    await openExtensionPage(launched, popup, `${launched.extensionBase}popup.html?tab=${articleTab}`);
    await popup.locator('[data-testid="ruby"]').click();
    await popup.waitForSelector('[data-testid="ruby"]:checked');
    expect(await article.evaluate(() => document.querySelectorAll('#detail ruby').length)).toBeGreaterThan(500);
    await popup.locator('[data-testid="ruby"]').click();
    await popup.waitForSelector('[data-testid="ruby"]:not(:checked)');
    expect(await pageTextSnapshot(article)).toBe(before.text);
    await popup.close();
  });

  test('ruby follows text added to the article, also while the page is converted; a page that fights back gets no loop', async () => {
    const article = await launched.browser.newPage();
    await article.goto(`${server.origin}/detect/mainland-xinhua.html`);
    const articleTab = await waitForContentScript(launched, article);
    const control = await launched.browser.newPage();
    await openExtensionPage(launched, control, `${launched.extensionBase}wordlist.html`);
    const send = (type: string, data: object) => messageTab(control, articleTab, { xinwen: 1, type, data }) as Promise<{ ok: boolean }>;
    const readings = (selector: string) =>
      article.evaluate(
        (css) => [...document.querySelectorAll(`${css} ruby`)].map((ruby) => `${ruby.firstChild!.textContent}${ruby.querySelector('rt')!.textContent}`).join(' '),
        selector,
      );
    const add = (parent: string, id: string) =>
      article.evaluate(
        (css, newId) => {
          const p = document.createElement('p');
          p.id = newId;
          p.textContent = '银行行长讲话';
          document.querySelector(css)!.append(p);
        },
        parent,
        id,
      );
    const rubyCount = (id: string) => article.waitForFunction((css) => document.querySelectorAll(`#${css} ruby`).length === 6, { polling: 50, timeout: 5_000 }, id);

    expect(await send('setRuby', { on: true })).toMatchObject({ ok: true });
    await add('#detail', 'late');
    await add('#nav', 'outside');
    await rubyCount('late');
    expect(await readings('#late')).toBe('银yín 行háng 行háng 长zhǎng 讲jiǎng 话huà');

    // Converted to traditional: new text is converted first, then annotated.
    expect(await send('convertPage', { target: 'traditional' })).toMatchObject({ ok: true });
    await add('#detail', 'late2');
    await rubyCount('late2');
    expect(await readings('#late2')).toBe('銀yín 行háng 行háng 長zhǎng 講jiǎng 話huà');

    // A component that re-renders its text whenever it is touched.
    await article.evaluate(() => {
      const widget = document.createElement('p');
      widget.id = 'fight';
      document.getElementById('detail')!.append(widget);
      const state = window as unknown as { renders: number };
      state.renders = 0;
      new MutationObserver(() => {
        if (widget.querySelector('ruby') && state.renders < 100) {
          state.renders++;
          widget.textContent = '银行行长';
        }
      }).observe(widget, { childList: true, subtree: true });
      widget.textContent = '银行行长';
    });
    // The converter and ruby each give up after a few rounds, so the re-rendering stops.
    const renders = () => article.evaluate(() => (window as unknown as { renders: number }).renders);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const settled = await renders();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await renders()).toBe(settled);
    expect(settled).toBeLessThanOrEqual(10);

    expect(await send('setRuby', { on: false })).toMatchObject({ ok: true });
    expect(await article.evaluate(() => document.getElementById('late2')!.textContent)).toBe('銀行行長講話');
    expect(await send('restorePage', {})).toMatchObject({ ok: true });
    const after = await article.evaluate(() => ({
      late: document.getElementById('late')!.innerHTML,
      late2: document.getElementById('late2')!.innerHTML,
      outside: document.getElementById('outside')!.innerHTML,
      ruby: document.querySelectorAll('ruby, rt, [data-xinwen-ruby]').length,
    }));
    expect(after).toEqual({ late: '银行行长讲话', late2: '银行行长讲话', outside: '银行行长讲话', ruby: 0 });
    await Promise.all([control.close(), article.close()]);
  });

  test('save from the glossary popup: the term with its pinyin, English, corpus example and page', async () => {
    const term = '全过程人民民主';
    const popup = await launched.browser.newPage();
    await openExtensionPage(launched, popup, `${launched.extensionBase}popup.html?tab=${tabId}`);
    await popup.waitForSelector('input[data-testid="glossary-search"]');
    await popup.type('[data-testid="glossary-search"]', term);
    const result = `[data-testid="glossary-result"][data-term="${term}"]`;
    await (await popup.waitForSelector(`${result} [data-field="summary"]`, { timeout: 10_000 }))!.click();
    await popup.waitForSelector(`${result} [data-field="summary"][aria-expanded="true"]`);
    const shown = await popup.$eval(result, (item) => ({
      pinyin: item.querySelector('[data-field="pinyin"]')!.textContent,
      english: item.querySelector('[data-field="english"]')!.textContent,
    }));
    await popup.click(`${result} [data-field="save"]`);
    const status = await popup.waitForFunction(
      (result) => {
        const line = document.querySelector<HTMLElement>(`${result} [data-field="save-status"]`);
        return line?.dataset.status === 'saved' ? line.textContent : '';
      },
      { polling: 50, timeout: 10_000 },
      result,
    );
    expect(await status.jsonValue()).toBe(en.termSaved);
    await popup.close();

    const words = await launched.browser.newPage();
    await openExtensionPage(launched, words, `${launched.extensionBase}wordlist.html`);
    const row = await words.waitForSelector(`[data-testid="word-row"][data-word="${term}"]`, { timeout: 10_000 });
    const saved = await row!.evaluate((row) => ({
      pinyin: row.querySelector('[data-field="pinyin"]')?.textContent ?? '',
      definition: row.querySelector('[data-field="definition"]')?.textContent ?? '',
      sentence: row.querySelector('[data-field="sentence"]')?.textContent ?? '',
      source: row.querySelector<HTMLAnchorElement>('[data-field="source"]')?.href ?? '',
      sourceText: row.querySelector('[data-field="source"]')?.textContent ?? '',
    }));
    expect(saved).toMatchObject({ pinyin: shown.pinyin, definition: shown.english });
    // The page's title and address come from its content script, in both browsers.
    expect(saved).toMatchObject({ source: `${server.origin}/news-simplified.html`, sourceText: await news.title() });
    expect(saved.sentence).toMatch(/全过程人民民主|全過程人民民主/);
    await words.close();
  });

  test('the options page shows the card in zhuyin without tone colours, at a larger size, live in the open tab', async () => {
    await news.bringToFront();
    await hoverText(news, '#p2', '行长的', 0);
    const before = await cardReading(news);
    expect(before).toMatchObject({ reading: 'háng zhǎng', classes: ['tone2', 'tone3'], fontSize: '14px' });
    expect(before.colours[0]).not.toBe(before.colours[1]);

    const options = await launched.browser.newPage();
    await openExtensionPage(launched, options, `${launched.extensionBase}options.html`);
    // The page also credits the data, the dictionary with its CC BY-SA licence.
    const dictionaryCredit = await options.$eval('[data-credit="CC-CEDICT"]', (item) => ({ text: item.textContent, links: [...item.querySelectorAll('a')].map((a) => a.href) }));
    expect(dictionaryCredit.text).toContain('CC BY-SA 4.0');
    expect(dictionaryCredit.links).toEqual(['https://cc-cedict.org/wiki/', 'https://creativecommons.org/licenses/by-sa/4.0/']);
    const choose = async (...testids: string[]) => {
      await options.bringToFront();
      for (const testid of testids) await options.locator(`[data-testid="${testid}"]`).click();
      await news.bringToFront();
    };
    /** Hovers the word until the card shows the reading (the settings reach the tab a moment later). */
    const readingOnceSettled = async (reading: string) => {
      const deadline = Date.now() + 10_000;
      for (;;) {
        await hoverText(news, '#p2', '行长的', 0);
        const shown = await cardReading(news);
        if (shown.reading === reading || Date.now() > deadline) return shown;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    };

    await choose('tone-colors-none', 'phonetic-zhuyin', 'card-font-size-large');
    const zhuyin = await readingOnceSettled('ㄏㄤˊ ㄓㄤˇ');
    expect(zhuyin).toMatchObject({ reading: 'ㄏㄤˊ ㄓㄤˇ', classes: ['', ''], fontSize: '17px' });
    expect(zhuyin.colours[0]).toBe(zhuyin.colours[1]);
    expect((await readCard(news))?.word).toBe('行长');

    // Pleco's colours, and back to pinyin.
    await choose('tone-colors-pleco', 'phonetic-pinyin', 'card-font-size-medium');
    const pleco = await readingOnceSettled('háng zhǎng');
    // Pleco's scheme from the shared palette (its green darkened to keep 4.5:1 on the card).
    const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
    const [, green, blue] = TONE_PALETTES.pleco.light.map(rgb);
    expect(pleco).toMatchObject({ reading: 'háng zhǎng', classes: ['tone2', 'tone3'], colours: [green, blue], fontSize: '14px' });

    await choose('tone-colors-standard');
    await options.close();
  });
});
