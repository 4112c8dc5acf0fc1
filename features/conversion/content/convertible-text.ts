// Finds the page text a conversion may rewrite: Han text nodes and a few attributes, in the document,
// in open shadow roots and in same-origin frames, skipping everything in skip-rules.ts.
import { hasHan } from '../../../core/text/han';
import { ELEMENTS, TEXT_ATTRIBUTES } from '../../../core/text/text-rules';
import { isUntouchable } from '../../../page/skip-rules';


/** A piece of page text the converter reads and writes: a text node, or one attribute of an element. */
export type TextTarget = { node: Text; attribute?: undefined } | { node: Element; attribute: string };

export function readTarget(target: TextTarget): string | null {
  return target.attribute === undefined ? target.node.nodeValue : target.node.getAttribute(target.attribute);
}

export function writeTarget(target: TextTarget, value: string): void {
  if (target.attribute === undefined) target.node.nodeValue = value;
  else target.node.setAttribute(target.attribute, value);
}

/** Form fields keep their values untouched, but their placeholder and labels are page text. */
export const FIELD_TAGS = ELEMENTS.formFields;

/** The element's attributes that hold Han text; `seen` holds elements already taken (a walk that started over). */
function attributeTargets(element: Element, into: TextTarget[], seen?: ReadonlySet<Node>) {
  if (seen?.has(element)) return;
  for (const attribute of TEXT_ATTRIBUTES) {
    const value = element.getAttribute(attribute);
    if (value !== null && hasHan(value)) into.push({ node: element, attribute });
  }
}

/** Documents of same-origin frames; a cross-origin frame throws or gives null and is skipped. */
function frameDocument(element: Element): Document | null {
  if (element.tagName !== 'IFRAME' && element.tagName !== 'FRAME') return null;
  try {
    return (element as HTMLIFrameElement).contentDocument;
  } catch {
    return null;
  }
}

/**
 * Every convertible target under root, in document order (the <title> text included), plus the extra
 * roots found on the way (open shadow roots, same-origin frame documents) so the caller can watch them.
 */
export function collectTargets(root: Node, roots: Set<Node> = new Set()): { targets: TextTarget[]; roots: Set<Node> } {
  const targets: TextTarget[] = [];
  const walk = walkTargets(root, roots, targets);
  while (!walk.next().done);
  return { targets, roots };
}

/** Nodes visited between two chances to pause the walk. */
const NODES_PER_STEP = 256;

/**
 * collectTargets as a walk that can pause: it yields after every NODES_PER_STEP nodes, so a caller can spread a
 * page of any size over several tasks. A walk paused on a node the page has since removed starts over (the
 * targets already found are not found twice).
 */
export function* walkTargets(root: Node, roots: Set<Node>, targets: TextTarget[]): Generator<void, void, void> {
  roots.add(root);
  const seen = new Set<Node>();
  const found = (target: TextTarget) => {
    if (target.attribute !== undefined || !seen.has(target.node)) targets.push(target);
  };
  const visit = function* (start: Node): Generator<void, void, void> {
    const document = start.nodeType === Node.DOCUMENT_NODE ? (start as Document) : start.ownerDocument!;
    let walker = document.createTreeWalker(start, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    let steps = 0;
    for (let node: Node | null = start; node; ) {
      if (++steps % NODES_PER_STEP === 0) {
        yield;
        // The page removed the node the walk stood on while it was paused: walk again (what was found is kept).
        if (!start.contains(node)) {
          walker = document.createTreeWalker(start, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
          for (const target of targets) seen.add(target.node);
          node = start;
        }
      }
      if (node.nodeType === Node.TEXT_NODE) {
        if (hasHan(node.nodeValue ?? '')) found({ node: node as Text });
        node = walker.nextNode();
        continue;
      }
      if (node.nodeType === Node.ELEMENT_NODE) {
        const element = node as Element;
        if (isUntouchable(element)) {
          if (FIELD_TAGS.has(element.tagName.toUpperCase())) attributeTargets(element, targets, seen);
          // Skip the subtree: move to the next node after it.
          node = nextOutside(walker, element);
          continue;
        }
        attributeTargets(element, targets, seen);
        if (element.shadowRoot && !roots.has(element.shadowRoot)) {
          roots.add(element.shadowRoot);
          yield* visit(element.shadowRoot);
        }
        const frame = frameDocument(element);
        if (frame?.documentElement && !roots.has(frame)) {
          roots.add(frame);
          yield* visit(frame.documentElement);
        }
      }
      node = walker.nextNode();
    }
  };
  yield* visit(root);
}

function nextOutside(walker: TreeWalker, element: Element): Node | null {
  walker.currentNode = element;
  const sibling = walker.nextSibling();
  if (sibling) return sibling;
  for (let parent = walker.parentNode(); parent; parent = walker.parentNode()) {
    const next = walker.nextSibling();
    if (next) return next;
  }
  return null;
}
