// Ruby as laid out in the page, measured: each annotation's size against its text's, each base's width against
// the same character set bare in the same style, the space between neighbouring syllables on a line, and the space
// between a line's annotations and the line above; with each syllable's horizontal squeeze and tone colour.
import type { Page } from 'puppeteer-core';

export interface RubyMeasure {
  char: string;
  syllable: string;
  /** Annotation size / text size. */
  sizeRatio: number;
  /** Annotation size in pixels. */
  annotationPx: number;
  /** Base width / the bare character's width. */
  baseRatio: number;
  /** Horizontal scale the annotation is drawn at (1: not squeezed). */
  squeeze: number;
  /** Space to the next syllable on the same line (px), null at a line's end or before text without one. */
  gapToNext: number | null;
  /** Space from the annotation's top to the bottom of the characters (their em boxes) of the line above (px), null on a
   * paragraph's first line. */
  clearance: number | null;
  color: string;
  toneClass: string;
}

// In-page code as source text: functions written in a test file gain helpers (tsx's __name) the page lacks.
const MEASURE = `(selector, limit) => {
  const rubies = [...document.querySelectorAll(selector + ' ruby')].slice(0, limit);
  const probe = document.createElement('span');
  probe.style.cssText = 'position:absolute;visibility:hidden;white-space:pre;left:0;top:0';
  document.body.append(probe);
  const rows = [];
  for (const ruby of rubies) {
    const rt = ruby.querySelector('rt');
    const base = ruby.firstChild;
    if (!rt || !base) continue;
    const text = getComputedStyle(ruby.parentElement);
    const note = getComputedStyle(rt);
    probe.style.font = text.font;
    probe.style.letterSpacing = text.letterSpacing;
    probe.textContent = base.textContent;
    const bare = probe.getBoundingClientRect().width;
    const range = document.createRange();
    range.selectNodeContents(base);
    const glyph = range.getBoundingClientRect();
    const matrix = new DOMMatrixReadOnly(note.transform === 'none' ? undefined : note.transform);
    rows.push({
      char: base.textContent, syllable: rt.textContent,
      sizeRatio: parseFloat(note.fontSize) / parseFloat(text.fontSize),
      annotationPx: parseFloat(note.fontSize),
      baseRatio: ruby.getBoundingClientRect().width / bare,
      squeeze: matrix.a,
      rt: rt.getBoundingClientRect().toJSON(), glyph: glyph.toJSON(), box: ruby.getBoundingClientRect().toJSON(),
      next: ruby.nextSibling === ruby.nextElementSibling && ruby.nextElementSibling && ruby.nextElementSibling.tagName === 'RUBY',
      color: note.color, toneClass: rt.className,
    });
  }
  probe.remove();
  return rows;
}`;

/** The first `limit` annotations inside `selector`, measured. */
export async function measureRuby(page: Page, selector: string, limit = 400): Promise<RubyMeasure[]> {
  type Row = Omit<RubyMeasure, 'gapToNext' | 'clearance'> & { rt: DOMRect; glyph: DOMRect; box: DOMRect; next: boolean };
  const rows = (await page.evaluate(`(${MEASURE})(${JSON.stringify(selector)}, ${limit})`)) as Row[];
  // Lines: runs of annotations whose characters share a top.
  const lineOf: number[] = [];
  let line = 0;
  rows.forEach((row, i) => {
    if (i > 0 && Math.abs(row.glyph.top - rows[i - 1]!.glyph.top) > row.glyph.height / 2) line++;
    lineOf.push(line);
  });
  // The bottom of a line's characters: their em boxes (each ruby's box ends with its character's line).
  const lowestText = new Map<number, number>();
  rows.forEach((row, i) => lowestText.set(lineOf[i]!, Math.max(lowestText.get(lineOf[i]!) ?? -Infinity, row.box.bottom)));
  return rows.map(({ rt, glyph, box: _box, next, ...row }, i) => {
    const following = rows[i + 1];
    const sameLine = following !== undefined && lineOf[i + 1] === lineOf[i] && next;
    const above = lowestText.get(lineOf[i]! - 1);
    // The line above only when it is directly above (a paragraph break lies between others).
    const clearance = above !== undefined && glyph.top - above < glyph.height * 3 ? rt.top - above : null;
    return { ...row, gapToNext: sameLine ? following.rt.left - rt.right : null, clearance };
  });
}
