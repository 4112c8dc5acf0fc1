// `npm run bench`: speed of the language core beside the raw libraries, measured in the same run.
// Prints a table; targets are checked by reading it, never by assertions in tests.
import * as OpenCC from 'opencc-js';
import { pinyin as pinyinPro } from 'pinyin-pro';
import { cleanChineseText } from '../../core/text/clean-text';
import { convertTexts } from '../../core/script/convert-script';
import { createDictionary } from '../../core/dictionary/dictionary';
import { pinyinTokens } from '../../core/pinyin/pinyin';
import { benchGlossaryBuild, describeBench } from './bench-glossary';
import { loadGlossary, loadLexicon, loadPinyinData, readCorpusTexts, readDefinitions, readDictionarySources } from '../lib/node-data';
import { markdownTable } from '../lib/markdown-table';
import { recordBenchmarks } from './benchmarks-doc';

interface Row {
  benchmark: string;
  ours: string;
  raw: string;
  target: string;
}
const rows: Row[] = [];

/** Median wall time of `runs` calls, in milliseconds. */
function median(runs: number, work: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}
const ms = (value: number) => `${value.toFixed(1)} ms`;

/** A news article of about `chars` characters: the whole cleaned corpus, each text once (~26k characters), so
 * words repeat only as much as they do in the news; repeated only if `chars` asks for more. */
function newsText(chars: number): string {
  const corpus = readCorpusTexts().map(cleanChineseText).join('\n');
  let text = '';
  while (text.length < chars) text += corpus;
  return text.slice(0, chars);
}

const article = newsText(20_000);

// Dictionary load: what a cold worker pays before its first hover.
// As the worker holds them: fetched bytes, the index and readings, and the definitions part 行长 is in.
const coldSources = readDictionarySources({ definitions: false });
const definitions = readDefinitions();
rows.push({
  benchmark: 'CEDICT ready to look up (124k entries)',
  ours: ms(
    median(3, () => {
      const dictionary = createDictionary(coldSources);
      for (const shard of dictionary.missingDefinitions('行长')) dictionary.addDefinitions(shard, definitions[shard]!);
      return dictionary.lookup('行长');
    }),
  ),
  raw: '—',
  target: 'part of ≤150 ms cold hover (issue 4)',
});

const lexicon = loadLexicon();
const pinyinData = loadPinyinData();
pinyinTokens('预热', lexicon, pinyinData);
pinyinPro('预热', { type: 'all' });
// The first run apart: it decodes the pinyin data's shards its words need and runs code not yet optimised, as a
// worker's first request after it started does.
const firstRun = (work: () => unknown) => median(1, work);
const firstOurs = firstRun(() => pinyinTokens(article, lexicon, pinyinData));
const firstRaw = firstRun(() => pinyinPro(article, { type: 'all' }));
// Each later run reads with a lexicon of its own (the same dictionary): segmentation remembers a lexicon's probes,
// and a text read again would find all of them remembered, as no new article does.
const freshLexicons = Array.from({ length: 5 }, () => loadLexicon());
rows.push({
  benchmark: 'pinyin, 20,000-char article (median of 5; first run)',
  ours: `${ms(median(5, () => pinyinTokens(article, freshLexicons.pop()!, pinyinData)))}; ${ms(firstOurs)}`,
  raw: `${ms(median(5, () => pinyinPro(article, { type: 'all' })))}; ${ms(firstRaw)}`,
  target: '< 100 ms (issue 4)',
});

const rawConverter = OpenCC.Converter({ from: 'cn', to: 'tw' });
const paragraphs = article.split('\n');
convertTexts(['预热'], 'tw', 'cn');
rows.push({
  benchmark: 'convert cn→tw, 20,000 chars (as page paragraphs)',
  ours: ms(median(5, () => convertTexts(paragraphs, 'tw', 'cn'))),
  raw: ms(median(5, () => rawConverter(article))),
  target: 'core of ≤ 2× raw + 30 ms (issue 3)',
});

const glossary = loadGlossary();
const queries = glossary.entries.flatMap((e) => [e.term, e.traditional, e.pinyin, e.pinyin.replace(/ /g, ''), e.english.split(' ')[0]!]);
const thousand = Array.from({ length: 1000 }, (_, i) => queries[i % queries.length]!);
const searchTimes = thousand.map((query) => median(1, () => glossary.search(query))).sort((a, b) => a - b);
rows.push({
  benchmark: 'glossary search, 1,000 queries (max / p95)',
  ours: `${ms(searchTimes.at(-1)!)} / ${ms(searchTimes[Math.floor(searchTimes.length * 0.95)]!)}`,
  raw: '—',
  target: '< 10 ms each (issue 5)',
});

const glossaryBuild = benchGlossaryBuild();
rows.push({
  benchmark: describeBench(glossaryBuild),
  ours: `${glossaryBuild.seconds.toFixed(1)} s, ${glossaryBuild.maxRssMB.toFixed(0)} MB peak RSS`,
  raw: '—',
  target: 'streams: flat memory (issue 5)',
});

console.log(recordBenchmarks(import.meta.url, markdownTable(['benchmark', 'ours', 'raw library', 'target'], rows.map((row) => [row.benchmark, row.ours, row.raw, row.target]))));
