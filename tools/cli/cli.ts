// The command line: the language core the extension runs, with no browser around it.
// Usage: npm run --silent cli -- <pinyin|convert|lookup|glossary|card|detect> [options] TEXT|-
import { readFileSync } from 'node:fs';
import { convertText, isLocale, type SourceLocale } from '../../core/script/convert-script';
import { toDictionaryResult } from '../../core/dictionary/dictionary';
import { detectPage, pageVerdict } from '../../core/detection/page-text';
import { pinyinTokens } from '../../core/pinyin/pinyin';
import { loadSavedPage } from '../lib/saved-page';
import { loadDictionary, loadGlossary, loadLexicon, loadPinyinData } from '../lib/node-data';
import { composeCard, type WordCard } from '../../core/card/card';
import { commandHelp, overviewHelp, USAGE, wantsHelp } from './help';

/** A problem with the user's input: printed as one line, exit status 2. */
class UsageError extends Error {}

/** What a command tells the user beside its output (a word with no entry): printed on stderr after the output. */
const notes: string[] = [];

interface Options {
  json: boolean;
  lines: boolean;
  to?: string;
  from?: string;
  offset?: string;
  /** pinyin: lexically neutral syllables with their citation tone (知识 zhī shí, as the CPP benchmark writes them; the
   * default) or as spoken and as the card shows them (zhī shi). */
  neutral: 'citation' | 'spoken';
  args: string[];
}

function parseOptions(argv: string[]): Options {
  const options: Options = { json: false, lines: false, neutral: 'citation', args: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    // After "--", everything is text, even what looks like an option.
    if (arg === '--') {
      options.args.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '--json') options.json = true;
    else if (arg === '--lines') options.lines = true;
    else if (arg === '--to' || arg === '--from') {
      const value = argv[++i];
      if (value === undefined) throw new UsageError(`${arg} needs a locale (cn, tw, twp, hk, t)`);
      options[arg === '--to' ? 'to' : 'from'] = value;
    } else if (arg === '--offset') {
      const value = argv[++i];
      if (value === undefined) throw new UsageError('--offset needs a number (a UTF-16 offset into TEXT)');
      options.offset = value;
    } else if (arg === '--neutral') {
      const value = argv[++i];
      if (value !== 'citation' && value !== 'spoken') throw new UsageError('--neutral needs citation or spoken');
      options.neutral = value;
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else options.args.push(arg);
  }
  return options;
}

function decodeUtf8(bytes: Uint8Array, what: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(`${what} is not valid UTF-8`);
  }
}

/** The one text argument, or standard input for "-". */
function readText(options: Options): string {
  if (options.args.length !== 1) throw new UsageError(`expected one TEXT argument (or - for standard input); ${USAGE}`);
  const arg = options.args[0]!;
  if (arg === '-') return decodeUtf8(readFileSync(0), 'standard input');
  // Node turns bytes that are not UTF-8 in an argument into U+FFFD.
  if (arg.includes('\uFFFD')) throw new UsageError('the argument is not valid UTF-8');
  return arg;
}

/** With --lines, each input line is one input; without, the whole text is. */
function inputs(text: string, options: Options): string[] {
  if (!options.lines) return [text];
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

type Command = (options: Options) => string[] | Promise<string[]>;

const pinyinCommand: Command = (options) => {
  const lexicon = loadLexicon();
  return inputs(readText(options), options).map((text) => {
    const tokens = pinyinTokens(text, lexicon, loadPinyinData(), { neutralTones: options.neutral === 'spoken' ? 'dictionary' : 'model' });
    if (options.json) return JSON.stringify(tokens);
    return tokens.map((token) => (token.pinyin.length > 0 ? token.pinyin.join(' ') : token.text)).join(' ');
  });
};

const convertCommand: Command = (options) => {
  if (!options.to) throw new UsageError('convert needs --to cn|tw|twp|hk|t');
  if (!isLocale(options.to)) throw new UsageError(`unknown locale "${options.to}" for --to (use cn, tw, twp, hk or t)`);
  const from = options.from ?? 'auto';
  if (from !== 'auto' && !isLocale(from)) throw new UsageError(`unknown locale "${from}" for --from (use auto, cn, tw, twp, hk or t)`);
  const to = options.to;
  return inputs(readText(options), options).map((text) => {
    const converted = convertText(text, to, from as SourceLocale);
    return options.json ? JSON.stringify(converted) : converted;
  });
};

const lookupCommand: Command = (options) => {
  const dictionary = loadDictionary();
  const lines = inputs(readText(options), options).map((word, i) => {
    const results = dictionary.lookup(word.trim()).map(toDictionaryResult);
    if (results.length === 0) notes.push(`${options.lines ? `line ${i + 1}: ` : ''}no dictionary entry for "${word.trim()}"`);
    if (options.json) return JSON.stringify(results);
    return results.map((r) => `${r.simplified} ${r.traditional} [${r.pinyin}] ${r.definitions.join('; ')}`).join('\n');
  });
  // One word with no entry prints nothing (stderr says why); with --lines, every input keeps its line.
  return !options.lines && lines[0] === '' ? [] : lines;
};

const glossaryCommand: Command = (options) => {
  const glossary = loadGlossary();
  return inputs(readText(options), options).map((query) => {
    const results = glossary.search(query);
    if (options.json) return JSON.stringify(results);
    return results.map((e) => `${e.term} ${e.traditional} [${e.pinyin}] ${e.english}`).join('\n');
  });
};

/** A card request's offset: a whole number inside the text. */
function cardOffset(value: unknown, text: string, where: string): number {
  const offset = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0) throw new UsageError(`${where}: the offset must be a whole number of UTF-16 units, not ${JSON.stringify(value)}`);
  if (offset >= text.length) throw new UsageError(`${where}: offset ${offset} is past the end of the text (${text.length} UTF-16 units)`);
  return offset;
}

/** One card request per input: the TEXT and --offset, or with --lines one JSON object {"text", "offset"} per line. */
function cardRequests(options: Options): { text: string; offset: number }[] {
  if (!options.lines) {
    if (options.offset === undefined) throw new UsageError('card needs --offset N (or --lines - with {"text", "offset"} objects)');
    const text = readText(options);
    return [{ text, offset: cardOffset(options.offset, text, 'card') }];
  }
  if (options.offset !== undefined) throw new UsageError('card --lines reads each offset from its line: drop --offset');
  return inputs(readText(options), options).map((line, i) => {
    let request: unknown;
    try {
      request = JSON.parse(line);
    } catch {
      throw new UsageError(`line ${i + 1}: not a JSON object {"text", "offset"}`);
    }
    const { text, offset } = (request ?? {}) as { text?: unknown; offset?: unknown };
    if (typeof text !== 'string') throw new UsageError(`line ${i + 1}: "text" must be a string`);
    return { text, offset: cardOffset(offset, text, `line ${i + 1}`) };
  });
}

/** The card as the command line prints it (../shared/contracts.md): the entries in the card's order, what the word
 * does in this sentence as the first entry's first definition. */
export function cardJson(card: WordCard | null): string {
  if (!card) return 'null';
  const entries = card.definitions.map(({ simplified, traditional, pinyin, definitions }) => ({ simplified, traditional, pinyin, definitions }));
  if (card.usage) {
    const [first] = entries;
    if (first) entries[0] = { ...first, definitions: [card.usage, ...first.definitions] };
    else entries.push({ simplified: card.word, traditional: card.otherScript ?? card.word, pinyin: card.pinyin.join(' '), definitions: [card.usage] });
  }
  return JSON.stringify({
    word: card.word,
    start: card.start,
    end: card.end,
    pinyin: card.pinyin,
    entries,
    glossary: card.glossary ?? null,
    name: card.name ?? null,
  });
}

const cardCommand: Command = async (options) => {
  const requests = cardRequests(options);
  const sources = { lexicon: loadLexicon(), pinyinData: loadPinyinData(), glossary: loadGlossary() };
  const lines: string[] = [];
  for (const request of requests) {
    const card = await composeCard(request, sources);
    if (options.json) lines.push(cardJson(card));
    else if (!card) lines.push('');
    else {
      const head = `${card.word}${card.otherScript ? ` ${card.otherScript}` : ''} [${card.pinyin.join(' ')}]${card.name ? ` name (${card.name.kind}): ${card.name.pinyin}` : ''}`;
      const senses = card.definitions.slice(0, 3).map((entry) => `  ${entry.simplified} ${entry.traditional} [${entry.pinyin}] ${entry.definitions.join('; ')}`);
      lines.push([head, ...(card.usage ? [`  ${card.usage}`] : []), ...senses, ...(card.glossary ? [`  glossary: ${card.glossary.term} ${card.glossary.english}`] : [])].join('\n'));
    }
  }
  return lines;
};

const detectCommand: Command = (options) => {
  if (options.args.length !== 1) throw new UsageError('detect needs one FILE.html (or - for standard input)');
  const path = options.args[0]!;
  let bytes: Buffer;
  try {
    bytes = readFileSync(path === '-' ? 0 : path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `no such file: ${path}` : `cannot read ${path}: ${code ?? String(error)}`);
  }
  const verdict = pageVerdict(detectPage(loadSavedPage(bytes).document));
  if (options.json) return [JSON.stringify(verdict)];
  return [`${verdict.script}, ${verdict.hanChars} Han characters; article: ${verdict.article.found ? `${verdict.article.hanChars} Han characters` : 'none'}`];
};

const COMMANDS: Record<string, Command> = {
  pinyin: pinyinCommand,
  convert: convertCommand,
  lookup: lookupCommand,
  glossary: glossaryCommand,
  card: cardCommand,
  detect: detectCommand,
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === '--help' || name === '-h' || name === 'help') {
      process.stdout.write(`${overviewHelp()}\n`);
      return 0;
    }
    const command = name ? COMMANDS[name] : undefined;
    if (!command) throw new UsageError(name ? `unknown command "${name}"; ${USAGE}` : USAGE);
    if (wantsHelp(rest)) {
      process.stdout.write(`${commandHelp(name!)}\n`);
      return 0;
    }
    // All output is computed before any is printed: an error never leaves partial output.
    const lines = await command(parseOptions(rest));
    process.stdout.write(lines.map((line) => `${line}\n`).join(''));
    for (const note of notes) process.stderr.write(`xinwen: ${note}\n`);
    return 0;
  } catch (error) {
    const message = error instanceof UsageError ? error.message : `internal error: ${error instanceof Error ? error.message : String(error)}`;
    process.stderr.write(`xinwen: ${message.split('\n')[0]}\n`);
    return error instanceof UsageError ? 2 : 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
