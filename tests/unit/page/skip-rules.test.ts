// What the extension never rewrites, decided in one place (page/skip-rules.ts) for conversion, ruby, inline pinyin,
// the card and the glossary's page text: among it the reader's own editable text, a designMode document's included.
// linkedom's elements are no HTMLElement of this (Node) realm, as a same-origin frame's are not of the page's.
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { insideUntouchable, isEditable, isUntouchable } from '../../../page/skip-rules';
import { readPageText } from '../../../page/page-text';

function pageOf(body: string): Document {
  const { document } = parseHTML(`<!doctype html><html lang="zh"><head><title>t</title></head><body>${body}</body></html>`);
  // linkedom computes no editing state: each element reports it as a browser does (an editing host's descendants
  // are editable too).
  for (const element of document.querySelectorAll('*')) {
    Object.defineProperty(element, 'isContentEditable', { get: () => !!element.closest('[contenteditable]:not([contenteditable="false"])') });
  }
  return document;
}

describe('editable text is never rewritten', () => {
  test('contenteditable content and its text are untouchable; the text beside it is not', () => {
    const document = pageOf('<p id="plain">天气很好</p><div contenteditable="true"><p id="draft">我写的草稿</p></div>');
    const draft = document.getElementById('draft')!;
    expect(isEditable(draft)).toBe(true);
    expect(isUntouchable(draft)).toBe(true);
    expect(insideUntouchable(draft.firstChild!)).toBe(true);
    expect(isUntouchable(document.getElementById('plain')!)).toBe(false);
    expect(insideUntouchable(document.getElementById('plain')!.firstChild!)).toBe(false);
  });

  test('every element of a document in designMode is untouchable, also once it switches after load', () => {
    const document = pageOf('<p id="text">编辑器里的文字</p>');
    const text = document.getElementById('text')!;
    expect(insideUntouchable(text.firstChild!)).toBe(false);
    (document as { designMode: string }).designMode = 'on';
    expect(isUntouchable(document.documentElement)).toBe(true);
    expect(insideUntouchable(text.firstChild!)).toBe(true);
  });

  test('the page text read for glossary terms and their underline leaves editable content out', () => {
    const document = pageOf('<article><p>这是文章的第一段。</p><div contenteditable><p>读者的留言</p></div><p>这是第二段。</p></article>');
    const article = document.querySelector('article')!;
    const page = readPageText({ element: article, skip: new Set() });
    expect(page.text).toContain('这是文章的第一段。');
    expect(page.text).toContain('这是第二段。');
    expect(page.text).not.toContain('读者的留言');
  });
});
