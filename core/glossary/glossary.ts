// Glossary of political terms: the entry shape, search in every way a reader types, and terms found in a text.
import { convertText } from '../script/convert-script';
import { readerText } from '../text/reader-text';
import { findEachTerm } from './term-occurrences';
import { hasHan } from '../text/han';
import { plainPinyin } from '../pinyin/pinyin-syllables';

export type GlossaryCategory = 'diplomacy' | 'party and state' | 'economy' | 'law and society' | 'history' | 'people';

export interface GlossaryExample {
  text: string;
  /** Corpus file the sentence comes from. */
  source: string;
}

export interface GlossaryEntry {
  /** Simplified form. */
  term: string;
  traditional: string;
  /** Every spelling a page may use, all of the term's length: the simplified form first, then the traditional
   * forms of Taiwan, Hong Kong and OpenCC (tools/build/build-glossary.ts). */
  forms: string[];
  /** Tone-marked, one syllable per character, space-separated. */
  pinyin: string;
  english: string;
  category: GlossaryCategory;
  explanation: string;
  examples: GlossaryExample[];
  /** Occurrences in the corpus. */
  count: number;
  related: string[];
}

export interface PageTerm {
  term: string;
  count: number;
  /** The entry's spellings, so the page can find each occurrence without a converter. */
  forms: string[];
}

/** Search keys of one entry, computed once. */
interface IndexedEntry {
  entry: GlossaryEntry;
  pinyinJoined: string;
  initials: string;
  englishWords: string[];
  explanationWords: string[];
}

export interface Glossary {
  readonly entries: readonly GlossaryEntry[];
  search(query: string, limit?: number): GlossaryEntry[];
  get(term: string): GlossaryEntry | undefined;
  /** Every glossary term occurring in text as a reader reads it (either script, or a mix), with its count, most frequent first. */
  findTerms(text: string): PageTerm[];
}

/** Non-overlapping occurrences of term in text. */
export function countOccurrences(text: string, term: string): number {
  return term ? text.split(term).length - 1 : 0;
}

const words = (text: string) => text.toLowerCase().match(/[a-z0-9]+/g) ?? [];

function indexEntry(entry: GlossaryEntry): IndexedEntry {
  const syllables = plainPinyin(entry.pinyin).split(/\s+/).filter(Boolean);
  return {
    entry,
    pinyinJoined: syllables.join(''),
    initials: syllables.map((s) => s[0]).join(''),
    englishWords: words(entry.english),
    explanationWords: words(entry.explanation),
  };
}

function scoreHan(query: string, { entry }: IndexedEntry): number {
  const term = entry.term;
  if (term === query) return 100;
  if (term.startsWith(query)) return 80;
  if (term.includes(query)) return 60;
  if (query.includes(term)) return 40;
  return 0;
}

function scoreLatin(query: string, indexed: IndexedEntry): number {
  const compact = plainPinyin(query).replace(/[^a-z]/g, '');
  let score = 0;
  if (compact) {
    if (indexed.pinyinJoined === compact) score = 95;
    else if (indexed.pinyinJoined.startsWith(compact)) score = 75;
    else if (indexed.initials === compact) score = 70;
    else if (compact.length >= 3 && indexed.pinyinJoined.includes(compact)) score = 50;
    else if (compact.length >= 2 && indexed.initials.startsWith(compact)) score = 45;
  }
  const queryWords = words(query);
  const matchesAll = (candidates: string[]) =>
    queryWords.length > 0 && queryWords.every((q) => candidates.some((w) => w.startsWith(q)));
  if (matchesAll(indexed.englishWords)) score = Math.max(score, queryWords.some((q) => indexed.englishWords.includes(q)) ? 85 : 65);
  else if (matchesAll(indexed.explanationWords)) score = Math.max(score, 30);
  return score;
}

/**
 * Turns a Han query into the simplified key the terms are compared with. Characters of the glossary's
 * own forms map straight to their simplified form, so a query in either script (or a mix) needs no
 * converter; a query with any other character, or one whose reading is ambiguous, goes through OpenCC.
 */
function queryKeyer(entries: readonly GlossaryEntry[]): (query: string) => string {
  const fold = new Map<string, string>();
  const simplifiedChars = new Set<string>();
  const ambiguous = new Set<string>();
  for (const { term, traditional } of entries) {
    for (const char of term) simplifiedChars.add(char);
    if ([...term].length !== [...traditional].length) continue;
    const simple = [...term];
    [...traditional].forEach((char, i) => {
      if (char === simple[i]) return;
      if (fold.has(char) && fold.get(char) !== simple[i]) ambiguous.add(char);
      else fold.set(char, simple[i]!);
    });
  }
  for (const char of fold.keys()) if (simplifiedChars.has(char)) ambiguous.add(char);
  return (query) => {
    let key = '';
    for (const char of query) {
      const folded = fold.get(char);
      if (folded !== undefined && !ambiguous.has(char)) key += folded;
      else if (simplifiedChars.has(char) && !ambiguous.has(char)) key += char;
      else if (/[\p{Script=Han}]/u.test(char)) return convertText(query, 'cn');
      else key += char;
    }
    return key;
  };
}

export function createGlossary(entries: readonly GlossaryEntry[]): Glossary {
  // The search index is built on the first search: a worker woken for a hover or a conversion never needs it,
  // and every wake-up runs this before its first answer.
  let searchIndex: { indexed: IndexedEntry[]; simplifiedKey: (query: string) => string } | undefined;
  const byTerm = new Map<string, GlossaryEntry>();
  for (const entry of entries) {
    byTerm.set(entry.term, entry);
    byTerm.set(entry.traditional, entry);
  }

  return {
    entries,
    // Both forms are keys, so a hover lookup never builds a converter.
    get: (term) => byTerm.get(term),
    search(query, limit = 20) {
      const trimmed = query.trim();
      if (!trimmed) return [];
      searchIndex ??= { indexed: entries.map(indexEntry), simplifiedKey: queryKeyer(entries) };
      const han = hasHan(trimmed);
      const key = han ? searchIndex.simplifiedKey(trimmed) : trimmed.toLowerCase();
      return searchIndex.indexed
        .map((item) => ({ item, score: han ? scoreHan(key, item) : scoreLatin(key, item) }))
        .filter(({ score }) => score > 0)
        .sort((a, b) => b.score - a.score || b.item.entry.count - a.item.entry.count)
        .slice(0, limit)
        .map(({ item }) => item.entry);
    },
    findTerms(text) {
      // The same reading and matching as the page's "On this page" (core/text/reader-text.ts,
      // core/glossary/term-occurrences.ts), so a count here is the number of occurrences the reader can step through.
      const occurrences = findEachTerm(readerText([text]).text, entries);
      return entries
        .map(({ term, forms }, i) => ({ term, count: occurrences[i]!.length, forms }))
        .filter(({ count }) => count > 0)
        .sort((a, b) => b.count - a.count);
    },
  };
}
