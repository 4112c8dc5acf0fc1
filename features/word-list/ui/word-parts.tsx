// Small parts the word list and its review share: pinyin coloured by tone (the shared rule), the word's forms, its
// definitions as a reader reads them.
import { readableDefinition, readerScript } from '../../../core/dictionary/cross-references';
import { toneParts } from '../../../core/pinyin/tone-colors';
import { definitionsOf, type SavedWord } from '../word-list-format';

export function TonedPinyin({ pinyin }: { pinyin: string }) {
  return <>{toneParts(pinyin).map((part, i) => (part.tone ? <span key={i} class={`tone${part.tone}`}>{part.text}</span> : part.text))}</>;
}

/** The forms a saved word can take in its sentence: as saved, simplified, traditional. */
export const wordForms = (item: Pick<SavedWord, 'word' | 'simplified' | 'traditional'>): string[] => [...new Set([item.word, item.simplified, item.traditional].filter(Boolean))];

/** A saved word's definitions with CEDICT's references ("個|个[ge4]") in the script the word was read in ("个 gè"). The
 * list keeps the dictionary's text (and exports it); only what is shown changes. */
export function readableDefinitions(item: Pick<SavedWord, 'word' | 'sentence' | 'definition'>): string[] {
  const script = readerScript(item.word, item.sentence);
  return definitionsOf(item).map((definition) => readableDefinition(definition, script));
}
