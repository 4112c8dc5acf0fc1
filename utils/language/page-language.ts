// Whether a page's text is Chinese: Han characters are shared with Japanese and Korean, and English pages
// often carry a few (a language menu, a quoted name). The text decides; a declared lang only settles a
// Japanese or Korean page whose own letters are there to back it.

/** Languages written with Han characters besides Chinese, told by the letters only they use. */
const OTHER_HAN_LANGUAGES = [
  // Hiragana, katakana (with phonetic extensions) and half-width katakana.
  { lang: 'ja', letters: /[\u3041-\u3096\u30a1-\u30fa\u30fc\u31f0-\u31ff\uff66-\uff9d]/g },
  // Hangul syllables and jamo.
  { lang: 'ko', letters: /[\uac00-\ud7a3\u1100-\u11ff\u3131-\u318e]/g },
] as const;

/** Undeclared, a text is Japanese (Korean) past this many kana (hangul) per Han character... */
const OTHER_LETTERS_SHARE = 0.25;
/** ...and with the language declared, from this share (a Chinese page mislabelled ja rarely holds any kana). */
const DECLARED_LETTERS_SHARE = 0.01;
/** Chinese text needs one Han character for this many Latin letters (English pages quote names, list "中文"). */
const LATIN_PER_HAN = 10;

const HAN = /\p{Script=Han}/gu;
const LATIN = /[A-Za-z]/g;

export interface LanguageVerdict {
  chinese: boolean;
  hanChars: number;
  /** Why the text is not Chinese, when it is not. */
  reason?: 'no-han' | 'ja' | 'ko' | 'latin';
}

/** The primary language subtag of a lang attribute: "zh-Hant-TW" → "zh". */
export function primaryLanguage(lang: string | null | undefined): string {
  return (lang ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/** The language a document declares: the lang (or xml:lang) of <html>, else of <body>. */
export function declaredLanguage(document: Document): string {
  const root = document.documentElement;
  const body = document.body;
  return primaryLanguage(root?.getAttribute('lang') || root?.getAttribute('xml:lang') || body?.getAttribute('lang'));
}

/** Whether a text (a page's visible text) is Chinese, given the page's declared primary language. */
export function judgeLanguage(text: string, declared: string): LanguageVerdict {
  const hanChars = text.match(HAN)?.length ?? 0;
  if (hanChars === 0) return { chinese: false, hanChars, reason: 'no-han' };
  for (const { lang, letters } of OTHER_HAN_LANGUAGES) {
    const count = text.match(letters)?.length ?? 0;
    if (count === 0) continue;
    const share = declared === lang ? DECLARED_LETTERS_SHARE : OTHER_LETTERS_SHARE;
    if (count >= share * hanChars) return { chinese: false, hanChars, reason: lang };
  }
  const latin = text.match(LATIN)?.length ?? 0;
  if (latin > LATIN_PER_HAN * hanChars) return { chinese: false, hanChars, reason: 'latin' };
  return { chinese: true, hanChars };
}
