// The settings a page needs, read straight from extension storage and kept current as they change.
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, SETTINGS_AREA, type Settings } from '../settings-schema';

export interface PageSettings {
  /** Resolves once the stored values have been read. */
  ready: Promise<Settings>;
  current(): Settings;
}

export function watchSettings(signal: AbortSignal): PageSettings {
  let settings: Settings = { ...DEFAULT_SETTINGS };
  const keys = Object.keys(DEFAULT_SETTINGS);
  const area = browser.storage[SETTINGS_AREA];
  const ready = area.get(keys).then((stored) => (settings = { ...DEFAULT_SETTINGS, ...(stored as Partial<Settings>) }));
  const onChanged = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
    if (areaName !== SETTINGS_AREA) return;
    for (const key of keys) {
      if (key in changes) settings = { ...settings, [key]: changes[key]!.newValue ?? DEFAULT_SETTINGS[key as keyof Settings] };
    }
  };
  browser.storage.onChanged.addListener(onChanged);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged));
  return { ready, current: () => settings };
}
