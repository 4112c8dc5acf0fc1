// Property tests of the word list's files (fast-check), on random Unicode (tests/support/unicode-text.ts): a CSV
// export imports back exactly, no cell of any export is one a spreadsheet would read as a formula, and Anki shows
// every field exactly as saved.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ankiField, fromCsv, parseCsvRows, toAnkiTsv, toCsv, WORD_FIELDS, type SavedWord } from '../../../../features/word-list/word-list-format';
import { propertyRuns as runs, unicodeText } from '../../../support/unicode-text';

/** Text as a file holds it: UTF-8 has no lone surrogate (a file's writer turns each into U+FFFD). */
const wellFormed = (text: string) => text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
const field = fc.oneof(unicodeText(12), fc.constant('')).map(wellFormed);

const savedWord: fc.Arbitrary<SavedWord> = fc.record(Object.fromEntries(WORD_FIELDS.map((name) => [name, field])) as Record<keyof SavedWord, fc.Arbitrary<string>>).filter(
  // The list never holds a blank word (import skips such rows).
  (item) => item.word.trim() !== '',
);
const list = fc.array(savedWord, { maxLength: 6 });

/** The file as the word-list page writes it (a byte order mark, UTF-8) and as `File.text()` reads it back. */
const throughFile = (text: string) => new TextDecoder().decode(new TextEncoder().encode(`\ufeff${text}`));

/**
 * Whether a spreadsheet could read a cell as a formula, written apart from the exporter's rule: its first character
 * is a tab, CR or LF, or its first character past leading white space is = + - @ or a fullwidth or small form of one.
 */
function readsAsFormula(cell: string): boolean {
  if (/^[\t\r\n]/.test(cell)) return true;
  const first = cell.trimStart()[0];
  return first !== undefined && '=+-@＝＋－＠﹦﹢﹣﹫'.includes(first);
}

/** What Anki shows for a field of the file (#html:true): the HTML rendered as text, a <br> a line break. */
function ankiShows(html: string): string {
  return html
    .replace(/<br>/g, '\n')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&(lt|gt|quot|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', amp: '&' })[name]!);
}

describe('CSV', () => {
  test('an exported list imports back exactly, through the file', () => {
    fc.assert(
      fc.property(list, (words) => {
        expect(fromCsv(throughFile(toCsv(words)))).toEqual(words);
      }),
      runs(300),
    );
  });

  test('no cell of the file reads as a formula', () => {
    fc.assert(
      fc.property(list, (words) => {
        const risky = parseCsvRows(toCsv(words)).flat().filter(readsAsFormula);
        expect(risky).toEqual([]);
      }),
      runs(300),
    );
  });
});

describe('Anki', () => {
  test('each note is one line of seven fields, none a formula, and Anki shows each exactly as saved', () => {
    fc.assert(
      fc.property(list, (words) => {
        const lines = toAnkiTsv(words).split('\n').slice(3, -1);
        expect(lines).toHaveLength(words.length);
        lines.forEach((line, i) => {
          const item = words[i]!;
          const fields = line.split('\t');
          expect(fields).toHaveLength(7);
          for (const quoted of fields) expect(quoted).toMatch(/^"[^"]*"$/);
          const cells = fields.map((quoted) => quoted.slice(1, -1));
          expect(cells.filter(readsAsFormula)).toEqual([]);
          expect(ankiShows(cells[0]!)).toBe(item.word.replace(/\r\n?/g, '\n'));
          expect(ankiShows(cells[6]!)).toBe(item.note.replace(/\r\n?/g, '\n'));
        });
      }),
      runs(300),
    );
  });

  test('any text is one HTML field that shows as the text', () => {
    fc.assert(
      fc.property(field, (value) => {
        const html = ankiField(value);
        // No separator, quote or line break; no markup but line breaks; no [ or \ for Anki to act on.
        expect(html).not.toMatch(/[\t\n\r"]/);
        expect(html.replace(/<br>/g, '')).not.toMatch(/[<>[\\]/);
        expect(ankiShows(html)).toBe(value.replace(/\r\n?/g, '\n'));
      }),
      runs(500),
    );
  });
});
