// Which elements a reader never sees: scripts and styles (core/text/text-rules.ts), and what the markup hides
// (the browser can pass its own test, which asks the layout). Shared by the light language check and the detector.
import { ELEMENTS } from '../text/text-rules';

/** An inline style that hides the element (saved pages keep their hidden templates and popups). */
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/**
 * Class names that hide an element at every screen size (hidden, is-hidden, d-none, sr-only, promo--hidden), not
 * those that hide it on some screens only (hidden-xs, d-md-none).
 */
const HIDDEN_CLASS = /(?:^|\s)(?:hidden|hide|is-hidden|d-none|invisible|sr-only|visually-hidden|screen-reader-text|[\w-]+(?:--|__)hidden)(?=\s|$)/i;

/** Whether markup alone hides an element: the `hidden` attribute, aria-hidden, an inline display:none, a hiding class. */
export function hiddenByMarkup(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  if (style !== null && HIDDEN_STYLE.test(style)) return true;
  const classes = element.getAttribute('class');
  return classes !== null && HIDDEN_CLASS.test(classes);
}

/** A test of whether a reader never sees an element; the browser can pass one that asks the layout. */
export type HiddenTest = (element: Element) => boolean;

/** A hidden test that answers each element once. */
export function remembered(isHidden: HiddenTest): HiddenTest {
  const answers = new Map<Element, boolean>();
  return (element) => {
    let answer = answers.get(element);
    if (answer === undefined) answers.set(element, (answer = isHidden(element)));
    return answer;
  };
}

/** Whether a reader never sees this element's text: scripts and styles, and whatever `isHidden` says is hidden. */
export function unseenTest(isHidden: HiddenTest = hiddenByMarkup): (element: Element) => boolean {
  return (element) => ELEMENTS.nonText.has(element.tagName.toUpperCase()) || isHidden(element);
}
