// The page's script and the buttons that convert or restore it.
import { i18n } from '#i18n';
import type { PageState, ScriptTarget } from '../utils/messages';

interface Props {
  state: PageState | null;
  busy: boolean;
  onConvert: (target: ScriptTarget) => void;
  onRestore: () => void;
}

export function ScriptControls({ state, busy, onConvert, onRestore }: Props) {
  if (!state) return <p class="state">{i18n.t('noPage')}</p>;
  return (
    <section>
      <p class="state" data-testid="page-script" data-script={state.script}>
        {i18n.t('scriptLabel', [i18n.t(`script.${state.script}`)])}
      </p>
      <div class="buttons">
        <button data-testid="convert-to-traditional" disabled={busy} aria-pressed={state.converted === 'traditional'} onClick={() => onConvert('traditional')}>
          {i18n.t('convertToTraditional')}
        </button>
        <button data-testid="convert-to-simplified" disabled={busy} aria-pressed={state.converted === 'simplified'} onClick={() => onConvert('simplified')}>
          {i18n.t('convertToSimplified')}
        </button>
        <button data-testid="restore-original" disabled={busy || state.converted === null} onClick={onRestore}>
          {i18n.t('restoreOriginal')}
        </button>
      </div>
    </section>
  );
}
