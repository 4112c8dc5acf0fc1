// Which parts of a page the extension never reads or rewrites.
import { UNTOUCHED_ELEMENTS } from '../core/text/text-rules';


/** Attribute marking the extension's own elements (the hover card). */
export const OWN_ELEMENT_ATTRIBUTE = 'data-xinwen-card';

/**
 * True when the text is the reader's to edit: a document in designMode (an editor's frame, also one switched on after
 * it loaded) or contenteditable content. Read as properties, not by `instanceof`: an element of a same-origin frame
 * is no HTMLElement of this window.
 */
export const isEditable = (element: Element): boolean =>
  element.ownerDocument.designMode === 'on' || (element as Partial<HTMLElement>).isContentEditable === true;

/** True when text inside this element must be left exactly as the page has it. */
export function isUntouchable(element: Element): boolean {
  if (UNTOUCHED_ELEMENTS.has(element.tagName.toUpperCase())) return true;
  if (element.hasAttribute(OWN_ELEMENT_ATTRIBUTE)) return true;
  if (element.getAttribute('translate') === 'no') return true;
  return isEditable(element);
}

/** True when any ancestor of the node (up to the root) is untouchable. */
export function insideUntouchable(node: Node): boolean {
  for (let element = node.parentElement; element; element = element.parentElement) {
    if (isUntouchable(element)) return true;
  }
  return false;
}
