// Runs the pinyin path once on a short sentence, so the set-up it does on first use happens while a fresh worker
// waits for its files: pinyin-pro's (it builds a matcher over its word list, ~10 ms in a worker) as soon as the
// worker needs pinyin, the model's first run once the pinyin data is in. Only an optimisation: neither throws,
// so a failure here never counts as the data failing to load (the first real request does the set-up instead).
import { pinyin as pinyinPro } from 'pinyin-pro';
import { buildDictionaryFiles, createDictionary } from './dictionary';
import { createLexicon } from './lexicon';
import { pinyinTokens } from './pinyin';
import type { PinyinData } from './pinyin-data';

const SENTENCE = '银行行长说，中朝两国将举行会谈。';

function quietly(run: () => void): void {
  try {
    run();
  } catch {
    // see above
  }
}

export function warmUpPinyinPro(): void {
  quietly(() => pinyinPro(SENTENCE, { type: 'array', toneType: 'symbol', v: false }));
}

export function warmUpPinyin(data: PinyinData): void {
  quietly(() => pinyinTokens(SENTENCE, createLexicon(createDictionary(buildDictionaryFiles([]))), data));
}
