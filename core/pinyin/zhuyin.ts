// Tone-marked pinyin to zhuyin (bopomofo), one syllable at a time: an initial, then a final spelt from
// its medial (ㄧ ㄨ ㄩ) and rhyme, then the tone mark. Small by design: the content script bundles it.

const INITIALS: Record<string, string> = {
  b: 'ㄅ', p: 'ㄆ', m: 'ㄇ', f: 'ㄈ', d: 'ㄉ', t: 'ㄊ', n: 'ㄋ', l: 'ㄌ', g: 'ㄍ', k: 'ㄎ', h: 'ㄏ',
  j: 'ㄐ', q: 'ㄑ', x: 'ㄒ', zh: 'ㄓ', ch: 'ㄔ', sh: 'ㄕ', r: 'ㄖ', z: 'ㄗ', c: 'ㄘ', s: 'ㄙ',
};
const MEDIALS: Record<string, string> = { i: 'ㄧ', u: 'ㄨ', ü: 'ㄩ' };
const RHYMES: Record<string, string> = {
  a: 'ㄚ', o: 'ㄛ', e: 'ㄜ', ê: 'ㄝ', ai: 'ㄞ', ei: 'ㄟ', ao: 'ㄠ', ou: 'ㄡ',
  an: 'ㄢ', en: 'ㄣ', ang: 'ㄤ', eng: 'ㄥ', er: 'ㄦ', n: 'ㄣ', ng: 'ㄥ',
};
/** Tone marks in pinyin (combining) and their zhuyin marks; the first tone has none. */
const TONES: [string, string][] = [['\u0304', ''], ['\u0301', 'ˊ'], ['\u030c', 'ˇ'], ['\u0300', 'ˋ']];
const NEUTRAL = '˙';

/** The final as written after an initial: y/w spellings undone, abbreviations (iu, ui, un) spelt out. */
function fullFinal(initial: string, rest: string): string {
  let final = rest;
  if (initial === '' && final.startsWith('y')) final = /^y[uü]/.test(final) ? `ü${final.slice(2)}` : final.startsWith('yi') ? final.slice(1) : `i${final.slice(1)}`;
  else if (initial === '' && final.startsWith('w')) final = final.startsWith('wu') ? final.slice(1) : `u${final.slice(1)}`;
  if (/^[jqx]$/.test(initial) && final.startsWith('u')) final = `ü${final.slice(1)}`;
  if (final === 'iu') return 'iou';
  if (final === 'ui') return 'uei';
  if (final === 'un') return 'uen';
  if (final === 'ong') return 'ung';
  if (final === 'iong') return 'üng';
  return final;
}

function finalToZhuyin(final: string): string | null {
  const medial = MEDIALS[final[0] ?? ''];
  if (medial) {
    const rhyme = final.slice(1);
    if (rhyme === '') return medial;
    if (rhyme === 'e' && final[0] !== 'u') return medial + 'ㄝ';
    const tail = RHYMES[rhyme];
    return tail ? medial + tail : null;
  }
  return RHYMES[final] ?? null;
}

/** One tone-marked pinyin syllable (or tone-number free, neutral) in zhuyin; anything else unchanged. */
export function syllableToZhuyin(syllable: string): string {
  const decomposed = syllable.normalize('NFD').toLowerCase();
  const tone = TONES.find(([mark]) => decomposed.includes(mark));
  const plain = decomposed
    .replace(/[\u0300\u0301\u0304\u030c]/g, '')
    .normalize('NFC')
    .replace(/v/g, 'ü');
  if (!/^[a-zü]+$|^ê$/.test(plain)) return syllable;
  // The erhua r stands alone, with no tone of its own.
  if (plain === 'r') return 'ㄦ';
  const initial = /^[zcs]h/.test(plain) ? plain.slice(0, 2) : INITIALS[plain[0]!] ? plain[0]! : '';
  const rest = plain.slice(initial.length);
  // zhi chi shi ri zi ci si: the initial alone.
  const final = rest === 'i' && /^(zh|ch|sh|r|z|c|s)$/.test(initial) ? '' : finalToZhuyin(fullFinal(initial, rest));
  const body = final === null ? null : (INITIALS[initial] ?? '') + final;
  if (body === null) return syllable;
  return tone ? body + tone[1] : NEUTRAL + body;
}

/** Space-separated tone-marked pinyin (as the card shows it) in zhuyin, syllable by syllable. */
export const pinyinToZhuyin = (pinyin: string): string => pinyin.split(' ').map(syllableToZhuyin).join(' ');
