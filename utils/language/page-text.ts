// Reads a page's visible Chinese text and finds its article body. Works on any DOM: the browser's or linkedom's.
import { countHan } from './han';
import { detectScript, type Script } from './detect-script';

/** Elements whose text a reader never sees as page text. */
export const NON_TEXT_ELEMENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'HEAD', 'TITLE', 'RT', 'RP']);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Visible text under a node, one line per block-level break, skipping scripts, styles and hidden elements. */
export function visibleText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) parts.push(child.nodeValue ?? '');
      else if (child.nodeType === ELEMENT_NODE) {
        const element = child as Element;
        if (NON_TEXT_ELEMENTS.has(element.tagName.toUpperCase())) continue;
        if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') continue;
        walk(element);
        if (BLOCK_ELEMENTS.has(element.tagName.toUpperCase())) parts.push('\n');
      }
    }
  };
  walk(root);
  return parts.join('').replace(/[ \t\r]*\n[\s]*/g, '\n').trim();
}

const BLOCK_ELEMENTS = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR', 'TD', 'BR', 'HEADER', 'FOOTER', 'NAV', 'ASIDE', 'BLOCKQUOTE', 'TABLE', 'FIGURE', 'FIGCAPTION']);

/** Han characters inside links under an element. */
function linkHan(element: Element): number {
  let total = 0;
  for (const link of element.querySelectorAll('a')) total += countHan(visibleText(link));
  return total;
}

const ARTICLE_CONTAINERS = 'article, main, section, div, td';
/** An article has at least this much Chinese text outside links. */
const MIN_ARTICLE_HAN = 150;
const MAX_LINK_SHARE = 0.3;
const NOT_ARTICLE = /comment|footer|sidebar|related|nav|menu|recommend|ad-|advert|share/i;

/**
 * The article body: the container whose own paragraphs hold the most Chinese text outside links.
 * A list of headlines (mostly link text) is never an article.
 */
export function findArticle(page: Document): Element | undefined {
  let best: Element | undefined;
  let bestScore = 0;
  for (const container of page.querySelectorAll(ARTICLE_CONTAINERS)) {
    if (NOT_ARTICLE.test(`${container.id} ${container.getAttribute('class') ?? ''}`)) continue;
    // Score only the paragraphs that are direct children, so the container that really holds them wins.
    let paragraphHan = 0;
    for (const child of container.children) {
      if (child.tagName.toUpperCase() === 'P') paragraphHan += countHan(visibleText(child)) - linkHan(child);
    }
    if (paragraphHan <= bestScore) continue;
    const han = countHan(visibleText(container));
    if (han === 0 || linkHan(container) / han > MAX_LINK_SHARE) continue;
    best = container;
    bestScore = paragraphHan;
  }
  return bestScore >= MIN_ARTICLE_HAN ? best : undefined;
}

export interface PageVerdict {
  chinese: boolean;
  script: Script;
  hanChars: number;
  article: { found: boolean; text: string; hanChars: number };
}

export function detectPage(page: Document): PageVerdict {
  const body = page.body ?? page.documentElement;
  const text = `${page.title}\n${visibleText(body)}`;
  const { script, hanChars } = detectScript(text);
  const articleElement = findArticle(page);
  const articleText = articleElement ? visibleText(articleElement) : '';
  return {
    chinese: hanChars > 0,
    script,
    hanChars,
    article: { found: articleElement !== undefined, text: articleText, hanChars: countHan(articleText) },
  };
}
