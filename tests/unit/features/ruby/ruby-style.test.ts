// Ruby's looks: the annotation's size by the card's text size, cells that never widen, the squeeze that keeps
// syllables apart, and the card's tone colours for the page's theme.
import { describe, expect, test } from 'vitest';
import { TONE_PALETTES } from '../../../../core/pinyin/tone-colors';
import { ANNOTATION_SIZE, CELL_GAP_EM, rubyCss, SYLLABLE_GAP_EM } from '../../../../features/ruby/content/ruby-style';

const css = (toneColors: 'none' | 'standard' | 'pleco', size: 'small' | 'medium' | 'large', theme: 'light' | 'dark') => rubyCss('data-r', { toneColors, size }, theme);

describe('ruby style', () => {
  test('annotations at 0.55 of the text or more, larger with the card\'s text size, never under a legible size in pixels', () => {
    expect(ANNOTATION_SIZE.small.em).toBeGreaterThanOrEqual(0.55);
    expect(ANNOTATION_SIZE.medium.em).toBeGreaterThan(ANNOTATION_SIZE.small.em);
    expect(ANNOTATION_SIZE.large.em).toBeGreaterThan(ANNOTATION_SIZE.medium.em);
    for (const size of ['small', 'medium', 'large'] as const) {
      const { em, px } = ANNOTATION_SIZE[size];
      expect(css('standard', size, 'light')).toContain(`--a:max(${em},calc(${px} / var(--fs,16)))`);
    }
  });

  test('each cell is its character and a small even gap, at most 10% wider; a syllable is narrowed to its cell less the gap', () => {
    expect(CELL_GAP_EM).toBeLessThan(0.1);
    const style = css('standard', 'medium', 'light');
    expect(style).toContain(`padding:calc(var(--a) * 1.15em + 0.06em) ${CELL_GAP_EM / 2}em 0`);
    expect(style).toContain(`scaleX(min(1,calc(${(1 + CELL_GAP_EM - SYLLABLE_GAP_EM).toFixed(3)} / (var(--w,1.6) * var(--a)))))`);
    expect(style).toContain('position:absolute');
  });

  test('tone colours: the chosen scheme only, for the page\'s theme; none leaves the text\'s own colour', () => {
    const pleco = css('pleco', 'medium', 'dark');
    expect(pleco).toContain(`[data-r] > ruby > .tone2{color:${TONE_PALETTES.pleco.dark[1]}}`);
    expect(pleco).not.toContain(TONE_PALETTES.standard.dark[1]);
    expect(pleco).not.toContain(TONE_PALETTES.pleco.light[1]);
    expect(css('standard', 'medium', 'light')).toContain(`.tone1{color:${TONE_PALETTES.standard.light[0]}}`);
    expect(css('none', 'medium', 'light')).not.toMatch(/\.tone\d/);
  });
});
