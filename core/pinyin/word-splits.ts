// Dictionary words that the sentence shows to be two words: 穿着 "attire" before 一件白衬衫 is the verb 穿 and the aspect
// marker 着 (zhe); 完了 "to be done for" after the verb of 看完了 is the complement 完 and the particle 了. The
// segmenter takes the dictionary's word; pinyin reads the second part as the rule says (ruby and the card alike), and
// the card reads the part under the pointer, function words reading it then. One table for both.
// The rules are data: the word's two parts, what must stand next to it, and the reading of the part that changes.
import { simplifiedForm } from '../dictionary/lexicon';
import { neighbourMatches, type Neighbour } from '../dictionary/neighbours';

export interface SplitRule {
  /** The word, simplified, with its two parts as the pattern's groups. */
  word: RegExp;
  /** The reading the second part takes (tone-marked); the word is cut only where the dictionary does not read it so
   * already (沿着 yán zhe stays whole: 着 there is the marker in the dictionary's word). */
  secondReading?: string;
  previous?: Neighbour;
  next?: Neighbour;
}

/** Numbers, demonstratives and measure words: what an object starts with (穿着一件, 带着这份). */
const OBJECT_START = ['一', '两', '二', '三', '四', '五', '六', '七', '八', '九', '十', '几', '半', '这', '那', '每', '件', '条', '身', '套', '双', '个', '副', '顶'];
/** Adverbs before 完了, 好了: the word is then the predicate itself (一切都完了, 这下好了). */
const BEFORE_PREDICATE = ['都', '就', '也', '快', '全', '算', '才', '又', '还', '这下', '那就', '不', '没'];

export const SPLIT_RULES: readonly SplitRule[] = [
  // A verb + 着 the dictionary reads zhuó or zháo (穿着 "attire", 看着?), with an object after it: verb, then the marker.
  { word: /^(.)(着)$/, secondReading: 'zhe', next: { han: true, oneOf: OBJECT_START } },
  // A resultative complement + 了 right after a one-character verb (看完了, 做好了, 吃掉了): the complement, then 了.
  { word: /^([完好掉住光])(了)$/, previous: { han: true, maxChars: 1, noneOf: BEFORE_PREDICATE } },
];

/** The two parts of the word at `index` of `words` where a rule cuts it, with the second part's reading if it changes;
 * `reading` is the word's dictionary reading (tone-marked syllables, neutral ones bare). */
export function splitInContext(
  words: readonly { text: string; han: boolean }[],
  index: number,
  reading: readonly string[],
  rules: readonly SplitRule[] = SPLIT_RULES,
): { first: number; secondReading?: string } | undefined {
  const word = words[index];
  if (!word?.han) return undefined;
  const text = simplifiedForm(word.text);
  for (const rule of rules) {
    const found = rule.word.exec(text);
    if (!found || found.length < 3) continue;
    const first = [...found[1]!].length;
    if (rule.secondReading !== undefined && reading[first] === rule.secondReading) continue;
    if (!neighbourMatches(words[index - 1], rule.previous, 'previous') || !neighbourMatches(words[index + 1], rule.next, 'next')) continue;
    return { first, secondReading: rule.secondReading };
  }
  return undefined;
}
