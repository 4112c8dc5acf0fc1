// The glossary in the real popup, in both browsers: queries typed as a reader types them, the fields of
// an entry, keyboard-only use, related terms, the copy button, "On this page" scrolling to and
// highlighting each occurrence in turn, and the optional underline of glossary terms set in the options.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { convertText, convertTexts } from '../../core/script/convert-script';
import { loadGlossary } from '../support/data';
import { openExtensionPage, type BrowserName, type LaunchedBrowser } from '../../tools/browser/browsers';
import { hoverText, messageTab, pageTextSnapshot } from '../../tools/browser/page-helpers';
import { startPageSession, type PageSession } from './support/session';

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];
const glossary = loadGlossary();
const TERM = '人类命运共同体';

interface ResultView {
  term: string;
  traditional: string | null;
  pinyin: string;
  english: string;
  category: string;
  explanation: string;
  expanded: string | null;
  detailsHidden: boolean;
  examples: { text: string; marks: string[]; converted: boolean; taiwan: boolean }[];
  related: string[];
}

describe.each(BROWSERS)('glossary popup in %s', (name) => {
  let session: PageSession;
  let launched: LaunchedBrowser;
  let page: Page;
  let tabId: number;

  beforeAll(async () => {
    session = await startPageSession(name, 'glossary-terms.html');
    ({ launched, page, tabId } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  const openPopup = () => session.openPopup();


  /** Replaces the query by typing it, and waits until the results for it are shown. */
  async function search(popup: Page, query: string): Promise<string[]> {
    await popup.$eval('[data-testid="glossary-search"]', (input) => {
      (input as HTMLInputElement).value = '';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await popup.waitForFunction(() => document.querySelectorAll('[data-testid="glossary-result"]').length === 0, { polling: 50 });
    await popup.type('[data-testid="glossary-search"]', query);
    const expected = glossary.search(query).map((entry) => entry.term);
    // Results as typed: the list settles on the answer to the whole query.
    await popup.waitForFunction(
      (q, count) =>
        (document.querySelector('[data-testid="glossary-search"]') as HTMLInputElement).value === q &&
        document.querySelectorAll('[data-testid="glossary-result"]').length === count &&
        document.querySelector('[data-testid="glossary-status"]')?.textContent !== '',
      { polling: 50 },
      query,
      expected.length,
    );
    return popup.$$eval('[data-testid="glossary-result"]', (items) => items.map((item) => item.getAttribute('data-term') ?? ''));
  }

  async function readResult(popup: Page, index: number): Promise<ResultView> {
    return popup.$$eval(
      '[data-testid="glossary-result"]',
      (items, index) => {
        const item = items[index]!;
        const field = (name: string) => item.querySelector(`[data-field="${name}"]`);
        return {
          term: field('term')?.textContent ?? '',
          traditional: field('traditional')?.textContent ?? null,
          pinyin: field('pinyin')?.textContent ?? '',
          english: field('english')?.textContent ?? '',
          category: field('category')?.getAttribute('data-category') ?? '',
          explanation: field('explanation')?.textContent ?? '',
          expanded: field('summary')?.getAttribute('aria-expanded') ?? null,
          detailsHidden: (field('details') as HTMLElement | null)?.hidden === true,
          examples: [...item.querySelectorAll('[data-field="example"]')].map((example) => ({
            text: example.querySelector('q')?.textContent ?? '',
            marks: [...example.querySelectorAll('mark')].map((mark) => mark.textContent ?? ''),
            converted: example.getAttribute('data-converted') === 'true',
            taiwan: example.querySelector('[data-field="taiwan-phrasing"]') !== null,
          })),
          related: [...item.querySelectorAll('[data-field="related"]')].map((button) => button.textContent ?? ''),
        };
      },
      index,
    );
  }

  const focused = (popup: Page) =>
    popup.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      return {
        testid: element?.getAttribute('data-testid') ?? null,
        field: element?.getAttribute('data-field') ?? null,
        result: element?.closest('[data-testid="glossary-result"]')?.getAttribute('data-term') ?? null,
      };
    });

  test('queries typed as a reader types them find the right terms, best first', async () => {
    const popup = await openPopup();
    const cases: [string, string][] = [
      ['人類命運', TERM], // characters, traditional, partial
      ['全过程', '全过程人民民主'], // characters, simplified, partial
      ['rlmygtt', TERM], // pinyin initials
      ['renleimingyungongtongti', TERM], // toneless pinyin without spaces
      ['mìngyùn', '命运共同体'], // pinyin with tones
      ['belt and road', '一带一路'], // English
    ];
    for (const [query, first] of cases) {
      const terms = await search(popup, query);
      expect(terms[0], query).toBe(first);
      // The same order the glossary's ranking gives.
      expect(terms, query).toEqual(glossary.search(query).map((entry) => entry.term));
      const status = await popup.$eval('[data-testid="glossary-status"]', (s) => s.textContent ?? '');
      expect(status, query).toContain(String(terms.length));
    }
    expect(await search(popup, 'zzzzqqq')).toEqual([]);
    expect(await popup.$eval('[data-testid="glossary-status"]', (s) => s.textContent)).toMatch(/no glossary term/i);
    await popup.close();
  });

  test('an entry shows both scripts, pinyin, English, category, explanation, examples with the term marked, related terms', async () => {
    const popup = await openPopup();
    await search(popup, 'rlmygtt');
    const closed = await readResult(popup, 0);
    expect(closed.expanded).toBe('false');
    expect(closed.detailsHidden).toBe(true);
    await popup.click('[data-testid="glossary-result"] [data-field="summary"]');
    await popup.waitForSelector('[data-testid="glossary-result"] [data-field="summary"][aria-expanded="true"]');
    const entry = glossary.get(TERM)!;
    // The page is simplified: its examples are shown in simplified, converted through the worker.
    const inPageScript = convertTexts(entry.examples.map((example) => example.text), 'cn');
    const converted = inPageScript.filter((text, i) => text !== entry.examples[i]!.text).length;
    expect(converted).toBeGreaterThan(0);
    await popup.waitForFunction((count) => document.querySelectorAll('[data-field="example"][data-converted="true"]').length === count, { polling: 50 }, converted);
    const shown = await readResult(popup, 0);
    expect(shown).toMatchObject({
      term: entry.term,
      traditional: entry.traditional,
      pinyin: entry.pinyin,
      english: entry.english,
      category: entry.category,
      explanation: entry.explanation,
      expanded: 'true',
      detailsHidden: false,
      related: entry.related,
    });
    expect(shown.examples.map((e) => e.text)).toEqual(inPageScript);
    for (const example of shown.examples) {
      // The term is marked in every example, in the page's script.
      expect(example.marks, example.text).toEqual(expect.arrayContaining([entry.term]));
      for (const mark of example.marks) expect(convertText(mark, 'cn')).toBe(entry.term);
    }
    // The corpus example written with Taiwan phrasing (支援 for 支持) says so; the others do not.
    expect(shown.examples.map((e) => e.taiwan)).toEqual(entry.examples.map((e, i) => inPageScript[i] !== e.text && convertText(e.text, 'cn', 'tw') !== convertText(e.text, 'cn', 'twp')));
    expect(shown.examples.filter((e) => e.taiwan).length).toBe(1);
    await popup.close();
  });

  test('the keyboard alone searches, moves through the results, opens one, clears and closes', async () => {
    const popup = await openPopup();
    await popup.bringToFront();
    // The box has the focus as the popup opens.
    expect((await focused(popup)).testid).toBe('glossary-search');
    await popup.evaluate(() => {
      (window as unknown as { closed_: boolean }).closed_ = false;
      window.close = () => ((window as unknown as { closed_: boolean }).closed_ = true);
    });
    await popup.keyboard.type('gongtongti');
    const expected = glossary.search('gongtongti').map((entry) => entry.term);
    expect(expected.length).toBeGreaterThan(2);
    await popup.waitForFunction((n) => document.querySelectorAll('[data-testid="glossary-result"]').length === n, { polling: 50 }, expected.length);

    await popup.keyboard.press('ArrowDown');
    expect(await focused(popup)).toMatchObject({ field: 'summary', result: expected[0] });
    await popup.keyboard.press('ArrowDown');
    await popup.keyboard.press('ArrowDown');
    expect(await focused(popup)).toMatchObject({ field: 'summary', result: expected[2] });
    await popup.keyboard.press('ArrowUp');
    expect(await focused(popup)).toMatchObject({ field: 'summary', result: expected[1] });
    // Only the current result is a tab stop.
    const tabStops = await popup.$$eval('[data-field="summary"]', (buttons) => buttons.filter((b) => (b as HTMLElement).tabIndex === 0).length);
    expect(tabStops).toBe(1);

    await popup.keyboard.press('Enter');
    await popup.waitForFunction(() => document.activeElement?.getAttribute('aria-expanded') === 'true', { polling: 50 });
    const opened = await readResult(popup, 1);
    expect(opened.term).toBe(expected[1]);
    expect(opened.detailsHidden).toBe(false);
    await popup.keyboard.press('Enter');
    await popup.waitForFunction(() => document.activeElement?.getAttribute('aria-expanded') === 'false', { polling: 50 });

    await popup.keyboard.press('ArrowUp');
    await popup.keyboard.press('ArrowUp');
    expect((await focused(popup)).testid).toBe('glossary-search');

    // Escape clears the search; a second Escape closes the popup.
    await popup.keyboard.press('Escape');
    await popup.waitForFunction(() => document.querySelectorAll('[data-testid="glossary-result"]').length === 0, { polling: 50 });
    expect(await popup.$eval('[data-testid="glossary-search"]', (input) => (input as HTMLInputElement).value)).toBe('');
    expect((await focused(popup)).testid).toBe('glossary-search');
    expect(await popup.evaluate(() => (window as unknown as { closed_: boolean }).closed_)).toBe(false);
    await popup.keyboard.press('Escape');
    expect(await popup.evaluate(() => (window as unknown as { closed_: boolean }).closed_)).toBe(true);

    // Enter in the box opens the best match.
    await popup.keyboard.type('ydyl');
    await popup.waitForSelector('[data-testid="glossary-result"]');
    await popup.keyboard.press('Enter');
    await popup.waitForFunction(() => document.activeElement?.getAttribute('aria-expanded') === 'true', { polling: 50 });
    expect((await focused(popup)).result).toBe(glossary.search('ydyl')[0]!.term);

    // Enter pressed before the last keystroke's results came opens the best match of the whole query.
    await popup.focus('[data-testid="glossary-search"]');
    await popup.keyboard.press('Escape');
    await popup.keyboard.type('rlmy');
    await popup.keyboard.press('Enter');
    await popup.waitForFunction(() => document.activeElement?.getAttribute('aria-expanded') === 'true', { polling: 50 });
    expect((await focused(popup)).result).toBe(glossary.search('rlmy')[0]!.term);
    await popup.close();
  });

  test('a related term opens its own entry, and the copy button copies the entry line', async () => {
    const popup = await openPopup();
    await search(popup, TERM);
    await popup.click('[data-testid="glossary-result"] [data-field="summary"]');
    const entry = glossary.get(TERM)!;
    const related = entry.related.find((term) => glossary.get(term))!;
    // Clicked where it is now: "On this page" arriving meanwhile moves the entry, and a click by coordinates could land beside it.
    await popup.$eval(`[data-field="related"][data-term="${related}"]`, (button) => (button as HTMLElement).click());
    await popup.waitForFunction(
      (term) =>
        (document.querySelector('[data-testid="glossary-search"]') as HTMLInputElement).value === term &&
        document.querySelector('[data-testid="glossary-result"]')?.getAttribute('data-term') === term &&
        document.activeElement?.getAttribute('aria-expanded') === 'true',
      { polling: 50 },
      related,
    );
    const shown = await readResult(popup, 0);
    expect(shown.term).toBe(related);
    expect(shown.english).toBe(glossary.get(related)!.english);

    await popup.evaluate(() => {
      const copied: string[] = [];
      (window as unknown as { copied: string[] }).copied = copied;
      Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: async (text: string) => void copied.push(text) });
    });
    await popup.click('[data-testid="glossary-result"] [data-field="copy"]');
    await popup.waitForFunction(() => document.querySelector('[data-field="copy-status"]')?.textContent !== '', { polling: 50 });
    const target = glossary.get(related)!;
    const forms = target.traditional === target.term ? target.term : `${target.term} ${target.traditional}`;
    expect(await popup.evaluate(() => (window as unknown as { copied: string[] }).copied)).toEqual([`${forms} ${target.pinyin} — ${target.english}`]);
    await popup.close();
  });

  /** The text of the revealed occurrence, the .occurrence element holding it, and where it is on screen. */
  const revealed = () =>
    page.evaluate(() => {
      const highlight = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('xinwen-reveal');
      const ranges = highlight ? [...highlight] : [];
      const range = ranges[0];
      if (!range) return null;
      const rect = range.getBoundingClientRect();
      const container = range.commonAncestorContainer;
      const element = container.nodeType === Node.ELEMENT_NODE ? (container as Element) : container.parentElement;
      return {
        ranges: ranges.length,
        text: range.toString(),
        occurrence: element?.closest('.occurrence')?.id ?? null,
        top: rect.top,
        bottom: rect.bottom,
        viewport: window.innerHeight,
        scrollY: window.scrollY,
      };
    });

  test('"On this page" goes to each occurrence in turn, in either script and across layout breaks, and highlights it', async () => {
    const before = await pageTextSnapshot(page);
    const popup = await openPopup();
    await popup.waitForSelector(`[data-testid="page-term"][data-term="${TERM}"]`);
    const occurrences = await page.$$eval('.occurrence', (elements) => elements.map((e) => e.id));
    const count = Number(await popup.$eval(`[data-testid="page-term"][data-term="${TERM}"]`, (b) => b.getAttribute('data-count')));
    expect(count).toBe(occurrences.length);
    await page.evaluate(() => window.scrollTo(0, 0));

    const visited: string[] = [];
    const scrolls: number[] = [];
    for (let step = 0; step <= occurrences.length; step++) {
      const previous = await popup.$eval('[data-testid="page-term-position"]', (p) => p.textContent ?? '');
      await popup.click(`[data-testid="page-term"][data-term="${TERM}"]`);
      await popup.waitForFunction((previous) => document.querySelector('[data-testid="page-term-position"]')?.textContent !== previous, { polling: 50 }, previous);
      const position = await popup.$eval('[data-testid="page-term-position"]', (p) => p.textContent ?? '');
      expect(position).toContain(`${(step % occurrences.length) + 1} of ${occurrences.length}`);
      const shown = (await revealed())!;
      expect(shown.ranges).toBe(1);
      expect(convertText(shown.text.replace(/\s+/g, ''), 'cn')).toBe(TERM);
      // Scrolled into view.
      expect(shown.top).toBeGreaterThanOrEqual(0);
      expect(shown.bottom).toBeLessThanOrEqual(shown.viewport);
      visited.push(shown.occurrence!);
      scrolls.push(shown.scrollY);
    }
    // Each choice goes to the following occurrence, then wraps to the first.
    expect(visited).toEqual([...occurrences, occurrences[0]]);
    expect(new Set(scrolls.slice(0, 3)).size).toBe(3);
    expect(scrolls.at(-1)).toBe(scrolls[0]);
    // The page's text is never modified.
    expect(await pageTextSnapshot(page)).toBe(before);
    await popup.close();
  });

  test('the content script answers a malformed reveal request with an error', async () => {
    const popup = await openPopup();
    const reply = {
      bad: await messageTab(popup, tabId, { xinwen: 1, type: 'revealTerm', data: { term: 42, index: 0 } }),
      missing: await messageTab(popup, tabId, { xinwen: 1, type: 'revealTerm', data: { term: '不存在的术语', index: 0 } }),
    };
    expect(reply.bad).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(reply.missing).toEqual({ ok: true, value: { index: 0, count: 0, text: '' } });
    await popup.close();
  });

  test('underlining glossary terms, set in the options, marks them on the page live; pointing at one shows its entry', async () => {
    const before = await pageTextSnapshot(page);
    const underlined = () =>
      page.evaluate(() => {
        const highlight = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('xinwen-terms');
        return highlight ? [...highlight].map((range) => range.toString()) : [];
      });
    // Off by default.
    expect(await underlined()).toEqual([]);

    const options = await launched.browser.newPage();
    await openExtensionPage(launched, options, `${launched.extensionBase}options.html`);
    const box = await options.waitForSelector('[data-testid="underline-terms"]:not([disabled])');
    expect(await box!.evaluate((input) => (input as HTMLInputElement).checked)).toBe(false);
    await box!.click();
    await page.bringToFront();
    await page.waitForFunction(
      () => ((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('xinwen-terms')?.size ?? 0) > 0,
      { polling: 100, timeout: 15_000 },
    );
    const texts = await underlined();
    // Every underlined span is a glossary term, in the script the page writes it.
    for (const text of texts) expect(glossary.get(convertText(text.replace(/\s+/g, ''), 'cn')), text).toBeDefined();
    const terms = texts.map((text) => convertText(text.replace(/\s+/g, ''), 'cn'));
    const occurrences = await page.$$eval('.occurrence', (elements) => elements.length);
    expect(terms.filter((term) => term === TERM).length).toBe(occurrences);
    expect(terms).toContain('高质量发展');
    expect(terms).toContain('一带一路');
    expect(terms).toContain('全过程人民民主');
    expect(await pageTextSnapshot(page)).toBe(before);

    // Pointing at an underlined term shows the card with its glossary entry.
    await page.$eval('#traditional', (p) => p.scrollIntoView({ block: 'center' }));
    const card = await hoverText(page, '#traditional', '一帶一路', 1);
    expect(card.word).toBe('一帶一路');
    expect(card.glossary).toContain(glossary.get('一带一路')!.english);

    // The page converted to traditional: the underline follows the new text.
    const popup = await openPopup();
    await popup.click('[data-testid="convert-to-traditional"]');
    await popup.waitForSelector('[data-testid="convert-to-traditional"][aria-pressed="true"]');
    await page.waitForFunction(
      () => {
        const highlight = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('xinwen-terms');
        return [...(highlight ?? [])].some((range) => range.toString() === '人類命運共同體' && range.startContainer.parentElement?.id === 'first');
      },
      { polling: 100, timeout: 10_000 },
    );
    await popup.click('[data-testid="restore-original"]');
    await popup.waitForSelector('[data-testid="convert-to-traditional"][aria-pressed="false"]');
    await popup.close();
    expect(await pageTextSnapshot(page)).toBe(before);

    // Turned off: the underline goes at once.
    await options.bringToFront();
    await options.click('[data-testid="underline-terms"]');
    await page.waitForFunction(() => !(CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('xinwen-terms'), { polling: 100 });
    await options.close();
  });
});
