// Cleans the noise that scraped and newspaper-layout Chinese text carries (see corpus/README.md).
import { CLAUSE_END_MARKS, CLOSING_MARKS, ENDS_SENTENCE, SENTENCE_END_MARKS, stripInlinePinyin } from './text-rules';

const HAN = '\\p{Script=Han}';
const SPACE = '[ \\t\\u3000]*';
/** Chinese punctuation that never ends a sentence and so never ends a column line for good. */
const OPENING_OR_INNER = '，、；：“‘（《【—·';
/** Chinese punctuation a column line can start with when the layout broke before it. */
const ANY_CJK_PUNCT = '，。、；：？！“”‘’（）《》【】—…·';

/** Spaces and at most one line break between two Han characters: a word or sentence broken by layout. */
const BREAK_BETWEEN_HAN = new RegExp(`(?<=${HAN})${SPACE}(?:\\r?\\n)?${SPACE}(?=${HAN})`, 'gu');
/** A paragraph break (a blank line) between two Han characters. */
const PARAGRAPH_BETWEEN_HAN = new RegExp(`(?<=${HAN})${SPACE}(?:\\r?\\n${SPACE}){2,}(?=${HAN})`, 'gu');
/** Spaces (never a line break) between Han text and digits or Chinese punctuation: 9月 4日, 胜利 80 周年, 记者 杨依军）. */
const SPACE_IN_CHINESE = new RegExp(
  `(?<=[${HAN}${ANY_CJK_PUNCT}])[ \\t\\u3000]+(?=[${HAN}${ANY_CJK_PUNCT}0-9])|(?<=[0-9])[ \\t\\u3000]+(?=[${HAN}${ANY_CJK_PUNCT}])`,
  'gu',
);
/** In column layout, any break after a character that cannot end a paragraph, before Chinese text or digits. */
const COLUMN_BREAK = new RegExp(
  `(?<=[${HAN}0-9${OPENING_OR_INNER}])${SPACE}(?:\\r?\\n${SPACE})+(?=[${HAN}0-9${ANY_CJK_PUNCT}])`,
  'gu',
);

/** The list of "related searches" a scraped page ends with: its heading line and the lines after it, to a blank line. */
const RELATED_SEARCHES =
  /^[ \t]*(?:其他人还在搜索|其他人還在搜索|相关搜索|相關搜索|大家都在搜|热门搜索|熱門搜索|猜你喜欢|猜你喜歡)[:：]?[^\n]*(?:\n[ \t]*\S[^\n]*)*\n?/gm;
/** A photo credit inside the text: 新华社记者 黄敬文 摄. */
const PHOTO_CREDIT = /[ \t\u3000]*(?:新华社|新華社)(?:记者|記者)(?:[ \t\u3000]*\p{Script=Han}{2,4}){1,3}[ \t\u3000]*(?:摄|攝)/gu;
/** A scraped page's metadata line: 發佈時間:2025-09-05 10:55:58 | 來源:新華網 | 作者: | 責任編輯:丁素雲. */
const PAGE_METADATA = /^[ \t]*(?:发布时间|發佈時間|發布時間|来源|來源)[:：][^\n]*\|[^\n]*\n?/gm;

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

export { stripInlinePinyin };

/** Scraped-page junk that is not the article: trailing "related searches" lists, the page's metadata line, photo credits. */
export function stripPageJunk(text: string): string {
  return text.replace(RELATED_SEARCHES, '').replace(PAGE_METADATA, '').replace(PHOTO_CREDIT, '');
}

/** A line a Markdown heading or bold mark made a title (before the marks are stripped). */
const MARKED_TITLE = /^[ \t]*(?:#{1,6}[ \t]|\*\*.*\*\*[ \t]*$)/;
const CLAUSE_MARK = /[，、；]/;

/** Whether a break between two lines of prose (not column layout) was made by layout inside a sentence. */
function isProseBreakInsideSentence(before: string, after: string): boolean {
  if (MARKED_TITLE.test(before)) return false;
  const line = before.trim();
  if (/[，、；—]$/.test(line)) return true;
  if ([...line].length > TITLE_MAX_CHARS || CLAUSE_MARK.test(line)) return true;
  // A short line without clause marks before a paragraph that ends its sentence is a title (政治互信持续加深).
  return !ENDS_SENTENCE.test(after.trim());
}

/** Line breaks (single or a blank line) after Han text or a clause mark, before Han text. */
const PROSE_BREAK = new RegExp(`(?<=[${HAN}，、；—])${SPACE}(?:\\r?\\n${SPACE})+(?=${HAN})`, 'gu');
/** Spaces between two Han characters on one line. */
const SPACE_BETWEEN_HAN = new RegExp(`(?<=${HAN})[ \\t\\u3000]+(?=${HAN})`, 'gu');

/**
 * Joins Han text that layout broke apart: spaces and line breaks inside words (日 战 争, 共\n同), and
 * paragraphs cut mid-sentence. In column layout every break after a character that cannot end a
 * paragraph is layout (胜利\n\n80 周年, 倡议，\n\n得到); in prose a break after a clause mark or a long
 * line is joined, and a title (a short line before a paragraph, or a Markdown heading) stays. Latin text
 * is never joined to Chinese: the English parts of a parallel text stay apart.
 */
export function joinBrokenHanLines(text: string): string {
  let joined: string;
  if (isColumnLayout(text)) {
    joined = text.replace(COLUMN_BREAK, '').replace(PARAGRAPH_BETWEEN_HAN, '').replace(BREAK_BETWEEN_HAN, '');
  } else {
    joined = text.replace(PROSE_BREAK, (gap: string, offset: number) => {
      const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
      const after = offset + gap.length;
      const lineEnd = text.indexOf('\n', after);
      return isProseBreakInsideSentence(text.slice(lineStart, offset), text.slice(after, lineEnd < 0 ? undefined : lineEnd))
        ? ''
        : gap;
    });
  }
  return joined.replace(SPACE_BETWEEN_HAN, '').replace(SPACE_IN_CHINESE, '');
}

/** Markdown headings, emphasis marks and trailing line spaces. */
export function stripMarkdown(text: string): string {
  return text
    .replace(/^#{1,6}[ \t]+/gm, '')
    .replace(/\*\*|__/g, '')
    .replace(/[ \t]+$/gm, '');
}

/** Text as a reader sees it: no scraped pinyin or page junk, no Markdown marks, words no longer broken across lines. */
export function cleanChineseText(text: string): string {
  // Lines are joined before the Markdown marks go: a heading mark tells a title from a broken line.
  return stripMarkdown(joinBrokenHanLines(stripPageJunk(stripInlinePinyin(text.replace(/\r\n?/g, '\n')))));
}

/** A sentence: up to and with its end mark and closing marks. */
const SENTENCE = new RegExp(`[^${SENTENCE_END_MARKS}\\n]+[${SENTENCE_END_MARKS}]?[${CLOSING_MARKS}]*`, 'gu');
/** A text that ends with a sentence or clause mark (a quoted list cut at a clause). */
const ENDS_SENTENCE_OR_CLAUSE = new RegExp(`[${SENTENCE_END_MARKS}${CLAUSE_END_MARKS}][${CLOSING_MARKS}]*$`, 'u');

/** Sentences of cleaned text, each ending with its own punctuation. */
export function splitSentences(text: string): string[] {
  return (text.match(SENTENCE) ?? []).map((s) => s.trim()).filter(Boolean);
}

/**
 * A sentence fit to quote as an example: Chinese (most of its letters Han, so never a line of the
 * English version of a parallel text), long enough to be more than a title or caption, and ending
 * with its own sentence punctuation (or a clause mark where a quoted list was cut).
 */
export function isExampleSentence(sentence: string): boolean {
  const chars = [...sentence];
  if (chars.length < 12 || chars.length > 240) return false;
  const han = sentence.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = sentence.match(/[A-Za-z]/g)?.length ?? 0;
  if (han < 8 || latin > han / 4) return false;
  return ENDS_SENTENCE_OR_CLAUSE.test(sentence);
}
