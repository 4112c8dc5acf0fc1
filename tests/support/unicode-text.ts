// Random text for property tests (fast-check): the Unicode a hostile or merely unusual page can hold.
// Common Han text and real news words, rare Han from Extensions B–I, lone surrogates, combining marks,
// right-to-left text and controls, emoji sequences, zero-width characters, spaces, marks that end a
// sentence, scraped inline pinyin, markup-like and spreadsheet-like text, and any UTF-16 unit at all.
import fc from 'fast-check';

const codePoint = (from: number, to: number) => fc.integer({ min: from, max: to }).map((code) => String.fromCodePoint(code));
const codeUnit = (from: number, to: number) => fc.integer({ min: from, max: to }).map((code) => String.fromCharCode(code));

/** CJK Unified Ideographs Extensions B to I (astral planes 2 and 3). */
export const RARE_HAN_BLOCKS: readonly [number, number][] = [
  [0x20000, 0x2a6df], // B
  [0x2a700, 0x2b73f], // C
  [0x2b740, 0x2b81f], // D
  [0x2b820, 0x2ceaf], // E
  [0x2ceb0, 0x2ebef], // F
  [0x2ebf0, 0x2ee5f], // I
  [0x30000, 0x3134f], // G
  [0x31350, 0x323af], // H
];

/** Words of news text, in both scripts, some of them the conversion's traps and the reader's special cases. */
const NEWS_WORDS = [
  '银行行长发表', '维护发展', '后台', '後台', '中朝关系', '國務委員長', '关(guān)系', '關（guān）係', '曾庆红', '长篇小说',
  '人类命运共同体', '全过程人民民主', '“十五五”', '习近平', '乾隆', '头发', '發展', '〇', '々', '⺁', '⿰氵每',
];

/** One piece of text: a character, a short run or a word of one of the kinds above. */
export const unicodePiece: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: codePoint(0x4e00, 0x9fff) },
  { weight: 2, arbitrary: fc.constantFrom(...NEWS_WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...RARE_HAN_BLOCKS).chain(([from, to]) => codePoint(from, to)) },
  { weight: 1, arbitrary: codePoint(0x3400, 0x4dbf) }, // Extension A
  { weight: 1, arbitrary: codePoint(0xf900, 0xfaff) }, // compatibility ideographs
  { weight: 2, arbitrary: codeUnit(0xd800, 0xdfff) }, // a lone surrogate
  { weight: 2, arbitrary: fc.oneof(codePoint(0x0300, 0x036f), codePoint(0x20d0, 0x20ff), codePoint(0xfe20, 0xfe2f)) }, // combining marks
  { weight: 2, arbitrary: fc.oneof(codePoint(0x0590, 0x05ff), codePoint(0x0600, 0x06ff), fc.constantFrom('\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u061c')) }, // right to left
  { weight: 2, arbitrary: fc.oneof(codePoint(0x1f300, 0x1faff), fc.constantFrom('👨‍👩‍👧', '🇨🇳', '🇹🇼', '❤️', '👍🏽', '🏳️‍🌈', '#️⃣')) }, // emoji
  { weight: 2, arbitrary: fc.constantFrom('\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\ufe0f', '\ufe00') }, // zero width, variation selectors
  { weight: 3, arbitrary: fc.constantFrom(' ', '\u3000', '\u00a0', '\t', '\n', '\r', '\r\n', '\u2028', '\u000b', '\u0085') }, // spaces and breaks
  { weight: 3, arbitrary: fc.constantFrom('。', '！', '？', '；', '，', '、', '!', '?', ';', '：', '「', '」', '“', '”', '（', '）', '(', ')', '…', '—', '·') },
  { weight: 1, arbitrary: fc.constantFrom('(guān)', '（zhōng）', '(a)', '(', '（') }, // inline pinyin and what looks like it
  { weight: 1, arbitrary: fc.constantFrom('<b>', '</p>', '&amp;', '&#0;', '<script>', '"', "'", '`', '\\', '\u0000', '\u0001', '\u007f') },
  { weight: 1, arbitrary: fc.constantFrom('=', '+', '-', '@', '＝', '＋', '－', '＠', '=1+1', '@SUM(A1)', '|', '\uffff', '\ufffe', '\ufffd') },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 4 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 2 }) }, // any code point
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 2 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)) }, // any UTF-16 unit
);

/** A text of up to `maxPieces` pieces. */
export const unicodeText = (maxPieces = 40): fc.Arbitrary<string> => fc.array(unicodePiece, { maxLength: maxPieces }).map((pieces) => pieces.join(''));

/** The text a long line repeats (kept short, so a failing case prints short): it starts with a Han character. */
export const lineUnit: fc.Arbitrary<string> = fc
  .tuple(codePoint(0x4e00, 0x9fff), unicodeText(30))
  .map(([han, text]) => (han + text).replace(/[\n\r\u2028\u2029\u0085]/g, ''));

/** A line of at least 100,000 UTF-16 units with no line break in it, as a minified or hostile page holds: `unit` repeated. */
export const longLine = (unit: string): string => unit.repeat(Math.ceil(100_000 / unit.length));

/**
 * fast-check's run options: a fixed seed, so a failure is reproducible and the suite does the same bounded work
 * each run. PROPERTY_SCALE=20 PROPERTY_SEED=… runs twenty times as many cases from another seed, to hunt.
 */
export function propertyRuns(numRuns: number): { numRuns: number; seed: number } {
  const scale = Number(process.env.PROPERTY_SCALE ?? 1);
  return { numRuns: Math.max(1, Math.round(numRuns * scale)), seed: Number(process.env.PROPERTY_SEED ?? 17) };
}
