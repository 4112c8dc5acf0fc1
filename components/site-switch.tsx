// A popup switch for the current site that is on unless the site is on a per-site "off" list.
import { useEffect, useState } from 'preact/hooks';
import { setSiteListed, type SiteList } from '../settings/items';

export function SiteSwitch({ host, offList, testId, label }: { host: string; offList: SiteList; testId: string; label: string }) {
  const [on, setOn] = useState<boolean | null>(null);
  useEffect(() => {
    void offList.getValue().then((sites) => setOn(!sites.includes(host)));
  }, [host, offList]);
  if (!host || on === null) return null;
  return (
    <label class="site-rule">
      <input
        type="checkbox"
        data-testid={testId}
        checked={on}
        onChange={(event) => {
          const checked = event.currentTarget.checked;
          setOn(checked);
          void setSiteListed(offList, host, !checked);
        }}
      />
      {label}
    </label>
  );
}
