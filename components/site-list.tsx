// An editable per-site list in the options page: the hosts on it, each with a remove button.
import { i18n } from '#i18n';
import { setSiteListed, type SiteList as SiteListItem } from '../settings/items';
import { useStored } from './use-stored';

export function SiteList({ list, heading, empty, testId }: { list: SiteListItem; heading: string; empty: string; testId: string }) {
  const sites = useStored(list) ?? [];
  return (
    <section>
      <h3>{heading}</h3>
      {sites.length === 0 ? (
        <p class="empty">{empty}</p>
      ) : (
        <ul role="list">
          {sites.map((host) => (
            <li key={host} data-testid={testId}>
              <span class="term">{host}</span> <button onClick={() => void setSiteListed(list, host, false)}>{i18n.t('removeRule')}</button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
