// Tone colours on the extension's own pages (popup, options, word list): the shared palette as a style sheet,
// chosen by the card's tone-colour setting on the root element (`data-tones`), kept current when it changes.
import { toneColorCss } from '../core/pinyin/tone-colors';
import { toneColors } from '../settings/items';

export function followToneColors(document: Document): void {
  const style = document.createElement('style');
  style.textContent = toneColorCss();
  document.head.append(style);
  const root = document.documentElement;
  const apply = (value: string | null) => {
    root.dataset.tones = value ?? 'standard';
  };
  apply(null);
  void toneColors.getValue().then(apply);
  toneColors.watch(apply);
}
