// Proposes glossary candidates from a corpus folder: terms a curator may want to add to
// tools/build/glossary-terms.ts, ranked, with the reasons each was proposed. Terms already in the glossary
// (and fragments of them) are left out.
//
// Usage: npm run glossary:candidates -- [--corpus DIR] [--top N] [--json]
//        (tsx tools/build/glossary-candidates.ts …; --corpus defaults to corpus/, --top to 60)
//
// Two sources of candidates, over the cleaned corpus counted in simplified (streamed, as the build):
// - statistics over Han character n-grams (2-10 characters): frequency, internal cohesion (the lowest
//   pointwise mutual information over the ways to split the n-gram in two) and boundary entropy on both
//   sides (n-grams of 3 or more characters: two-character ones are mostly ordinary words) (how varied the characters before and after it are: a set phrase is used in many contexts,
//   a fragment of a longer phrase is always followed by the same character);
// - patterns of political set phrases: …倡议, …主义, …共同体, …精神, …战略, …思想, …经验, …体系,
//   numbered slogans (十五五, 两个维护, 五个共同家园, 三股势力, 二十大, 二十届三中全会) and quoted phrases “…”.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CURATED_TERMS } from './glossary-terms';
import { streamCorpus } from './build-glossary';
import { REPO_ROOT } from '../lib/node-data';

const MIN_N = 2;
const MAX_N = 10;
const EDGE = '^';

export interface Candidate {
  term: string;
  count: number;
  /** Lowest PMI (bits) over the splits of the term in two. */
  cohesion: number;
  leftEntropy: number;
  rightEntropy: number;
  /** Patterns that proposed it: 'suffix 倡议', 'numbered', 'quoted'. */
  patterns: string[];
  score: number;
}

const SUFFIXES = ['倡议', '主义', '共同体', '精神', '战略', '思想', '经验', '体系', '外交', '原则', '势力', '全会'];
/** Verbs that open a clause before a set phrase (坚持多边主义, 构建人类命运共同体): never its first word. */
const LEADING_VERB = /^(?:坚持|反对|构建|推动|贯彻|支持|落实|践行|弘扬|提出|倡导|加强|深化|维护|建设|共建|出席|进行)/u;
const NUMERAL = '[一二三四五六七八九十两百千]';
const NUMBERED = [
  new RegExp(`十${NUMERAL}五`, 'gu'), // 十四五, 十五五: five-year plans
  new RegExp(`${NUMERAL}+[个股项条]\\p{Script=Han}{2,4}`, 'gu'), // 两个维护, 五个共同家园, 三股势力
  new RegExp(`${NUMERAL}{2,3}大`, 'gu'), // 二十大, 十八大
  new RegExp(`${NUMERAL}{1,3}届${NUMERAL}中全会`, 'gu'), // 二十届三中全会
];
const QUOTED = /[“「]([\p{Script=Han}]{2,12})[”」]/gu;

class Counter<K> extends Map<K, number> {
  add(key: K, by = 1): void {
    this.set(key, (this.get(key) ?? 0) + by);
  }
}

function entropy(counts: Counter<string> | undefined): number {
  if (!counts) return 0;
  let total = 0;
  for (const n of counts.values()) total += n;
  let h = 0;
  for (const n of counts.values()) h -= (n / total) * Math.log2(n / total);
  return h;
}

/** N-gram counts with the characters around each n-gram, and pattern hits, gathered chunk by chunk. */
export class CandidateFinder {
  private readonly grams = new Counter<string>();
  private readonly left = new Map<string, Counter<string>>();
  private readonly right = new Map<string, Counter<string>>();
  private readonly patternHits = new Map<string, Set<string>>();
  private readonly hitCounts = new Counter<string>();
  private chars = 0;

  add(simplified: string): void {
    for (const run of simplified.match(/\p{Script=Han}+/gu) ?? []) {
      const chars = [...run];
      this.chars += chars.length;
      for (let i = 0; i < chars.length; i++) {
        let gram = '';
        for (let n = 1; n <= MAX_N && i + n <= chars.length; n++) {
          gram += chars[i + n - 1];
          this.grams.add(gram);
          if (n < MIN_N) continue;
          const before = i > 0 ? chars[i - 1]! : EDGE;
          const after = i + n < chars.length ? chars[i + n]! : EDGE;
          let l = this.left.get(gram);
          if (!l) this.left.set(gram, (l = new Counter()));
          l.add(before);
          let r = this.right.get(gram);
          if (!r) this.right.set(gram, (r = new Counter()));
          r.add(after);
        }
      }
    }
    const hit = (term: string, pattern: string) => {
      let set = this.patternHits.get(term);
      if (!set) this.patternHits.set(term, (set = new Set()));
      set.add(pattern);
      this.hitCounts.add(term);
    };
    for (const regex of NUMBERED) for (const [m] of simplified.matchAll(regex)) hit(m, 'numbered');
    for (const m of simplified.matchAll(QUOTED)) hit(m[1]!, 'quoted');
  }

  private cohesion(term: string): number {
    const chars = [...term];
    const p = (s: string) => (this.grams.get(s) ?? 0) / this.chars;
    let lowest = Infinity;
    for (let i = 1; i < chars.length; i++) {
      const pmi = Math.log2(p(term) / (p(chars.slice(0, i).join('')) * p(chars.slice(i).join(''))));
      lowest = Math.min(lowest, pmi);
    }
    return lowest;
  }

  /** Candidates ranked best first; `known` terms and their fragments left out. */
  candidates(known: readonly string[], top = 60): Candidate[] {
    const knownSet = new Set(known);
    const results = new Map<string, Candidate>();
    const consider = (term: string, patterns: string[]) => {
      const count = this.grams.get(term) ?? 0;
      if (count === 0 || knownSet.has(term)) return;
      const leftEntropy = entropy(this.left.get(term));
      const rightEntropy = entropy(this.right.get(term));
      const cohesion = this.cohesion(term);
      // Frequency, times cohesion, times the poorer of the two boundaries; patterns count as context.
      const boundary = Math.min(leftEntropy, rightEntropy) + (patterns.length ? 1 : 0);
      const length = [...term].length;
      // A two-character word counts only where a pattern found it (“发展” quoted once is not 发展 90 times).
      const weight = length < 3 ? (this.hitCounts.get(term) ?? 0) : count;
      const score =
        Math.log2(1 + weight) * Math.max(0, cohesion) * (0.25 + boundary) * Math.sqrt(length - 1) * (patterns.length ? 2 : 1) * (length < 3 ? 0.3 : 1);
      if (score <= 0) return;
      const existing = results.get(term);
      if (existing) existing.patterns = [...new Set([...existing.patterns, ...patterns])];
      else results.set(term, { term, count, cohesion, leftEntropy, rightEntropy, patterns, score });
    };
    for (const [term, count] of this.grams) {
      const n = [...term].length;
      // Two-character n-grams are mostly ordinary words, which a dictionary explains: patterns only.
      if (n < 3 || count < 2) continue;
      // A statistical candidate must vary on both sides (or touch the edge of a run of Han text).
      if (entropy(this.left.get(term)) < 0.9 || entropy(this.right.get(term)) < 0.9) continue;
      consider(term, []);
    }
    for (const [term, patterns] of this.patternHits) consider(term, [...patterns]);
    // Suffix patterns: the phrase before 倡议/主义/… whose left boundary is the most varied.
    for (const [gram] of this.grams) {
      const suffix = SUFFIXES.find((s) => gram.endsWith(s) && gram.length > s.length + 1);
      if (!suffix || [...gram].length > 8 || LEADING_VERB.test(gram)) continue;
      // Its start must be a boundary: varied characters before it, or the start of a run of Han text.
      const before = this.left.get(gram);
      const afterVerb = [...(before?.keys() ?? [])].every((c) => c === EDGE || /[持对建动彻践扬出导强化护]/u.test(c));
      if (entropy(before) < 0.9 && !(before?.size === 1 && before.has(EDGE)) && !afterVerb) continue;
      consider(gram, [`suffix ${suffix}`]);
    }
    const ranked = [...results.values()]
      // A fragment of a glossary term, or of a better candidate just as frequent, is no candidate.
      .filter((c) => !known.some((k) => k.includes(c.term) && (this.grams.get(k) ?? 0) >= c.count * 0.8))
      .sort((a, b) => b.score - a.score || b.count - a.count || a.term.localeCompare(b.term));
    const kept: Candidate[] = [];
    for (const c of ranked) {
      if (kept.some((k) => (k.term.includes(c.term) || c.term.includes(k.term)) && Math.abs(k.count - c.count) <= c.count * 0.2)) continue;
      kept.push(c);
      if (kept.length >= top) break;
    }
    return kept;
  }
}

export async function findCandidates(dir: string, top = 60): Promise<Candidate[]> {
  const finder = new CandidateFinder();
  for await (const { simplified } of streamCorpus(dir)) finder.add(simplified);
  return finder.candidates(
    CURATED_TERMS.map(({ term }) => term),
    top,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name: string) => {
    const at = process.argv.indexOf(name);
    return at > 0 ? process.argv[at + 1] : undefined;
  };
  const dir = arg('--corpus') ?? join(REPO_ROOT, 'corpus');
  const top = Number(arg('--top') ?? 60);
  findCandidates(dir, top).then((candidates) => {
    if (process.argv.includes('--json')) {
      console.log(JSON.stringify(candidates, null, 2));
      return;
    }
    console.log('rank\tcandidate\tcount\tPMI\tleft H\tright H\tpatterns');
    candidates.forEach((c, i) =>
      console.log(
        [i + 1, c.term, c.count, c.cohesion.toFixed(1), c.leftEntropy.toFixed(2), c.rightEntropy.toFixed(2), c.patterns.join(', ')].join('\t'),
      ),
    );
  });
}
