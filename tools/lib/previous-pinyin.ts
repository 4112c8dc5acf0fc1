// The pinyin method before the learned context table (fewest-words segmentation over CEDICT, CEDICT word
// readings, pinyin-pro elsewhere), kept only so tools/eval/eval-pinyin.ts can compare against it in the same run.
import { pinyin as pinyinPro } from 'pinyin-pro';
import type { Lexicon } from '../../core/dictionary/lexicon';
import { splitHanRuns } from '../../core/text/han';
import { dictionaryReading } from '../../core/pinyin/pinyin';


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
