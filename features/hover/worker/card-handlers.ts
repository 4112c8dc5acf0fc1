// The worker's side of the hover card: the card for the word at a point of the page's text.
import type { BackgroundProtocol } from '../../../protocol/messages';
import type { Handlers } from '../../../protocol/message-router';
import { cardOf, type LanguageData } from '../../../worker/language-data';

export function cardHandlers(data: LanguageData): Pick<Handlers<BackgroundProtocol>, 'lookupWord'> {
  return { lookupWord: ({ text, offset, length, align }) => cardOf(data, { text, offset, length, align }) };
}
