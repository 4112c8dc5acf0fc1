// Finds trap phrases: phrases of OpenCC's that its greedy segmentation matches across a word boundary (starting
// inside one word, running past its end) where that changes the conversion, as 长发 in 行长|发表. Texts are
// split into words by the extension's own segmenter (CEDICT and the glossary, commoner words first); each of
// OpenCC's segments that starts inside a word and runs past it is a candidate when converting the text cut at
// that word's end reads otherwise (s2t, s2tw, s2hk or s2twp). Candidates are listed by phrase, with the words
// it was found across and whether the extension's conversion already reads them as the words do.
// Also lists where the extension's conversion differs from opencc-js's on the texts and on every CEDICT word.
// Texts: the repository's corpus/, plus any files given (one text per line, read here only, never copied).
// Run: npx tsx tools/build/find-conversion-traps.ts [FILE...] [--examples]
import { readFileSync } from 'node:fs';
import { Trie } from 'opencc-js/core';
import { splitSentences } from '../../core/text/clean-text';
import { createLocaleConverter } from '../../core/script/convert-script';
import { segmentText } from '../../core/dictionary/segment-text';
import { cedictWords, openccPhrases, SEGMENTED_TARGETS } from './build-conversion-words';
import { CONVERSION_TRAPS } from './conversion-traps';
import { loadLexicon, loadPinyinData, readCorpusTexts } from '../lib/node-data';

const args = process.argv.slice(2);
const showExamples = args.includes('--examples');
const files = args.filter((arg) => !arg.startsWith('--'));

const corpusSentences = readCorpusTexts().flatMap((text) => text.split('\n').flatMap(splitSentences));
// Word-boundary marks some segmented corpora carry (▁) are dropped.
const extraSentences = files.flatMap((file) => readFileSync(file, 'utf8').replace(/\u2581/g, '').split('\n').flatMap(splitSentences));
const hasHan = (sentence: string) => /\p{Script=Han}/u.test(sentence);
const sentences = [...new Set([...corpusSentences, ...extraSentences])].filter(hasHan);
const corpusSet = new Set(corpusSentences);

const stock = SEGMENTED_TARGETS.map((to) => createLocaleConverter('cn', to, [], new Set(), {}));
const ours = SEGMENTED_TARGETS.map((to) => createLocaleConverter('cn', to));
const segmenter = new Trie();
segmenter.loadDict(openccPhrases().map((phrase) => [phrase, phrase]));
const lexicon = loadLexicon();
const { frequencies } = loadPinyinData();
const traps = new Set(CONVERSION_TRAPS);

interface Candidate {
  count: number;
  /** word before | word after, as found */
  cuts: Map<string, number>;
  /** How OpenCC reads the two words together, and cut between them (the first configuration that differs). */
  reading: string;
  /** Found where the extension's conversion still reads the phrase across the boundary. */
  unfixed: number;
  examples: string[];
}
const candidates = new Map<string, Candidate>();

for (const sentence of sentences) {
  // Word boundaries (code unit offsets) of the extension's segmentation.
  const words = segmentText(sentence, lexicon, frequencies);
  const wordEnds = new Map<number, { start: number; text: string }>();
  for (const word of words) wordEnds.set(word.start + word.text.length, { start: word.start, text: word.text });
  let at = 0;
  for (const phrase of segmenter.segment(sentence)) {
    const start = at;
    const end = at + phrase.length;
    at = end;
    if ([...phrase].length < 2) continue;
    // A word that ends strictly inside the phrase, having started before it.
    for (let cut = start + 1; cut < end; cut++) {
      const word = wordEnds.get(cut);
      if (!word || word.start >= start) continue;
      const cutRead = stock.map((convert) => convert(sentence.slice(0, cut)) + convert(sentence.slice(cut)));
      const changed = SEGMENTED_TARGETS.some((_, i) => stock[i]!(sentence) !== cutRead[i]);
      if (!changed) continue;
      const next = words.find((w) => w.start === cut)?.text ?? '';
      const fixed = SEGMENTED_TARGETS.every((_, i) => ours[i]!(sentence) === cutRead[i]);
      const pair = word.text + next;
      const differs = SEGMENTED_TARGETS.findIndex((_, i) => stock[i]!(pair) !== stock[i]!(word.text) + stock[i]!(next));
      const reading = differs === -1 ? '' : `${SEGMENTED_TARGETS[differs]} ${stock[differs]!(pair)} → ${stock[differs]!(word.text)}|${stock[differs]!(next)}`;
      const candidate: Candidate = candidates.get(phrase) ?? { count: 0, cuts: new Map(), reading, unfixed: 0, examples: [] };
      candidate.count++;
      const cutText = `${word.text}|${next}`;
      candidate.cuts.set(cutText, (candidate.cuts.get(cutText) ?? 0) + 1);
      if (!fixed) candidate.unfixed++;
      // Examples only from the repository's own corpus: other texts are measured, never quoted.
      if (corpusSet.has(sentence) && candidate.examples.length < 2) candidate.examples.push(`${stock[1]!(sentence)} → ${cutRead[1]}`);
      candidates.set(phrase, candidate);
    }
  }
}

console.log(
  `Trap candidates in ${sentences.length} sentences (${corpusSentences.filter(hasHan).length} from corpus/): OpenCC phrases matched across a word's end that change the reading.\n`,
);
const sorted = [...candidates].sort(([, a], [, b]) => b.count - a.count);
for (const [phrase, candidate] of sorted) {
  const cuts = [...candidate.cuts]
    .sort(([, a], [, b]) => b - a)
    .slice(0, 4)
    .map(([cut, n]) => `${cut}×${n}`)
    .join(' ');
  const status = traps.has(phrase) ? 'listed trap' : candidate.unfixed === 0 ? 'fixed' : `unfixed ${candidate.unfixed}`;
  console.log(`${phrase}\t${candidate.count}\t${status}\t${cuts}\t${candidate.reading}`);
  if (showExamples) for (const example of candidate.examples) console.log(`    ${example}`);
}

// Where the extension differs from opencc-js: on the sentences, and on each CEDICT word alone.
const differing = (texts: readonly string[]) => texts.filter((text) => SEGMENTED_TARGETS.some((_, i) => ours[i]!(text) !== stock[i]!(text)));
const sentenceDiffs = differing(sentences);
const wordDiffs = differing(cedictWords());
console.log(`\nSentences read otherwise than opencc-js: ${sentenceDiffs.length} of ${sentences.length}`);
for (const sentence of sentenceDiffs.filter((s) => corpusSet.has(s)).slice(0, 20)) console.log(`    ${stock[1]!(sentence)} → ${ours[1]!(sentence)}`);
console.log(`CEDICT words read otherwise than opencc-js: ${wordDiffs.length}`);
for (const word of wordDiffs.slice(0, 40)) console.log(`    ${word}: ${SEGMENTED_TARGETS.map((to, i) => `${to} ${stock[i]!(word)} → ${ours[i]!(word)}`).join(', ')}`);
