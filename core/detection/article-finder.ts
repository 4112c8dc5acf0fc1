// Finds a page's article body, and its main content, on any DOM (the browser's live page or linkedom's).
// One walk over the DOM reads the page into a small tree of blocks and paragraphs (readPage); the scoring
// passes then run over that tree, never over the DOM again. No layout, no computed style: what a reader
// cannot see is told by the caller's `isUnseen` test.
//
// The scoring sorts every piece of visible Han text into one of three kinds:
// - prose: paragraph text outside links, punctuated like sentences (or long);
// - junk: link text outside prose (menus, headline lists), and all text in boilerplate: navigation, footers,
//   sidebars, comments, ads, share bars (by tag, or by class/id words), site notices (copyright, reprint
//   bans), and headline-list entries (an entry that opens with a headline link: index pages, "related"
//   cards with their summaries);
// - neutral: headings, captions, datelines, bylines and other short lines.
// Each block's children form a row of items (nested blocks, and the paragraphs of inline content between
// them). The article is the stretch of one block's items — the whole block, or a run of sibling paragraphs
// with no container of their own — that maximises prose − junk − a little neutral, found with Kadane's
// maximum-subarray scan on every block. It must hold enough prose in real sentences: headline index pages
// have none left once their entries are junk, so they yield no article. Boilerplate blocks inside the
// chosen stretch (a share bar between lead and body) are listed so the article's text leaves them out.

import { CLAUSE_END_MARKS, COMMA_MARKS, ELEMENTS, LIST_MARK, SENTENCE_END_MARKS } from '../text/text-rules';
import { hanLengthAt } from '../text/han';

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Elements that continue the paragraph they sit in (core/text/text-rules.ts). Everything else starts a block of its own. */
export const INLINE_ELEMENTS = ELEMENTS.inline;
/** Text in these is never the article: navigation, footers, sidebars and form controls. */
const JUNK_TAGS = new Set(['NAV', 'FOOTER', 'ASIDE', 'BUTTON', 'SELECT', 'TEXTAREA', 'MENU', 'DIALOG']);
/** Text in these belongs with an article without being its body: headline, subheadings, captions. */
const NEUTRAL_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'FIGCAPTION', 'CAPTION']);
/** Containers that are never a list entry nor junk by their class: the page's own frame. */
const FRAME_TAGS = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE', 'FORM']);
/** Elements that are entries of a list by their tag. */
const LIST_ENTRY_TAGS = new Set(['LI', 'DT', 'DD']);
/**
 * Class and id words of page parts that are not the article, matched at the start of each run of letters
 * (fb-comments, relatedNews, ad_inline); a word followed by `$` must be the whole run (foot, not footnote).
 */
const JUNK_WORD =
  /^(?:comment|cmt|reply|footer|foot$|sidebar|side$|related|relevant|recommend|nav|menu|breadcrumb|crumb|ads?$|adv$|advert|gpt|sponsor|banner|share|social|hot$|popular|rank|topbar|copyright|login|toolbar|pagination|pager|tags?$|keyword|search|subscribe)/;
/** Class and id words of the article's own containers: they outweigh a junk word in the same attribute. */
const POSITIVE_WORD = /^(?:article|content|detail|text|body|story|post|entry|main)$/;
const LETTER_RUNS = /[a-z]+/g;

/** Sentence punctuation, by character code: a paragraph with it reads as prose (colons do not count: a byline's
 * 记者：has one); and the marks that end a sentence. */
const codesOf = (marks: string) => new Set([...marks].map((mark) => mark.charCodeAt(0)));
const SENTENCE_PUNCTUATION = codesOf(`${SENTENCE_END_MARKS}${CLAUSE_END_MARKS}${COMMA_MARKS}${LIST_MARK}`);
const SENTENCE_ENDS = codesOf(SENTENCE_END_MARKS);
const NOT_BLANK = /\S/;

/** Counts a text's Han characters, sentence punctuation and sentence ends in one pass. */
function textCounts(text: string): { han: number; punctuation: number; ends: number } {
  let han = 0;
  let punctuation = 0;
  let ends = 0;
  for (let i = 0; i < text.length; i++) {
    const length = hanLengthAt(text, i);
    if (length > 0) {
      han++;
      if (length === 2) i++;
    } else if (SENTENCE_PUNCTUATION.has(text.charCodeAt(i))) {
      punctuation++;
      if (SENTENCE_ENDS.has(text.charCodeAt(i))) ends++;
    }
  }
  return { han, punctuation, ends };
}

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
/** A list entry's headline link has at least this many Han characters. */
const MIN_HEADLINE_HAN = 4;
/** Links of at most this many Han characters are menu entries, tags, "more": boilerplate of the main content. */
const MAX_MENU_LINK_HAN = 4;
/** Siblings sharing tag and class at least this many times are the entries of a list or a card grid. */
const MIN_REPEATS = 3;

// ---- the page as read in one walk ---------------------------------------------------------------

/** The link a piece of text sits in; its Han count grows as the walk reads the link's text. */
interface Link {
  han: number;
}

/** A paragraph: the inline content of a block between two nested blocks. */
interface Paragraph {
  kind: 'paragraph';
  first: Node;
  last: Node;
  /** Han outside links, in links, and in inline boilerplate (an ad or share widget inside the paragraph). */
  textHan: number;
  linkHan: number;
  widgetHan: number;
  /** Han in links too short to be headlines (menu entries, tags, "more"). */
  shortLinkHan: number;
  punctuation: number;
  sentences: number;
  /** Whether it holds a site notice (copyright, reprint ban). */
  notice: boolean;
  /** Whether it is a heading or caption. */
  heading: boolean;
  /** Its visible text, inline boilerplate left out. */
  text: string;
}

/** A block element and the row of its items. */
interface Block {
  kind: 'block';
  element: Element;
  tag: string;
  /** Tag and class: siblings sharing it are the entries of a list. */
  key: string;
  /** Boilerplate by its tag, or by its class and id words. */
  cue: 'tag' | 'class' | undefined;
  /** The link its first Han text sits in: null when that text is outside links, undefined when it has no Han. */
  opening: Link | null | undefined;
  items: Item[];
  /** Whether its siblings repeat its tag and class (an entry of a list or card grid). */
  repeated: boolean;
}

export type Item = Block | Paragraph;

interface OpenParagraph {
  first: Node | undefined;
  last: Node | undefined;
  textHan: number;
  linkHan: number;
  widgetHan: number;
  shortLinkHan: number;
  punctuation: number;
  sentences: number;
  notice: boolean;
  parts: string[];
}

const openParagraph = (): OpenParagraph => ({
  first: undefined,
  last: undefined,
  textHan: 0,
  linkHan: 0,
  widgetHan: 0,
  shortLinkHan: 0,
  punctuation: 0,
  sentences: 0,
  notice: false,
  parts: [],
});

/** Whether class and id words mark an element as boilerplate (and no word marks it as the article's own). */
function boilerplateByClass(element: Element, classes = element.getAttribute('class')): boolean {
  const id = element.id;
  if (!id && !classes) return false;
  const words = `${id} ${classes ?? ''}`.toLowerCase().match(LETTER_RUNS);
  if (!words) return false;
  let junk = false;
  for (const word of words) {
    if (POSITIVE_WORD.test(word)) return false;
    if (!junk && JUNK_WORD.test(word)) junk = true;
  }
  return junk;
}

/** The page as one walk read it: its block tree and its visible text. */
export interface PageRead {
  root: Block;
  /** The visible text of the whole page, one line per block. */
  text: string;
}

class PageReader {
  private readonly texts: string[] = [];

  constructor(private readonly isUnseen: (element: Element) => boolean) {}

  read(root: Element): PageRead {
    const block = this.readBlock(root, root.tagName.toUpperCase(), undefined, false);
    return { root: block, text: this.texts.join('') };
  }

  /** Reads a block element; `widget` when it sits inside inline boilerplate (a block in a share widget). */
  private readBlock(element: Element, tag: string, link: Link | undefined, widget: boolean): Block {
    const classes = element.getAttribute('class');
    const cue = JUNK_TAGS.has(tag) ? 'tag' : widget || (!FRAME_TAGS.has(tag) && boilerplateByClass(element, classes)) ? 'class' : undefined;
    const block: Block = { kind: 'block', element, tag, key: classes ? `${tag} ${classes}` : tag, cue, opening: undefined, items: [], repeated: false };
    const paragraph = openParagraph();
    this.readInline(element, block, paragraph, link, false, undefined);
    this.closeParagraph(block, paragraph);
    markRepeats(block.items);
    return block;
  }

  /**
   * Reads an element's children: inline content goes to the open paragraph, blocks become items of their own.
   * `top` is the child of the block that holds them (undefined for the block's own children): a paragraph
   * starts and ends at children of its block, so that a region's first and last nodes are siblings.
   */
  private readInline(element: Element, block: Block, paragraph: OpenParagraph, link: Link | undefined, widget: boolean, top: Node | undefined): void {
    if (ELEMENTS.void.has(element.tagName.toUpperCase())) return;
    for (let child = element.firstChild; child; child = child.nextSibling) {
      const blockChild = top ?? child;
      if (child.nodeType === TEXT_NODE) {
        const text = child.nodeValue ?? '';
        this.texts.push(text);
        paragraph.first ??= blockChild;
        paragraph.last = blockChild;
        if (!widget) paragraph.parts.push(text);
        if (!NOT_BLANK.test(text)) continue;
        const { han, punctuation, ends } = textCounts(text);
        paragraph.punctuation += punctuation;
        paragraph.sentences += ends;
        if (han === 0) continue;
        block.opening ??= link ?? null;
        if (!paragraph.notice && NOTICE.test(text)) paragraph.notice = true;
        if (widget) paragraph.widgetHan += han;
        else if (link) paragraph.linkHan += han;
        else paragraph.textHan += han;
        if (link) link.han += han;
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const childElement = child as Element;
      if (this.isUnseen(childElement)) continue;
      const tag = childElement.tagName.toUpperCase();
      if (INLINE_ELEMENTS.has(tag)) {
        paragraph.first ??= blockChild;
        paragraph.last = blockChild;
        if (tag === 'BR') {
          this.texts.push('\n');
          paragraph.parts.push('\n');
          // A line break right in the block ends a paragraph (text laid out with <br><br>, no <p>).
          if (!top) this.closeParagraph(block, paragraph);
          continue;
        }
        // A link's text is link text; an inline ad or share widget's text is boilerplate, the paragraph goes on.
        const ownLink = !link && tag === 'A' ? { han: 0 } : undefined;
        this.readInline(childElement, block, paragraph, link ?? ownLink, widget || boilerplateByClass(childElement), blockChild);
        if (ownLink && ownLink.han <= MAX_MENU_LINK_HAN) paragraph.shortLinkHan += ownLink.han;
      } else {
        // A block ends the paragraph before it and starts its own.
        this.closeParagraph(block, paragraph);
        const nested = this.readBlock(childElement, tag, link, widget);
        this.texts.push('\n');
        if (nested.items.length > 0) {
          block.items.push(nested);
          block.opening ??= nested.opening;
        }
      }
    }
  }

  /** Adds the open paragraph to the block's row when it holds any text (text without Han is kept for the region's text). */
  private closeParagraph(block: Block, open: OpenParagraph): void {
    const { first, last } = open;
    if (!first || !last) return;
    const text = open.parts.join('');
    const { textHan, linkHan, widgetHan, shortLinkHan, punctuation, sentences, notice } = open;
    if (textHan + linkHan + widgetHan > 0 || NOT_BLANK.test(text)) {
      const heading = NEUTRAL_TAGS.has(block.tag);
      block.items.push({ kind: 'paragraph', first, last, textHan, linkHan, widgetHan, shortLinkHan, punctuation, sentences, notice, heading, text });
    }
    open.first = open.last = undefined;
    open.textHan = open.linkHan = open.widgetHan = open.shortLinkHan = open.punctuation = open.sentences = 0;
    open.notice = false;
    open.parts = [];
  }
}

/** Marks the blocks of a row that share tag and class with at least two siblings: entries of a list or a card grid. */
function markRepeats(items: Item[]): void {
  if (items.length < MIN_REPEATS) return;
  const counts = new Map<string, number>();
  for (const item of items) if (item.kind === 'block') counts.set(item.key, (counts.get(item.key) ?? 0) + 1);
  for (const item of items) if (item.kind === 'block' && (counts.get(item.key) ?? 0) >= MIN_REPEATS) item.repeated = true;
}

/** Reads the visible page under root, in one walk, into the tree the scoring passes use. */
export function readPage(root: Element, isUnseen: (element: Element) => boolean): PageRead {
  return new PageReader(isUnseen).read(root);
}

// ---- scoring --------------------------------------------------------------------------------------

export interface Tally {
  han: number;
  prose: number;
  junk: number;
  neutral: number;
  sentences: number;
  /** Han in boilerplate by cue (tags, class words, notices, inline widgets) and in short links (menus). */
  boilerplate: number;
}

const emptyTally = (): Tally => ({ han: 0, prose: 0, junk: 0, neutral: 0, sentences: 0, boilerplate: 0 });

function addTally(into: Tally, from: Tally): void {
  into.han += from.han;
  into.prose += from.prose;
  into.junk += from.junk;
  into.neutral += from.neutral;
  into.sentences += from.sentences;
  into.boilerplate += from.boilerplate;
}

/** Turns every kind of text in a tally into junk. */
function allJunk(tally: Tally): void {
  tally.junk = tally.han;
  tally.prose = 0;
  tally.neutral = 0;
  tally.sentences = 0;
}

const articleScore = (tally: Tally) => tally.prose - JUNK_WEIGHT * tally.junk - NEUTRAL_WEIGHT * tally.neutral;
/** The main content of a page without article: everything but boilerplate, which costs what it weighs. */
const mainScore = (tally: Tally) => tally.han - 2 * tally.boilerplate;

/** A stretch of the page: a whole element, or the run of its child nodes from `first` to `last`. */
export interface Region {
  element: Element;
  /** The first and last child nodes of the run; both undefined when the region is the whole element. */
  first?: Node;
  last?: Node;
  /** The items of the stretch (for its text). */
  items: Item[];
  tally: Tally;
  score: number;
}

function paragraphTally(paragraph: Paragraph, inJunk: boolean): Tally {
  const { textHan, linkHan, widgetHan, shortLinkHan, punctuation, sentences, notice, heading } = paragraph;
  const tally = emptyTally();
  tally.han = textHan + linkHan + widgetHan;
  tally.boilerplate = widgetHan + shortLinkHan + (notice ? textHan + linkHan - shortLinkHan : 0);
  if (inJunk || notice) {
    tally.junk = tally.han;
  } else if (!heading && (textHan >= MIN_UNPUNCTUATED_HAN || (textHan >= MIN_PUNCTUATED_HAN && punctuation > 0))) {
    tally.prose = textHan;
    tally.sentences = sentences;
    // Links inside a paragraph of prose (a name, a source) are part of it; a paragraph of links is not.
    if (linkHan <= textHan / 2) tally.prose += linkHan;
    else tally.junk = linkHan;
    tally.junk += widgetHan;
  } else {
    tally.neutral = textHan;
    tally.junk = linkHan + widgetHan;
  }
  return tally;
}

export interface ScoreOptions {
  /** Whether class and id words count (off for a second try on sites whose class names mislead). */
  useClasses: boolean;
  /** Called with every region offered as an article, for diagnostics. */
  trace?: (region: Region) => void;
}

export interface Scored {
  /** The best stretch by prose − junk, whether or not it makes an article. */
  best: Region | undefined;
  /** The best stretch by content − boilerplate: the page's main content when it has no article. */
  main: Region | undefined;
  /** Blocks that are not the article (boilerplate, headline-list entries, link-only blocks). */
  junk: Set<Element>;
  /** Blocks that are boilerplate by cue (navigation, footers, share bars, comments, menus). */
  boilerplate: Set<Element>;
}

class Scorer {
  readonly result: Scored = { best: undefined, main: undefined, junk: new Set(), boilerplate: new Set() };

  constructor(private readonly options: ScoreOptions) {}

  /** Tallies a block and offers its best stretches; returns its tally. */
  score(block: Block, inJunk: boolean): Tally {
    const { tag, element } = block;
    const cue = block.cue === 'tag' || (block.cue === 'class' && this.options.useClasses);
    const junk = inJunk || cue;
    const tallies = block.items.map((item) => (item.kind === 'block' ? this.score(item, junk) : paragraphTally(item, junk)));
    const tally = emptyTally();
    for (const item of tallies) addTally(tally, item);

    // A list entry that opens with a headline link (an index page's item, a "related" card with its
    // summary) is junk, whatever summary text it carries. Paragraphs never are: articles link names inline.
    const listEntry = (block.repeated || LIST_ENTRY_TAGS.has(tag)) && tag !== 'P' && !FRAME_TAGS.has(tag);
    const opening = block.opening;
    const headlineFirst =
      listEntry && opening && opening.han >= MIN_HEADLINE_HAN && tally.han <= MAX_LIST_ITEM_HAN && opening.han >= 0.15 * tally.han;
    // A small form is a search box, a login or a comment box; a big one wraps the page (ASP.NET sites).
    const smallForm = tag === 'FORM' && tally.han < MIN_ARTICLE_HAN;
    if (cue && !inJunk) {
      tally.boilerplate = tally.han;
      this.result.boilerplate.add(element);
    } else if (!inJunk && tally.han > 0 && tally.boilerplate === tally.han) this.result.boilerplate.add(element);
    if (junk || headlineFirst || smallForm) {
      allJunk(tally);
      if (!inJunk) this.result.junk.add(element);
    } else if (tally.prose === 0 && tally.junk > tally.neutral) {
      // A block of links and labels only (a share bar, a list of related headlines with no class to say so).
      this.result.junk.add(element);
    }
    if (!inJunk) {
      if (tally.prose > 0) this.offer(block, tallies, articleScore, 'best');
      if (tally.han > tally.boilerplate) this.offer(block, tallies, mainScore, 'main');
    }
    return tally;
  }

  /** Offers the run of items with the highest score (Kadane's scan), the whole block when that is all of them. */
  private offer(block: Block, tallies: Tally[], score: (tally: Tally) => number, slot: 'best' | 'main'): void {
    let runStart = 0;
    let runScore = 0;
    let bestStart = -1;
    let bestEnd = -1;
    let bestScore = -Infinity;
    for (let i = 0; i < tallies.length; i++) {
      const itemScore = score(tallies[i]!);
      if (runScore <= 0) {
        runStart = i;
        runScore = itemScore;
      } else runScore += itemScore;
      if (runScore > bestScore) {
        bestScore = runScore;
        bestStart = runStart;
        bestEnd = i;
      }
    }
    if (bestStart < 0) return;
    // Children are offered before their parents: on a tie the deeper region, with less around it, stays.
    const current = this.result[slot];
    if (current && bestScore <= current.score) return;
    const tally = emptyTally();
    for (let i = bestStart; i <= bestEnd; i++) addTally(tally, tallies[i]!);
    const items = block.items.slice(bestStart, bestEnd + 1);
    const whole = bestStart === 0 && bestEnd === tallies.length - 1;
    const region: Region = whole
      ? { element: block.element, items, tally, score: bestScore }
      : { element: block.element, first: itemFirst(items[0]!), last: itemLast(items.at(-1)!), items, tally, score: bestScore };
    if (slot === 'best') this.options.trace?.(region);
    this.result[slot] = region;
  }
}

const itemFirst = (item: Item): Node => (item.kind === 'block' ? item.element : item.first);
const itemLast = (item: Item): Node => (item.kind === 'block' ? item.element : item.last);

/** Scores a page read by readPage: its best article stretch, its main content and its boilerplate blocks. */
export function scorePage(page: PageRead, options: ScoreOptions): Scored {
  const scorer = new Scorer(options);
  scorer.score(page.root, false);
  return scorer.result;
}

/** Whether the best stretch is an article: enough prose, in real sentences, outweighing what surrounds it. */
export function isArticle(region: Region | undefined): region is Region {
  return region !== undefined && region.tally.prose >= MIN_ARTICLE_HAN && region.tally.sentences >= MIN_SENTENCES && region.score > 0;
}

/** The blocks of `set` within a region's items (not looking inside those found). */
export function blocksWithin(items: Item[], set: ReadonlySet<Element>): Set<Element> {
  const found = new Set<Element>();
  const visit = (item: Item) => {
    if (item.kind !== 'block') return;
    if (set.has(item.element)) found.add(item.element);
    else for (const inner of item.items) visit(inner);
  };
  for (const item of items) visit(item);
  return found;
}

/** The visible text of a region's items, the blocks in `skip` left out: one line per block, as visibleText reads it. */
export function itemsText(items: Item[], skip: ReadonlySet<Element>): string {
  const parts: string[] = [];
  const add = (item: Item) => {
    if (item.kind === 'paragraph') parts.push(item.text, '\n');
    else if (!skip.has(item.element)) {
      for (const inner of item.items) add(inner);
      parts.push('\n');
    }
  };
  for (const item of items) add(item);
  return parts.join('').replace(/[ \t\r]*\n[\s]*/g, '\n').trim();
}
