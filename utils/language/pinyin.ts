// Pinyin in context: one tone-marked syllable for every Han character, chosen by the word it is in.
import { pinyin as pinyinPro } from 'pinyin-pro';
import type { Dictionary } from './dictionary';
import type { Lexicon } from './lexicon';
import { formatPinyin } from './pinyin-syllables';
import { segmentText } from './segment-text';

export interface PinyinToken {
  text: string;
  /** One syllable for each Han character of `text`; empty for a token without Han characters. */
  pinyin: string[];
}

const NUMBERED_SYLLABLE = /^[a-zü:]+[1-5]$/i;

/** The word's reading when CEDICT gives it exactly one (ignoring proper names), as tone-marked syllables. */
function dictionaryReading(word: string, dictionary: Dictionary): string[] | undefined {
  const chars = [...word].length;
  const common = new Set<string>();
  const names = new Set<string>();
  for (const entry of dictionary.lookup(word)) {
    const syllables = entry.pinyin.split(' ');
    if (syllables.length !== chars || !syllables.every((s) => NUMBERED_SYLLABLE.test(s))) continue;
    (/^[A-Z]/.test(entry.pinyin) ? names : common).add(entry.pinyin.toLowerCase());
  }
  // A word that is only a name (曾庆红) takes the name's reading (Zēng); otherwise names don't count.
  const readings = common.size > 0 ? common : names;
  if (readings.size !== 1) return undefined;
  return formatPinyin([...readings][0]!).split(' ');
}

/** A character pinyin-pro has no reading for: CEDICT's first reading of it alone. */
function fallbackReading(char: string, dictionary: Dictionary): string {
  const entry = dictionary.lookup(char).find((e) => NUMBERED_SYLLABLE.test(e.pinyin));
  return entry ? formatPinyin(entry.pinyin.toLowerCase()) : '';
}

export function pinyinTokens(text: string, lexicon: Lexicon): PinyinToken[] {
  const { dictionary } = lexicon;
  // pinyin-pro reads the whole text at once so its own context rules apply; one item per code point.
  const contextual = pinyinPro(text, { type: 'all', toneType: 'symbol', v: false }).map((item) => item.pinyin);
  const aligned = contextual.length === [...text].length;
  const tokens: PinyinToken[] = [];
  let codePoint = 0;
  for (const segment of segmentText(text, lexicon)) {
    const chars = [...segment.text];
    if (!segment.han) {
      tokens.push({ text: segment.text, pinyin: [] });
    } else {
      const fromWord = chars.length > 1 ? (lexicon.reading(segment.text) ?? dictionaryReading(segment.text, dictionary)) : undefined;
      const readings = chars.map((char, i) => {
        const reading = fromWord?.[i] ?? (aligned ? contextual[codePoint + i] : undefined);
        return reading || fallbackReading(char, dictionary);
      });
      tokens.push({ text: segment.text, pinyin: readings });
    }
    codePoint += chars.length;
  }
  return tokens;
}
