// Words whose sense in this sentence the dictionary does not list first, or at all, said in plain words where the
// words around them decide it: 初三 after 正月 is the third day of the lunar month, not "third year in junior middle
// school". The rules are data: the word (a pattern), the word that must stand before it, and what the card says.
import { simplifiedForm } from '../dictionary/lexicon';
import { neighbourMatches, type Neighbour } from '../dictionary/neighbours';
import type { WordContext } from './function-words';

export interface WordSenseRule {
  /** The word, in simplified form; its first group, when it has one, is the number the gloss names. */
  word: RegExp;
  /** What the card says; {n} is the number in words (3rd). */
  gloss: string;
  previous?: Neighbour;
  next?: Neighbour;
  /** The word before must end with one of these (正月, 腊月, 八月: …月). */
  previousEnding?: readonly string[];
}

const DIGITS = '一二三四五六七八九十';
const ORDINALS = ['1st', '2nd', '3rd', '4th', '5th', '6th', '7th', '8th', '9th', '10th'];

export const WORD_SENSE_RULES: readonly WordSenseRule[] = [
  // 初一 … 初十 after a month (正月初三, 腊月初八, 八月初一), 农历 or 大年 (大年初二): the first ten days of a lunar month.
  { word: /^初([一二三四五六七八九十])$/, gloss: 'the {n} day of a lunar month (初一 … 初十: its first ten days)', previousEnding: ['月', '农历', '阴历', '大年'] },
  // 初|八 where the dictionary has no 初八: 初 says the day is one of the first ten.
  { word: /^初$/, gloss: 'before a number: one of the first ten days of a lunar month (初八: the 8th day)', previousEnding: ['月', '农历', '阴历'], next: { oneOf: [...DIGITS] } },
];

/** What the word at `context.index` means here, when a rule says so. */
export function wordSense(context: WordContext, rules: readonly WordSenseRule[] = WORD_SENSE_RULES): string | undefined {
  const word = context.words[context.index];
  if (!word?.han) return undefined;
  const text = simplifiedForm(word.text);
  const before = context.words[context.index - 1];
  for (const rule of rules) {
    const found = rule.word.exec(text);
    if (!found || !neighbourMatches(before, rule.previous, 'previous') || !neighbourMatches(context.words[context.index + 1], rule.next, 'next')) continue;
    if (rule.previousEnding && !(before?.han && rule.previousEnding.some((ending) => simplifiedForm(before.text).endsWith(ending)))) continue;
    const number = found[1] === undefined ? undefined : DIGITS.indexOf(found[1]);
    return rule.gloss.replace('{n}', number === undefined || number < 0 ? '' : ORDINALS[number]!);
  }
  return undefined;
}
