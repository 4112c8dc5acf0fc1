// When the live page's detection is read again: after the page adds content, not after a text is rewritten in place
// (what conversion does), which would make every conversion of a big page read the whole page again.
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import type { PageContent } from '../../../core/detection/page-text';
import { createPageDetection, type ReadPageContent } from '../../../page/page-detection';
import type { PageChangeListener, PageWatcher } from '../../../page/page-watcher';

function setUp(withArticle: boolean) {
  const { document } = parseHTML('<!doctype html><html><body><main><p>新闻正文</p></main></body></html>');
  const main = document.querySelector('main')!;
  let listener: PageChangeListener | undefined;
  const watcher = { subscribe: (each: PageChangeListener) => void (listener = each), watch: () => undefined, flush: () => undefined } as unknown as PageWatcher;
  let reads = 0;
  const content: PageContent = {
    chinese: true,
    hanChars: 4,
    article: { found: withArticle, text: '新闻正文', hanChars: 4 },
    text: '新闻正文'.repeat(100),
    mainRegion: { element: main, skip: new Set() },
    ...(withArticle ? { articleRegion: { element: main, skip: new Set() } } : {}),
  } as PageContent;
  const reader = async () => ((() => (reads++, content)) as unknown as ReadPageContent);
  const detection = createPageDetection(document as unknown as Document, watcher, new AbortController().signal, reader);
  const records = (list: Partial<MutationRecord>[]) => listener!(list as MutationRecord[]);
  return { detection, records, reads: () => reads, text: (chars: number) => ({ textContent: '新'.repeat(chars) }) as unknown as Node };
}

describe('the live page is read again when its content changed', () => {
  test('texts rewritten in place, however many, do not make it read the page again', async () => {
    const page = setUp(true);
    await page.detection.current();
    page.records(Array.from({ length: 50 }, () => ({ type: 'characterData' as const, target: page.text(1_000), addedNodes: [] as unknown as NodeList })));
    await page.detection.current();
    expect(page.reads()).toBe(1);
  });

  test('added content past the threshold does; before an article is found, a little is enough', async () => {
    const page = setUp(true);
    await page.detection.current();
    const added = (chars: number) => ({ type: 'childList' as const, target: {} as Node, addedNodes: [page.text(chars)] as unknown as NodeList });
    page.records([added(1_000)]);
    await page.detection.current();
    expect(page.reads()).toBe(1);
    page.records([added(2_500)]);
    await page.detection.current();
    expect(page.reads()).toBe(2);

    const bare = setUp(false);
    await bare.detection.current();
    bare.records([added(300)]);
    await bare.detection.current();
    expect(bare.reads()).toBe(2);
  });
});
