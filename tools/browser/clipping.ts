// Whether anything on a page is cut off: each element that shows text or takes input is scrolled into view and
// must then lie wholly inside the viewport and inside every ancestor that clips its content, be the element found
// at its own centre (not covered by another, a sticky header say), and not have text overflowing a box that hides
// it; the page itself must not scroll sideways.
import type { Page } from 'puppeteer-core';

export interface Clipped {
  where: string;
  why: string;
}

// In-page code as source text: functions written in a test file gain helpers (tsx's __name) the page lacks.
const FIND = `() => {
  const problems = [];
  const describe = (element) => {
    const hook = element.getAttribute('data-testid') || element.getAttribute('data-field') || element.getAttribute('data-term');
    return element.tagName.toLowerCase() + (element.classList.length ? '.' + [...element.classList].join('.') : '') + (hook ? '[' + hook + ']' : '') + ' "' + (element.textContent || element.value || '').trim().slice(0, 24) + '"';
  };
  const page = document.scrollingElement;
  if (page.scrollWidth > page.clientWidth + 1) problems.push({ where: 'page', why: 'scrolls sideways: ' + page.scrollWidth + ' > ' + page.clientWidth });
  const shows = (element) => element.matches('button, input, select, textarea, a, img, svg, summary, label') || [...element.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && child.nodeValue.trim());
  const hidden = (element) => {
    for (let at = element; at; at = at.parentElement) {
      const style = getComputedStyle(at);
      if (style.clipPath === 'inset(50%)' || style.visibility !== 'visible') return true;
    }
    return false;
  };
  for (const element of document.body.querySelectorAll('*')) {
    if (!shows(element) || !element.getClientRects().length || hidden(element)) continue;
    element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const box = element.getClientRects()[0];
    if (box.width === 0 && box.height === 0) continue;
    const tall = box.height > innerHeight;
    if (box.left < -1 || box.right > innerWidth + 1 || (!tall && (box.top < -1 || box.bottom > innerHeight + 1))) {
      problems.push({ where: describe(element), why: 'outside the viewport: ' + JSON.stringify(box.toJSON()) });
      continue;
    }
    for (let at = element.parentElement; at && at !== document.documentElement; at = at.parentElement) {
      const style = getComputedStyle(at);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      const outer = at.getBoundingClientRect();
      const left = outer.left + at.clientLeft, top = outer.top + at.clientTop;
      const right = left + at.clientWidth, bottom = top + at.clientHeight;
      if (box.left < left - 1 || box.right > right + 1 || (!tall && (box.top < top - 1 || box.bottom > bottom + 1))) {
        problems.push({ where: describe(element), why: 'cut off by ' + describe(at) });
        break;
      }
    }
    const own = getComputedStyle(element);
    if (own.overflowX !== 'visible' && element.scrollWidth > element.clientWidth + 1 && !element.matches('input, textarea, select')) {
      problems.push({ where: describe(element), why: 'its text overflows: ' + element.scrollWidth + ' > ' + element.clientWidth });
    }
    const x = Math.min(Math.max(box.left + box.width / 2, 0), innerWidth - 1);
    const y = Math.min(Math.max(box.top + Math.min(box.height, innerHeight) / 2, 0), innerHeight - 1);
    const hit = document.elementFromPoint(x, y);
    if (hit && hit !== element && !element.contains(hit) && !hit.contains(element) && !(hit.control === element)) {
      problems.push({ where: describe(element), why: 'covered by ' + describe(hit) });
    }
  }
  return problems;
}`;

/** What on the page is cut off, covered or overflowing (empty when nothing is). */
export async function clippedElements(page: Page): Promise<Clipped[]> {
  return (await page.evaluate(`(${FIND})()`)) as Clipped[];
}
