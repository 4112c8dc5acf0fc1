// Settings shared by every part of the extension: defaults, and the toggle-hover command's flip.
import { describe, expect, test } from 'vitest';
import { CARD_FONT_SIZES, DEFAULT_SETTINGS, PHONETICS, TONE_COLORS, toggledHoverMode } from '../../../settings/schema';

describe('settings', () => {
  test('the card shows tone-coloured pinyin at medium size by default, and each default is a choice', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({ toneColors: 'standard', phonetic: 'pinyin', cardFontSize: 'medium' });
    expect(TONE_COLORS).toContain(DEFAULT_SETTINGS.toneColors);
    expect(PHONETICS).toContain(DEFAULT_SETTINGS.phonetic);
    expect(CARD_FONT_SIZES).toContain(DEFAULT_SETTINGS.cardFontSize);
  });

  test.each([
    ['on', 'off'],
    ['shift', 'off'],
    ['off', 'on'],
  ] as const)('toggle hover: %s becomes %s', (from, to) => {
    expect(toggledHoverMode(from)).toBe(to);
  });
});
