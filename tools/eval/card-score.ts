// Judges one `card --json` answer against one dev case: word, reading, first line, name.
import { mentions, normalizePinyin, readings, type CardCase } from './card-cases';

/** One line of `card --json --lines -` (../shared/contracts.md). */
export interface CardAnswer {
  word: string;
  start: number;
  end: number;
  pinyin: string[];
  entries: { simplified: string; traditional: string; pinyin: string; definitions: string[] }[];
  glossary: unknown;
  name: { kind: string; pinyin?: string } | null;
}

export interface Verdict {
  word: boolean;
  /** Word and reading both right. */
  pinyin: boolean;
  /** The card's first definition line carries the sense that fits (a name: the right name claimed). */
  sense: boolean;
  /** The right kind claimed where a name is expected, no claim where none is. */
  name: boolean;
}

export const firstLine = (answer: CardAnswer): string => answer.entries?.[0]?.definitions?.[0] ?? '';

export function judge(c: CardCase, answer: CardAnswer): Verdict {
  const word = c.words.includes(answer.word);
  const accepted = new Set(readings(c).map(normalizePinyin));
  // The card's reading: its pinyin, or the name reading it gives when it takes the word as a name.
  const shown = [(answer.pinyin ?? []).join(' '), ...(answer.name?.pinyin ? [answer.name.pinyin] : [])];
  const pinyin = word && shown.some((reading) => accepted.has(normalizePinyin(reading)));
  const claimed = answer.name?.kind ?? null;
  const fits = c.sense.length > 0 && mentions(firstLine(answer), c.sense);
  // A name the dictionary has no line for is explained by the name claim alone.
  const sense = c.sense.length > 0 ? fits : word && claimed === c.name;
  // A name the dictionary already explains in the first line (普京 "Vladimir Putin", 宁 "abbr. for Nanjing")
  // needs no claim; a claim of another kind is still wrong.
  const name = c.name === null ? claimed === null : claimed === c.name || (claimed === null && word && fits);
  return { word, pinyin, sense, name };
}

/** The answer's start/end give its word around the pointed character (a contract check, reported apart). */
export const spanAgrees = (c: CardCase, answer: CardAnswer): boolean =>
  answer.start <= c.offset && c.offset < answer.end && c.text.slice(answer.start, answer.end) === answer.word;
