// The popup's switch for hover cards on the current site.
import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { hoverOffSites, setHoverOnSite } from '../utils/settings';

export function HoverSiteToggle({ host }: { host: string }) {
  const [on, setOn] = useState<boolean | null>(null);
  useEffect(() => {
    void hoverOffSites.getValue().then((sites) => setOn(!sites.includes(host)));
  }, [host]);
  if (!host || on === null) return null;
  return (
    <label class="site-rule">
      <input
        type="checkbox"
        data-testid="hover-on-site"
        checked={on}
        onChange={(event) => {
          const checked = event.currentTarget.checked;
          setOn(checked);
          void setHoverOnSite(host, checked);
        }}
      />
      {i18n.t('hoverOnSite', [host])}
    </label>
  );
}
