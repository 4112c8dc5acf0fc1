// Every setting's storage key and default, with no storage library: the content script reads these
// directly (keeping its bundle small); settings/items.ts builds WXT storage items from the same schema.
import type { ChineseLocale } from '../core/script/convert-script';
import type { ScriptTarget } from '../protocol/messages';

export type TraditionalVariant = Exclude<ChineseLocale, 'cn'>;
export const TRADITIONAL_VARIANTS: readonly TraditionalVariant[] = ['tw', 'hk', 't', 'twp'];

/**
 * The name per-site settings are kept under: the host name in lower case, without a leading "www." or
 * a trailing dot, so a rule made on www.example.com holds on example.com too.
 */
export const siteOf = (hostname: string): string => hostname.trim().toLowerCase().replace(/\.$/, '').replace(/^www\./, '');

/** The site a reader typed (a host name or a whole address), or null when it names none. */
export function siteFromInput(text: string): string | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`);
    // URL accepts "a b" as a host only percent-encoded, and "localhost" style names without a dot.
    return /^[a-z0-9.-]+$/.test(url.hostname) && url.hostname.includes('.') ? siteOf(url.hostname) : null;
  } catch {
    return null;
  }
}

/** Per-site choice: the script a site is always shown in, by site (`siteOf`). */
export type SiteRules = Record<string, ScriptTarget>;

/** When pointing at a word shows the card: always, only while Shift is held, or never. */
export type HoverMode = 'on' | 'shift' | 'off';
export const HOVER_MODES: readonly HoverMode[] = ['on', 'shift', 'off'];

/** The "toggle hover" command: off turns on; on or Shift-only turns off. */
export const toggledHoverMode = (mode: HoverMode): HoverMode => (mode === 'off' ? 'on' : 'off');

/** Tone colours in the card: none, the extension's own, or Pleco's default scheme. */
export type ToneColors = 'none' | 'standard' | 'pleco';
export const TONE_COLORS: readonly ToneColors[] = ['none', 'standard', 'pleco'];

/** How the card spells a reading: tone-marked pinyin or zhuyin (bopomofo). */
export type Phonetic = 'pinyin' | 'zhuyin';
export const PHONETICS: readonly Phonetic[] = ['pinyin', 'zhuyin'];

export type CardFontSize = 'small' | 'medium' | 'large';
export const CARD_FONT_SIZES: readonly CardFontSize[] = ['small', 'medium', 'large'];

export interface Settings {
  /** Which traditional standard "convert to traditional" produces. twp rewrites phrases, so it is never the default. */
  traditionalVariant: TraditionalVariant;
  siteRules: SiteRules;
  hoverMode: HoverMode;
  /** Sites where the card never shows (`siteOf`). */
  hoverOffSites: string[];
  /** Sites where the extension does nothing on its own (no card, no site rule) (`siteOf`). */
  disabledSites: string[];
  /** Underline every glossary term in the page's text (with a highlight, never by changing the page). */
  underlineTerms: boolean;
  toneColors: ToneColors;
  phonetic: Phonetic;
  cardFontSize: CardFontSize;
}

export const DEFAULT_SETTINGS: Settings = {
  traditionalVariant: 'tw',
  siteRules: {},
  hoverMode: 'on',
  hoverOffSites: [],
  disabledSites: [],
  underlineTerms: false,
  toneColors: 'standard',
  phonetic: 'pinyin',
  cardFontSize: 'medium',
};

/** Settings live in the sync storage area under their own names. */
export const SETTINGS_AREA = 'sync';
