// Runs the pinyin path once on a short sentence with an empty dictionary, so pinyin-pro's lazy set-up
// and the model's first run happen while a fresh worker waits for its dictionary files to arrive.
import { buildDictionaryFiles, createDictionary } from './dictionary';
import { createLexicon } from './lexicon';
import { pinyinTokens } from './pinyin';

export function warmUpPinyin(): void {
  pinyinTokens('银行行长说，中朝两国将举行会谈。', createLexicon(createDictionary(buildDictionaryFiles([]))));
}
