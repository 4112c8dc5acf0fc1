// Applies a site's remembered script on load, before the reader sees the original: once the rule is
// known (a storage read, before first paint), the page stays hidden until it is converted, for
// MAX_HIDDEN_MS at most.
import type { ScriptTarget } from '../../../core/script/detect-script';

const MAX_HIDDEN_MS = 1_500;

export async function applySiteRule(document: Document, rule: ScriptTarget | null, convert: (target: ScriptTarget) => Promise<unknown>) {
  if (!rule) return;
  const style = document.createElement('style');
  style.textContent = 'html { visibility: hidden !important; }';
  document.documentElement.append(style);
  const timer = setTimeout(() => style.remove(), MAX_HIDDEN_MS);
  try {
    if (document.readyState === 'loading') await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
    await convert(rule);
  } finally {
    clearTimeout(timer);
    style.remove();
  }
}
