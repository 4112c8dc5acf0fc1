// Reads a page's visible Chinese text and finds its article body. Works on any DOM: the browser's or linkedom's.
// detectPage is the one detector: the content script runs it on the live page, the command line and the
// tests on saved pages.
import { blocksWithin, INLINE_ELEMENTS, isArticle, itemsText, readPage, scorePage, type PageRead, type Region } from './article-finder';
import { countHan, hasHan } from '../text/han';
import { detectScript, type Script, type ScriptVerdict } from '../script/detect-script';
import { languageOf } from './page-language';
import { articleScript, capText } from './page-script';
import { regionNodes, type ContentRegion } from './regions';
import { remembered, unseenTest, type HiddenTest } from './visibility';
import { ELEMENTS } from '../text/text-rules';

export { hiddenByMarkup, type HiddenTest } from './visibility';
export { isChinesePage } from './page-language';
export { regionContains, regionNodes, type ContentRegion } from './regions';
export { articleScript, capText, MAX_ARTICLE_CHARS } from './page-script';

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

export interface TextOptions {
  isHidden?: HiddenTest;
  /** Elements whose text is left out (boilerplate inside an article). */
  skip?: ReadonlySet<Element>;
}

/** Visible text under a node, one line per block-level break, skipping scripts, styles and hidden elements. */
export function visibleText(root: Node, options: TextOptions = {}): string {
  return collectText([root], false, options);
}

/** Visible text of the roots themselves (`asNodes`) or of their children, as visibleText reads it. */
function collectText(roots: Node[], asNodes: boolean, { isHidden, skip }: TextOptions): string {
  const unseen = unseenTest(isHidden);
  const parts: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === TEXT_NODE) parts.push(node.nodeValue ?? '');
    else if (node.nodeType === ELEMENT_NODE) {
      const element = node as Element;
      if (unseen(element) || skip?.has(element)) return;
      const tag = element.tagName.toUpperCase();
      if (!ELEMENTS.void.has(tag)) walk(element);
      if (tag === 'BR' || !INLINE_ELEMENTS.has(tag)) parts.push('\n');
    }
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
  };
  for (const root of roots) (asNodes ? visit : walk)(root);
  return parts.join('').replace(/[ \t\r]*\n[\s]*/g, '\n').trim();
}

/** The visible text of a region, its boilerplate left out. */
export function regionText(region: ContentRegion, isHidden?: HiddenTest): string {
  const whole = !region.first || !region.last;
  return collectText(whole ? [region.element] : regionNodes(region), !whole, { isHidden, skip: region.skip });
}

/** The contract's verdict on a page (`detect --json`, pageState): see ../shared/contracts.md. */
export interface PageVerdict {
  chinese: boolean;
  script: Script;
  hanChars: number;
  article: { found: boolean; text: string; hanChars: number };
}

/** What the extension acts on: the regions of the page, with the verdict's fields. */
export interface PageContent {
  chinese: boolean;
  hanChars: number;
  article: { found: boolean; text: string; hanChars: number };
  /** The page's visible text, title first (for its script when the article does not settle it). */
  text: string;
  /** The article (undefined on list and index pages and pages that are not Chinese). */
  articleRegion?: ContentRegion;
  /** The page's main content: the article when there is one, else the region with the most content less its boilerplate. */
  mainRegion?: ContentRegion;
}

/** The verdict, and the regions the extension acts on. */
export interface PageDetection extends PageVerdict, Omit<PageContent, 'text'> {}

export interface DetectOptions {
  /** The browser's test of hidden elements; by default, the markup's (hidden, aria-hidden, inline style). */
  isHidden?: HiddenTest;
}

const NOT_CHINESE = (hanChars: number): PageContent => ({
  chinese: false,
  hanChars,
  article: { found: false, text: '', hanChars: 0 },
  text: '',
});

/** A region found by scoring, with the boilerplate inside it that its text leaves out. */
interface FoundRegion {
  region: ContentRegion;
  text: string;
}

function found(region: Region, leaveOut: ReadonlySet<Element>): FoundRegion {
  const skip = blocksWithin(region.items, leaveOut);
  return { region: { element: region.element, first: region.first, last: region.last, skip }, text: itemsText(region.items, skip) };
}

/** The article and the main content of a page read by readPage: scored with class cues, then without. */
function pageRegions(read: PageRead): { article?: FoundRegion; main?: FoundRegion } {
  const withCues = scorePage(read, { useClasses: true });
  const main = withCues.main && found(withCues.main, withCues.boilerplate);
  if (isArticle(withCues.best)) return { article: found(withCues.best, withCues.junk), main };
  // A site whose class names mislead (an article inside "sidebar-layout") gets a second try on structure alone.
  const withoutCues = scorePage(read, { useClasses: false });
  if (isArticle(withoutCues.best)) return { article: found(withoutCues.best, withoutCues.junk), main };
  return { main };
}

/**
 * Whether a page is Chinese, its article and its main content: detectPage without the script, so that the
 * content script can run it without OpenCC's character tables (the worker holds them; see pageScript).
 * Decided from the visible text (the title included); a declared lang only counts for a Japanese or Korean
 * page whose text backs it.
 */
export function readPageContent(page: Document, options: DetectOptions = {}): PageContent {
  const body = page.body ?? page.documentElement;
  const title = page.title ?? '';
  // The browser's own test may ask the layout: each element is asked once, though two walks meet it.
  const isUnseen = unseenTest(options.isHidden && remembered(options.isHidden));
  const language = languageOf(page, isUnseen);
  if (!body || !language.chinese) return NOT_CHINESE(language.hanChars);
  const read = readPage(body, isUnseen);
  const { article, main } = pageRegions(read);
  const articleText = article ? capText(article.text) : '';
  return {
    chinese: true,
    hanChars: language.hanChars,
    article: { found: article !== undefined, text: articleText, hanChars: countHan(articleText) },
    text: `${title}\n${read.text}`,
    articleRegion: article?.region,
    mainRegion: (article ?? main)?.region ?? { element: body, skip: new Set() },
  };
}

/**
 * A Chinese page's script: the article's when it says enough (a sidebar in the other script does not sway
 * it), else the whole page's. `scriptOf` is detectScript, or the worker's answer to it.
 */
export function pageScript(content: Pick<PageContent, 'article' | 'text'>, scriptOf: (text: string) => ScriptVerdict = detectScript): Script {
  return articleScript(content.article.found ? scriptOf(content.article.text) : undefined) ?? scriptOf(capText(content.text)).script;
}

/** Whether a page is Chinese, in which script, its article and its main content. */
export function detectPage(page: Document, options: DetectOptions = {}): PageDetection {
  const { text, ...content } = readPageContent(page, options);
  return { ...content, script: content.chinese ? pageScript({ article: content.article, text }) : 'none' };
}

/** The contract's fields of a detection, for `detect --json` and pageState. */
export function pageVerdict({ chinese, script, hanChars, article }: PageVerdict): PageVerdict {
  return { chinese, script, hanChars, article };
}

/**
 * The article body: a live element of the page holding the article's paragraphs and as little else as
 * possible (navigation, related headlines, ads, comments, footers). A headline index page has none.
 */
export function findArticle(page: Document, options: DetectOptions = {}): Element | undefined {
  // Without the script: the content script (term-text.ts) calls this, and must not need OpenCC's tables.
  return readPageContent(page, options).articleRegion?.element;
}
