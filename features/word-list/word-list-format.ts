// The word list's data: merging saves without duplicates, sorting, searching, and the CSV and Anki
// (tab-separated) files it exports and re-imports. Plain TypeScript, no browser API.
import type { GlossaryEntry } from '../../core/glossary/glossary';
import type { WordCard } from '../../core/card/card';
import { CLOSING_MARKS, READING_UNIT_END } from '../../core/text/text-rules';

export interface SavedWord {
  word: string;
  simplified: string;
  traditional: string;
  pinyin: string;
  /** Every definition, one per line (definitionsOf): the first is the word's meaning in its sentence. */
  definition: string;
  /** The sentence the word was saved from. */
  sentence: string;
  title: string;
  url: string;
  /** When it was last saved, ISO 8601. */
  date: string;
  note: string;
}

export const WORD_FIELDS = ['word', 'simplified', 'traditional', 'pinyin', 'definition', 'sentence', 'title', 'url', 'date', 'note'] as const satisfies readonly (keyof SavedWord)[];

export type WordSort = 'date' | 'word' | 'pinyin';
export const WORD_SORTS: readonly WordSort[] = ['date', 'word', 'pinyin'];

/**
 * Adds a save to the list. One item per word: saving a word already in the list updates it in place
 * (reading, definition, latest sentence, page and date) and keeps the reader's note.
 */
export function mergeSave(list: readonly SavedWord[], save: SavedWord): SavedWord[] {
  const at = list.findIndex((item) => item.word === save.word);
  if (at < 0) return [...list, save];
  const next = [...list];
  next[at] = { ...save, note: save.note || list[at]!.note };
  return next;
}

/**
 * Merges an imported list: words not in the list are added; for a word already there the list's item
 * is kept, taking the imported note when it has none. Importing the same file twice changes nothing.
 */
export function mergeImport(list: readonly SavedWord[], imported: readonly SavedWord[]): SavedWord[] {
  const next = [...list];
  const index = new Map(next.map((item, i) => [item.word, i]));
  for (const item of imported) {
    const at = index.get(item.word);
    if (at === undefined) {
      index.set(item.word, next.length);
      next.push(item);
    } else if (!next[at]!.note && item.note) next[at] = { ...next[at]!, note: item.note };
  }
  return next;
}

/** Pinyin without tone marks, for sorting (tone 1 before tone 2 … of the same syllables). */
const toneless = (pinyin: string) => pinyin.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

export function sortWords(list: readonly SavedWord[], by: WordSort): SavedWord[] {
  const compare: Record<WordSort, (a: SavedWord, b: SavedWord) => number> = {
    // Newest first.
    date: (a, b) => b.date.localeCompare(a.date),
    word: (a, b) => a.word.localeCompare(b.word, 'zh-Hans-u-co-pinyin'),
    pinyin: (a, b) => toneless(a.pinyin).localeCompare(toneless(b.pinyin)) || a.pinyin.localeCompare(b.pinyin),
  };
  return [...list].sort((a, b) => compare[by](a, b) || a.word.localeCompare(b.word));
}

/** Items whose word, either script, pinyin (with or without tones), definition, sentence or note contain the query. */
export function searchWords(list: readonly SavedWord[], query: string): SavedWord[] {
  const q = query.trim().toLowerCase();
  if (!q) return [...list];
  const plain = toneless(q).replace(/\s+/g, '');
  return list.filter((item) => {
    const text = [item.word, item.simplified, item.traditional, item.pinyin, item.definition, item.sentence, item.note].join('\n').toLowerCase();
    return text.includes(q) || toneless(item.pinyin).replace(/\s+/g, '').includes(plain);
  });
}

/** One field, quoted when it holds the separator, a quote or a line break (quotes doubled). */
function quote(value: string, separator: string): string {
  return value.includes(separator) || /["\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

const row = (values: readonly string[], separator: string) => values.map((value) => quote(value, separator)).join(separator);

/**
 * How a cell starts that a spreadsheet (Excel, LibreOffice Calc, Google Sheets) may read as a formula (CSV
 * injection): = + - @, also after leading spaces or line breaks (which the spreadsheets trim), in their fullwidth
 * and small forms (＝＋－＠, ﹦﹢﹣﹫, which East Asian input turns into formulas), or a tab, CR or LF at the start.
 */
const FORMULA = '(?:[\\t\\r\\n]|\\s*[=+\\-@\\uff1d\\uff0b\\uff0d\\uff20\\ufe66\\ufe62\\ufe63\\ufe6b])';
/** A formula start, after any apostrophes a protected cell already holds. */
const FORMULA_START = new RegExp(`^'*${FORMULA}`);
/** A formula start, as the very start of a cell. */
export const READS_AS_FORMULA = new RegExp(`^${FORMULA}`);

/**
 * A cell a spreadsheet would read as a formula gets a leading apostrophe, which spreadsheets show as text. A value
 * that already starts with apostrophes before a formula start gets one more, so import can always take exactly one away.
 */
export const protectCell = (value: string): string => (FORMULA_START.test(value) ? `'${value}` : value);
export const unprotectCell = (value: string): string => (value.startsWith("'") && FORMULA_START.test(value) ? value.slice(1) : value);

/** The list as CSV (RFC 4180, CRLF line ends), header row first; cells protected from formula reading. */
export function toCsv(list: readonly SavedWord[]): string {
  const rows = list.map((item) => row(WORD_FIELDS.map((field) => protectCell(item[field])), ','));
  return [row(WORD_FIELDS, ','), ...rows].join('\r\n') + '\r\n';
}

/** Columns of the Anki file: the front (word), then what the back shows. */
export const ANKI_COLUMNS = ['Word', 'Pinyin', 'Definition', 'Sentence', 'Other script', 'Source', 'Note'] as const;

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '[': '&#91;', '\\': '&#92;', '\t': '&#9;' };

/**
 * One field as Anki reads it with `#html:true` (its text import: https://docs.ankiweb.net/importing/text-files.html),
 * so it shows exactly the text: markup characters as entities (`<b>` stays text), line breaks as `<br>` (a raw one
 * would show as a space), tabs as `&#9;`; `[` and `\` as entities, since Anki plays `[sound:…]` and typesets
 * `\(…\)` found in a field; a formula start as an entity, so a spreadsheet opening the file reads text.
 */
export function ankiField(value: string): string {
  const lines = value.replace(/\r\n?/g, '\n').split('\n');
  const html = lines.map((line) => line.replace(/[&<>"'[\\\t]/g, (char) => HTML_ESCAPES[char]!)).join('<br>');
  if (!READS_AS_FORMULA.test(html)) return html;
  const first = html.codePointAt(0)!;
  return `&#${first};${html.slice(String.fromCodePoint(first).length)}`;
}

/**
 * The list as a tab-separated file with the header lines Anki reads (`#separator`, `#html`, `#columns`). Every field
 * is quoted (it holds no quote: ankiField writes them as entities): Anki skips a line that starts with `#` as a
 * comment, so a note whose word starts with one would be lost.
 */
export function toAnkiTsv(list: readonly SavedWord[]): string {
  const header = ['#separator:tab', '#html:true', `#columns:${ANKI_COLUMNS.join('\t')}`];
  const lines = list.map((item) => {
    const other = item.word === item.simplified ? item.traditional : item.simplified;
    const source = [item.title, item.url].filter(Boolean).join(' — ');
    const fields = [item.word, item.pinyin, item.definition, item.sentence, other === item.word ? '' : other, source, item.note];
    return fields.map((field) => `"${ankiField(field)}"`).join('\t');
  });
  return [...header, ...lines].join('\n') + '\n';
}

/** The address a saved page may be opened at from the list: only a web page (http:, https:); any other scheme
 * (file:, javascript:, data:, an extension's own pages) is shown as text, never as a link. */
export function pageLink(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
}

/** Rows of a CSV text (RFC 4180: quoted fields may hold commas, doubled quotes and line breaks). */
export function parseCsvRows(text: string): string[][] {
  const rows: string[][] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endRow = () => {
    fields.push(field);
    field = '';
    if (fields.length > 1 || fields[0] !== '') rows.push(fields);
    fields = [];
  };
  for (; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char !== '"') field += char;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      fields.push(field);
      field = '';
    } else if (char === '\n') endRow();
    else if (char !== '\r' || text[i + 1] !== '\n') field += char;
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || fields.length > 0) endRow();
  return rows;
}

/** The words of a CSV file this list exported; columns are found by the header row, in any order. */
export function fromCsv(text: string): SavedWord[] {
  const [header, ...rows] = parseCsvRows(text);
  if (!header) return [];
  const columns = header.map((name) => name.trim());
  if (!columns.includes('word')) throw new Error('not a word list: no "word" column');
  return rows
    .map((values) => {
      const item = Object.fromEntries(WORD_FIELDS.map((field) => [field, ''])) as unknown as SavedWord;
      columns.forEach((name, i) => {
        if ((WORD_FIELDS as readonly string[]).includes(name)) item[name as keyof SavedWord] = unprotectCell(values[i] ?? '');
      });
      return item;
    })
    .filter((item) => item.word.trim() !== '');
}

const CLOSING = new RegExp(`[${CLOSING_MARKS}]`);

/** The sentence of `text` holding the span start..end: from after the previous sentence end to the next one, trimmed. */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !READING_UNIT_END.test(text[from - 1]!)) from--;
  // Closing quotes right after the previous sentence's end belong to that sentence.
  while (from < start && CLOSING.test(text[from]!)) from++;
  let to = Math.max(end, start);
  while (to < text.length && !READING_UNIT_END.test(text[to]!)) to++;
  if (to < text.length && text[to] !== '\n') to++;
  // Closing quotes and brackets belong to the sentence they end.
  while (to < text.length && CLOSING.test(text[to]!)) to++;
  return text.slice(from, to).replace(/\s+/g, ' ').trim();
}

/** The definitions of a saved word, one per line of its definition field. */
export const definitionsOf = (item: Pick<SavedWord, 'definition'>): string[] =>
  item.definition
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * Every definition of the word a card gives, in the card's order: the first entry's (the word's sense here) as they
 * are, each other reading's after that reading in brackets ("[zháo] to touch"), so a line still says which reading it
 * belongs to. Entries of other words (a name's characters) are not the word's.
 */
export function definitionLines(card: WordCard): string[] {
  const first = card.definitions[0]?.pinyin;
  const own = card.definitions.filter((entry, i) => i === 0 || entry.simplified === card.word || entry.traditional === card.word);
  const lines = own.flatMap((entry) => entry.definitions.map((definition) => (entry.pinyin === first ? definition : `[${entry.pinyin}] ${definition}`)));
  return [...new Set(lines)];
}

/** What the word list keeps of a hover card: the word in both scripts, its reading in context, its definitions and sentence. */
export function savedWordOf(card: WordCard, text: string, page: { title: string; url: string; date: string }): SavedWord {
  const entry = card.definitions[0];
  const lines = definitionLines(card);
  return {
    word: card.word,
    simplified: entry?.simplified ?? card.glossary?.term ?? card.word,
    traditional: entry?.traditional ?? card.glossary?.traditional ?? card.otherScript ?? card.word,
    pinyin: card.pinyin.join(' '),
    definition: lines.length > 0 ? lines.join('\n') : (card.glossary?.english ?? ''),
    sentence: sentenceAround(text, card.start, card.end),
    title: page.title,
    url: page.url,
    date: page.date,
    note: '',
  };
}

/** What the word list keeps of a glossary entry: the term in both scripts, its pinyin and English, its first corpus example. */
export function savedTermOf(entry: GlossaryEntry, page: { title: string; url: string; date: string }): SavedWord {
  return {
    word: entry.term,
    simplified: entry.term,
    traditional: entry.traditional,
    pinyin: entry.pinyin,
    definition: entry.english,
    sentence: entry.examples[0]?.text.replace(/\s+/g, ' ').trim() ?? '',
    title: page.title,
    url: page.url,
    date: page.date,
    note: '',
  };
}
