// The one tone-colour rule: which tone a syllable has, and the colour each scheme gives it on a light and on a dark
// background. The card, ruby, the popup, the word list and the options' preview all colour tones through it.
// Each colour keeps WCAG AA (4.5:1) against every background the extension's surfaces use (TONE_BACKGROUNDS).

/** Tone of a tone-marked syllable: 1-4 from its mark, 5 (neutral) without one. */
export function toneOf(syllable: string): number {
  const marks = syllable.normalize('NFD');
  if (marks.includes('\u0304')) return 1;
  if (marks.includes('\u0301')) return 2;
  if (marks.includes('\u030c')) return 3;
  if (marks.includes('\u0300')) return 4;
  return 5;
}

export type ToneScheme = 'standard' | 'pleco';
export type Theme = 'light' | 'dark';

/** Colours of tones 1-5 by scheme and background. Pleco's own hues (red, green, blue, purple, grey), darkened or
 * lightened where the original falls short of 4.5:1 (its green and grey on white, its red and blue on black). */
export const TONE_PALETTES: Readonly<Record<ToneScheme, Readonly<Record<Theme, readonly string[]>>>> = {
  standard: {
    light: ['#c62828', '#27702b', '#1565c0', '#6a1b9a', '#5e5e63'],
    dark: ['#ff8a80', '#a5d6a7', '#90caf9', '#ce93d8', '#bdbdbd'],
  },
  pleco: {
    light: ['#d10000', '#0a7318', '#1510f0', '#8900bf', '#5e5e63'],
    dark: ['#ff7b7b', '#3ddc5a', '#9996ff', '#d17cf5', '#b0b0b0'],
  },
};

/** The darkest light and the lightest dark background the palettes are made for (raised panels, marked rows). */
export const TONE_BACKGROUNDS: Readonly<Record<Theme, readonly string[]>> = {
  light: ['#ffffff', '#fffdf8', '#f6f1e7', '#efe8da'],
  dark: ['#1e1e20', '#232326', '#29292c', '#33333a'],
};

/** A syllable's part of a pinyin string, and its tone; the spaces between syllables are parts without one.
 * Joining every part's text gives back the string exactly. */
export interface TonePart {
  text: string;
  tone?: number;
}

export function toneParts(pinyin: string): TonePart[] {
  return pinyin.split(/(\s+)/).filter(Boolean).map((text) => (/\s/.test(text) ? { text } : { text, tone: toneOf(text) }));
}

/** CSS rules colouring `.tone1`-`.tone5` inside `scope(scheme)` with one theme's colours, for every scheme or those given. */
export function toneColorRules(theme: Theme, scope: (scheme: ToneScheme) => string, schemes = Object.keys(TONE_PALETTES) as ToneScheme[]): string {
  return schemes
    .map((scheme) => TONE_PALETTES[scheme][theme].map((color, i) => `${scope(scheme)} .tone${i + 1}{color:${color}}`).join(''))
    .join('');
}

/** Tone colours for a surface that follows the browser's light or dark theme, chosen by a `data-tones` attribute
 * on an ancestor (the reader's setting: standard, pleco, or none for no rule at all). */
export function toneColorCss(): string {
  const scope = (scheme: ToneScheme) => `[data-tones="${scheme}"]`;
  return `${toneColorRules('light', scope)}@media (prefers-color-scheme: dark){${toneColorRules('dark', scope)}}`;
}
