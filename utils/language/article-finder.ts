// Finds a page's article body, and the page's main content, in one linear walk over any DOM (the browser's
// live page or linkedom's). No layout, no computed style: what a reader cannot see is told by the caller's
// `isUnseen` test.
//
// The walk sorts every piece of visible Han text into one of three kinds:
// - prose: paragraph text outside links, long enough or punctuated like sentences;
// - junk: link text outside prose (menus, headline lists), and all text in boilerplate: navigation, footers,
//   sidebars, comments, ads, share bars (by tag, or by class/id words), and headline-list entries (an entry
//   that opens with a headline link: index pages, "related" cards with their summaries);
// - neutral: headings, captions, datelines, bylines and other short lines.
// Each block's children form a row of items (nested blocks, and the paragraphs of inline content between
// them). The article is the stretch of one block's items — the whole block, or a run of sibling paragraphs
// with no container of their own — that maximises prose − junk − a little neutral, found with Kadane's
// maximum-subarray scan on every block. It must hold enough prose in real sentences: headline index pages
// have none left once their entries are junk, so they yield no article. Boilerplate blocks inside the
// chosen stretch (a share bar between lead and body) are listed so the article's text leaves them out.
import { countHan } from './han';

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Elements that continue the paragraph they sit in. Everything else starts a block of its own. */
export const INLINE_ELEMENTS = new Set([
  'A', 'SPAN', 'STRONG', 'B', 'EM', 'I', 'U', 'S', 'FONT', 'SMALL', 'BIG', 'SUB', 'SUP', 'MARK', 'ABBR', 'CITE', 'Q', 'TIME',
  'CODE', 'BR', 'WBR', 'IMG', 'DEL', 'INS', 'VAR', 'KBD', 'SAMP', 'DFN', 'BDI', 'BDO', 'RUBY', 'RB', 'LABEL', 'NOBR', 'TT',
]);
/** Text in these is never the article: navigation, footers, sidebars and form controls. */
const JUNK_TAGS = new Set(['NAV', 'FOOTER', 'ASIDE', 'BUTTON', 'SELECT', 'TEXTAREA', 'MENU', 'DIALOG']);
/** Text in these belongs with an article without being its body: headline, subheadings, captions. */
const NEUTRAL_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'FIGCAPTION', 'CAPTION']);
/** Containers that are never a list entry nor junk by their class: the page's own frame. */
const FRAME_TAGS = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE', 'FORM']);
/** Class and id words of page parts that are not the article (matched at word starts: fb-comments, relatednews, ad_inline). */
const JUNK_CLASS =
  /(?:^|[^a-z])(?:comment|cmt|reply|footer|foot(?:$|[^a-z])|sidebar|side(?:$|[^a-z])|related|relevant|recommend|nav|menu|breadcrumb|crumb|ad(?:s|v|vert\w*)?(?:$|[^a-z])|gpt|sponsor|banner|share|social|hot(?:$|[^a-z])|popular|rank|topbar|copyright|login|toolbar|pagination|pager|tags?(?:$|[^a-z])|keyword|search|subscribe)/i;
/** Class and id words of the article's own containers: they outweigh a junk word in the same attribute. */
const POSITIVE_CLASS = /(?:^|[^a-z])(?:article|content|detail|text|body|story|post|entry|main)(?:$|[^a-z])/i;

/** Sentence punctuation: a paragraph with it reads as prose. */
const SENTENCE_PUNCTUATION = /[，。；！？、,;!?]/g;
const SENTENCE_ENDS = /[。！？!?]/g;

/** A paragraph with sentence punctuation is prose from this much Han outside links... */
const MIN_PUNCTUATED_HAN = 4;
/** ...one without, only from this much: headlines, bylines and captions carry no commas. */
const MIN_UNPUNCTUATED_HAN = 50;

/**
 * Phrases of the notices sites put under their articles (copyright, reprint bans, licence numbers, where
 * to report), in both scripts: a paragraph with one is boilerplate, however well punctuated.
 */
const NOTICE_PHRASES = [
  '版权所有', '版權所有', '版权声明', '版權聲明', '著作权声明', '著作權聲明', '免责声明', '免責聲明',
  '不得转载', '不得轉載', '禁止转载', '禁止轉載', '严禁转载', '嚴禁轉載', '擅自转载', '擅自轉載', '转载请注明', '轉載請註明',
  '书面授权', '書面授權', '书面许可', '書面許可', 'ICP备', 'ICP證', 'ICP证', '公网安备', '不良信息举报', '不良資訊舉報', '举报电话', '舉報電話',
  'All Rights Reserved', 'Copyright ©', 'Copyright©',
];
const NOTICE = new RegExp(NOTICE_PHRASES.join('|'), 'i');
/** An article holds at least this much Chinese prose... */
const MIN_ARTICLE_HAN = 120;
/** ...in at least this many sentences. */
const MIN_SENTENCES = 2;
/** Cost of a junk character inside the region, and of a neutral one. */
const JUNK_WEIGHT = 1;
const NEUTRAL_WEIGHT = 0.1;
/** A list entry (headline first) is at most this long; longer entries are sections, not list entries. */
const MAX_LIST_ITEM_HAN = 300;
/** A headline link has at least this many Han characters (shorter ones are "more", a name, a tag). */
const MIN_HEADLINE_HAN = 4;
/** Siblings sharing tag and class at least this many times are the entries of a list or a card grid. */
const MIN_REPEATS = 3;

export interface Tally {
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

/** Turns every kind of text in a tally into junk. */
function allJunk(tally: Tally): void {
  tally.junk = tally.han;
  tally.prose = 0;
  tally.neutral = 0;
  tally.sentences = 0;
}

const articleScore = (tally: Tally) => tally.prose - JUNK_WEIGHT * tally.junk - NEUTRAL_WEIGHT * tally.neutral;

/** A stretch of the page: a whole element, or the run of its child nodes from `first` to `last`. */
export interface Region {
  element: Element;
  /** The first and last child nodes of the run; both undefined when the region is the whole element. */
  first?: Node;
  last?: Node;
  tally: Tally;
  score: number;
}

/** One item in a block's row: a nested block, or a paragraph of the block's own inline content. */
interface Item {
  first: Node;
  last: Node;
  tally: Tally;
}

/** The inline text of one paragraph, not counting the blocks nested in it. */
interface Paragraph {
  first: Node | undefined;
  last: Node | undefined;
  textHan: number;
  linkHan: number;
  /** Text of boilerplate inside the paragraph (an inline ad or share widget). */
  junkHan: number;
  /** Whether the paragraph holds a site notice (copyright, reprint ban). */
  notice: boolean;
  punctuation: number;
  sentences: number;
}

const openParagraph = (): Paragraph => ({ first: undefined, last: undefined, textHan: 0, linkHan: 0, junkHan: 0, notice: false, punctuation: 0, sentences: 0 });

/** The link a piece of text sits in; its Han count grows as the walk reads the link's text. */
interface Link {
  han: number;
}

/** What a subtree starts with: its first Han text, in a link or not. */
type Opening = { link: Link | undefined } | undefined;

export interface FinderOptions {
  /** Whether a reader never sees this element (scripts, hidden elements): its subtree is skipped. */
  isUnseen: (element: Element) => boolean;
  /** Whether class and id words count (off for a second try on sites whose class names mislead). */
  useClasses: boolean;
  /** Called with every region offered, for diagnostics. */
  trace?: (region: Region) => void;
}

export interface FinderResult {
  /** The best stretch by prose − junk, whether or not it makes an article. */
  best: Region | undefined;
  /** Boilerplate elements (by cue or as headline-list entries): an article's text leaves out those inside it. */
  junk: Set<Element>;
}

function classWords(element: Element): string {
  return `${element.id} ${element.getAttribute('class') ?? ''}`;
}

/** Elements among siblings that share tag and class with at least two others: the entries of a list or a card grid. */
function repeatedChildren(parent: Element): Set<Element> | undefined {
  const groups = new Map<string, number>();
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
    const key = `${child.tagName} ${child.getAttribute('class') ?? ''}`;
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  let repeated: Set<Element> | undefined;
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
    if ((groups.get(`${child.tagName} ${child.getAttribute('class') ?? ''}`) ?? 0) >= MIN_REPEATS) (repeated ??= new Set()).add(child);
  }
  return repeated;
}

class ArticleFinder {
  private best: Region | undefined;
  private readonly junk = new Set<Element>();

  constructor(private readonly options: FinderOptions) {}

  run(root: Element): FinderResult {
    this.visitBlock(root, false, false, undefined);
    return { best: this.best, junk: this.junk };
  }

  private isJunkRegion(element: Element, tag: string): boolean {
    if (JUNK_TAGS.has(tag)) return true;
    if (!this.options.useClasses || FRAME_TAGS.has(tag)) return false;
    const words = classWords(element);
    return JUNK_CLASS.test(words) && !POSITIVE_CLASS.test(words);
  }

  /** Tallies a block element's subtree, offers its best stretch as a region; returns its tally and opening. */
  private visitBlock(element: Element, repeated: boolean, inJunk: boolean, link: Link | undefined): { tally: Tally; opening: Opening } {
    const tag = element.tagName.toUpperCase();
    const cueJunk = !inJunk && this.isJunkRegion(element, tag);
    const junk = inJunk || cueJunk;
    const items: Item[] = [];
    const opening = this.visitChildren(element, items, NEUTRAL_TAGS.has(tag), junk, link);
    const tally = emptyTally();
    for (const item of items) addTally(tally, item.tally);

    // A list entry that opens with a headline link (an index page's item, a "related" card with its
    // summary) is junk, whatever summary text it carries. Paragraphs never are: articles link names inline.
    const listEntry = (repeated || tag === 'LI' || tag === 'DT' || tag === 'DD') && tag !== 'P' && !FRAME_TAGS.has(tag);
    const headlineFirst =
      listEntry &&
      opening?.link !== undefined &&
      opening.link.han >= MIN_HEADLINE_HAN &&
      tally.han <= MAX_LIST_ITEM_HAN &&
      opening.link.han >= 0.15 * tally.han;
    // A small form is a search box, a login or a comment box; a big one wraps the page (ASP.NET sites).
    const smallForm = tag === 'FORM' && tally.han < MIN_ARTICLE_HAN;
    if (junk || headlineFirst || smallForm) {
      allJunk(tally);
      if (!inJunk && tally.han > 0) this.junk.add(element);
    } else if (tally.prose === 0 && tally.junk > tally.neutral) {
      // A block of links and labels only (a share bar, a list of related headlines with no class to say so).
      this.junk.add(element);
    }
    if (tally.prose > 0) this.offerBestRun(element, items);
    return { tally, opening };
  }

  /**
   * Walks the children of an element: inline content goes to the open paragraph, blocks are visited on their
   * own; each closed paragraph and each block becomes an item of the row.
   */
  private visitChildren(element: Element, items: Item[], neutralBlock: boolean, inJunk: boolean, link: Link | undefined): Opening {
    const paragraph = openParagraph();
    const repeats = element.childElementCount >= MIN_REPEATS ? repeatedChildren(element) : undefined;
    const opening = this.visitInline(element, items, paragraph, repeats, inJunk, link, neutralBlock);
    this.closeParagraph(paragraph, items, neutralBlock, inJunk);
    return opening;
  }

  private visitInline(
    element: Element,
    items: Item[],
    paragraph: Paragraph,
    repeats: Set<Element> | undefined,
    inJunk: boolean,
    link: Link | undefined,
    neutralBlock: boolean,
  ): Opening {
    let opening: Opening;
    for (let child = element.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        const text = child.nodeValue ?? '';
        const han = countHan(text);
        paragraph.first ??= child;
        paragraph.last = child;
        if (han === 0) {
          paragraph.punctuation += text.match(SENTENCE_PUNCTUATION)?.length ?? 0;
          paragraph.sentences += text.match(SENTENCE_ENDS)?.length ?? 0;
          continue;
        }
        opening ??= { link };
        if (!paragraph.notice && NOTICE.test(text)) paragraph.notice = true;
        if (link === undefined) {
          paragraph.textHan += han;
          paragraph.punctuation += text.match(SENTENCE_PUNCTUATION)?.length ?? 0;
          paragraph.sentences += text.match(SENTENCE_ENDS)?.length ?? 0;
        } else {
          paragraph.linkHan += han;
          link.han += han;
        }
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const childElement = child as Element;
      if (this.options.isUnseen(childElement)) continue;
      const tag = childElement.tagName.toUpperCase();
      let childOpening: Opening;
      if (INLINE_ELEMENTS.has(tag)) {
        paragraph.first ??= child;
        paragraph.last = child;
        // An inline element continues the paragraph; a link's text is link text.
        const innerLink = link ?? (tag === 'A' ? { han: 0 } : undefined);
        if (!inJunk && this.isJunkRegion(childElement, tag)) {
          // An inline ad or share widget inside a paragraph: its text is junk, the paragraph goes on.
          const inner: Item[] = [];
          childOpening = this.visitChildren(childElement, inner, false, true, innerLink);
          let han = 0;
          for (const item of inner) han += item.tally.han;
          paragraph.junkHan += han;
          if (han > 0) this.junk.add(childElement);
        } else childOpening = this.visitInline(childElement, items, paragraph, undefined, inJunk, innerLink, neutralBlock);
      } else {
        // A block ends the paragraph before it and starts its own.
        this.closeParagraph(paragraph, items, neutralBlock, inJunk);
        const visited = this.visitBlock(childElement, repeats?.has(childElement) ?? false, inJunk, link);
        if (visited.tally.han > 0) items.push({ first: child, last: child, tally: visited.tally });
        childOpening = visited.opening;
      }
      opening ??= childOpening;
    }
    return opening;
  }

  /** Sorts a finished paragraph's text into prose, neutral and junk, adds it to the row, and starts a new one. */
  private closeParagraph(paragraph: Paragraph, items: Item[], neutralBlock: boolean, inJunk: boolean): void {
    const { first, last, textHan, linkHan, junkHan, notice, punctuation, sentences } = paragraph;
    if (first && last && textHan + linkHan + junkHan > 0) {
      const tally = emptyTally();
      tally.han = textHan + linkHan + junkHan;
      if (inJunk || notice) {
        tally.junk = tally.han;
      } else if (!neutralBlock && (textHan >= MIN_UNPUNCTUATED_HAN || (textHan >= MIN_PUNCTUATED_HAN && punctuation > 0))) {
        tally.prose = textHan;
        tally.sentences = sentences;
        // Links inside a paragraph of prose (a name, a source) are part of it; a paragraph of links is not.
        if (linkHan <= textHan / 2) tally.prose += linkHan;
        else tally.junk = linkHan;
      } else {
        tally.neutral = textHan;
        tally.junk = linkHan;
      }
      if (!inJunk) tally.junk += junkHan;
      items.push({ first, last, tally });
    }
    Object.assign(paragraph, openParagraph());
  }

  /** Offers the run of items with the highest score (Kadane's scan), the whole element when that is all of them. */
  private offerBestRun(element: Element, items: Item[]): void {
    let runStart = 0;
    let runScore = 0;
    let bestStart = -1;
    let bestEnd = -1;
    let bestScore = -Infinity;
    for (let i = 0; i < items.length; i++) {
      const score = articleScore(items[i]!.tally);
      if (runScore <= 0) {
        runStart = i;
        runScore = score;
      } else runScore += score;
      if (runScore > bestScore) {
        bestScore = runScore;
        bestStart = runStart;
        bestEnd = i;
      }
    }
    if (bestStart < 0) return;
    const tally = emptyTally();
    for (let i = bestStart; i <= bestEnd; i++) addTally(tally, items[i]!.tally);
    const whole = bestStart === 0 && bestEnd === items.length - 1;
    const region: Region = whole
      ? { element, tally, score: bestScore }
      : { element, first: items[bestStart]!.first, last: items[bestEnd]!.last, tally, score: bestScore };
    this.options.trace?.(region);
    // Children are offered before their parents: on a tie the deeper region, with less around it, stays.
    if (!this.best || region.score > this.best.score) this.best = region;
  }
}

export function findRegions(root: Element, options: FinderOptions): FinderResult {
  return new ArticleFinder(options).run(root);
}

/** Whether the best stretch is an article: enough prose, in real sentences, outweighing what surrounds it. */
export function isArticle(region: Region | undefined): region is Region {
  return region !== undefined && region.tally.prose >= MIN_ARTICLE_HAN && region.tally.sentences >= MIN_SENTENCES && region.score > 0;
}
