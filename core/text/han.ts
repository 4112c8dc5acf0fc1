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

/** CJK compatibility ideographs (U+F900–FAFF, U+2F800–2FA1F): duplicates of unified ideographs that some encodings
 * (Big5, KS X 1001) carry; each has one canonical equivalent, a single code point. */
const COMPATIBILITY_IDEOGRAPH = /[\uf900-\ufaff\u{2f800}-\u{2fa1f}]/gu;

/**
 * The text with each compatibility ideograph replaced by its unified equivalent (車 U+F902 → 車 U+8ECA), code point
 * for code point, so that readings and dictionary words found on it line up with the original text.
 */
export function unifiedHan(text: string): string {
  return text.replace(COMPATIBILITY_IDEOGRAPH, (char) => char.normalize('NFC'));
}

/** Every compatibility ideograph with its unified twin. */
export function compatibilityIdeographs(): [string, string][] {
  const pairs: [string, string][] = [];
  for (const [from, to] of [[0xf900, 0xfaff], [0x2f800, 0x2fa1f]] as const) {
    for (let code = from; code <= to; code++) {
      const char = String.fromCodePoint(code);
      const unified = char.normalize('NFC');
      if (unified !== char && HAN_CHAR.test(char)) pairs.push([char, unified]);
    }
  }
  return pairs;
}
