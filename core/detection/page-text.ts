// Reads a page's visible Chinese text and finds its article body. Works on any DOM: the browser's or linkedom's.
import { countHan } from '../text/han';
import { detectScript, type Script } from '../script/detect-script';

/** Elements whose text a reader never sees as page text. */
export const NON_TEXT_ELEMENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'HEAD', 'TITLE', 'RT', 'RP']);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** An inline style that hides the element (saved pages keep their hidden templates and popups). */
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Whether a reader never sees this element's text: scripts and styles, `hidden`, aria-hidden, display:none. */
function isUnseen(element: Element): boolean {
  if (NON_TEXT_ELEMENTS.has(element.tagName.toUpperCase())) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

/** Visible text under a node, one line per block-level break, skipping scripts, styles and hidden elements. */
export function visibleText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) parts.push(child.nodeValue ?? '');
      else if (child.nodeType === ELEMENT_NODE) {
        const element = child as Element;
        if (isUnseen(element)) continue;
        walk(element);
        if (BLOCK_ELEMENTS.has(element.tagName.toUpperCase())) parts.push('\n');
      }
    }
  };
  walk(root);
  return parts.join('').replace(/[ \t\r]*\n[\s]*/g, '\n').trim();
}

const BLOCK_ELEMENTS = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR', 'TD', 'BR', 'HEADER', 'FOOTER', 'NAV', 'ASIDE', 'BLOCKQUOTE', 'TABLE', 'FIGURE', 'FIGCAPTION', 'DL', 'DT', 'DD', 'PRE', 'ADDRESS', 'FORM']);

// ---- article detection -------------------------------------------------------------------------
//
// One walk over the page sorts every piece of visible Han text into one of three kinds:
// - prose: paragraph text outside links, long enough or punctuated like sentences;
// - junk: link text (navigation, headline lists), text in navigation, footers, sidebars, comments,
//   ads and share bars (by tag or class/id cues), and every headline-list item (an item that starts
//   with a headline link: index pages, "related" cards with summaries);
// - neutral: headings, captions, datelines and other short unpunctuated lines.
// The article is the element that maximises prose − junk − a little of neutral (the deepest one on a
// tie), provided it holds enough prose in real sentences. Headline index pages have no prose left
// once their list items are junk, so they never yield an article.

/** Elements that continue the paragraph they sit in. Everything else starts a block of its own. */
const INLINE_ELEMENTS = new Set([
  'A', 'SPAN', 'STRONG', 'B', 'EM', 'I', 'U', 'S', 'FONT', 'SMALL', 'BIG', 'SUB', 'SUP', 'MARK', 'ABBR', 'CITE', 'Q', 'TIME',
  'CODE', 'BR', 'WBR', 'IMG', 'DEL', 'INS', 'VAR', 'KBD', 'SAMP', 'DFN', 'BDI', 'BDO', 'RUBY', 'RB', 'LABEL', 'NOBR', 'TT',
]);
/** Text in these is never the article. */
const JUNK_TAGS = new Set(['NAV', 'FOOTER', 'ASIDE', 'FORM', 'BUTTON', 'SELECT', 'TEXTAREA', 'MENU', 'DIALOG']);
/** Text in these belongs with an article without being its body: headline, subheadings, captions. */
const NEUTRAL_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'FIGCAPTION', 'CAPTION']);
/** Containers that are never a list item nor junk by their class: the page's own frame. */
const FRAME_TAGS = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);
/** Class and id words of page parts that are not the article (matched at word starts: fb-comments, relatednews, ad_inline). */
const JUNK_CLASS =
  /(?:^|[^a-z])(?:comment|cmt|reply|footer|foot(?:$|[^a-z])|sidebar|side(?:$|[^a-z])|related|relevant|recommend|nav|menu|breadcrumb|crumb|ad(?:s|v|vert\w*)?(?:$|[^a-z])|gpt|sponsor|banner|share|social|hot(?:$|[^a-z])|popular|rank|topbar|copyright|login|toolbar|pagination|pager|tags?(?:$|[^a-z])|keyword|search|subscribe)/i;
const POSITIVE_CLASS = /(?:^|[^a-z])(?:article|content|detail|text|body|story|post|entry|main)(?:$|[^a-z])/i;

/** Sentence punctuation: a paragraph with it reads as prose. */
const SENTENCE_PUNCTUATION = /[，。；！？、,;!?]/g;
const SENTENCE_ENDS = /[。！？!?]/g;

/** An article holds at least this much Chinese prose... */
const MIN_ARTICLE_HAN = 120;
/** ...in at least this many sentences. */
const MIN_SENTENCES = 2;
/** Cost of a junk character inside the region, and of a neutral one. */
const JUNK_WEIGHT = 1;
const NEUTRAL_WEIGHT = 0.1;
/** A list item (headline first) is at most this long; longer items are sections, not list entries. */
const MAX_LIST_ITEM_HAN = 300;

interface Tally {
  han: number;
  prose: number;
  junk: number;
  neutral: number;
  sentences: number;
}

const emptyTally = (): Tally => ({ han: 0, prose: 0, junk: 0, neutral: 0, sentences: 0 });

function addTally(into: Tally, from: Tally): void {
  into.han += from.han;
  into.prose += from.prose;
  into.junk += from.junk;
  into.neutral += from.neutral;
  into.sentences += from.sentences;
}

/** The inline text of one block, not counting the blocks nested in it. */
interface Paragraph {
  textHan: number;
  linkHan: number;
  punctuation: number;
  sentences: number;
}

/** What a subtree starts with: its first Han text, in a link (with that link's Han count) or not. */
type Opening = { inLink: false } | { inLink: true; linkHan: number } | undefined;

interface Candidate {
  element: Element;
  tally: Tally;
  score: number;
}

function classWords(element: Element): string {
  return `${element.id} ${element.getAttribute('class') ?? ''}`;
}

function isJunkRegion(element: Element, tag: string, useClasses: boolean): boolean {
  if (JUNK_TAGS.has(tag)) return true;
  if (!useClasses || FRAME_TAGS.has(tag)) return false;
  const words = classWords(element);
  return JUNK_CLASS.test(words) && !POSITIVE_CLASS.test(words);
}

/** Elements among siblings that share tag and class with at least two others: the entries of a list or a card grid. */
function repeatedChildren(parent: Element): Set<Element> {
  const groups = new Map<string, Element[]>();
  for (const child of parent.children) {
    const key = `${child.tagName} ${child.getAttribute('class') ?? ''}`;
    const group = groups.get(key);
    if (group) group.push(child);
    else groups.set(key, [child]);
  }
  const repeated = new Set<Element>();
  for (const group of groups.values()) if (group.length >= 3) for (const element of group) repeated.add(element);
  return repeated;
}

/** Turns every kind of text in a tally into junk. */
function allJunk(tally: Tally): void {
  tally.junk = tally.han;
  tally.prose = 0;
  tally.neutral = 0;
  tally.sentences = 0;
}

class ArticleFinder {
  private best: Candidate | undefined;

  constructor(private readonly useClasses: boolean) {}

  run(root: Element): Candidate | undefined {
    this.visitBlock(root, false, false);
    return this.best;
  }

  /** Tallies a block element's subtree and offers it as a candidate; returns its tally and opening. */
  private visitBlock(element: Element, repeated: boolean, inJunk: boolean, linkHan?: number): { tally: Tally; opening: Opening } {
    const tag = element.tagName.toUpperCase();
    const junk = inJunk || isJunkRegion(element, tag, this.useClasses);
    const tally = emptyTally();
    const paragraph: Paragraph = { textHan: 0, linkHan: 0, punctuation: 0, sentences: 0 };
    const repeats = element.children.length >= 3 ? repeatedChildren(element) : undefined;
    // A block inside a link (a card: <a><div>headline</div></a>) is link text throughout.
    const opening = this.visitChildren(element, tally, paragraph, repeats, junk, linkHan);
    this.closeParagraph(paragraph, tally, NEUTRAL_TAGS.has(tag));

    // A list entry that opens with a headline link (an index page's item, a "related" card with its
    // summary) is junk, whatever summary text it carries. Paragraphs never are: articles link names inline.
    const listEntry = (repeated || tag === 'LI' || tag === 'DT' || tag === 'DD') && tag !== 'P' && !FRAME_TAGS.has(tag);
    if (
      junk ||
      (listEntry && opening?.inLink === true && opening.linkHan >= 4 && tally.han <= MAX_LIST_ITEM_HAN && opening.linkHan >= 0.15 * tally.han)
    ) {
      allJunk(tally);
    }
    if (tally.prose > 0) this.offer(element, tally);
    return { tally, opening };
  }

  /** Walks the children of an element: inline content goes to the open paragraph, blocks are visited on their own. */
  private visitChildren(
    element: Element,
    tally: Tally,
    paragraph: Paragraph,
    repeats: Set<Element> | undefined,
    inJunk: boolean,
    linkHan: number | undefined,
  ): Opening {
    let opening: Opening;
    for (let child = element.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        const text = child.nodeValue ?? '';
        const han = countHan(text);
        if (han === 0) {
          paragraph.punctuation += text.match(SENTENCE_PUNCTUATION)?.length ?? 0;
          paragraph.sentences += text.match(SENTENCE_ENDS)?.length ?? 0;
          continue;
        }
        opening ??= linkHan === undefined ? { inLink: false } : { inLink: true, linkHan };
        if (linkHan === undefined) {
          paragraph.textHan += han;
          paragraph.punctuation += text.match(SENTENCE_PUNCTUATION)?.length ?? 0;
          paragraph.sentences += text.match(SENTENCE_ENDS)?.length ?? 0;
        } else paragraph.linkHan += han;
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const childElement = child as Element;
      if (isUnseen(childElement)) continue;
      const tag = childElement.tagName.toUpperCase();
      let childOpening: Opening;
      if (INLINE_ELEMENTS.has(tag)) {
        // An inline element continues the paragraph; a link's text is link text.
        const innerLinkHan = linkHan ?? (tag === 'A' ? countHan(visibleText(childElement)) : undefined);
        if (isJunkRegion(childElement, tag, this.useClasses) && !inJunk) {
          // An inline ad or share widget inside a paragraph: its text is junk, the paragraph goes on.
          const inner = emptyTally();
          childOpening = this.visitChildren(childElement, inner, { textHan: 0, linkHan: 0, punctuation: 0, sentences: 0 }, undefined, true, innerLinkHan);
          inner.han = countHan(visibleText(childElement));
          allJunk(inner);
          addTally(tally, inner);
        } else childOpening = this.visitChildren(childElement, tally, paragraph, undefined, inJunk, innerLinkHan);
      } else {
        // A block ends the paragraph before it and starts its own.
        this.closeParagraph(paragraph, tally, false);
        const visited = this.visitBlock(childElement, repeats?.has(childElement) ?? false, inJunk, linkHan);
        addTally(tally, visited.tally);
        childOpening = visited.opening;
      }
      opening ??= childOpening;
    }
    return opening;
  }

  /** Sorts a finished paragraph's text into prose, neutral and junk, and starts a new one. */
  private closeParagraph(paragraph: Paragraph, tally: Tally, neutralBlock: boolean): void {
    const { textHan, linkHan, punctuation, sentences } = paragraph;
    if (textHan + linkHan > 0) {
      tally.han += textHan + linkHan;
      const prose = !neutralBlock && (textHan >= 10 || (textHan >= 4 && punctuation > 0));
      if (prose) {
        tally.prose += textHan;
        tally.sentences += sentences;
        // Links inside a paragraph of prose (a name, a source) are part of it; a paragraph of links is not.
        if (linkHan <= textHan / 2) tally.prose += linkHan;
        else tally.junk += linkHan;
      } else {
        tally.neutral += textHan;
        tally.junk += linkHan;
      }
    }
    paragraph.textHan = 0;
    paragraph.linkHan = 0;
    paragraph.punctuation = 0;
    paragraph.sentences = 0;
  }

  private offer(element: Element, tally: Tally): void {
    const score = tally.prose - JUNK_WEIGHT * tally.junk - NEUTRAL_WEIGHT * tally.neutral;
    // Children are offered before their parents: on a tie the deeper element, with less around it, stays.
    if (!this.best || score > this.best.score) this.best = { element, tally: { ...tally }, score };
  }
}

function isArticle(candidate: Candidate | undefined): candidate is Candidate {
  return candidate !== undefined && candidate.tally.prose >= MIN_ARTICLE_HAN && candidate.tally.sentences >= MIN_SENTENCES && candidate.score > 0;
}

/**
 * The article body: a live element of the page holding the article's paragraphs and as little else as
 * possible (navigation, related headlines, ads, comments, footers). A headline index page has none.
 */
export function findArticle(page: Document): Element | undefined {
  const root = page.body ?? page.documentElement;
  if (!root) return undefined;
  const withCues = new ArticleFinder(true).run(root);
  if (isArticle(withCues)) return withCues.element;
  // A site whose class names mislead (an article inside "sidebar-layout"): try again on structure alone.
  const withoutCues = new ArticleFinder(false).run(root);
  return isArticle(withoutCues) ? withoutCues.element : undefined;
}

export interface PageVerdict {
  chinese: boolean;
  script: Script;
  hanChars: number;
  article: { found: boolean; text: string; hanChars: number };
}

/** Kana: a page with this much of it among its Han characters is Japanese, not Chinese. */
const KANA = /[\u3041-\u3096\u30a1-\u30fa]/g;
const MIN_KANA_SHARE = 0.25;
/** The article decides the script when it has this many characters that differ between the scripts. */
const MIN_ARTICLE_DISTINCTIVE = 20;

/**
 * Whether a page is Chinese, in which script, and its article. Decided from the visible text (the
 * title included), never from the page's lang attribute; the script is the article's when it has one.
 */
export function detectPage(page: Document): PageVerdict {
  const body = page.body ?? page.documentElement;
  const text = `${page.title}\n${body ? visibleText(body) : ''}`;
  const hanChars = countHan(text);
  const kana = text.match(KANA)?.length ?? 0;
  const japanese = kana >= 10 && kana >= MIN_KANA_SHARE * hanChars;
  const chinese = hanChars > 0 && !japanese;
  const articleElement = chinese ? findArticle(page) : undefined;
  const articleText = articleElement ? visibleText(articleElement) : '';
  let script: Script = 'none';
  if (chinese) {
    // The article's script when it says enough (a sidebar in the other script does not sway it); else the page's.
    const articleScript = articleElement ? detectScript(articleText) : undefined;
    script =
      articleScript && articleScript.simplifiedOnly + articleScript.traditionalOnly >= MIN_ARTICLE_DISTINCTIVE
        ? articleScript.script
        : detectScript(text).script;
  }
  return {
    chinese,
    script,
    hanChars,
    article: { found: articleElement !== undefined, text: articleText, hanChars: countHan(articleText) },
  };
}
