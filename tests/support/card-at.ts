// The hover card for a word of a sentence, composed by the language core with the product's own data: what the card
// tests point at.
import { composeCard, type WordCard } from '../../core/card/card';
import { loadGlossary, loadLexicon, loadPinyinData } from './data';

/** The data a card is composed from, loaded once per test file. */
export const cardSources = { lexicon: loadLexicon(), pinyinData: loadPinyinData(), glossary: loadGlossary() };

/** The card for the `nth` occurrence of `pointed` in `text`. */
export async function cardAt(text: string, pointed: string, nth = 0): Promise<WordCard> {
  let offset = -1;
  for (let i = 0; i <= nth; i++) offset = text.indexOf(pointed, offset + 1);
  if (offset < 0) throw new Error(`${pointed} is not in ${text}`);
  const card = await composeCard({ text, offset }, cardSources);
  if (!card) throw new Error(`no card at ${pointed} in ${text}`);
  return card;
}
