// `npm run eval:card [-- --cli-root DIR] [--failures] [--check] [--cases FILE]`: what the hover card says for the
// pointed character of each dev case (tools/eval/card-cases.jsonl), scored by kind — the word, its reading (word
// and reading both right), whether the first definition line carries the sense that fits, and names (the right
// kind where one is expected, no claim where none is). All cases go through one `card --json --lines -` process.
//   --cli-root DIR  run the command line of another checkout (its `card` command) on this dev set
//   --failures      list each failing case with what came back
//   --check         validate the dev set only: counts by kind, and sense keywords the dictionary has no line for
//   --cases FILE    another dev set in the same format
// The dev set is checked before anything is scored, and refused (exit 2) when a case is wrong: the pointed
// character must lie inside an accepted word, readings must be tone-marked and fit the words, a corpus sentence
// must be in its file, and some sense keyword of each case must appear in a CC-CEDICT definition of an accepted
// word (`lookup` of this checkout) — except for names and abbreviations the dictionary does not know (锡 for Wuxi).
// The other keywords may be plain-word synonyms of the same sense ("particle", "in the middle of"); --check lists them.
import '../lib/fail-in-one-line';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KINDS, keywordPattern, readCases, type CardCase } from './card-cases';
import { firstLine, judge, spanAgrees, type CardAnswer, type Verdict } from './card-score';
import { runCli } from './run-cli';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = resolve(HERE, '../..');

function fail(message: string, status = 2): never {
  console.error(message);
  process.exit(status);
}

function parseArgs(argv: string[]) {
  const options = { cliRoot: REPO_ROOT, cases: join(HERE, 'card-cases.jsonl'), failures: false, check: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--failures') options.failures = true;
    else if (arg === '--check') options.check = true;
    else if (arg === '--cli-root' || arg === '--cases') {
      const value = argv[++i];
      if (value === undefined) fail(`${arg} needs a path`);
      if (arg === '--cli-root') options.cliRoot = resolve(value);
      else options.cases = resolve(value);
    } else fail(`unknown option ${arg}; usage: eval-card [--cli-root DIR] [--failures] [--check] [--cases FILE]`);
  }
  if (!existsSync(join(options.cliRoot, 'package.json'))) fail(`--cli-root ${options.cliRoot} is not a checkout (no package.json)`);
  if (!existsSync(options.cases)) fail(`no dev set at ${options.cases}`);
  return options;
}

// Its own minimal table, so this script imports nothing from the build scripts.
function markdownTable(header: string[], rows: string[][]): string {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) => `| ${widths.map((width, i) => (cells[i] ?? '').padEnd(width)).join(' | ')} |`;
  return [line(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

const percent = (right: number, all: number) => (all === 0 ? '–' : `${((100 * right) / all).toFixed(1)}%`);
const kindsOf = (cases: CardCase[]) => [...KINDS.filter((k) => cases.some((c) => c.kind === k))];

interface DictionaryCheck {
  problems: string[];
  /** Name cases whose keywords no definition carries (the dictionary does not know that use). */
  unknownToDictionary: string[];
  /** Keywords in no definition beside others that are: plain-word synonyms of the same sense. */
  synonyms: string[];
  traditional: Set<string>;
}

/** Some keyword of each case must be in a definition of an accepted word, looked up as written and in simplified script. */
function checkAgainstDictionary(cases: CardCase[]): DictionaryCheck {
  const words = [...new Set(cases.flatMap((c) => c.words))];
  const texts = cases.map((c) => c.text);
  const converted = runCli(REPO_ROOT, ['convert', '--to', 'cn', '--lines', '-'], [...words, ...texts]);
  if (converted.status !== 0 || converted.lines.length !== words.length + texts.length) fail(`convert failed in ${REPO_ROOT}: ${converted.error}`, 1);
  const simplified = new Map(words.map((w, i) => [w, converted.lines[i]!]));
  const traditional = new Set(cases.filter((c, i) => converted.lines[words.length + i] !== c.text).map((c) => c.id));
  const forms = [...new Set([...words, ...simplified.values()])];
  const looked = runCli(REPO_ROOT, ['lookup', '--json', '--lines', '-'], forms);
  if (looked.status !== 0 || looked.lines.length !== forms.length) fail(`lookup failed in ${REPO_ROOT}: ${looked.error}`, 1);
  const definitions = new Map(forms.map((f, i) => [f, (JSON.parse(looked.lines[i]!) as CardAnswer['entries']).flatMap((e) => e.definitions)]));
  const problems: string[] = [];
  const unknownToDictionary: string[] = [];
  const synonyms: string[] = [];
  for (const c of cases) {
    const lines = c.words.flatMap((w) => [...(definitions.get(w) ?? []), ...(w === simplified.get(w) ? [] : (definitions.get(simplified.get(w)!) ?? []))]);
    const missing = c.sense.filter((k) => !lines.some((line) => keywordPattern(k).test(line.normalize('NFC'))));
    if (missing.length === 0) continue;
    const line = `${c.id} ${c.words.join('|')}: ${missing.join(', ')}`;
    if (missing.length < c.sense.length) synonyms.push(line);
    else if (c.name !== null) unknownToDictionary.push(line);
    else problems.push(`${c.id}: no sense keyword (${c.sense.join(', ')}) is in a CC-CEDICT definition of ${c.words.join(' or ')}`);
  }
  return { problems, unknownToDictionary, synonyms, traditional };
}

const options = parseArgs(process.argv.slice(2));
const { cases, problems } = readCases(options.cases, REPO_ROOT);
if (problems.length > 0) fail(`${problems.join('\n')}\nThe dev set ${options.cases} is refused: ${problems.length} problem(s).`);
const dictionary = checkAgainstDictionary(cases);
if (dictionary.problems.length > 0) fail(`${dictionary.problems.join('\n')}\nThe dev set ${options.cases} is refused: ${dictionary.problems.length} problem(s).`);

if (options.check) {
  const rows = kindsOf(cases).map((kind) => {
    const mine = cases.filter((c) => c.kind === kind);
    return [kind, String(mine.length), String(mine.filter((c) => dictionary.traditional.has(c.id)).length), String(mine.filter((c) => c.source !== 'composed').length)];
  });
  rows.push(['all', String(cases.length), String(dictionary.traditional.size), String(cases.filter((c) => c.source !== 'composed').length)]);
  console.log(`The dev set is valid: ${cases.length} cases.\n`);
  console.log(markdownTable(['kind', 'cases', 'traditional script', 'from the corpus'], rows));
  if (dictionary.unknownToDictionary.length > 0) {
    console.log(`\nNames and abbreviations CC-CEDICT has no line for (the card must explain them itself):`);
    for (const line of dictionary.unknownToDictionary) console.log(`- ${line}`);
  }
  if (dictionary.synonyms.length > 0) {
    console.log(`\nSense keywords in no CC-CEDICT line, beside keywords that are (plain-word synonyms):`);
    for (const line of dictionary.synonyms) console.log(`- ${line}`);
  }
  process.exit(0);
}

const run = runCli(
  options.cliRoot,
  ['card', '--json', '--lines', '-'],
  cases.map((c) => JSON.stringify({ text: c.text, offset: c.offset })),
);
if (run.status !== 0) {
  if (/unknown command/i.test(run.error)) fail(`The command line in ${options.cliRoot} has no \`card\` command (${run.error.trim()}).`);
  fail(`card failed in ${options.cliRoot}: ${run.error.trim()}`, 1);
}
if (run.lines.length !== cases.length) fail(`card printed ${run.lines.length} lines for ${cases.length} cases`, 1);
const answers = run.lines.map((line, i) => {
  try {
    return JSON.parse(line) as CardAnswer;
  } catch {
    return fail(`card printed a line that is not JSON for ${cases[i]!.id}: ${line.slice(0, 80)}`, 1);
  }
});
const verdicts: Verdict[] = cases.map((c, i) => judge(c, answers[i]!));

const ASPECTS = ['word', 'pinyin', 'sense', 'name'] as const;
const row = (label: string, picked: number[]) => [label, String(picked.length), ...ASPECTS.map((a) => percent(picked.filter((i) => verdicts[i]![a]).length, picked.length))];
const indices = cases.map((_, i) => i);
const rows = kindsOf(cases).map((kind) => row(kind, indices.filter((i) => cases[i]!.kind === kind)));
rows.push(row('traditional script', indices.filter((i) => dictionary.traditional.has(cases[i]!.id))));
rows.push(row('**all**', indices));
console.log(`Card in ${options.cliRoot}: ${cases.length} cases in one process, ${(run.ms / 1000).toFixed(1)} s.\n`);
console.log(markdownTable(['kind', 'cases', 'word', 'pinyin (word and reading)', 'first sense', 'name'], rows));
const spanless = indices.filter((i) => verdicts[i]!.word && !spanAgrees(cases[i]!, answers[i]!));
if (spanless.length > 0) console.log(`\n${spanless.length} answers with the right word whose start/end do not give it around the offset (${spanless.slice(0, 5).map((i) => cases[i]!.id).join(', ')}${spanless.length > 5 ? ', …' : ''}).`);

if (options.failures) {
  console.log('\nFailures:');
  for (const i of indices) {
    const [c, a, v] = [cases[i]!, answers[i]!, verdicts[i]!];
    if (ASPECTS.every((aspect) => v[aspect])) continue;
    const mark = (ok: boolean) => (ok ? '✓' : '✗');
    const pointed = `${c.text.slice(Math.max(0, c.offset - 12), c.offset)}⟦${c.text[c.offset]}⟧${c.text.slice(c.offset + 1, c.offset + 13)}`;
    const got = a.name ? `${a.name.kind} ${a.name.pinyin ?? ''}`.trim() : 'none';
    console.log(`- ${c.id} ${pointed}`);
    console.log(
      `  ${mark(v.word)} word ${a.word} (want ${c.words.join(' | ')})  ${mark(v.pinyin)} pinyin ${(a.pinyin ?? []).join(' ')} (want ${[c.pinyin].flat().join(' | ')})` +
        `  ${mark(v.sense)} first line "${firstLine(a)}" (want ${c.sense.length ? c.sense.join(' | ') : `the ${c.name} name`})  ${mark(v.name)} name ${got} (want ${c.name ?? 'none'})`,
    );
  }
}
