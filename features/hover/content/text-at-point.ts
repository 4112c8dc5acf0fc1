// Finds the character under the pointer and the text around it, with the caret APIs: across inline
// elements and line breaks, inside open shadow roots, skipping ruby annotations, hidden and zero-width text.
import { isHan } from '../../../core/text/han';
import { readerText } from '../../../core/text/reader-text';
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

  // The block's text as a reader reads it (core/text/reader-text.ts), from its visible text nodes.
  const nodes: Text[] = [];
  const hidden = new Map<Element, boolean>();
  const walker = node.ownerDocument.createTreeWalker(blockAncestor(node), NodeFilter.SHOW_TEXT);
  for (let current = walker.nextNode() as Text | null; current; current = walker.nextNode() as Text | null) {
    if (current !== node && (isHidden(current.parentElement, hidden) || insideUntouchable(current))) continue;
    nodes.push(current);
  }
  const read = readerText(nodes.map((text) => text.nodeValue ?? ''));
  const pointedPiece = nodes.indexOf(node);
  let keptPointed = -1;
  for (let i = 0; i < read.text.length && keptPointed < 0; i++) if (read.piece[i] === pointedPiece && read.offset[i] === charOffset) keptPointed = i;
  if (keptPointed < 0) return undefined;
  const from = Math.max(0, keptPointed - CONTEXT_CHARS);
  const to = Math.min(read.text.length, keptPointed + CONTEXT_CHARS);
  return {
    text: read.text.slice(from, to),
    offset: keptPointed - from,
    locate: (offset) => {
      const at = from + offset;
      return offset >= 0 && at < to ? { node: nodes[read.piece[at]!]!, offset: read.offset[at]! } : undefined;
    },
  };
}
