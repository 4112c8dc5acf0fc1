// User settings, kept with WXT's storage so every part of the extension reads the same values.
import { storage } from 'wxt/utils/storage';
import type { ChineseLocale } from './language/convert-script';
import type { ScriptTarget } from './messages';

export type TraditionalVariant = Exclude<ChineseLocale, 'cn'>;
export const TRADITIONAL_VARIANTS: readonly TraditionalVariant[] = ['tw', 'hk', 't', 'twp'];

/** Which traditional standard "convert to traditional" produces. twp also rewrites phrases, so it is never the default. */
export const traditionalVariant = storage.defineItem<TraditionalVariant>('sync:traditionalVariant', {
  fallback: 'tw',
  version: 1,
});

/** Per-site choice: the script a site is always shown in, by host name. */
export type SiteRules = Record<string, ScriptTarget>;

export const siteRules = storage.defineItem<SiteRules>('sync:siteRules', {
  fallback: {},
  version: 1,
});

export async function siteRuleFor(host: string): Promise<ScriptTarget | null> {
  return (await siteRules.getValue())[host] ?? null;
}

export async function setSiteRule(host: string, rule: ScriptTarget | null): Promise<void> {
  const rules = { ...(await siteRules.getValue()) };
  if (rule === null) delete rules[host];
  else rules[host] = rule;
  await siteRules.setValue(rules);
}
