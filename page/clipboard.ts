// Copying text (the card's word, a glossary entry): the asynchronous clipboard where the page allows it (secure pages), else the copy
// command on a field of our own, with the reader's selection and focus put back as they were.
import { OWN_ELEMENT_ATTRIBUTE } from './skip-rules';

export async function copyText(document: Document, text: string): Promise<boolean> {
  const clipboard = document.defaultView?.navigator.clipboard;
  if (clipboard) {
    try {
      await clipboard.writeText(text);
      return true;
    } catch {
      // Refused (a frame without the permission, a page that blocks it): the copy command may still work.
    }
  }
  return copyWithCommand(document, text);
}

function copyWithCommand(document: Document, text: string): boolean {
  const selection = document.getSelection();
  const ranges = selection ? Array.from({ length: selection.rangeCount }, (_, i) => selection.getRangeAt(i)) : [];
  const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const field = document.createElement('textarea');
  field.setAttribute(OWN_ELEMENT_ATTRIBUTE, '');
  field.readOnly = true;
  field.value = text;
  field.style.cssText = 'position: fixed; top: 0; left: 0; width: 1px; height: 1px; opacity: 0; pointer-events: none;';
  document.documentElement.append(field);
  let copied = false;
  try {
    field.select();
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  } finally {
    field.remove();
    selection?.removeAllRanges();
    for (const range of ranges) selection?.addRange(range);
    focused?.focus({ preventScroll: true });
  }
  return copied;
}
