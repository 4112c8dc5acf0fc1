// The content script's reader of the settings reads every value at its current version, as the storage items
// do: a value still stored at an older version (the page read before the worker migrated it) is migrated in
// memory, a value at the current version is taken as it is, and changes are read the same way.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeAll, beforeEach, expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../settings/schema';

let watchSettings: typeof import('../../../settings/page-settings').watchSettings;
beforeAll(async () => {
  // wxt/browser picks up the extension API when first imported: install the fake before it.
  (globalThis as { chrome?: unknown }).chrome = fakeBrowser;
  ({ watchSettings } = await import('../../../settings/page-settings'));
});
beforeEach(() => fakeBrowser.reset());

test('values stored by version 1 are read by site, as version 2 keeps them', async () => {
  await fakeBrowser.storage.sync.set({ siteRules: { 'www.rfa.org': 'traditional' }, hoverOffSites: ['www.bbc.com', 'bbc.com'], hoverMode: 'shift' });
  const settings = await watchSettings(new AbortController().signal).ready;
  expect(settings.siteRules).toEqual({ 'rfa.org': 'traditional' });
  expect(settings.hoverOffSites).toEqual(['bbc.com']);
  expect(settings.hoverMode).toBe('shift');
  expect(settings.toneColors).toBe(DEFAULT_SETTINGS.toneColors);
});

test('a value already at its current version is taken as stored', async () => {
  await fakeBrowser.storage.sync.set({ siteRules: { 'www.rfa.org': 'traditional' }, siteRules$: { v: 2 } });
  expect((await watchSettings(new AbortController().signal).ready).siteRules).toEqual({ 'www.rfa.org': 'traditional' });
});

test('a change is read at the version stored with it, and reaches the listeners of its key only', async () => {
  const settings = watchSettings(new AbortController().signal);
  await settings.ready;
  const seen: string[][] = [];
  settings.subscribe(['hoverOffSites'], (current) => seen.push(current.hoverOffSites));
  await fakeBrowser.storage.sync.set({ hoverOffSites: ['www.a.com'] });
  await fakeBrowser.storage.sync.set({ hoverOffSites: ['www.b.com'], hoverOffSites$: { v: 2 } });
  await fakeBrowser.storage.sync.set({ hoverMode: 'off' });
  expect(seen).toEqual([['a.com'], ['www.b.com']]);
  expect(settings.current().hoverMode).toBe('off');
});
