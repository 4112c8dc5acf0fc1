// The page's script, the buttons that convert or restore it, and the per-site choice.
import { i18n } from '#i18n';
import type { PageState } from '../../../protocol/messages';
import type { ScriptTarget } from '../../../core/script/detect-script';

interface Props {
  onInlinePinyin: (hidden: boolean) => void;
  onRuby: (on: boolean) => void;
  state: PageState | null;
  busy: boolean;
  onConvert: (target: ScriptTarget) => void;
  onRestore: () => void;
  onSiteRule: (rule: ScriptTarget | null) => void;
}

export function ScriptControls({ state, busy, onConvert, onRestore, onSiteRule, onInlinePinyin, onRuby }: Props) {
  if (!state) return <p class="state panel">{i18n.t('noPage')}</p>;
  const shown = state.converted;
  // A page in Japanese or Korean, or with no Chinese text, is never converted nor annotated: nothing is offered.
  const chinese = state.script !== 'none';
  // The conversion that makes sense for this page: to the other script (either, on a mixed page).
  const suggested = (target: ScriptTarget) =>
    state.script === 'mixed' || (state.script === 'simplified' && target === 'traditional') || (state.script === 'traditional' && target === 'simplified');
  return (
    <section class="panel page-panel">
      <p class="state" data-testid="page-script" data-script={state.script}>
        {i18n.t('scriptLabel', [i18n.t(`script.${state.script}`)])}
        {shown !== null && <span class="shown-as"> · {i18n.t('shownIn', [i18n.t(`script.${shown}`)])}</span>}
      </p>
      <div class="buttons" role="group" aria-label={i18n.t('convertLabel')}>
        <button
          data-testid="convert-to-traditional"
          data-suggested={String(suggested('traditional'))}
          disabled={busy || !chinese}
          aria-pressed={shown === 'traditional'}
          onClick={() => onConvert('traditional')}
        >
          {i18n.t('convertToTraditional')}
        </button>
        <button
          data-testid="convert-to-simplified"
          data-suggested={String(suggested('simplified'))}
          disabled={busy || !chinese}
          aria-pressed={shown === 'simplified'}
          onClick={() => onConvert('simplified')}
        >
          {i18n.t('convertToSimplified')}
        </button>
        <button data-testid="restore-original" disabled={busy || shown === null} onClick={onRestore}>
          {i18n.t('restoreOriginal')}
        </button>
      </div>
      {state.host && (shown !== null || state.siteRule !== null) && (
        <label class="check">
          <input
            type="checkbox"
            role="switch"
            data-testid="site-rule"
            checked={state.siteRule !== null && state.siteRule === (shown ?? state.siteRule)}
            onChange={(event) => onSiteRule(event.currentTarget.checked ? shown : null)}
          />
          {i18n.t('alwaysForSite', [state.host])}
        </label>
      )}
      {(state.inlinePinyin.count > 0 || state.inlinePinyin.hidden) && (
        <label class="check">
          <input
            type="checkbox"
            role="switch"
            data-testid="hide-inline-pinyin"
            checked={state.inlinePinyin.hidden}
            disabled={busy}
            onChange={(event) => onInlinePinyin(event.currentTarget.checked)}
          />
          {i18n.t('hideInlinePinyin', [String(state.inlinePinyin.count)])}
        </label>
      )}
      {chinese && (
        <label class="check">
          <input type="checkbox" role="switch" data-testid="ruby" checked={state.ruby} disabled={busy} onChange={(event) => onRuby(event.currentTarget.checked)} />
          {i18n.t('rubySwitch')}
        </label>
      )}
    </section>
  );
}
