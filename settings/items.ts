// User settings as WXT storage items (popup, options page, worker), built from settings/schema.ts.
// WXT runs an item's migrations when the item is defined, so every context that imports this module —
// the worker when it starts after an update, the popup, the options page — reads settings at their
// current version.
import { storage } from 'wxt/utils/storage';
import type { ScriptTarget } from '../core/script/detect-script';
import { SETTINGS, type Settings } from './schema';
import { siteOf } from './site';

export {
  CARD_FONT_SIZES,
  HOVER_MODES,
  PHONETICS,
  TONE_COLORS,
  TRADITIONAL_VARIANTS,
  type CardFontSize,
  type HoverMode,
  type Phonetic,
  type SiteRules,
  type ToneColors,
  type TraditionalVariant,
} from './schema';

/** The storage item of one setting, as the settings table (settings/schema.ts) defines it. */
function settingItem<K extends keyof Settings>(key: K) {
  const { fallback, version, migrations } = SETTINGS[key];
  return storage.defineItem<Settings[K]>(`sync:${key}`, { fallback, version, ...(migrations ? { migrations } : {}) });
}

export const traditionalVariant = settingItem('traditionalVariant');
export const siteRules = settingItem('siteRules');
export const hoverMode = settingItem('hoverMode');
export const hoverOffSites = settingItem('hoverOffSites');
export const disabledSites = settingItem('disabledSites');
export const underlineTerms = settingItem('underlineTerms');
export const toneColors = settingItem('toneColors');
export const phonetic = settingItem('phonetic');
export const cardFontSize = settingItem('cardFontSize');

export async function setSiteRule(host: string, rule: ScriptTarget | null): Promise<void> {
  const rules = { ...(await siteRules.getValue()) };
  // The exact key too: a value synced from an older version may still be under a host name.
  delete rules[host];
  if (rule === null) delete rules[siteOf(host)];
  else rules[siteOf(host)] = rule;
  await siteRules.setValue(rules);
}

/** A per-site list setting: hosts where something is off. */
export type SiteList = typeof hoverOffSites;

/** Puts a host on a per-site list, or takes it off. */
export async function setSiteListed(list: SiteList, host: string, listed: boolean): Promise<void> {
  const sites = new Set(await list.getValue());
  sites.delete(host);
  if (listed) sites.add(siteOf(host));
  else sites.delete(siteOf(host));
  await list.setValue([...sites].sort());
}
