// User settings as WXT storage items (popup, options page, worker), built from settings/schema.ts.
// WXT runs an item's migrations when the item is defined, so every context that imports this module —
// the worker when it starts after an update, the popup, the options page — reads settings at their
// current version.
import { storage } from 'wxt/utils/storage';
import type { ScriptTarget } from '../protocol/messages';
import { siteListBySite, siteRulesBySite } from './migrations';
import { DEFAULT_SETTINGS, siteOf, type CardFontSize, type HoverMode, type Phonetic, type SiteRules, type ToneColors, type TraditionalVariant } from './schema';

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

export const traditionalVariant = storage.defineItem<TraditionalVariant>('sync:traditionalVariant', {
  fallback: DEFAULT_SETTINGS.traditionalVariant,
  version: 1,
});
export const siteRules = storage.defineItem<SiteRules>('sync:siteRules', {
  fallback: DEFAULT_SETTINGS.siteRules,
  version: 2,
  migrations: { 2: siteRulesBySite },
});
export const hoverMode = storage.defineItem<HoverMode>('sync:hoverMode', { fallback: DEFAULT_SETTINGS.hoverMode, version: 1 });
export const hoverOffSites = storage.defineItem<string[]>('sync:hoverOffSites', {
  fallback: DEFAULT_SETTINGS.hoverOffSites,
  version: 2,
  migrations: { 2: siteListBySite },
});

export const underlineTerms = storage.defineItem<boolean>('sync:underlineTerms', { fallback: DEFAULT_SETTINGS.underlineTerms, version: 1 });

export const toneColors = storage.defineItem<ToneColors>('sync:toneColors', { fallback: DEFAULT_SETTINGS.toneColors, version: 1 });
export const phonetic = storage.defineItem<Phonetic>('sync:phonetic', { fallback: DEFAULT_SETTINGS.phonetic, version: 1 });
export const cardFontSize = storage.defineItem<CardFontSize>('sync:cardFontSize', { fallback: DEFAULT_SETTINGS.cardFontSize, version: 1 });

export async function setSiteRule(host: string, rule: ScriptTarget | null): Promise<void> {
  const rules = { ...(await siteRules.getValue()) };
  // The exact key too: a value synced from an older version may still be under a host name.
  delete rules[host];
  if (rule === null) delete rules[siteOf(host)];
  else rules[siteOf(host)] = rule;
  await siteRules.setValue(rules);
}

export const disabledSites = storage.defineItem<string[]>('sync:disabledSites', {
  fallback: DEFAULT_SETTINGS.disabledSites,
  version: 2,
  migrations: { 2: siteListBySite },
});

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

export const setHoverOnSite = (host: string, on: boolean) => setSiteListed(hoverOffSites, host, !on);
