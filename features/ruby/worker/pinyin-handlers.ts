// The worker's side of ruby: the readings in context of the page's text, as a reader hears them.
import { pinyinTokens } from '../../../core/pinyin/pinyin';
import type { BackgroundProtocol } from '../../../protocol/messages';
import type { Handlers } from '../../../protocol/message-router';
import type { LanguageData } from '../../../worker/language-data';

export function pinyinHandlers({ lexicon, pinyinData }: LanguageData): Pick<Handlers<BackgroundProtocol>, 'pinyin'> {
  return {
    pinyin: async ({ text }) => {
      const [words, data] = await Promise.all([lexicon(), pinyinData()]);
      return pinyinTokens(text, words, data);
    },
  };
}
