// `npm run eval:detect` (or `npx tsx scripts/eval-detect.ts`): scores the page detector (detectPage) on the real
// pages of ../shared/data/pages-dev/ (see its README.md and manifest.json). Each page's bytes go through the very
// decoding and parsing the command line's `detect` uses (loadSavedPage), then detectPage.
//
// Per page and overall: Chinese yes/no (every page there is Chinese), script right, list pages with no article,
// article pages with one, and for the pages with a gold text, the article's recall and precision:
//   - bigrams: each text is cut into lines; in each line every character that is not Han is dropped and every
//     pair of neighbouring Han characters that remain is one bigram (so punctuation, spaces, Latin and digits do
//     not count, and no bigram spans two lines). A text's bigrams are a multiset.
//   - matched = Σ over distinct bigrams b of min(count in the gold, count in the detected article text);
//   - recall = matched / bigrams of the gold; precision = matched / bigrams of the detected article text
//     (a page where nothing was found has recall 0 and adds nothing to the precision's denominator);
//   - overall = micro-average over the gold pages (Σ matched / Σ gold, Σ matched / Σ detected); the macro mean
//     (plain mean of the per-page figures, precision over the pages with an article found) is printed too.
//
// The pages are split in two halves to check a change does not fit one half: within each stratum (page kind ×
// script × gold or not), pages sorted by id go alternately to half A and half B. `--half A` or `--half B` scores
// one half only; `--why` prints for each page the region chosen, its score and the best competitors;
// `--repeat N` times detectPage N times a page (default 5; ms is the best run, on linkedom's DOM);
// `--dir PATH` reads another folder of the same shape; `--browser` scores the extension's own verdicts instead, each
// page opened in Chromium and read through the content script's pageState (after `npm run build`; ms is then the
// pageState round trip). Exits 2 with one line when the folder is absent.
import '../lib/fail-in-one-line';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isArticle, readPage, scorePage, type Region } from '../../core/detection/article-finder';
import { countHan } from '../../core/text/han';
import { detectPage } from '../../core/detection/page-text';
import { unseenTest } from '../../core/detection/visibility';
import { loadSavedPage } from '../lib/saved-page';
import { detectInBrowser } from './detect-in-browser';
import { markdownTable } from '../lib/markdown-table';
import { REPO_ROOT } from '../lib/node-data';

interface ManifestRecord {
  id: string;
  script: 'simplified' | 'traditional';
  page_kind: 'article' | 'list';
  actual_encoding: string;
  gold: boolean;
}

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const dir = option('--dir') ?? join(REPO_ROOT, '../shared/data/pages-dev');
const onlyHalf = option('--half')?.toUpperCase();
const why = process.argv.includes('--why');
const inBrowser = process.argv.includes('--browser');
const repeat = Math.max(1, Number(option('--repeat') ?? 5));
if (onlyHalf !== undefined && onlyHalf !== 'A' && onlyHalf !== 'B') {
  console.error(`--half takes A or B, not "${onlyHalf}"`);
  process.exit(2);
}
if (!existsSync(join(dir, 'manifest.json'))) {
  console.error(`eval:detect: no page set at ${dir} (needs manifest.json and the pages); nothing to score`);
  process.exit(2);
}

const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as ManifestRecord[];
const missing = manifest.flatMap((r) => [`${r.id}.html`, ...(r.gold ? [`${r.id}.gold.txt`] : [])]).filter((file) => !existsSync(join(dir, file)));
if (missing.length > 0) {
  console.error(`eval:detect: ${dir} lacks ${missing.length} file(s) its manifest lists, first ${missing[0]}`);
  process.exit(2);
}

/** Half A or B: alternate within each stratum, so both halves hold lists, both scripts and gold pages alike. */
function halves(records: ManifestRecord[]): Map<string, 'A' | 'B'> {
  const strata = new Map<string, ManifestRecord[]>();
  for (const record of records) {
    const key = `${record.page_kind} ${record.script} ${record.gold}`;
    strata.set(key, [...(strata.get(key) ?? []), record]);
  }
  const half = new Map<string, 'A' | 'B'>();
  for (const group of strata.values()) {
    group.sort((a, b) => a.id.localeCompare(b.id)).forEach((record, i) => half.set(record.id, i % 2 === 0 ? 'A' : 'B'));
  }
  return half;
}

const HAN_ONLY = /[^\p{Script=Han}]/gu;

/** The multiset of Han bigrams of a text, line by line (see the header). */
export function hanBigrams(text: string): Map<string, number> {
  const bigrams = new Map<string, number>();
  for (const line of text.split('\n')) {
    const han = [...line.replace(HAN_ONLY, '')];
    for (let i = 0; i + 1 < han.length; i++) {
      const bigram = han[i]! + han[i + 1]!;
      bigrams.set(bigram, (bigrams.get(bigram) ?? 0) + 1);
    }
  }
  return bigrams;
}

const total = (bigrams: Map<string, number>) => [...bigrams.values()].reduce((sum, n) => sum + n, 0);

function overlap(gold: Map<string, number>, found: Map<string, number>): number {
  let matched = 0;
  for (const [bigram, n] of gold) matched += Math.min(n, found.get(bigram) ?? 0);
  return matched;
}

interface PageResult {
  record: ManifestRecord;
  half: 'A' | 'B';
  chinese: boolean;
  script: string;
  found: boolean;
  articleHan: number;
  gold?: { matched: number; goldBigrams: number; foundBigrams: number };
  ms: number;
}

/** The best time of `repeat` runs (other processes on a shared machine only ever add time). */
function timing(run: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

const half = halves(manifest);
const chosen = manifest.filter((record) => !onlyHalf || half.get(record.id) === onlyHalf);
const pageBytes = (id: string) => readFileSync(join(dir, `${id}.html`));
// --browser: the verdicts of the extension's content script in Chromium (its pageState), for the same scoring.
const live = inBrowser ? await detectInBrowser(chosen.map(({ id, actual_encoding }) => ({ id, bytes: pageBytes(id), charset: actual_encoding }))) : undefined;
const results: PageResult[] = [];
for (const record of chosen) {
  const { document } = loadSavedPage(pageBytes(record.id));
  const verdict = live?.get(record.id) ?? detectPage(document);
  const ms = live?.get(record.id)?.ms ?? timing(() => detectPage(document));
  const result: PageResult = {
    record,
    half: half.get(record.id)!,
    chinese: verdict.chinese,
    script: verdict.script,
    found: verdict.article.found,
    articleHan: verdict.article.hanChars,
    ms,
  };
  if (record.gold) {
    const gold = hanBigrams(readFileSync(join(dir, `${record.id}.gold.txt`), 'utf8'));
    const found = hanBigrams(verdict.article.text);
    result.gold = { matched: overlap(gold, found), goldBigrams: total(gold), foundBigrams: total(found) };
  }
  results.push(result);
  if (why) explain(record, document, verdict.article.text);
}

/** An element as a CSS-like path from the body: div#main > div.content > p. */
function path(element: Element): string {
  const names: string[] = [];
  for (let at: Element | null = element; at && at.tagName !== 'BODY' && at.tagName !== 'HTML'; at = at.parentElement) {
    const classes = (at.getAttribute('class') ?? '').trim().split(/\s+/).filter(Boolean);
    names.unshift(`${at.tagName.toLowerCase()}${at.id ? `#${at.id}` : ''}${classes.map((c) => `.${c}`).join('')}`);
  }
  return names.join(' > ') || 'body';
}

function snippet(text: string): string {
  return text.replace(/\s+/g, ' ').slice(0, 60);
}

function describe(region: Region): string {
  const { han, prose, junk, neutral, sentences } = region.tally;
  const run = region.first && region.last ? ` [run ${snippet(region.first.textContent ?? '').slice(0, 15)}… to …${snippet(region.last.textContent ?? '').slice(-15)}]` : '';
  return `score ${region.score.toFixed(0)} (han ${han}, prose ${prose}, junk ${junk}, neutral ${neutral}, sentences ${sentences}) ${path(region.element)}${run}`;
}

/** Why the detector chose what it chose: the region, its score, and the best competitors outside it. */
function explain(record: ManifestRecord, document: Document, articleText: string) {
  console.log(`\n## ${record.id} (${record.page_kind})`);
  const offered: Region[] = [];
  const isUnseen = unseenTest();
  const { best } = scorePage(readPage(document.body, isUnseen), { useClasses: true, trace: (region) => offered.push(region) });
  console.log(`chosen: ${best ? describe(best) : 'nothing'}${isArticle(best) ? '' : ' (not an article)'}`);
  const rivals = offered.filter((r) => best && !r.element.contains(best.element) && !best.element.contains(r.element)).sort((a, b) => b.score - a.score);
  for (const rival of rivals.slice(0, 3)) console.log(`  rival: ${describe(rival)} | ${snippet(rival.element.textContent ?? '')}`);
  console.log(`article text: ${countHan(articleText)} Han: ${snippet(articleText)}`);
}

const percent = (part: number, whole: number) => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`);

const rows = results.map(({ record, half, chinese, script, found, articleHan, gold, ms }) => [
  record.id,
  half,
  record.page_kind,
  chinese ? 'yes' : 'NO',
  script === record.script ? script : `${script} ≠ ${record.script}`,
  found === (record.page_kind === 'article') ? (found ? 'found' : 'none') : found ? 'FOUND' : 'MISSED',
  String(articleHan),
  gold ? percent(gold.matched, gold.goldBigrams) : '',
  gold ? percent(gold.matched, gold.foundBigrams) : '',
  ms.toFixed(1),
]);
console.log(markdownTable(['page', 'half', 'kind', 'chinese', 'script', 'article', 'Han', 'recall', 'precision', 'ms'], rows));

function summary(name: string, pages: PageResult[]): string[] {
  const lists = pages.filter((p) => p.record.page_kind === 'list');
  const articles = pages.filter((p) => p.record.page_kind === 'article');
  const golds = pages.flatMap((p) => (p.gold ? [p.gold] : []));
  const matched = golds.reduce((sum, g) => sum + g.matched, 0);
  const recalls = golds.map((g) => g.matched / g.goldBigrams);
  const precisions = golds.filter((g) => g.foundBigrams > 0).map((g) => g.matched / g.foundBigrams);
  const mean = (xs: number[]) => (xs.length === 0 ? '–' : `${((100 * xs.reduce((a, b) => a + b, 0)) / xs.length).toFixed(1)}%`);
  return [
    name,
    `${pages.filter((p) => p.chinese).length}/${pages.length}`,
    `${pages.filter((p) => p.script === p.record.script).length}/${pages.length}`,
    `${lists.filter((p) => !p.found).length}/${lists.length}`,
    `${articles.filter((p) => p.found).length}/${articles.length}`,
    percent(matched, golds.reduce((sum, g) => sum + g.goldBigrams, 0)),
    percent(matched, golds.reduce((sum, g) => sum + g.foundBigrams, 0)),
    mean(recalls),
    mean(precisions),
    Math.max(...pages.map((p) => p.ms)).toFixed(1),
  ];
}

const summaries = [summary('all', results)];
for (const name of ['A', 'B'] as const) {
  const pages = results.filter((p) => p.half === name);
  if (pages.length > 0 && pages.length < results.length) summaries.push(summary(`half ${name}`, pages));
}
console.log();
console.log(
  markdownTable(
    ['pages', 'chinese', 'script right', 'lists: no article', 'articles found', 'recall (micro)', 'precision (micro)', 'recall (macro)', 'precision (macro)', 'max ms'],
    summaries,
  ),
);
