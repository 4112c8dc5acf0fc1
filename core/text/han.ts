// Character classes shared by every language module.

/** One Han (CJK ideograph) code point. */
export const HAN_CHAR = /\p{Script=Han}/u;

export function isHan(char: string): boolean {
  return HAN_CHAR.test(char);
}

export function hasHan(text: string): boolean {
  return HAN_CHAR.test(text);
}

/**
 * The length in UTF-16 units of the Han character at `index` of `text` (2 for one outside the Basic Multilingual
 * Plane: CJK extensions B and on), or 0 when there is none. The common ideographs are told by their code alone, so
 * counting a page's characters costs no regular expression per character.
 */
export function hanLengthAt(text: string, index: number): 0 | 1 | 2 {
  const code = text.charCodeAt(index);
  if (code >= 0x4e00 && code <= 0x9fff) return 1;
  if (code < 0x2e80) return 0; // no Han character below the CJK radicals
  if (code >= 0xd800 && code <= 0xdbff) return HAN_CHAR.test(text.slice(index, index + 2)) ? 2 : 0;
  return HAN_CHAR.test(text[index]!) ? 1 : 0;
}

/** The Han characters in `text` (without building an array of them: a page holds tens of thousands). */
export function countHan(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const length = hanLengthAt(text, i);
    if (length > 0) count++;
    if (length === 2) i++;
  }
  return count;
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
