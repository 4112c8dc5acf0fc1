// Finds the character under the pointer and the text around it, with the caret APIs: across inline
// elements and line breaks, inside open shadow roots, skipping ruby annotations, hidden and zero-width text.
import { isHan } from '../../../core/text/han';
import { insideUntouchable } from '../../../page/skip-rules';

export interface TextAtPoint {
  /** The text around the pointed character, as a reader reads it (layout breaks inside words removed). */
  text: string;
  /** UTF-16 offset of the pointed character in `text`. */
  offset: number;
  /** The DOM position of each UTF-16 offset of `text`, to highlight a word. */
  locate(offset: number): { node: Text; offset: number } | undefined;
}

const CONTEXT_CHARS = 300;
const BLOCK_DISPLAY = /^(block|list-item|table|table-cell|table-caption|flex|grid|flow-root)$/;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/;
/** Scraped inline pinyin after a character, as in 關(guān)系: one to seven pinyin letters in brackets. */
const INLINE_PINYIN = /^[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,7}[)）]/;
const SPACE = /\s/;

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }) => { offsetNode: Node; offset: number } | null;
};

/** Open shadow roots under the point, outermost first, so the caret can land inside them. */
function shadowRootsAt(document: Document, x: number, y: number): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  let element = document.elementFromPoint(x, y);
  while (element?.shadowRoot && !roots.includes(element.shadowRoot)) {
    roots.push(element.shadowRoot);
    const inner = element.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === element) break;
    element = inner;
  }
  return roots;
}

function caretAt(document: Document, x: number, y: number): { node: Node; offset: number } | undefined {
  const withPosition = document as CaretDocument;
  if (withPosition.caretPositionFromPoint) {
    const position = withPosition.caretPositionFromPoint(x, y, { shadowRoots: shadowRootsAt(document, x, y) });
    return position ? { node: position.offsetNode, offset: position.offset } : undefined;
  }
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

/** The caret lands beside the nearest character even when the pointer is past a line's end: check the box. */
function pointInsideChar(node: Text, offset: number, x: number, y: number): boolean {
  const range = node.ownerDocument.createRange();
  range.setStart(node, offset);
  range.setEnd(node, Math.min(offset + 1, node.length));
  for (const rect of range.getClientRects()) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}

function blockAncestor(node: Node): Node {
  // Text directly under a shadow root has no parent element: the root is its block.
  let element = node.parentElement;
  if (!element) return node.parentNode ?? node;
  while (element.parentElement && !BLOCK_DISPLAY.test(getComputedStyle(element).display)) element = element.parentElement;
  return element;
}

function isHidden(element: Element | null, cache: Map<Element, boolean>): boolean {
  if (!element) return false;
  let hidden = cache.get(element);
  if (hidden === undefined) {
    // visibilityProperty: text under visibility: hidden is as unseen as text under display: none.
    hidden = element.closest('rt, rp') !== null || (typeof element.checkVisibility === 'function' && !element.checkVisibility({ visibilityProperty: true }));
    cache.set(element, hidden);
  }
  return hidden;
}

export function textAtPoint(document: Document, x: number, y: number): TextAtPoint | undefined {
  const caret = caretAt(document, x, y);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return undefined;
  const node = caret.node as Text;
  const value = node.nodeValue ?? '';
  // The caret may sit just after the pointed character (right half of its box).
  let charOffset = caret.offset;
  if (charOffset >= value.length || !pointInsideChar(node, charOffset, x, y)) {
    if (charOffset > 0 && pointInsideChar(node, charOffset - 1, x, y)) charOffset -= 1;
    else return undefined;
  }
  // A character outside the BMP (𠮷) is two UTF-16 units: point at its first one.
  const unit = value.charCodeAt(charOffset);
  if (unit >= 0xdc00 && unit <= 0xdfff && charOffset > 0) charOffset -= 1;
  if (!isHan(String.fromCodePoint(value.codePointAt(charOffset)!)) || insideUntouchable(node)) return undefined;

  // The block's characters as a reader reads them: zero-width characters dropped, and spaces or line
  // breaks between two Han characters (newspaper justification, a word broken over lines) dropped.
  const chars: { char: string; node: Text; offset: number }[] = [];
  let pointed = -1;
  const hidden = new Map<Element, boolean>();
  const walker = node.ownerDocument.createTreeWalker(blockAncestor(node), NodeFilter.SHOW_TEXT);
  for (let current = walker.nextNode() as Text | null; current; current = walker.nextNode() as Text | null) {
    if (current !== node && (isHidden(current.parentElement, hidden) || insideUntouchable(current))) continue;
    const text = current.nodeValue ?? '';
    for (let i = 0; i < text.length; i++) {
      if (current === node && i === charOffset) pointed = chars.length;
      if (!ZERO_WIDTH.test(text[i]!)) chars.push({ char: text[i]!, node: current, offset: i });
    }
  }
  if (pointed < 0) return undefined;
  const kept: typeof chars = [];
  let keptPointed = -1;
  for (let i = 0; i < chars.length; i++) {
    // Inline pinyin after a Han character is an annotation, not text: 關(guān)系 reads as 關系.
    if ((chars[i]!.char === '(' || chars[i]!.char === '（') && isHan(kept.at(-1)?.char ?? '')) {
      const ahead = chars.slice(i, i + 9).map((c) => c.char).join('');
      const match = INLINE_PINYIN.exec(ahead);
      if (match) {
        i += match[0].length - 1;
        continue;
      }
    }
    if (SPACE.test(chars[i]!.char)) {
      let next = i;
      while (next < chars.length && SPACE.test(chars[next]!.char)) next++;
      const before = kept.at(-1)?.char;
      if (before && isHan(before) && next < chars.length && isHan(chars[next]!.char)) {
        i = next - 1;
        continue;
      }
    }
    if (i === pointed) keptPointed = kept.length;
    kept.push(chars[i]!);
  }
  const from = Math.max(0, keptPointed - CONTEXT_CHARS);
  const window = kept.slice(from, keptPointed + CONTEXT_CHARS);
  return {
    text: window.map((c) => c.char).join(''),
    offset: keptPointed - from,
    locate: (offset) => {
      const position = window[offset];
      return position ? { node: position.node, offset: position.offset } : undefined;
    },
  };
}
