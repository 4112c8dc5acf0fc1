// Scraped inline pinyin (關(guān)系) hidden and shown again: each changed text node keeps its original, and
// showing puts back exactly what the page had (a node the page changed since is left alone).
import { HAN_WITH_INLINE_PINYIN as ANNOTATION, stripInlinePinyin } from '../../../core/text/text-rules';
import { insideUntouchable } from '../../../page/skip-rules';

export interface InlinePinyin {
  /** Inline pinyin annotations in the page (while hidden: those that were hidden). */
  count(): number;
  hidden: boolean;
  set(hidden: boolean): void;
}

function annotatedNodes(root: Node): Text[] {
  const nodes: Text[] = [];
  const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    ANNOTATION.lastIndex = 0;
    if (ANNOTATION.test(node.nodeValue ?? '') && !insideUntouchable(node)) nodes.push(node);
  }
  return nodes;
}

export function createInlinePinyin(document: Document): InlinePinyin {
  const originals = new Map<Text, { original: string; written: string }>();
  const root = () => document.body ?? document.documentElement;
  const countIn = (texts: string[]) => texts.reduce((sum, text) => sum + (text.match(ANNOTATION)?.length ?? 0), 0);
  const state: InlinePinyin = {
    hidden: false,
    count: () =>
      state.hidden ? countIn([...originals.values()].map(({ original }) => original)) : countIn(annotatedNodes(root()).map((node) => node.nodeValue!)),
    set(hidden) {
      if (hidden === state.hidden) return;
      state.hidden = hidden;
      if (hidden) {
        for (const node of annotatedNodes(root())) {
          const written = stripInlinePinyin(node.nodeValue!);
          originals.set(node, { original: node.nodeValue!, written });
          node.nodeValue = written;
        }
        return;
      }
      for (const [node, { original, written }] of originals) if (node.nodeValue === written) node.nodeValue = original;
      originals.clear();
    },
  };
  return state;
}
