// Small parts the word list and its review share: pinyin coloured by tone (the shared rule), the word's forms.
import { toneParts } from '../../../core/pinyin/tone-colors';
import type { SavedWord } from '../word-list-format';

export function TonedPinyin({ pinyin }: { pinyin: string }) {
  return <>{toneParts(pinyin).map((part, i) => (part.tone ? <span key={i} class={`tone${part.tone}`}>{part.text}</span> : part.text))}</>;
}

/** The forms a saved word can take in its sentence: as saved, simplified, traditional. */
export const wordForms = (item: Pick<SavedWord, 'word' | 'simplified' | 'traditional'>): string[] => [...new Set([item.word, item.simplified, item.traditional].filter(Boolean))];
