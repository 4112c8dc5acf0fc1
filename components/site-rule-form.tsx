// Adds a site rule from the options page: a site name or address, and the script it is always shown in.
import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import type { ScriptTarget } from '../core/script/detect-script';
import { setSiteRule } from '../settings/items';
import { siteFromInput } from '../settings/site';

export function SiteRuleForm() {
  const [text, setText] = useState('');
  const [script, setScript] = useState<ScriptTarget>('traditional');
  const [invalid, setInvalid] = useState(false);
  const add = async (event: Event) => {
    event.preventDefault();
    const site = siteFromInput(text);
    setInvalid(site === null);
    if (site === null) return;
    await setSiteRule(site, script);
    setText('');
  };
  return (
    <form class="rule-form" onSubmit={(event) => void add(event)}>
      <input
        type="text"
        data-testid="rule-site"
        placeholder={i18n.t('ruleSitePlaceholder')}
        aria-label={i18n.t('ruleSitePlaceholder')}
        aria-invalid={invalid}
        value={text}
        onInput={(event) => setText(event.currentTarget.value)}
      />{' '}
      <select data-testid="rule-script" value={script} onChange={(event) => setScript(event.currentTarget.value as ScriptTarget)}>
        <option value="traditional">{i18n.t('script.traditional')}</option>
        <option value="simplified">{i18n.t('script.simplified')}</option>
      </select>{' '}
      <button type="submit" data-testid="rule-add">{i18n.t('addRule')}</button>
      {invalid && <p class="error" role="alert">{i18n.t('ruleSiteInvalid')}</p>}
    </form>
  );
}
