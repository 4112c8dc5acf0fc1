// The slices of work whose rendering grows with the work (ruby): a long frame makes the next slice shorter in
// proportion, never longer; a cheap frame lets it grow, by half at most; always between the floor and SLICE_MS.
import { describe, expect, test } from 'vitest';
import { nextWorkBudget, SLICE_MS } from '../../../page/slices';

describe('slices whose rendering follows their work', () => {
  test('a frame over the target shrinks the next slice in proportion', () => {
    // 4 ms of script made a 160 ms frame: a quarter of the script fits the 40 ms target.
    expect(nextWorkBudget(4, 4, 160)).toBeCloseTo(1, 5);
    expect(nextWorkBudget(12, 12, 80)).toBeCloseTo(6, 5);
  });

  test('never grows after a long frame, however long the budget was', () => {
    for (const frame of [41, 60, 200, 3000]) expect(nextWorkBudget(12, 12, frame)).toBeLessThan(12);
  });

  test('a cheap frame lets the slice grow by half at most, up to SLICE_MS', () => {
    expect(nextWorkBudget(2, 2, 10)).toBeCloseTo(3, 5);
    expect(nextWorkBudget(10, 10, 16)).toBe(SLICE_MS);
  });

  test('a slice that did almost nothing, or a frame that cost everything, keeps a floor of half a millisecond', () => {
    expect(nextWorkBudget(1, 0, 5000)).toBe(0.5);
    expect(nextWorkBudget(1, 0.01, 0)).toBeGreaterThanOrEqual(0.5);
  });
});
