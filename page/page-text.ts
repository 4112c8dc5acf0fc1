// A region's text as a reader reads it (core/text/reader-text.ts), for finding glossary terms: its text nodes
// in reading order, blocks kept apart, mapped back to DOM ranges. Reads the page only; nothing is modified.
import { BARRIER, readerText, type ReaderText } from '../core/text/reader-text';
import { ELEMENTS } from '../core/text/text-rules';
import { isEditable, OWN_ELEMENT_ATTRIBUTE } from './skip-rules';
import { regionNodes, type ContentRegion } from '../core/detection/regions';

/** Form fields hold text a highlight cannot mark; the reader's typing is no article text. */
const SKIPPED = new Set([...ELEMENTS.nonText, ...ELEMENTS.formFields]);

export interface PageText extends ReaderText {
  /** The text node of each piece; null for a block boundary. */
  nodes: (Text | null)[];
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Reads the visible text of a region (the article, or the page's main content), its boilerplate left out. */
export function readPageText(region: ContentRegion): PageText {
  const pieces: string[] = [];
  const nodes: (Text | null)[] = [];
  const barrier = () => {
    if (nodes.length > 0 && nodes[nodes.length - 1] !== null) {
      pieces.push(BARRIER);
      nodes.push(null);
    }
  };
  const visit = (child: Node) => {
    if (child.nodeType === TEXT_NODE) {
      const value = child.nodeValue ?? '';
      if (value) {
        pieces.push(value);
        nodes.push(child as Text);
      }
    } else if (child.nodeType === ELEMENT_NODE) {
      const element = child as Element;
      const tag = element.tagName.toUpperCase();
      // Editable content (skip-rules.ts) is the reader's own writing: no article text, no glossary terms, no underline.
      if (SKIPPED.has(tag) || element.hasAttribute(OWN_ELEMENT_ATTRIBUTE) || isEditable(element) || region.skip.has(element)) return;
      if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return;
      const block = ELEMENTS.blocks.has(tag);
      if (block) barrier();
      walk(element);
      if (block) barrier();
    }
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
  };
  // A whole element, or the run of its children the region covers.
  if (region.first && region.last) for (const node of regionNodes(region)) visit(node);
  else walk(region.element);
  return { ...readerText(pieces), nodes };
}

/** The DOM range of text[start, end) (end exclusive), or undefined when the page changed meanwhile. */
export function rangeOf(document: Document, page: PageText, start: number, end: number): Range | undefined {
  const startNode = page.nodes[page.piece[start]!];
  const endNode = page.nodes[page.piece[end - 1]!];
  if (!startNode || !endNode || !startNode.isConnected || !endNode.isConnected) return undefined;
  const startOffset = page.offset[start]!;
  const endOffset = page.offset[end - 1]! + 1;
  if (startOffset > startNode.length || endOffset > endNode.length) return undefined;
  const range = document.createRange();
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset);
  return range;
}
