import { describe, expect, test } from 'vitest';
import { TONE_BACKGROUNDS, TONE_PALETTES, toneColorCss, toneColorRules, toneOf, toneParts, type Theme, type ToneScheme } from '../../../../core/pinyin/tone-colors';
import { contrastRatio, parseColor } from '../../../../tools/lib/contrast';

describe('tone colours', () => {
  test.each([
    ['zhōng', 1],
    ['guó', 2],
    ['hǎo', 3],
    ['shì', 4],
    ['de', 5],
    ['lǜ', 4],
    ['Lǚ', 3],
  ])('%s has tone %i', (syllable, tone) => {
    expect(toneOf(syllable)).toBe(tone);
  });

  test('a pinyin string splits into syllables with their tones and gives itself back', () => {
    const text = 'rén lèi  mìng yùn';
    const parts = toneParts(text);
    expect(parts.map((part) => part.text).join('')).toBe(text);
    expect(parts.filter((part) => part.tone).map((part) => part.tone)).toEqual([2, 4, 4, 4]);
    expect(toneParts('')).toEqual([]);
  });

  test.each(['light', 'dark'] as Theme[])('every %s colour keeps 4.5:1 against every background it is made for', (theme) => {
    for (const scheme of Object.keys(TONE_PALETTES) as ToneScheme[]) {
      for (const color of TONE_PALETTES[scheme][theme]) {
        for (const background of TONE_BACKGROUNDS[theme]) {
          expect(contrastRatio(parseColor(color), parseColor(background)), `${scheme} ${color} on ${background}`).toBeGreaterThanOrEqual(4.5);
        }
      }
    }
  });

  test('the CSS colours each tone by scheme, the dark colours only under a dark theme', () => {
    const css = toneColorCss();
    const [light, dark] = css.split('@media (prefers-color-scheme: dark)');
    expect(light).toContain(`[data-tones="pleco"] .tone2{color:${TONE_PALETTES.pleco.light[1]}}`);
    expect(light).not.toContain(TONE_PALETTES.standard.dark[0]);
    expect(dark).toContain(`[data-tones="standard"] .tone5{color:${TONE_PALETTES.standard.dark[4]}}`);
    expect(toneColorRules('light', (scheme) => `.x-${scheme}`)).toContain(`.x-standard .tone1{color:${TONE_PALETTES.standard.light[0]}}`);
  });
});
