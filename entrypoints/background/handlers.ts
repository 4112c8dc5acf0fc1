// The worker's answers to the background protocol: each feature's worker part, put together. Wiring only.
import type { BackgroundProtocol } from '../../protocol/messages';
import type { Handlers } from '../../protocol/message-router';
import type { LanguageData } from '../../worker/language-data';
import { cardHandlers } from '../../features/hover/worker/card-handlers';
import { conversionHandlers } from '../../features/conversion/worker/conversion-handlers';
import { pinyinHandlers } from '../../features/ruby/worker/pinyin-handlers';
import { glossaryHandlers } from '../../features/glossary/worker/glossary-handlers';
import { wordListHandlers, type WordSaver } from '../../features/word-list/worker/word-list-handlers';

export function createBackgroundHandlers(data: LanguageData, saver?: WordSaver): Handlers<BackgroundProtocol> {
  return {
    hello: (_request, { tabId }) => ({ tabId }),
    ...cardHandlers(data),
    ...conversionHandlers,
    ...pinyinHandlers(data),
    ...glossaryHandlers(data.glossary),
    ...wordListHandlers(data, saver),
  };
}
