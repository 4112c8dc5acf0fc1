// The one message protocol between content script, popup and background worker.
// Each message type maps to its request and response; replies carry either a value or a typed error.
import type { ChineseLocale, SourceLocale } from '../core/script/convert-script';
import type { Script, ScriptTarget, ScriptVerdict } from '../core/script/detect-script';
import type { GlossaryEntry, PageTerm } from '../core/glossary/glossary';
import type { WordCard } from '../core/card/card';
import type { PinyinToken } from '../core/pinyin/pinyin';

/** What the hover card shows for the word at a point of a text (composed by the language core). */


export interface PageState {
  /** Script of the page as loaded (`none` on a page that is not Chinese, such as a Japanese one), and Han characters seen. */
  script: Script;
  hanChars: number;
  /** The article the extension acts on (text capped at 100,000 characters); not found on list and index pages. */
  article: { found: boolean; text: string; hanChars: number };
  /** The conversion currently applied, if any. */
  converted: ScriptTarget | null;
  tabId: number | null;
  /** The page's site (its host name as settings keep it, `siteOf`), and the script this site is always shown in, if the reader chose one. */
  host: string;
  siteRule: ScriptTarget | null;
  /** The page's title and address (for saved words). */
  title: string;
  url: string;
  /** Whether ruby pinyin is shown over the article. */
  ruby: boolean;
  /** Scraped inline pinyin annotations (關(guān)系) on the page, and whether they are hidden. */
  inlinePinyin: { count: number; hidden: boolean };
}

/** Where "On this page" took the reader: the occurrence shown (wrapped into range), of how many. */
export interface TermReveal {
  /** Index of the occurrence shown, from 0; 0 when there is none. */
  index: number;
  /** Occurrences of the term on the page now, in either script. */
  count: number;
  /** The occurrence as the page writes it (layout breaks removed); empty when none was shown. */
  text: string;
}

/** Messages the background worker answers (from content scripts and the popup). */
export type BackgroundProtocol = {
  hello: { request: Record<string, never>; response: { tabId: number | null } };
  /**
   * The word at `offset` of `text`; with `length`, exactly the span of that length starting at `offset`;
   * with `align`, the word is cut to start (or end) at `offset` (stepping to the next or previous word).
   */
  lookupWord: { request: { text: string; offset: number; length?: number; align?: 'start' | 'end' }; response: WordCard | null };
  pinyin: { request: { text: string }; response: PinyinToken[] };
  convertTexts: { request: { texts: string[]; to: ChineseLocale; from: SourceLocale }; response: string[] };
  detectScript: { request: { text: string }; response: ScriptVerdict };
  searchGlossary: { request: { query: string }; response: GlossaryEntry[] };
  findGlossaryTerms: { request: { text: string }; response: PageTerm[] };
  /**
   * Saves the word at start..end of text to the reader's word list with its reading, first definition and
   * sentence (one item per word); answers the word saved and the list's length.
   */
  saveWord: { request: WordSave; response: { word: string; count: number } };
  /**
   * Saves a glossary term to the word list (word and both scripts, pinyin, English, its first corpus
   * example as the sentence) with the page the popup acts on, when known; answers as saveWord does.
   */
  saveTerm: { request: { term: string; title: string; url: string }; response: { word: string; count: number } };
};

/** A word saved from the card: the card's span of the text it was read from, and the page it is on. */
export interface WordSave {
  /** The text the card's word was read from (the sentence is cut from it) and the word's span in it. */
  text: string;
  start: number;
  end: number;
  title: string;
  url: string;
}

/** Messages a tab's content script answers (from the popup and the background). */
export type ContentProtocol = {
  pageState: { request: Record<string, never>; response: PageState };
  convertPage: { request: { target: ScriptTarget }; response: PageState };
  restorePage: { request: Record<string, never>; response: PageState };
  pageTerms: { request: Record<string, never>; response: PageTerm[] };
  /** Scrolls to the index'th occurrence of a glossary term (wrapping) and highlights it. */
  revealTerm: { request: { term: string; index: number }; response: TermReveal };
  /** Pinyin above each character of the article (ruby) on or off (`toggle`: the other way); off restores the exact original. */
  setRuby: { request: { on: boolean | 'toggle' }; response: { on: boolean; annotated: number } };
  /** Hides or shows again the scraped inline pinyin of the page. */
  setInlinePinyin: { request: { hidden: boolean }; response: PageState };
};

export type ProtocolMap = Record<string, { request: unknown; response: unknown }>;
export type RequestOf<P extends ProtocolMap, T extends keyof P> = P[T]['request'];
export type ResponseOf<P extends ProtocolMap, T extends keyof P> = P[T]['response'];

export type ErrorCode = 'bad-request' | 'unknown-type' | 'too-large' | 'handler-failed' | 'no-receiver';
export interface MessageError {
  code: ErrorCode;
  message: string;
}
export type Reply<T> = { ok: true; value: T } | { ok: false; error: MessageError };

/** The envelope every message travels in; anything else is malformed. */
export interface Envelope<T extends string = string> {
  xinwen: 1;
  type: T;
  data: unknown;
}

/** Largest message accepted, in characters of its JSON form: a page is sent in batches well below it. */
export const MAX_MESSAGE_CHARS = 2_000_000;
/**
 * Longest text part sent in one message (a long page goes in parts: core/text/text-parts.ts): even a part whose every
 * character JSON escapes as \uXXXX stays within MAX_MESSAGE_CHARS.
 */
export const MAX_TEXT_PART_CHARS = 250_000;

export function envelope<T extends string>(type: T, data: unknown): Envelope<T> {
  return { xinwen: 1, type, data };
}

export const failure = (code: ErrorCode, message: string): Reply<never> => ({ ok: false, error: { code, message } });

/** A reply that is not a Reply (no listener, a crashed receiver) becomes a typed error, never undefined. */
export function asReply<T>(raw: unknown): Reply<T> {
  if (raw && typeof raw === 'object' && 'ok' in raw) return raw as Reply<T>;
  return failure('no-receiver', 'no reply from the receiver');
}
