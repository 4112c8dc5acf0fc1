// Every setting: its type, default, stored version and the migrations that bring an older stored value up to
// it. One table: settings/items.ts builds the WXT storage items from it (popup, options, worker), and
// settings/page-settings.ts reads storage through it in the content script (no storage library there, to
// keep its bundle small), so both read every value at its current version.
import type { ChineseLocale } from '../core/script/convert-script';
import type { ScriptTarget } from '../core/script/detect-script';
import { siteListBySite, siteRulesBySite } from './migrations';

export type TraditionalVariant = Exclude<ChineseLocale, 'cn'>;
export const TRADITIONAL_VARIANTS: readonly TraditionalVariant[] = ['tw', 'hk', 't', 'twp'];

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

/** How a setting is stored: its default, its version, and for each version after the first the step to it. */
export interface SettingDefinition<T> {
  fallback: T;
  version: number;
  migrations?: Record<number, (value: T) => T>;
}

export const SETTINGS: { readonly [K in keyof Settings]: SettingDefinition<Settings[K]> } = {
  traditionalVariant: { fallback: 'tw', version: 1 },
  siteRules: { fallback: {}, version: 2, migrations: { 2: siteRulesBySite } },
  hoverMode: { fallback: 'on', version: 1 },
  hoverOffSites: { fallback: [], version: 2, migrations: { 2: siteListBySite } },
  disabledSites: { fallback: [], version: 2, migrations: { 2: siteListBySite } },
  underlineTerms: { fallback: false, version: 1 },
  toneColors: { fallback: 'standard', version: 1 },
  phonetic: { fallback: 'pinyin', version: 1 },
  cardFontSize: { fallback: 'medium', version: 1 },
};

export const SETTING_KEYS = Object.keys(SETTINGS) as (keyof Settings)[];

export const DEFAULT_SETTINGS = Object.fromEntries(SETTING_KEYS.map((key) => [key, SETTINGS[key].fallback])) as unknown as Settings;

/**
 * A stored value brought to its setting's current version, as WXT's storage items do it when they start:
 * `storedVersion` is the version kept beside the value (1 when none is kept).
 */
export function migrated<K extends keyof Settings>(key: K, value: Settings[K], storedVersion = 1): Settings[K] {
  const { version, migrations } = SETTINGS[key];
  let current = value;
  for (let step = storedVersion + 1; step <= version; step++) current = migrations?.[step]?.(current) ?? current;
  return current;
}


/** Settings live in the sync storage area under their own names. */
export const SETTINGS_AREA = 'sync';
