// Every setting's storage key and default, with no storage library: the content script reads these
// directly (keeping its bundle small); utils/settings.ts builds WXT storage items from the same schema.
import type { ChineseLocale } from './language/convert-script';
import type { ScriptTarget } from './messages';

export type TraditionalVariant = Exclude<ChineseLocale, 'cn'>;
export const TRADITIONAL_VARIANTS: readonly TraditionalVariant[] = ['tw', 'hk', 't', 'twp'];

/** Per-site choice: the script a site is always shown in, by host name. */
export type SiteRules = Record<string, ScriptTarget>;

/** When pointing at a word shows the card: always, only while Shift is held, or never. */
export type HoverMode = 'on' | 'shift' | 'off';
export const HOVER_MODES: readonly HoverMode[] = ['on', 'shift', 'off'];

export interface Settings {
  /** Which traditional standard "convert to traditional" produces. twp rewrites phrases, so it is never the default. */
  traditionalVariant: TraditionalVariant;
  siteRules: SiteRules;
  hoverMode: HoverMode;
  /** Sites where the card never shows, by host name. */
  hoverOffSites: string[];
  /** Underline every glossary term in the page's text (with a highlight, never by changing the page). */
  underlineTerms: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  traditionalVariant: 'tw',
  siteRules: {},
  hoverMode: 'on',
  hoverOffSites: [],
  underlineTerms: false,
};

/** Settings live in the sync storage area under their own names. */
export const SETTINGS_AREA = 'sync';
