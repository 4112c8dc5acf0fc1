// Runs the pinyin path once on a short sentence, so the set-up it does on first use happens while a fresh worker
// waits for its files: pinyin-pro's (it builds a matcher over its word list, ~40 ms) as soon as the worker needs
// pinyin, the model's and the word counts' tables once the pinyin data is in.
import { pinyin as pinyinPro } from 'pinyin-pro';
import { buildDictionaryFiles, createDictionary } from './dictionary';
import { createLexicon } from './lexicon';
import { pinyinTokens } from './pinyin';
import type { PinyinData } from './pinyin-data';

const SENTENCE = '银行行长说，中朝两国将举行会谈。';

export function warmUpPinyinPro(): void {
  pinyinPro(SENTENCE, { type: 'array', toneType: 'symbol', v: false });
}

export function warmUpPinyin(data: PinyinData): void {
  pinyinTokens(SENTENCE, createLexicon(createDictionary(buildDictionaryFiles([]))), data);
}
