// The hover card's dev set (card-cases.jsonl): its shape, and the checks that refuse a case before it is scored.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const KINDS = ['person', 'foreign', 'abbreviation', 'function', 'variant', 'glossary', 'polyphone', 'content'] as const;
export const NAME_KINDS = ['person', 'place', 'org', 'foreign'] as const;
export type NameKind = (typeof NAME_KINDS)[number];

export interface CardCase {
  id: string;
  kind: string;
  /** A whole sentence (or two) as it appears on a news page. */
  text: string;
  /** UTF-16 offset of the pointed character. */
  offset: number;
  /** The words a reader expects under the pointer, as written in `text`. */
  words: string[];
  /** Tone-marked syllables of an accepted word, space-separated; several when each is right. */
  pinyin: string | string[];
  /** Any of these in the card's first definition line means the line fits; empty: judged by the name claim. */
  sense: string[];
  name: NameKind | null;
  /** "corpus/<file>" (the sentence is in that file) or "composed". */
  source: string;
}

const HAN = /\p{Script=Han}/u;
// One syllable: Latin letters with at most one tone mark (ü written as ü; neutral tone unmarked).
const SYLLABLE = /^[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]?[a-zü]*$/u;

export const readings = (c: CardCase): string[] => (Array.isArray(c.pinyin) ? c.pinyin : [c.pinyin]);
export const hanCount = (text: string): number => [...text].filter((ch) => HAN.test(ch)).length;

/** The same reading whatever the spacing, case or Unicode form: "Sūn Qǐqín" = "sūn qǐ qín". */
export function normalizePinyin(reading: string): string {
  return reading.normalize('NFC').toLowerCase().replace(/u:/g, 'ü').replace(/[\s'’·-]+/g, '');
}

/** Whole-word, case-insensitive match of a sense keyword ("for" does not match "form"). */
export function keywordPattern(keyword: string): RegExp {
  const escaped = keyword.normalize('NFC').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const start = /^[\p{L}\p{N}]/u.test(keyword) ? '(?<![\\p{L}\\p{N}])' : '';
  const end = /[\p{L}\p{N}]$/u.test(keyword) ? '(?![\\p{L}\\p{N}])' : '';
  return new RegExp(start + escaped + end, 'iu');
}

export const mentions = (line: string, keywords: string[]): boolean => keywords.some((k) => keywordPattern(k).test(line.normalize('NFC')));

/** Does an accepted word lie in the text across the pointed character? */
export function wordCovers(text: string, offset: number, word: string): boolean {
  for (let start = text.indexOf(word); start >= 0; start = text.indexOf(word, start + 1)) {
    if (start <= offset && offset < start + word.length) return true;
  }
  return false;
}

// The corpus as a page shows it: no line breaks or column spaces, no scraped pinyin annotations like 關(guān).
const corpusText = new Map<string, string>();
function pageText(path: string): string {
  let text = corpusText.get(path);
  if (text === undefined) {
    text = readFileSync(path, 'utf8')
      .replace(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g, '')
      .replace(/\s+/g, '');
    corpusText.set(path, text);
  }
  return text;
}

const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');

/** Problems with one case's own fields, as "what is wrong" strings; empty when the case is well formed. */
export function caseProblems(c: CardCase, repoRoot: string): string[] {
  const problems: string[] = [];
  if (typeof c.id !== 'string' || c.id === '') problems.push('no id');
  if (!(KINDS as readonly string[]).includes(c.kind)) problems.push(`kind "${String(c.kind)}" is not one of ${KINDS.join(', ')}`);
  if (typeof c.text !== 'string' || c.text === '' || /[\r\n]/.test(c.text)) return [...problems, 'text must be one line of text'];
  if (!Number.isInteger(c.offset) || c.offset < 0 || c.offset >= c.text.length) return [...problems, `offset ${String(c.offset)} is outside the text`];
  const pointed = String.fromCodePoint(c.text.codePointAt(c.offset)!);
  if (!HAN.test(pointed)) problems.push(`the character at offset ${c.offset} is "${pointed}", not a Han character`);
  if (!isStringArray(c.words) || c.words.length === 0 || c.words.some((w) => w === '')) return [...problems, 'words must be a list of words'];
  const covering = c.words.filter((w) => wordCovers(c.text, c.offset, w));
  if (covering.length < c.words.length) {
    const missing = c.words.filter((w) => !covering.includes(w));
    problems.push(`${missing.join(', ')} is not in the text across offset ${c.offset} ("${pointed}")`);
  }
  const pinyin: unknown = c.pinyin;
  if (!(typeof pinyin === 'string' || (isStringArray(pinyin) && pinyin.length > 0))) return [...problems, 'pinyin must be a reading or a list of readings'];
  const counts = new Set(c.words.map(hanCount));
  const readingCounts = new Set<number>();
  for (const reading of readings(c)) {
    const syllables = reading.normalize('NFC').trim().split(/\s+/);
    const bad = syllables.filter((s) => !SYLLABLE.test(s));
    if (bad.length > 0) problems.push(`"${bad.join(' ')}" in "${reading}" is not tone-marked pinyin`);
    if (!counts.has(syllables.length)) problems.push(`"${reading}" has ${syllables.length} syllables, no accepted word has as many characters`);
    readingCounts.add(syllables.length);
  }
  for (const word of c.words) if (!readingCounts.has(hanCount(word))) problems.push(`no reading is given for ${word}`);
  if (!isStringArray(c.sense) || c.sense.some((k) => k.trim() === '')) problems.push('sense must be a list of keywords');
  else if (c.sense.length === 0 && c.name === null) problems.push('sense may be empty only for a name');
  if (c.name !== null && !(NAME_KINDS as readonly string[]).includes(c.name)) problems.push(`name "${String(c.name)}" is not null or one of ${NAME_KINDS.join(', ')}`);
  if (c.source !== 'composed') {
    if (typeof c.source !== 'string' || !/^corpus\/[^/]+$/.test(c.source) || !existsSync(join(repoRoot, c.source))) problems.push(`source "${String(c.source)}" is not "composed" or a corpus file`);
    else if (!pageText(join(repoRoot, c.source)).includes(c.text.replace(/\s+/g, ''))) problems.push(`the text is not in ${c.source}`);
  }
  return problems;
}

/** Cases from a JSON Lines file, with the problems of each line (a line that is not JSON is one problem). */
export function readCases(path: string, repoRoot: string): { cases: CardCase[]; problems: string[] } {
  const cases: CardCase[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '') return;
      let c: CardCase;
      try {
        c = JSON.parse(line) as CardCase;
      } catch {
        problems.push(`line ${i + 1}: not JSON`);
        return;
      }
      const label = typeof c.id === 'string' && c.id ? c.id : `line ${i + 1}`;
      if (seen.has(c.id)) problems.push(`${label}: the id is used twice`);
      seen.add(c.id);
      problems.push(...caseProblems(c, repoRoot).map((p) => `${label}: ${p}`));
      cases.push(c);
    });
  return { cases, problems };
}
