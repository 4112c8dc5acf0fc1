// Pinyin spelling: numbered tones (CEDICT's "lu:4") to tone marks ("lǜ"), and back to plain letters.

const MARKS: Record<string, string[]> = {
  a: ['ā', 'á', 'ǎ', 'à'],
  e: ['ē', 'é', 'ě', 'è'],
  i: ['ī', 'í', 'ǐ', 'ì'],
  o: ['ō', 'ó', 'ǒ', 'ò'],
  u: ['ū', 'ú', 'ǔ', 'ù'],
  ü: ['ǖ', 'ǘ', 'ǚ', 'ǜ'],
};

function markVowel(vowel: string, tone: number): string {
  const lower = vowel.toLowerCase();
  const marked = MARKS[lower]?.[tone - 1] ?? vowel;
  return vowel === lower ? marked : marked.toUpperCase();
}

/** "lu:4" → "lǜ", "Zeng1" → "Zēng", "de5" → "de"; anything that is not a numbered syllable is returned as it is. */
export function markSyllable(numbered: string): string {
  const match = /^([A-Za-zÜüv:]+?)([1-5])$/.exec(numbered);
  if (!match) return numbered.replace(/u:|v/g, 'ü').replace(/U:|V/g, 'Ü');
  const letters = match[1]!.replace(/u:|v/g, 'ü').replace(/U:|V/g, 'Ü');
  const tone = Number(match[2]);
  if (tone === 5) return letters;
  // The standard rule: a or e takes the mark; in "ou" the o does; otherwise the last vowel.
  const lower = letters.toLowerCase();
  let at = lower.search(/[ae]/);
  if (at < 0) at = lower.indexOf('ou');
  if (at < 0) {
    for (let i = lower.length - 1; i >= 0; i--) {
      if ('iouü'.includes(lower[i]!)) {
        at = i;
        break;
      }
    }
  }
  if (at < 0) return letters; // "r5", "m2": syllabic consonants carry no mark here
  return letters.slice(0, at) + markVowel(letters[at]!, tone) + letters.slice(at + 1);
}

/** Formats a space-separated numbered pinyin string with tone marks. */
export function formatPinyin(numbered: string): string {
  return numbered
    .split(' ')
    .map((syllable) => markSyllable(syllable))
    .join(' ');
}

/** Lower-case pinyin letters with tone marks and numbers removed, ü kept as "v" for matching: "Mìngyùn" → "mingyun". */
export function plainPinyin(pinyin: string): string {
  return pinyin
    .normalize('NFD')
    .replace(/u\u0308/gi, 'v') // ü (u + diaeresis), before other marks go
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/u:/g, 'v')
    .replace(/[1-5]/g, '');
}
