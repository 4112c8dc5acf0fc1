// What stands next to a word in its segmented sentence, as the rules of reading in context test it (the card's function
// words and senses, the words a sentence shows to be two): a condition on the neighbouring word, compared in simplified form.
import { simplifiedForm } from './lexicon';

/** What the word next to a word must be, compared in simplified form. An item of one character is
 * compared with the neighbour's adjacent character, a longer one with the whole neighbouring word. */
export interface Neighbour {
  /** A Han word must stand there (true) or none (false: punctuation, Latin, digits, the end of the text). */
  han?: boolean;
  /** The clause ends there: punctuation or the end of the text (not a number: 下调了2015年…). */
  end?: boolean;
  /** The Han word there has at least this many characters (认真地: a word that says how, not 这块地). */
  minChars?: number;
  /** The Han word there has at most this many characters (看|完了: a one-character verb). */
  maxChars?: number;
  oneOf?: readonly string[];
  noneOf?: readonly string[];
  /** Items of one character are compared with the whole word too (将|被 "will be", but 将|被告 "the defendant"). */
  whole?: boolean;
}

/** Whether the word on one side of a word meets a rule's condition (an absent word: the text ends there). */
export function neighbourMatches(word: { text: string; han: boolean } | undefined, condition: Neighbour | undefined, side: 'previous' | 'next'): boolean {
  if (!condition) return true;
  const han = word?.han ?? false;
  if (condition.han !== undefined && condition.han !== han) return false;
  if (condition.end !== undefined && condition.end !== (!word || (!han && /^\s*[\p{P}\n]/u.test(word.text)))) return false;
  if (!han || !word) return condition.oneOf === undefined;
  const text = simplifiedForm(word.text);
  const chars = [...text];
  if (condition.minChars !== undefined && chars.length < condition.minChars) return false;
  if (condition.maxChars !== undefined && chars.length > condition.maxChars) return false;
  const adjacent = side === 'previous' ? chars.at(-1)! : chars[0]!;
  const matches = (items: readonly string[]) => items.some((item) => ([...item].length === 1 && !condition.whole ? item === adjacent : item === text));
  if (condition.oneOf && !matches(condition.oneOf)) return false;
  if (condition.noneOf && matches(condition.noneOf)) return false;
  return true;
}
