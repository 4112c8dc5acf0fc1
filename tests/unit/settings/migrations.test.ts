// Stored settings from an older version are brought to the current shape, through the same WXT storage
// items the extension uses, on an in-memory browser storage.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { siteListBySite, siteRulesBySite } from '../../../settings/migrations';
import { siteFromInput, siteOf } from '../../../settings/site';

describe('sites are kept by site, not by exact host name (v1 → v2)', () => {
  test.each([
    ['www.rfa.org', 'rfa.org'],
    ['WWW.BBC.com.', 'bbc.com'],
    ['news.sina.com.cn', 'news.sina.com.cn'],
    ['wwwfoo.com', 'wwwfoo.com'],
    ['', ''],
  ])('%s is kept as %s', (host, site) => {
    expect(siteOf(host)).toBe(site);
  });

  test('rules move to the site; where both spellings had one, the bare host wins whatever the order', () => {
    expect(siteRulesBySite({ 'www.rfa.org': 'traditional', 'rfa.org': 'simplified', 'www.bbc.com': 'traditional' })).toEqual({
      'rfa.org': 'simplified',
      'bbc.com': 'traditional',
    });
    expect(siteRulesBySite({ 'rfa.org': 'simplified', 'www.rfa.org': 'traditional' })).toEqual({ 'rfa.org': 'simplified' });
  });

  test('a rule that is not a script is dropped rather than kept to break the page later', () => {
    expect(siteRulesBySite({ 'a.com': 'traditional', 'b.com': 'klingon' as never, '': 'simplified' })).toEqual({ 'a.com': 'traditional' });
  });

  test('lists are mapped to sites, each once, sorted', () => {
    expect(siteListBySite(['www.rfa.org', 'bbc.com', 'rfa.org', 'WWW.bbc.com'])).toEqual(['bbc.com', 'rfa.org']);
  });
});

describe('the storage items run the migration on v1 data', () => {
  // The storage library picks up the extension API when first imported: install the fake before it.
  let settings: typeof import('../../../settings/items');
  beforeAll(async () => {
    (globalThis as { chrome?: unknown }).chrome = fakeBrowser;
    settings = await import('../../../settings/items');
  });
  beforeEach(() => fakeBrowser.reset());

  test('v1 values under host names come back by site, at version 2, and stay so', async () => {
    // As version 1 stored them: no version meta key.
    await fakeBrowser.storage.sync.set({
      siteRules: { 'www.rfa.org': 'traditional', 'news.sina.com.cn': 'simplified' },
      hoverOffSites: ['www.bbc.com', 'bbc.com'],
      disabledSites: ['WWW.Example.com'],
    });
    // As in the worker after an update: the module is evaluated afresh, and defining the items migrates them.
    vi.resetModules();
    const started = await import('../../../settings/items');
    expect(await started.siteRules.getValue()).toEqual({ 'rfa.org': 'traditional', 'news.sina.com.cn': 'simplified' });
    expect(await started.hoverOffSites.getValue()).toEqual(['bbc.com']);
    expect(await started.disabledSites.getValue()).toEqual(['example.com']);
    const stored = await fakeBrowser.storage.sync.get(null);
    expect(stored).toMatchObject({ siteRules$: { v: 2 }, hoverOffSites$: { v: 2 }, disabledSites$: { v: 2 } });
    // The content script reads the raw keys: they hold the migrated values.
    expect(stored.hoverOffSites).toEqual(['bbc.com']);
  });

  test('setting a rule or listing a site from a www page stores it by site', async () => {
    await settings.setSiteRule('www.rfa.org', 'traditional');
    await settings.setSiteListed(settings.hoverOffSites, 'WWW.rfa.org', true);
    expect(await settings.siteRules.getValue()).toEqual({ 'rfa.org': 'traditional' });
    expect(await settings.hoverOffSites.getValue()).toEqual(['rfa.org']);
    await settings.setSiteRule('rfa.org', null);
    await settings.setSiteListed(settings.hoverOffSites, 'www.rfa.org', false);
    expect(await settings.siteRules.getValue()).toEqual({});
    expect(await settings.hoverOffSites.getValue()).toEqual([]);
  });

  test('a host-named key synced from an older version after the migration can still be removed', async () => {
    await fakeBrowser.storage.sync.set({ siteRules: { 'www.rfa.org': 'traditional' }, siteRules$: { v: 2 }, hoverOffSites: ['www.rfa.org'], hoverOffSites$: { v: 2 } });
    await settings.setSiteRule('www.rfa.org', null);
    await settings.setSiteListed(settings.hoverOffSites, 'www.rfa.org', false);
    expect(await settings.siteRules.getValue()).toEqual({});
    expect(await settings.hoverOffSites.getValue()).toEqual([]);
  });

  test('nothing stored: nothing is written, the defaults apply', async () => {
    vi.resetModules();
    const started = await import('../../../settings/items');
    expect(await started.siteRules.getValue()).toEqual({});
    expect(await fakeBrowser.storage.sync.get('siteRules')).toEqual({});
  });
});

describe('a site typed in the options page', () => {
  test.each([
    ['rfa.org', 'rfa.org'],
    ['  www.RFA.org ', 'rfa.org'],
    ['https://www.bbc.com/zhongwen/simp', 'bbc.com'],
    ['news.sina.com.cn/china/', 'news.sina.com.cn'],
    ['中文.com', 'xn--fiq228c.com'],
  ])('%s names the site %s', (text, site) => {
    expect(siteFromInput(text)).toBe(site);
  });

  test.each(['', '   ', 'not a site', 'localhost', 'http://'])('%j names no site', (text) => {
    expect(siteFromInput(text)).toBeNull();
  });
});
