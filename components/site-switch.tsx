// A popup switch for the current site that is on unless the site is on a per-site "off" list: a label that
// names what it switches, the state in a word, and (when given) a line saying what on and off mean here.
import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { setSiteListed, type SiteList } from '../settings/items';

interface Props {
  host: string;
  offList: SiteList;
  testId: string;
  label: string;
  /** What the switch's state means for this site, said under the label. */
  hints?: { on: string; off: string };
}

export function SiteSwitch({ host, offList, testId, label, hints }: Props) {
  const [on, setOn] = useState<boolean | null>(null);
  useEffect(() => {
    void offList.getValue().then((sites) => setOn(!sites.includes(host)));
  }, [host, offList]);
  if (!host || on === null) return null;
  const hintId = `${testId}-hint`;
  return (
    <label class="switch" data-on={String(on)}>
      <span class="switch-text">
        <span class="switch-label">{label}</span>
        {hints && (
          <span class="switch-hint" id={hintId} data-testid={hintId}>
            {on ? hints.on : hints.off}
          </span>
        )}
      </span>
      <span class="switch-state" aria-hidden="true">
        {on ? i18n.t('switchOn') : i18n.t('switchOff')}
      </span>
      <input
        type="checkbox"
        role="switch"
        data-testid={testId}
        checked={on}
        aria-describedby={hints ? hintId : undefined}
        onChange={(event) => {
          const checked = event.currentTarget.checked;
          setOn(checked);
          void setSiteListed(offList, host, !checked);
        }}
      />
    </label>
  );
}
