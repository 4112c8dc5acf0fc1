// Cleans the noise that scraped and newspaper-layout Chinese text carries (see corpus/README.md).

const HAN = '\\p{Script=Han}';
const PINYIN_LETTERS = 'a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê';

/** Scraped inline pinyin after a character: 關(guān)系 → 關系. */
const INLINE_PINYIN = new RegExp(`(${HAN})[(（][${PINYIN_LETTERS}]{1,7}[)）]`, 'gu');
/** Spaces and line breaks between two Han characters: newspaper columns break lines mid-word (共\n同, 日 战 争). */
const BREAK_BETWEEN_HAN = new RegExp(`(?<=${HAN})[ \\t\\u3000\\r\\n]+(?=${HAN})`, 'gu');

export function stripInlinePinyin(text: string): string {
  return text.replace(INLINE_PINYIN, '$1');
}

export function joinBrokenHanLines(text: string): string {
  return text.replace(BREAK_BETWEEN_HAN, '');
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
