// Whether a page's text is Chinese: Han characters are shared with Japanese and Korean, and English pages
// often carry a few (a language menu, a quoted name). The text decides; a declared lang only settles a
// Japanese or Korean page whose own letters are there to back it.
import { hasHan } from '../text/han';
import { unseenTest, type HiddenTest } from './visibility';
import { ELEMENTS } from '../text/text-rules';

/** Letters that tell the languages written with Han characters apart from Chinese, as code point ranges. */
const OTHER_HAN_LANGUAGES = [
  // Hiragana, katakana (with the prolonged sound mark and phonetic extensions) and half-width katakana.
  { lang: 'ja', letters: [[0x3041, 0x3096], [0x30a1, 0x30fa], [0x30fc, 0x30fc], [0x31f0, 0x31ff], [0xff66, 0xff9d]] },
  // Hangul syllables, jamo and compatibility jamo.
  { lang: 'ko', letters: [[0xac00, 0xd7a3], [0x1100, 0x11ff], [0x3131, 0x318e]] },
] as const;

/** Undeclared, a text is Japanese (Korean) past this many kana (hangul) per Han character... */
const OTHER_LETTERS_SHARE = 0.25;
/** ...and with the language declared, from this share (a Chinese page mislabelled ja rarely holds any kana). */
const DECLARED_LETTERS_SHARE = 0.01;
/** Chinese text needs one Han character for this many Latin letters (English pages quote names, list "中文"). */
const LATIN_PER_HAN = 10;

const HAN_CHAR = /\p{Script=Han}/u;
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** How many letters of each kind a text holds: Han, Latin, and the letters of each other Han language. */
export interface LetterCounts {
  han: number;
  latin: number;
  /** By language of OTHER_HAN_LANGUAGES: kana for ja, hangul for ko. */
  other: Record<string, number>;
}

export const noLetters = (): LetterCounts => ({ han: 0, latin: 0, other: {} });

function otherLanguage(code: number): string | undefined {
  for (const { lang, letters } of OTHER_HAN_LANGUAGES) for (const [from, to] of letters) if (code >= from && code <= to) return lang;
  return undefined;
}

/** Adds a text's letters to the counts, in one pass over its characters. */
export function countLetters(text: string, counts: LetterCounts = noLetters()): LetterCounts {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x2e80) {
      if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) counts.latin++;
      else if (code >= 0x1100 && code <= 0x11ff) counts.other.ko = (counts.other.ko ?? 0) + 1;
    } else if (code >= 0x4e00 && code <= 0x9fff) counts.han++;
    else if (code >= 0xd800 && code <= 0xdbff) {
      // Outside the Basic Multilingual Plane (CJK extensions B and on): test the whole pair.
      if (HAN_CHAR.test(text.slice(i, i + 2))) counts.han++;
      i++;
    } else {
      const lang = otherLanguage(code);
      if (lang) counts.other[lang] = (counts.other[lang] ?? 0) + 1;
      else if (HAN_CHAR.test(text[i]!)) counts.han++;
    }
  }
  return counts;
}

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
export function declaredLanguage(page: Document): string {
  const root = page.documentElement;
  const body = page.body;
  return primaryLanguage(root?.getAttribute('lang') || root?.getAttribute('xml:lang') || body?.getAttribute('lang'));
}

/** Whether a text (a page's visible text) is Chinese, from its letters and the page's declared primary language. */
export function judgeLanguage(letters: LetterCounts | string, declared: string): LanguageVerdict {
  const counts = typeof letters === 'string' ? countLetters(letters) : letters;
  const hanChars = counts.han;
  if (hanChars === 0) return { chinese: false, hanChars, reason: 'no-han' };
  for (const { lang } of OTHER_HAN_LANGUAGES) {
    const count = counts.other[lang] ?? 0;
    if (count === 0) continue;
    const share = declared === lang ? DECLARED_LETTERS_SHARE : OTHER_LETTERS_SHARE;
    if (count >= share * hanChars) return { chinese: false, hanChars, reason: lang };
  }
  if (counts.latin > LATIN_PER_HAN * hanChars) return { chinese: false, hanChars, reason: 'latin' };
  return { chinese: true, hanChars };
}

/** Counts the letters of the visible text under root (a walk that builds nothing). */
function visibleLetters(root: Node, isUnseen: (element: Element) => boolean, counts: LetterCounts = noLetters()): LetterCounts {
  for (let child = root.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) countLetters(child.nodeValue ?? '', counts);
    else if (child.nodeType === ELEMENT_NODE && !isUnseen(child as Element) && !ELEMENTS.void.has((child as Element).tagName.toUpperCase())) {
      visibleLetters(child, isUnseen, counts);
    }
  }
  return counts;
}

/** A light walk that only counts letters: whether the page is Chinese, settled before any article is looked for. */
export function languageOf(page: Document, isUnseen: (element: Element) => boolean): LanguageVerdict {
  const body = page.body ?? page.documentElement;
  const title = page.title ?? '';
  // A page with no Han character anywhere (scripts included) is settled without a walk.
  if (!body || (!hasHan(body.textContent ?? '') && !hasHan(title))) return judgeLanguage('', '');
  return judgeLanguage(visibleLetters(body, isUnseen, countLetters(title)), declaredLanguage(page));
}

/** Whether a page is Chinese (not Japanese or Korean, nor a page in another language quoting a few characters), cheaply. */
export function isChinesePage(page: Document, options: { isHidden?: HiddenTest } = {}): boolean {
  return languageOf(page, unseenTest(options.isHidden)).chinese;
}
