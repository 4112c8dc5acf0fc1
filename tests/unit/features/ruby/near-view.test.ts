// Ruby annotates the text near the view: text nodes are watched by the block they are in, each handed over once,
// when its block comes near; a hidden page (which reports nothing) counts all of its text as near.
import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { blockOf, createNearView } from '../../../../features/ruby/content/near-view';

/** A page with a stand-in IntersectionObserver the test drives: `report` says which blocks are near. */
function page(body: string, visibility = 'visible') {
  const { window, document } = parseHTML(`<html><body>${body}</body></html>`);
  const observed = new Set<Element>();
  let callback: ((entries: { target: Element; isIntersecting: boolean }[]) => void) | undefined;
  let margin: string | undefined;
  class FakeObserver {
    constructor(cb: typeof callback, options: { rootMargin?: string }) {
      callback = cb;
      margin = options.rootMargin;
    }
    observe(element: Element) {
      observed.add(element);
    }
    unobserve(element: Element) {
      observed.delete(element);
    }
    disconnect() {
      observed.clear();
    }
  }
  Object.assign(window, { IntersectionObserver: FakeObserver });
  Object.defineProperty(document, 'visibilityState', { value: visibility });
  const report = (near: Element[]) => callback!([...observed].map((target) => ({ target, isIntersecting: near.includes(target) })));
  const texts = (selector: string) => [...document.querySelectorAll(selector)].map((element) => element.firstChild as unknown as Text);
  return { document: document as unknown as Document, observed, report, texts, margin: () => margin };
}

describe('near view', () => {
  test('a text node belongs to its nearest block: the paragraph, not the span inside it', () => {
    const { texts } = page('<article><p id="a"><span>银行</span><b>行长</b></p><ul><li>讲话</li></ul></article>');
    const [bank, chief, talk] = texts('span, b, li');
    expect((blockOf(bank!) as Element).id).toBe('a');
    expect((blockOf(chief!) as Element).id).toBe('a');
    expect((blockOf(talk!) as Element).tagName).toBe('LI');
  });

  test('watches each block once, a screen above and below the view, and hands over its nodes when it comes near', () => {
    const { document, observed, report, texts, margin } = page('<p id="a"><span>一</span><span>二</span></p><p id="b">三</p>');
    const given: string[][] = [];
    const view = createNearView(document, (nodes) => given.push(nodes.map((node) => node.data)));
    view.add(texts('span, #b'));
    expect(margin()).toBe('100% 0px');
    expect([...observed].map((block) => block.id)).toEqual(['a', 'b']);
    // The first report: only the first paragraph is near.
    report([document.getElementById('a')!]);
    expect(given).toEqual([['一', '二']]);
    expect([...observed].map((block) => block.id)).toEqual(['b']);
    // Scrolling down: the second one comes near; the first is not handed over twice.
    report([document.getElementById('a')!, document.getElementById('b')!]);
    expect(given).toEqual([['一', '二'], ['三']]);
    expect(observed.size).toBe(0);
  });

  test('text added to a block already handed over is watched again; nothing new to watch is reported at once', () => {
    const { document, observed, report, texts } = page('<p id="a">一</p><p id="b">二</p>');
    const given: string[][] = [];
    const view = createNearView(document, (nodes) => given.push(nodes.map((node) => node.data)));
    view.add(texts('p'));
    report([document.getElementById('a')!]);
    const late = document.createTextNode('三');
    document.getElementById('a')!.append(late);
    view.add([late as unknown as Text]);
    expect(observed.has(document.getElementById('a')!)).toBe(true);
    report([document.getElementById('a')!]);
    expect(given).toEqual([['一'], ['三']]);
    // #b is still watched: a node added to it waits with it, and the caller hears at once that nothing came near.
    const more = document.createTextNode('四');
    document.getElementById('b')!.append(more);
    view.add([more as unknown as Text]);
    expect(given.at(-1)).toEqual([]);
    report([document.getElementById('b')!]);
    expect(given.at(-1)).toEqual(['二', '四']);
  });

  test('a hidden page reports nothing: all of its text counts as near at once', () => {
    const { document, observed, texts } = page('<p>一</p><p>二</p>', 'hidden');
    const given: string[][] = [];
    createNearView(document, (nodes) => given.push(nodes.map((node) => node.data))).add(texts('p'));
    expect(given).toEqual([['一', '二']]);
    expect(observed.size).toBe(0);
  });

  test('clear stops watching everything', () => {
    const { document, observed, texts } = page('<p>一</p><p>二</p>');
    const view = createNearView(document, () => undefined);
    view.add(texts('p'));
    view.clear();
    expect(observed.size).toBe(0);
  });
});
