import { describe, expect, test } from 'vitest';
import { contrastRatio, over, parseColor } from '../../../tools/lib/contrast';

describe('contrast', () => {
  test('reads the colour forms browsers report', () => {
    expect(parseColor('rgb(255, 0, 10)')).toEqual([255, 0, 10, 1]);
    expect(parseColor('rgba(1, 2, 3, 0.5)')).toEqual([1, 2, 3, 0.5]);
    expect(parseColor('rgb(1 2 3 / 25%)')).toEqual([1, 2, 3, 0.25]);
    expect(parseColor('#ff8000')).toEqual([255, 128, 0, 1]);
    expect(parseColor('transparent')[3]).toBe(0);
  });

  test('WCAG ratios: black on white 21, equal colours 1, a known grey 4.48', () => {
    expect(contrastRatio(parseColor('#000000'), parseColor('#ffffff'))).toBeCloseTo(21, 5);
    expect(contrastRatio(parseColor('#777777'), parseColor('#777777'))).toBe(1);
    expect(contrastRatio(parseColor('#777777'), parseColor('#ffffff'))).toBeCloseTo(4.48, 2);
  });

  test('a translucent colour is seen mixed with what is behind it', () => {
    expect(over([0, 0, 0, 0.5], [255, 255, 255, 1])).toEqual([127.5, 127.5, 127.5, 1]);
    expect(over([10, 20, 30, 1], [255, 255, 255, 1])).toEqual([10, 20, 30, 1]);
  });
});
