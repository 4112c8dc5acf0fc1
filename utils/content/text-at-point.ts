// Finds the character under the pointer and the text around it, with the caret APIs.
import { isHan } from '../language/han';
import { insideUntouchable } from './skip-rules';

export interface TextAtPoint {
  /** The text around the pointed character: its block's text, cut to a window around it. */
  text: string;
  /** UTF-16 offset of the pointed character in `text`. */
  offset: number;
  /** Maps offsets of `text` back to DOM positions, to highlight the word. */
  locate(offset: number): { node: Text; offset: number } | undefined;
}

const CONTEXT_CHARS = 300;
const BLOCK_DISPLAY = /^(block|list-item|table|table-cell|flex|grid)$/;

function caretAt(document: Document, x: number, y: number): { node: Node; offset: number } | undefined {
  const withPosition = document as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null };
  if (withPosition.caretPositionFromPoint) {
    const position = withPosition.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : undefined;
  }
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

/** The caret lands beside the nearest character even when the pointer is past the end of a line: check the box. */
function pointInsideChar(node: Text, offset: number, x: number, y: number): boolean {
  const range = node.ownerDocument.createRange();
  range.setStart(node, offset);
  range.setEnd(node, offset + 1);
  for (const rect of range.getClientRects()) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}

function blockAncestor(node: Node): Element {
  let element = node.parentElement!;
  while (element.parentElement && !BLOCK_DISPLAY.test(getComputedStyle(element).display)) element = element.parentElement;
  return element;
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
  if (!isHan(value[charOffset]!) || insideUntouchable(node)) return undefined;

  // Read the block's text across inline elements, so <b>人类</b>命运共同体 is one stretch of text.
  const block = blockAncestor(node);
  const pieces: { node: Text; start: number }[] = [];
  let text = '';
  let pointed = -1;
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let current = walker.nextNode() as Text | null; current; current = walker.nextNode() as Text | null) {
    if (insideUntouchable(current) || current.parentElement?.closest('rt, rp')) continue;
    if (current === node) pointed = text.length + charOffset;
    pieces.push({ node: current, start: text.length });
    text += current.nodeValue ?? '';
  }
  if (pointed < 0) return undefined;
  const from = Math.max(0, pointed - CONTEXT_CHARS);
  const to = Math.min(text.length, pointed + CONTEXT_CHARS);
  return {
    text: text.slice(from, to),
    offset: pointed - from,
    locate(offset) {
      const absolute = offset + from;
      for (let i = pieces.length - 1; i >= 0; i--) {
        const piece = pieces[i]!;
        if (absolute >= piece.start) return { node: piece.node, offset: absolute - piece.start };
      }
      return undefined;
    },
  };
}
