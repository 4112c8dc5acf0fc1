// Character classes shared by every language module.

/** One Han (CJK ideograph) code point. */
export const HAN_CHAR = /\p{Script=Han}/u;
const HAN_GLOBAL = /\p{Script=Han}/gu;

export function isHan(char: string): boolean {
  return HAN_CHAR.test(char);
}

export function hasHan(text: string): boolean {
  return HAN_CHAR.test(text);
}

export function countHan(text: string): number {
  return text.match(HAN_GLOBAL)?.length ?? 0;
}

/** Splits text into runs that are all Han or all non-Han, keeping every character. */
export function splitHanRuns(text: string): { text: string; han: boolean }[] {
  const runs: { text: string; han: boolean }[] = [];
  for (const match of text.matchAll(/(\p{Script=Han}+)|([^\p{Script=Han}]+)/gu)) {
    runs.push({ text: match[0], han: match[1] !== undefined });
  }
  return runs;
}
