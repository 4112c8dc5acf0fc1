// The pinyin method before the learned context table (fewest-words segmentation over CEDICT, CEDICT word
// readings, pinyin-pro elsewhere), kept only so scripts/eval-pinyin.ts can compare against it in the same run.
import { pinyin as pinyinPro } from 'pinyin-pro';
import type { Dictionary } from '../../utils/language/dictionary';
import type { Lexicon } from '../../utils/language/lexicon';
import { formatPinyin } from '../../utils/language/pinyin-syllables';
import { splitHanRuns } from '../../utils/language/han';

const NUMBERED_SYLLABLE = /^[a-zü:]+[1-5]$/i;

function segmentHanRun(chars: string[], lexicon: Lexicon): string[] {
  const n = chars.length;
  const maxLength = Math.min(16, lexicon.maxWordLength);
  const best = new Array<number>(n + 1).fill(Infinity);
  const next = new Array<number>(n + 1).fill(n);
  best[n] = 0;
  for (let i = n - 1; i >= 0; i--) {
    let word = '';
    for (let end = i + 1; end <= Math.min(n, i + maxLength); end++) {
      word += chars[end - 1];
      if (end !== i + 1 && !lexicon.has(word)) continue;
      const cost = best[end]! + 1;
      if (cost < best[i]! || (cost === best[i]! && end > next[i]!)) {
        best[i] = cost;
        next[i] = end;
      }
    }
  }
  const words: string[] = [];
  for (let i = 0; i < n; i = next[i]!) words.push(chars.slice(i, next[i]).join(''));
  return words;
}

function dictionaryReading(word: string, dictionary: Dictionary): string[] | undefined {
  const chars = [...word].length;
  const common = new Set<string>();
  const names = new Set<string>();
  for (const entry of dictionary.lookup(word)) {
    const syllables = entry.pinyin.split(' ');
    if (syllables.length !== chars || !syllables.every((s) => NUMBERED_SYLLABLE.test(s))) continue;
    (/^[A-Z]/.test(entry.pinyin) ? names : common).add(entry.pinyin.toLowerCase());
  }
  const readings = common.size > 0 ? common : names;
  if (readings.size !== 1) return undefined;
  return formatPinyin([...readings][0]!).split(' ');
}

/** One tone-marked reading per code point of `text` ('' for non-Han). */
export function previousPinyin(text: string, lexicon: Lexicon): string[] {
  const contextual = pinyinPro(text, { type: 'all', toneType: 'symbol', v: false }).map((item) => item.pinyin);
  const out: string[] = [];
  for (const run of splitHanRuns(text)) {
    const chars = [...run.text];
    if (!run.han) {
      for (let i = 0; i < chars.length; i++) out.push('');
    } else {
      for (const word of segmentHanRun(chars, lexicon)) {
        const wchars = [...word];
        const fromWord = wchars.length > 1 ? (lexicon.reading(word) ?? dictionaryReading(word, lexicon.dictionary)) : undefined;
        wchars.forEach((_, i) => out.push(fromWord?.[i] ?? contextual[out.length] ?? ''));
      }
    }
  }
  return out;
}
