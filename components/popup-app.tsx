// The toolbar popup: page script and conversion, glossary search, glossary terms on the page.
import { i18n } from '#i18n';
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PageTerm } from '../core/glossary/glossary';
import type { PageState } from '../protocol/messages';
import type { ScriptTarget } from '../core/script/detect-script';
import { sendToTab } from '../protocol/send-message';
import { disabledSites, hoverOffSites, setSiteRule } from '../settings/items';
import { GlossarySearch } from '../features/glossary/ui/glossary-search';
import { SiteSwitch } from './site-switch';
import { PageTerms } from '../features/glossary/ui/page-terms';
import { ScriptControls } from '../features/conversion/ui/script-controls';

export function PopupApp({ tabId }: { tabId: number | null }) {
  const [state, setState] = useState<PageState | null>(null);
  const [terms, setTerms] = useState<PageTerm[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // Screen readers read the popup in the language of its strings.
  useLayoutEffect(() => {
    document.documentElement.lang = browser.i18n.getUILanguage();
  }, []);
  // Asked for during the first render, not after it: the page's terms are what the popup waits on longest.
  const [requests] = useState(() =>
    tabId === null ? null : { state: sendToTab(tabId, 'pageState', {}), terms: sendToTab(tabId, 'pageTerms', {}) },
  );
  useEffect(() => {
    void requests?.state.then((reply) => reply.ok && setState(reply.value));
    void requests?.terms.then((reply) => {
      performance.mark('xinwen-page-terms-reply');
      if (reply.ok) setTerms(reply.value);
    });
  }, [requests]);

  async function run(action: () => ReturnType<typeof sendToTab<'restorePage'>>) {
    setBusy(true);
    setError(null);
    const reply = await action();
    if (reply.ok) setState(reply.value);
    else setError(i18n.t('actionFailed', [reply.error.message]));
    setBusy(false);
  }
  const convert = (target: ScriptTarget) => tabId !== null && run(() => sendToTab(tabId, 'convertPage', { target }));
  const restore = () => tabId !== null && run(() => sendToTab(tabId, 'restorePage', {}));
  const hideInlinePinyin = (hidden: boolean) => tabId !== null && run(() => sendToTab(tabId, 'setInlinePinyin', { hidden }));
  // Ruby answers with its own state; the page's state is read again after it.
  const showRuby = (on: boolean) =>
    tabId !== null &&
    run(async () => {
      const reply = await sendToTab(tabId, 'setRuby', { on });
      return reply.ok ? sendToTab(tabId, 'pageState', {}) : reply;
    });
  const chooseSiteRule = async (rule: ScriptTarget | null) => {
    if (!state) return;
    await setSiteRule(state.host, rule);
    setState({ ...state, siteRule: rule });
  };

  return (
    <main>
      <h1>{i18n.t('popupTitle')}</h1>
      <ScriptControls
        state={state}
        busy={busy}
        onConvert={convert}
        onRestore={restore}
        onSiteRule={(rule) => void chooseSiteRule(rule)}
        onInlinePinyin={(hidden) => void hideInlinePinyin(hidden)}
        onRuby={(on) => void showRuby(on)}
      />
      {state && <SiteSwitch host={state.host} offList={disabledSites} testId="on-site" label={i18n.t('onSite', [state.host])} />}
      {state && <SiteSwitch host={state.host} offList={hoverOffSites} testId="hover-on-site" label={i18n.t('hoverOnSite', [state.host])} />}
      {error && <p class="error" role="alert">{error}</p>}
      <GlossarySearch />
      <PageTerms tabId={tabId} terms={terms} />
    </main>
  );
}
