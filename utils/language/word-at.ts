// The word a reader points at: the segment of its sentence that covers the pointed character.
import type { Lexicon } from './lexicon';
import { pinyinTokens, type PinyinToken } from './pinyin';

export interface WordAt extends PinyinToken {
  start: number;
  end: number;
}

/** The Han word covering UTF-16 offset `offset` of `text`, read in the context of the whole text; undefined off Han text. */
export function wordAt(text: string, offset: number, lexicon: Lexicon): WordAt | undefined {
  let start = 0;
  for (const token of pinyinTokens(text, lexicon)) {
    const end = start + token.text.length;
    if (offset >= start && offset < end) return token.pinyin.length > 0 ? { ...token, start, end } : undefined;
    start = end;
  }
  return undefined;
}
