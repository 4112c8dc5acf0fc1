// Builds assets/glossary.json from the curated terms and the corpus: forms, pinyin, counts, examples.
// Usage: tsx scripts/build-glossary.ts [--corpus DIR] [--out FILE]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanChineseText, splitSentences } from '../utils/language/clean-text';
import { convertText } from '../utils/language/convert-script';
import { countOccurrences, type GlossaryEntry } from '../utils/language/glossary';
import { pinyinTokens } from '../utils/language/pinyin';
import { CURATED_TERMS } from './glossary/terms';
import { createLexicon } from '../utils/language/lexicon';
import { GLOSSARY_FILE, loadDictionary, REPO_ROOT } from './lib/node-data';

const MAX_EXAMPLES = 3;

interface CorpusText {
  source: string;
  /** Cleaned text in its own script. */
  text: string;
  /** The same text in simplified characters, where terms are counted. */
  simplified: string;
}

export function readCorpus(dir: string): CorpusText[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((source) => {
      const text = cleanChineseText(readFileSync(join(dir, source), 'utf8'));
      return { source, text, simplified: convertText(text, 'cn') };
    });
}

export function buildGlossary(corpus: CorpusText[]): GlossaryEntry[] {
  // The glossary's own readings come from the dictionary alone: it is what they are checked against.
  const lexicon = createLexicon(loadDictionary());
  const sentences = corpus.flatMap(({ source, text }) =>
    splitSentences(text).map((sentence) => ({ source, text: sentence, simplified: convertText(sentence, 'cn') })),
  );
  return CURATED_TERMS.map((curated) => {
    const count = corpus.reduce((sum, { simplified }) => sum + countOccurrences(simplified, curated.term), 0);
    if (count === 0) throw new Error(`glossary term ${curated.term} does not occur in the corpus`);
    const examples = sentences
      .filter((sentence) => sentence.simplified.includes(curated.term))
      .slice(0, MAX_EXAMPLES)
      .map(({ text, source }) => ({ text, source }));
    const pinyin = curated.pinyin ?? pinyinTokens(curated.term, lexicon).flatMap((token) => token.pinyin).join(' ');
    return {
      term: curated.term,
      traditional: curated.traditional ?? convertText(curated.term, 'tw', 'cn'),
      pinyin,
      english: curated.english,
      category: curated.category,
      explanation: curated.explanation,
      examples,
      count,
      related: curated.related ?? [],
    };
  });
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
  const entries = buildGlossary(readCorpus(corpusDir));
  writeFileSync(out, glossaryJson(entries));
  console.error(`glossary: ${entries.length} entries written to ${out}`);
}
