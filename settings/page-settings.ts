// The settings a page needs, read from extension storage through the settings table (settings/schema.ts): a
// value still at an older version (the worker migrates stored values when it starts after an update, and a page
// may read first) is brought to its current version here too. Changes are followed only once asked for (a page
// with Chinese text): a page without Chinese gets no storage listener.
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, migrated, SETTING_KEYS, SETTINGS_AREA, type Settings } from './schema';

export interface PageSettings {
  /** Resolves once the stored values have been read. */
  ready: Promise<Settings>;
  current(): Settings;
  /** Calls listener with the new settings whenever one of `keys` changes; starts following changes. */
  subscribe(keys: readonly (keyof Settings)[], listener: (settings: Settings) => void): void;
}

/** Where WXT's storage items keep a value's version: beside it, under the key and a dollar sign. */
const versionKey = (key: string) => `${key}$`;
const versionOf = (meta: unknown): number | undefined => (meta && typeof meta === 'object' && typeof (meta as { v?: unknown }).v === 'number' ? (meta as { v: number }).v : undefined);

export function watchSettings(signal: AbortSignal): PageSettings {
  let settings: Settings = { ...DEFAULT_SETTINGS };
  /** The stored version of each value read, so a later change of the value alone is read at that version. */
  const versions = new Map<keyof Settings, number>();
  const read = <K extends keyof Settings>(key: K, value: unknown, version: number | undefined): Settings[K] => {
    if (version !== undefined) versions.set(key, version);
    return value === undefined || value === null ? DEFAULT_SETTINGS[key] : migrated(key, value as Settings[K], versions.get(key) ?? 1);
  };
  const ready = browser.storage[SETTINGS_AREA].get([...SETTING_KEYS, ...SETTING_KEYS.map(versionKey)]).then((stored: Record<string, unknown>) => {
    settings = Object.fromEntries(SETTING_KEYS.map((key) => [key, read(key, stored[key], versionOf(stored[versionKey(key)]))])) as unknown as Settings;
    return settings;
  });
  const listeners: { keys: readonly (keyof Settings)[]; listener: (settings: Settings) => void }[] = [];
  const onChanged = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
    if (areaName !== SETTINGS_AREA) return;
    const changed = SETTING_KEYS.filter((key) => key in changes);
    for (const key of changed) settings = { ...settings, [key]: read(key, changes[key]!.newValue, versionOf(changes[versionKey(key)]?.newValue)) };
    for (const { keys: wanted, listener } of listeners) if (wanted.some((key) => changed.includes(key))) listener(settings);
  };
  let following = false;
  return {
    ready,
    current: () => settings,
    subscribe(wanted, listener) {
      listeners.push({ keys: wanted, listener });
      if (following) return;
      following = true;
      browser.storage.onChanged.addListener(onChanged);
      signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged));
    },
  };
}
