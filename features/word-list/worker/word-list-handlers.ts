// The worker's side of the word list: a word saved from the card (with its reading and sense here) or a term from
// the glossary, with the page it was read on.
import { headwordOf } from '../../../core/card/card';
import type { BackgroundProtocol } from '../../../protocol/messages';
import type { Handlers } from '../../../protocol/message-router';
import { cardOf, type LanguageData } from '../../../worker/language-data';
import { savedTermOf, savedWordOf, type SavedWord } from '../word-list-format';
import { saveWord } from '../word-list-store';

/** Where saved words go: the word list in storage, or a stand-in in tests; answers the list's length. */
export type WordSaver = (save: SavedWord) => Promise<number>;

export function wordListHandlers(data: LanguageData, saver: WordSaver = saveWord): Pick<Handlers<BackgroundProtocol>, 'saveWord' | 'saveTerm'> {
  return {
    async saveWord({ text, start, end, title, url }) {
      const card = await cardOf(data, { text, offset: start, length: end - start });
      if (!card) throw new Error('no word there');
      // The word list keeps the word's own entry first: a name's, or the sense it has here.
      const headword = headwordOf(card);
      const saved = headword ? { ...card, definitions: [headword, ...card.definitions.slice(1)] } : card;
      return { word: card.word, count: await saver(savedWordOf(saved, text, { title, url, date: new Date().toISOString() })) };
    },
    async saveTerm({ term, title, url }) {
      const entry = data.glossary.get(term);
      if (!entry) throw new Error('not a glossary term');
      return { word: entry.term, count: await saver(savedTermOf(entry, { title, url, date: new Date().toISOString() })) };
    },
  };
}
