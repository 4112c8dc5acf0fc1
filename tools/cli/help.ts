// The command line's --help texts: one overview, and one page per command (what it prints, its options, an example).
// The interfaces themselves are fixed by ../shared/contracts.md; these texts only describe them.

const RUN = 'npm run --silent cli --';

const COMMON = [
  'TEXT may be - to read standard input. Common options:',
  '  --json     print JSON (JSON Lines with --lines)',
  '  --lines    each input line on its own, one result per line (all but detect)',
  '  --help     this help',
  'Bad input gets one line on stderr and exit status 2.',
];

export const COMMAND_HELP: Record<string, { summary: string; usage: string; details: string[]; example: string }> = {
  pinyin: {
    summary: 'pinyin of each word as read in its sentence',
    usage: 'pinyin [--json] [--lines] [--neutral citation|spoken] TEXT|-',
    details: [
      'Prints the syllables; with --json, tokens {"text", "pinyin": [...]} whose texts join back into the input.',
      '  --neutral citation   lexically neutral syllables with their citation tone (知识 zhī shí; the default)',
      '  --neutral spoken     as spoken and as the hover card shows them (zhī shi)',
    ],
    example: `${RUN} pinyin --json 国务委员长金正恩`,
  },
  convert: {
    summary: 'simplified ↔ traditional conversion (OpenCC)',
    usage: 'convert --to cn|tw|twp|hk|t [--from auto|cn|tw|twp|hk|t] [--lines] TEXT|-',
    details: [
      'Prints the converted text and nothing else. Locales: cn mainland simplified, tw Taiwan characters,',
      'twp Taiwan characters and phrasing, hk Hong Kong characters, t OpenCC traditional. --from defaults to auto.',
    ],
    example: `${RUN} convert --to tw 后台支持`,
  },
  lookup: {
    summary: 'CC-CEDICT entries for a word, best first',
    usage: 'lookup [--json] [--lines] WORD|-',
    details: [
      'With --json, entries {"simplified", "traditional", "pinyin", "definitions": [...]}; [] when there is none.',
      'A word with no entry is named on stderr; the exit status stays 0.',
    ],
    example: `${RUN} lookup --json 行长`,
  },
  glossary: {
    summary: 'the glossary of political terms, best match first',
    usage: 'glossary [--json] [--lines] QUERY|-',
    details: [
      'QUERY: Chinese in either script, pinyin with or without tones or spaces, initials (rlmygtt) or English.',
      'With --json, entries {"term", "traditional", "pinyin", "english", "category", "explanation", "examples", "count"}.',
    ],
    example: `${RUN} glossary --json rlmygtt`,
  },
  card: {
    summary: 'what the hover card shows for the character at an offset',
    usage: 'card [--json] --offset N TEXT   |   card [--json] --lines -',
    details: [
      'N is a UTF-16 offset into TEXT. With --json: {"word", "start", "end", "pinyin", "entries", "glossary", "name"}.',
      'With --lines -, each input line is a JSON object {"text": "...", "offset": N}.',
    ],
    example: `${RUN} card --json --offset 7 龙湖集团董事长吴亚军辞去职务。`,
  },
  detect: {
    summary: 'is a page Chinese, in which script, and where its article is',
    usage: 'detect [--json] FILE.html|-',
    details: [
      'Reads a saved page, an HTML fragment or plain text, in whatever charset its bytes really use.',
      'With --json: {"chinese", "script", "hanChars", "article": {"found", "text", "hanChars"}}.',
    ],
    example: `${RUN} detect --json page.html`,
  },
};

export const USAGE = `usage: cli <${Object.keys(COMMAND_HELP).join('|')}> [options] TEXT|-   (cli --help, cli COMMAND --help)`;

/** The overview `cli --help` prints. */
export function overviewHelp(): string {
  const width = Math.max(...Object.keys(COMMAND_HELP).map((name) => name.length));
  return [
    'Xinwen Reader on the command line: the language core the extension runs, with no browser around it.',
    `usage: ${RUN} COMMAND [options] TEXT|-`,
    '',
    'commands:',
    ...Object.entries(COMMAND_HELP).map(([name, help]) => `  ${name.padEnd(width)}  ${help.summary}`),
    '',
    ...COMMON,
    `${RUN} COMMAND --help shows a command's options and an example.`,
  ].join('\n');
}

/** The page `cli COMMAND --help` prints. */
export function commandHelp(name: string): string {
  const help = COMMAND_HELP[name]!;
  return [`${name}: ${help.summary}`, `usage: ${RUN} ${help.usage}`, '', ...help.details, '', ...COMMON, '', `example: ${help.example}`].join('\n');
}

/** Whether the arguments ask for help: --help or -h before any "--" (after it, everything is text). */
export function wantsHelp(argv: string[]): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).some((arg) => arg === '--help' || arg === '-h');
}
