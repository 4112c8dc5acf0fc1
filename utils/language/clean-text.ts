// Cleans the noise that scraped and newspaper-layout Chinese text carries (see corpus/README.md).

const HAN = '\\p{Script=Han}';
const PINYIN_LETTERS = 'a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê';
const SPACE = '[ \\t\\u3000]*';

/** Scraped inline pinyin after a character: 關(guān)系 → 關系. */
const INLINE_PINYIN = new RegExp(`(${HAN})[(（][${PINYIN_LETTERS}]{1,7}[)）]`, 'gu');
/** Spaces and at most one line break between two Han characters: a word or sentence broken by layout. */
const BREAK_BETWEEN_HAN = new RegExp(`(?<=${HAN})${SPACE}(?:\\r?\\n)?${SPACE}(?=${HAN})`, 'gu');
/** A paragraph break (a blank line) between two Han characters. */
const PARAGRAPH_BETWEEN_HAN = new RegExp(`(?<=${HAN})${SPACE}(?:\\r?\\n${SPACE}){2,}(?=${HAN})`, 'gu');

/** Newspaper columns break every line at 10-17 characters: a text whose lines are mostly this short is in columns. */
const COLUMN_LINE_CHARS = 20;
/** A paragraph this long that stops without punctuation was cut mid-sentence; a shorter one is a title. */
const TITLE_MAX_CHARS = 30;

function isColumnLayout(text: string): boolean {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const short = lines.filter((line) => [...line].length <= COLUMN_LINE_CHARS).length;
  return lines.length >= 5 && short / lines.length >= 0.6;
}

export function stripInlinePinyin(text: string): string {
  return text.replace(INLINE_PINYIN, '$1');
}

/**
 * Joins Han text that layout broke apart: spaces and line breaks inside words (日 战 争, 共\n同), and
 * paragraphs cut mid-sentence. In column layout every break between Han characters is layout;
 * elsewhere a blank line after a short line (a title) stays.
 */
export function joinBrokenHanLines(text: string): string {
  const columns = isColumnLayout(text);
  const paragraphsJoined = text.replace(PARAGRAPH_BETWEEN_HAN, (gap: string, offset: number) => {
    if (columns) return '';
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    return [...text.slice(lineStart, offset).trim()].length > TITLE_MAX_CHARS ? '' : gap;
  });
  return paragraphsJoined.replace(BREAK_BETWEEN_HAN, '');
}

/** Markdown headings, emphasis marks and trailing line spaces. */
export function stripMarkdown(text: string): string {
  return text
    .replace(/^#{1,6}[ \t]+/gm, '')
    .replace(/\*\*|__/g, '')
    .replace(/[ \t]+$/gm, '');
}

/** Text as a reader sees it: no scraped pinyin, no Markdown marks, words no longer broken across lines. */
export function cleanChineseText(text: string): string {
  return joinBrokenHanLines(stripMarkdown(stripInlinePinyin(text)));
}

/** Sentences of cleaned text, each ending with its own punctuation. */
export function splitSentences(text: string): string[] {
  return (text.match(/[^。！？!?\n]+[。！？!?]?[”」』）)]*/gu) ?? []).map((s) => s.trim()).filter(Boolean);
}
