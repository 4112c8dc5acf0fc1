// Builds assets/glossary.json from the curated terms (tools/build/glossary-terms.ts) and a corpus folder:
// every curated term's forms and reading (curated, checked by hand), its occurrence count over the
// corpus (counted in simplified) and up to three example sentences, from different sources where it can.
//
// Usage: tsx tools/build/build-glossary.ts [--corpus DIR] [--out FILE]     (npm run glossary -- …)
//
// The corpus is streamed: files are read one at a time, a large file in chunks of lines cut at a
// paragraph end, so memory stays flat whatever the size of the folder (see tools/bench/bench-glossary.ts).
import { createReadStream, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { cleanChineseText, isExampleSentence, splitSentences } from '../../core/text/clean-text';
import { convertText, convertTexts } from '../../core/script/convert-script';
import { countOccurrences, type GlossaryEntry, type GlossaryExample } from '../../core/glossary/glossary';
import { termForms } from '../../core/glossary/term-occurrences';

import TS_CHARACTERS from 'opencc-js/dict/TSCharacters';

/** The traditional standards a page may write a term in. */
const TRADITIONAL_LOCALES = ['tw', 'hk', 't'] as const;

/** For each simplified character, every traditional character and variant OpenCC simplifies to it (產 and 産 for 产). */
const TRADITIONAL_VARIANTS = (() => {
  const variants = new Map<string, string[]>();
  for (const pair of TS_CHARACTERS.split('|')) {
    const [traditional, simplified] = pair.split(' ');
    if (!traditional || !simplified || [...traditional].length !== 1 || traditional.length !== simplified.length) continue;
    variants.set(simplified, [...(variants.get(simplified) ?? []), traditional]);
  }
  return variants;
})();

/**
 * Spellings of a term with each character replaced by its k-th traditional variant (where it has one), so
 * that every variant a page may write (共産黨 beside 共產黨) is among the term's spellings.
 */
function variantSpellings(term: string): string[] {
  const chars = [...term];
  const most = Math.max(0, ...chars.map((char) => TRADITIONAL_VARIANTS.get(char)?.length ?? 0));
  return Array.from({ length: most }, (_, k) => chars.map((char) => TRADITIONAL_VARIANTS.get(char)?.[k] ?? char).join(''));
}
import { type CuratedTerm, CURATED_TERMS } from './glossary-terms';
import { GLOSSARY_FILE, REPO_ROOT } from '../lib/node-data';

const MAX_EXAMPLES = 3;
/** A file is cleaned and counted in chunks of about this many characters, cut where a paragraph ends. */
export const CHUNK_CHARS = 256 * 1024;

export interface CorpusText {
  source: string;
  /** Cleaned text in its own script. */
  text: string;
  /** The same text in simplified characters, where terms are counted. */
  simplified: string;
}

const PARAGRAPH_END = /[。！？!?][”」』）)]*\s*$/u;

/**
 * Groups a file's lines into chunks that end at a blank line after a finished sentence, so that no
 * word, sentence or column-layout paragraph is cut between two chunks (a chunk four times too long
 * is cut at the next blank line whatever precedes it).
 */
export class LineChunker {
  private lines: string[] = [];
  private chars = 0;
  private lastFilled = '';
  constructor(private readonly chunkChars = CHUNK_CHARS) {}

  /** Adds a line; returns a finished chunk when this line closes one. */
  push(line: string): string | undefined {
    const blank = line.trim() === '';
    if (blank && this.chars >= this.chunkChars && (PARAGRAPH_END.test(this.lastFilled) || this.chars >= 4 * this.chunkChars)) {
      return this.flush();
    }
    this.lines.push(line);
    this.chars += line.length + 1;
    if (!blank) this.lastFilled = line;
    return undefined;
  }

  /** The last chunk, if any text is left. */
  end(): string | undefined {
    return this.lines.some((line) => line.trim()) ? this.flush() : undefined;
  }

  private flush(): string {
    const chunk = this.lines.join('\n');
    this.lines = [];
    this.chars = 0;
    this.lastFilled = '';
    return chunk;
  }
}

/** Simplified, line by line: each paragraph in its own script (a dump may mix simplified and traditional articles). */
export function toSimplified(text: string): string {
  return convertTexts(text.split('\n'), 'cn').join('\n');
}

function corpusText(source: string, raw: string): CorpusText {
  const text = cleanChineseText(raw);
  return { source, text, simplified: toSimplified(text) };
}

export function corpusFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort();
}

/** The corpus, chunked as the streaming build chunks it, read at once (for tests and small folders). */
export function readCorpus(dir: string, chunkChars = CHUNK_CHARS): CorpusText[] {
  return corpusFiles(dir).flatMap((source) => {
    const chunker = new LineChunker(chunkChars);
    const chunks = readFileSync(join(dir, source), 'utf8')
      .split('\n')
      .map((line) => chunker.push(line))
      .concat(chunker.end())
      .filter((chunk): chunk is string => chunk !== undefined);
    return chunks.map((chunk) => corpusText(source, chunk));
  });
}

/** The corpus streamed: one file at a time, each by lines, one cleaned chunk at a time. */
export async function* streamCorpus(dir: string, chunkChars = CHUNK_CHARS): AsyncGenerator<CorpusText> {
  for (const source of corpusFiles(dir)) {
    const chunker = new LineChunker(chunkChars);
    const lines = createInterface({ input: createReadStream(join(dir, source), { encoding: 'utf8' }), crlfDelay: Infinity });
    for await (const line of lines) {
      const chunk = chunker.push(line);
      if (chunk !== undefined) yield corpusText(source, chunk);
    }
    const last = chunker.end();
    if (last !== undefined) yield corpusText(source, last);
  }
}

/** Example sentences of one term: the first from each source first, then more from any source. */
class ExamplePicker {
  private readonly bySource = new Map<string, GlossaryExample>();
  private readonly more: GlossaryExample[] = [];
  private readonly fallback: GlossaryExample[] = [];
  private readonly texts = new Set<string>();

  get done(): boolean {
    return this.bySource.size >= MAX_EXAMPLES;
  }

  /** `key` identifies the sentence across scripts and punctuation (see sameSentenceKey): 002 and 003 are one article. */
  offer(example: GlossaryExample, key: string, fit: boolean): void {
    if (this.texts.has(key)) return;
    if (!fit) {
      if (this.fallback.length < MAX_EXAMPLES) this.fallback.push(example);
      this.texts.add(key);
      return;
    }
    if (!this.bySource.has(example.source) && this.bySource.size < MAX_EXAMPLES) this.bySource.set(example.source, example);
    else if (this.more.length < MAX_EXAMPLES) this.more.push(example);
    else return;
    this.texts.add(key);
  }

  /** Real sentences when there are any; titles and fragments only for a term found nowhere else. */
  examples(): GlossaryExample[] {
    const fit = [...this.bySource.values(), ...this.more];
    return (fit.length ? fit : this.fallback).slice(0, MAX_EXAMPLES);
  }
}

/**
 * The same sentence in another copy of an article (another script, ASCII commas, 支援 for 支持) keeps
 * its opening: the first Han characters of its simplified form identify it.
 */
function sameSentenceKey(simplified: string): string {
  return (simplified.match(/\p{Script=Han}/gu) ?? []).slice(0, 16).join('');
}

function curatedPinyin(curated: CuratedTerm): string {
  const syllables = curated.pinyin?.split(' ') ?? [];
  if (syllables.length !== [...curated.term].length || syllables.some((s) => !s)) {
    throw new Error(`glossary term ${curated.term} needs a hand-checked pinyin, one syllable per character`);
  }
  return curated.pinyin!;
}

/** Counts and examples gathered chunk by chunk; holds nothing of the corpus but the chosen examples. */
export class GlossaryGatherer {
  private readonly counts: number[];
  private readonly pickers: ExamplePicker[];
  constructor(private readonly terms: readonly CuratedTerm[] = CURATED_TERMS) {
    this.counts = terms.map(() => 0);
    this.pickers = terms.map(() => new ExamplePicker());
  }

  add({ source, text, simplified }: CorpusText): void {
    this.terms.forEach(({ term }, i) => {
      this.counts[i]! += countOccurrences(simplified, term);
    });
    const sameScript = text === simplified;
    for (const sentence of splitSentences(text)) {
      const pending = this.terms.flatMap((curated, i) => (this.pickers[i]!.done ? [] : [i]));
      if (pending.length === 0) return;
      const sentenceSimplified = sameScript ? sentence : convertText(sentence, 'cn');
      let fit: boolean | undefined;
      for (const i of pending) {
        if (!sentenceSimplified.includes(this.terms[i]!.term)) continue;
        fit ??= isExampleSentence(sentence);
        this.pickers[i]!.offer({ text: sentence, source }, sameSentenceKey(sentenceSimplified), fit);
      }
    }
  }

  entries(): GlossaryEntry[] {
    const known = new Set(this.terms.map(({ term }) => term));
    if (known.size !== this.terms.length) throw new Error('glossary: a term is curated twice');
    return this.terms.map((curated, i) => {
      const traditional = curated.traditional ?? convertText(curated.term, 'tw', 'cn');
      const unknown = (curated.related ?? []).filter((term) => !known.has(term) || term === curated.term);
      if (unknown.length) throw new Error(`glossary term ${curated.term}: related ${unknown.join(', ')} not in the glossary`);
      const count = this.counts[i]!;
      if (count === 0) throw new Error(`glossary term ${curated.term} does not occur in the corpus`);
      return {
        term: curated.term,
        traditional,
        forms: termForms(curated.term, [traditional, ...TRADITIONAL_LOCALES.map((to) => convertText(curated.term, to, 'cn')), ...variantSpellings(curated.term)]),
        pinyin: curatedPinyin(curated),
        english: curated.english,
        category: curated.category,
        explanation: curated.explanation,
        examples: this.pickers[i]!.examples(),
        count,
        related: curated.related ?? [],
      };
    });
  }
}

export function buildGlossary(corpus: Iterable<CorpusText>, terms: readonly CuratedTerm[] = CURATED_TERMS): GlossaryEntry[] {
  const gatherer = new GlossaryGatherer(terms);
  for (const text of corpus) gatherer.add(text);
  return gatherer.entries();
}

/** The streaming build: one chunk of one file in memory at a time. */
export async function buildGlossaryFromDir(dir: string, terms: readonly CuratedTerm[] = CURATED_TERMS): Promise<GlossaryEntry[]> {
  const gatherer = new GlossaryGatherer(terms);
  for await (const text of streamCorpus(dir)) gatherer.add(text);
  return gatherer.entries();
}

export function glossaryJson(entries: GlossaryEntry[]): string {
  return `${JSON.stringify(entries, null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name: string) => {
    const at = process.argv.indexOf(name);
    return at > 0 ? process.argv[at + 1] : undefined;
  };
  const corpusDir = arg('--corpus') ?? join(REPO_ROOT, 'corpus');
  const out = arg('--out') ?? GLOSSARY_FILE;
  buildGlossaryFromDir(corpusDir).then(
    (entries) => {
      writeFileSync(out, glossaryJson(entries));
      console.error(`glossary: ${entries.length} entries written to ${out}`);
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
