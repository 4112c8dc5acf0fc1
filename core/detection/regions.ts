// Where the extension acts on a page: the region the detector found (core/detection/page-text.ts), as the
// content script's features walk it (ruby, the page's glossary terms).

/** A whole element, or a run of its children, less the boilerplate inside. */
export interface ContentRegion {
  element: Element;
  /** When the region is a run of the element's children: its first and last child nodes. */
  first?: Node;
  last?: Node;
  /** Elements inside the region that are not part of it (share bars, related headlines, ads). */
  skip: ReadonlySet<Element>;
}

/** The child nodes of a region's element that the region covers, in order. */
export function regionNodes(region: ContentRegion): Node[] {
  if (!region.first || !region.last) return [region.element];
  const nodes: Node[] = [];
  for (let node: Node | null = region.first; node; node = node.nextSibling) {
    nodes.push(node);
    if (node === region.last) break;
  }
  return nodes;
}

/** Whether a node lies in a region (and not in the boilerplate it leaves out). */
export function regionContains(region: ContentRegion, node: Node): boolean {
  if (!region.element.contains(node)) return false;
  for (const skipped of region.skip) if (skipped.contains(node)) return false;
  if (!region.first || !region.last) return true;
  return regionNodes(region).some((top) => top.contains(node));
}
