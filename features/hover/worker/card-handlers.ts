// The worker's side of the hover card: the card for the word at a point of the page's text, its definitions written
// for the reader (CEDICT's "個|个[ge4]" as "个 gè" in the script of the page), here so that the content script carries
// no part of it.
import { readableDefinition, readableEntry, readerScript } from '../../../core/dictionary/cross-references';
import type { BackgroundProtocol } from '../../../protocol/messages';
import type { Handlers } from '../../../protocol/message-router';
import { cardOf, type LanguageData } from '../../../worker/language-data';

export function cardHandlers(data: LanguageData): Pick<Handlers<BackgroundProtocol>, 'lookupWord'> {
  return {
    lookupWord: async ({ text, offset, length, align }) => {
      const card = await cardOf(data, { text, offset, length, align });
      if (!card) return null;
      const script = readerScript(card.word, text);
      // The usage line of a measure word is the dictionary's own sense ("classifier for …").
      return {
        ...card,
        definitions: card.definitions.map((entry) => readableEntry(entry, script)),
        ...(card.usage === undefined ? {} : { usage: readableDefinition(card.usage, script) }),
      };
    },
  };
}
