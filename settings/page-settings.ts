// The settings a page needs, read straight from extension storage. Changes are followed only once
// asked for (a page with Chinese text): a page without Chinese gets no storage listener.
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, SETTINGS_AREA, type Settings } from './schema';

export interface PageSettings {
  /** Resolves once the stored values have been read. */
  ready: Promise<Settings>;
  current(): Settings;
  /** Calls listener with the new settings whenever one of `keys` changes; starts following changes. */
  subscribe(keys: readonly (keyof Settings)[], listener: (settings: Settings) => void): void;
}

export function watchSettings(signal: AbortSignal): PageSettings {
  let settings: Settings = { ...DEFAULT_SETTINGS };
  const keys = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];
  const ready = browser.storage[SETTINGS_AREA].get(keys).then((stored) => (settings = { ...DEFAULT_SETTINGS, ...(stored as Partial<Settings>) }));
  const listeners: { keys: readonly (keyof Settings)[]; listener: (settings: Settings) => void }[] = [];
  const onChanged = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
    if (areaName !== SETTINGS_AREA) return;
    const changed = keys.filter((key) => key in changes);
    for (const key of changed) settings = { ...settings, [key]: changes[key]!.newValue ?? DEFAULT_SETTINGS[key] };
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
