// The contrast of every text shown on a page, computed from the rendered colours: each visible text node (in open
// shadow roots too) and each form field's value or placeholder, its colour against the backgrounds painted behind
// it (its ancestors' background colours, across shadow hosts, laid over the canvas), opacity included.
import type { Page } from 'puppeteer-core';
import { contrastRatio, over, parseColor, type Rgba } from '../lib/contrast';

export interface TextContrast {
  text: string;
  /** Where it is: the element's tag, classes and test hook, then its ancestors'. */
  where: string;
  color: string;
  background: string;
  ratio: number;
}

// In-page code as source text: functions written in a test file gain helpers (tsx's __name) the page lacks.
const COLLECT = `(rootSelector) => {
  const describe = (element) => {
    const parts = [];
    for (let at = element, depth = 0; at && depth < 4; depth++) {
      const hook = at.getAttribute && (at.getAttribute('data-testid') || at.getAttribute('data-field'));
      parts.push(at.tagName.toLowerCase() + (at.classList && at.classList.length ? '.' + [...at.classList].join('.') : '') + (hook ? '[' + hook + ']' : ''));
      at = at.parentElement || (at.getRootNode && at.getRootNode().host) || null;
    }
    return parts.join(' < ');
  };
  const canvasProbe = document.createElement('div');
  canvasProbe.style.cssText = 'position:absolute;background-color:Canvas;color:CanvasText';
  document.documentElement.append(canvasProbe);
  const canvas = getComputedStyle(canvasProbe).backgroundColor;
  canvasProbe.remove();
  const layers = (element) => {
    const found = [];
    let opacity = 1;
    for (let at = element; at; at = at.parentElement || (at.getRootNode && at.getRootNode().host) || null) {
      const style = getComputedStyle(at);
      found.push(style.backgroundColor);
      opacity *= parseFloat(style.opacity);
    }
    return { found, opacity };
  };
  const visible = (element) => {
    const style = getComputedStyle(element);
    if (style.visibility !== 'visible' || element.closest('[aria-hidden="true"]')) return false;
    // Text for screen readers only, clipped to nothing.
    for (let at = element; at; at = at.parentElement) if (getComputedStyle(at).clipPath === 'inset(50%)') return false;
    return true;
  };
  const results = [];
  const roots = [...document.querySelectorAll(rootSelector)];
  while (roots.length) {
    const root = roots.pop();
    if (root.shadowRoot) roots.push(root.shadowRoot);
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.ELEMENT_NODE) {
        if (node.shadowRoot) roots.push(node.shadowRoot);
        const field = node.matches('input:not([type=checkbox]):not([type=radio]):not([type=file]), textarea, select') ? node : null;
        if (!field || !field.getClientRects().length || !visible(field)) continue;
        const value = field.tagName === 'SELECT' ? field.selectedOptions[0]?.textContent ?? '' : field.value;
        const placeholder = !value && field.placeholder ? field.placeholder : '';
        if (!value.trim() && !placeholder.trim()) continue;
        const { found, opacity } = layers(field);
        results.push({ text: (value || placeholder).slice(0, 40), where: describe(field), color: getComputedStyle(field, placeholder ? '::placeholder' : null).color, layers: found, opacity, canvas });
        continue;
      }
      const text = node.nodeValue.trim();
      const element = node.parentElement;
      if (!text || !element || element.closest('script, style, noscript, template, option') || !visible(element)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      if (box.width * box.height < 4) continue;
      const { found, opacity } = layers(element);
      results.push({ text: text.slice(0, 40), where: describe(element), color: getComputedStyle(element).color, layers: found, opacity, canvas });
    }
  }
  return results;
}`;

interface Collected {
  text: string;
  where: string;
  color: string;
  /** Background colours from the text's element outwards. */
  layers: string[];
  opacity: number;
  canvas: string;
}

/** The seen background: the layers painted from the canvas inwards. */
function backgroundOf(layers: readonly string[], canvas: string): Rgba {
  let seen = over(parseColor(canvas), [255, 255, 255, 1]);
  for (const layer of [...layers].reverse()) seen = over(parseColor(layer), seen);
  return seen;
}

const css = (color: Rgba) => `rgb(${color.slice(0, 3).map((c) => Math.round(c)).join(', ')})`;

/** Every text inside the elements matching `rootSelector` (the whole page by default), with its contrast ratio. */
export async function textContrasts(page: Page, rootSelector = 'html'): Promise<TextContrast[]> {
  const collected = (await page.evaluate(`(${COLLECT})(${JSON.stringify(rootSelector)})`)) as Collected[];
  return collected.map(({ text, where, color, layers, opacity, canvas }) => {
    const background = backgroundOf(layers, canvas);
    const [r, g, b, a] = parseColor(color);
    const seen = over([r, g, b, a * opacity], background);
    return { text, where, color: css(seen), background: css(background), ratio: Math.round(contrastRatio(seen, background) * 100) / 100 };
  });
}
