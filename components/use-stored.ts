// A setting's stored value in a component, kept current when it changes elsewhere (the popup, the
// options page, another window); null until it has been read.
import { useEffect, useState } from 'preact/hooks';
import type { WxtStorageItem } from 'wxt/utils/storage';

export function useStored<T>(item: WxtStorageItem<T, Record<string, never>>): T | null {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    void item.getValue().then(setValue);
    return item.watch(setValue);
  }, [item]);
  return value;
}
