// How stored settings change shape between versions: pure functions, named by the settings table
// (settings/schema.ts) and run by the WXT storage items when the worker starts after an update, and by the
// content script's reader on values it finds still at an older version.
import type { ScriptTarget } from '../core/script/detect-script';
import { siteOf } from './site';

type SiteRules = Record<string, ScriptTarget>;

/**
 * v1 → v2: per-site settings are kept by site (settings/schema.ts `siteOf`) instead of by exact
 * host name, so a rule made on www.example.com also holds on example.com. When both spellings had a
 * rule, the one made on the bare host wins: that is the site's own name.
 */
export function siteRulesBySite(rules: SiteRules): SiteRules {
  const bySite: SiteRules = {};
  const hosts = Object.keys(rules).sort((a, b) => Number(siteOf(a) === a) - Number(siteOf(b) === b));
  for (const host of hosts) {
    const site = siteOf(host);
    const rule = rules[host];
    if (site && (rule === 'simplified' || rule === 'traditional')) bySite[site] = rule;
  }
  return bySite;
}

/** v1 → v2 for the per-site lists (hover off, never run here): by site, each once, sorted. */
export function siteListBySite(hosts: string[]): string[] {
  return [...new Set(hosts.map(siteOf).filter(Boolean))].sort();
}
