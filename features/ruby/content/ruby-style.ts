// How ruby looks, in one place: a printed learner's edition. Every character sits in a cell of the same width
// (its own width and a small even gap, whatever its reading), its syllable centred above it at 0.55-0.68 of the
// text's size (following the card's text size) in a narrow face, a long syllable drawn narrower so that it never
// runs into its neighbours; the line grows by what the annotation needs, so lines never collide. Syllables take
// the card's tone colours, light or dark by the page's own background.
import { toneColorRules, toneOf, type Theme } from '../../../core/pinyin/tone-colors';
import type { CardFontSize, ToneColors } from '../../../settings/schema';

/** The reader's settings ruby follows: the card's tone colours and text size. */
export interface RubyLook {
  toneColors: ToneColors;
  size: CardFontSize;
}

/** The annotation's size at each card text size: this much of the text it annotates, and never under `px`. */
export const ANNOTATION_SIZE: Readonly<Record<CardFontSize, { em: number; px: number }>> = {
  small: { em: 0.55, px: 9 },
  medium: { em: 0.6, px: 10 },
  large: { em: 0.68, px: 11 },
};
/** Even space added to every annotated character (em): each cell is its character and this, never wider (under 10%). */
export const CELL_GAP_EM = 0.09;
/** Least space kept between two neighbouring syllables (em of the text): a gap the eye sees at every size (0.12 let
 * "zhōng gòng zhōng yāng" read as one word); the squeeze of the longest syllables (zhuāng) stays above one half. */
export const SYLLABLE_GAP_EM = 0.16;
const ANNOTATION_LINE = 1.15;

/** Narrow faces first (Arial Narrow and its metric twin), so that more syllables fit their cells unsqueezed. */
const ANNOTATION_FONT = '"Arial Narrow", "Liberation Sans Narrow", "Roboto Condensed", "Helvetica Neue", Arial, sans-serif';
const STYLE_ATTRIBUTE = 'data-xinwen-ruby-style';

/** Widths of syllables in em of the annotation's font, measured once per page on a canvas (no page layout). */
function syllableMeasure(document: Document): (syllable: string) => number {
  const widths = new Map<string, number>();
  let context: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null = null;
  try {
    context = typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(1, 1).getContext('2d') : document.createElement('canvas').getContext('2d');
  } catch {
    context = null;
  }
  if (context) {
    context.font = `100px ${ANNOTATION_FONT}`;
  }
  return (syllable) => {
    let width = widths.get(syllable);
    if (width === undefined) {
      // Without a canvas: a narrow face's average letter.
      width = context ? context.measureText(syllable).width / 100 : syllable.length * 0.45;
      widths.set(syllable, width);
    }
    return width;
  };
}

/** Light or dark tone colours for the page: by the first opaque background at or above `element` (white without one). */
export function pageTheme(element: Element): Theme {
  const view = element.ownerDocument.defaultView;
  for (let at: Element | null = element; at && view; at = at.parentElement) {
    const match = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?/.exec(view.getComputedStyle(at).backgroundColor);
    if (!match || (match[4] !== undefined && Number(match[4]) < 0.5)) continue;
    const [r, g, b] = [match[1], match[2], match[3]].map(Number) as [number, number, number];
    // Perceived lightness (Rec. 601 weights): below the middle is a dark page.
    return 0.299 * r + 0.587 * g + 0.114 * b < 128 ? 'dark' : 'light';
  }
  return 'light';
}

/** The style sheet for the wrappers marked with `attribute`: cells, annotations and tone colours for one look and theme. */
export function rubyCss(attribute: string, look: RubyLook, theme: Theme): string {
  const { em, px } = ANNOTATION_SIZE[look.size];
  const wrapper = `[${attribute}]`;
  // The annotation's size as a share of the text's (--fs, the text's size in pixels, set on each wrapper).
  const share = `max(${em},calc(${px} / var(--fs,16)))`;
  // Width a syllable may take (em of the text): its cell, less the gap kept between syllables.
  const fits = (1 + CELL_GAP_EM - SYLLABLE_GAP_EM).toFixed(3);
  const tones = look.toneColors === 'none' ? '' : toneColorRules(theme, () => `${wrapper} > ruby >`, [look.toneColors]);
  return `${wrapper}{--a:${share};}
${wrapper} > ruby{display:inline-block;position:relative;line-height:1;margin:0;border:0;vertical-align:baseline;text-indent:0;
padding:calc(var(--a) * ${ANNOTATION_LINE}em + 0.06em) ${CELL_GAP_EM / 2}em 0;}
${wrapper} > ruby > rt{position:absolute;top:0;left:50%;display:block;width:max-content;margin:0;padding:0;border:0;
font:normal 400 calc(var(--a) * 1em)/${ANNOTATION_LINE} ${ANNOTATION_FONT};letter-spacing:0;word-spacing:0;text-indent:0;text-transform:none;
text-align:center;white-space:nowrap;-webkit-user-select:none;user-select:none;transform-origin:50% 0;
transform:translateX(-50%) scaleX(min(1,calc(${fits} / (var(--w,1.6) * var(--a)))));}
${tones}`;
}

export interface RubyStyle {
  /** Gives an annotation its syllable's tone and width (with `sized`, the only markup ruby adds for its looks). */
  annotate(rt: HTMLElement, syllable: string): void;
  /**
   * The text's size (px) of each node, read from its parent before any of them is annotated: while the page's style
   * is still clean from the last frame, so reading it costs no style pass of its own (0 when unknown).
   */
  textSizes(nodes: readonly Text[]): number[];
  /** Gives a wrapper the size of the text it holds (from textSizes). */
  sized(wrapper: HTMLElement, size: number): void;
  /** Puts the style sheet in the page (again, after the look changed). */
  apply(region: Element): void;
  /** Takes it out: the page is as it was. */
  remove(): void;
}

/** The style of ruby for the wrappers marked with `attribute` (ruby-annotation.ts), following `look`. */
export function createRubyStyle(document: Document, attribute: string, look: () => RubyLook): RubyStyle {
  const widthOf = syllableMeasure(document);
  let sheet: HTMLStyleElement | null = null;
  let theme: Theme = 'light';
  return {
    annotate(rt, syllable) {
      rt.className = `tone${toneOf(syllable)}`;
      rt.style.setProperty('--w', widthOf(syllable).toFixed(3));
    },
    textSizes(nodes) {
      const view = document.defaultView;
      const sizes = new Map<Element, number>();
      return nodes.map((node) => {
        const parent = node.parentElement;
        if (!view || !parent) return 0;
        let size = sizes.get(parent);
        if (size === undefined) sizes.set(parent, (size = parseFloat(view.getComputedStyle(parent).fontSize) || 0));
        return size;
      });
    },
    sized(wrapper, size) {
      if (size > 0) wrapper.style.setProperty('--fs', size.toFixed(1));
    },
    apply(region) {
      theme = pageTheme(region);
      sheet ??= document.createElement('style');
      sheet.setAttribute(STYLE_ATTRIBUTE, '');
      sheet.textContent = rubyCss(attribute, look(), theme);
      if (!sheet.isConnected) (document.head ?? document.documentElement).append(sheet);
    },
    remove() {
      sheet?.remove();
    },
  };
}
