// A slice of page work gets the script time whose frame fits the target: a frame within it lets the next slice grow
// by half, a longer one shrinks it in proportion to what the frame cost above the page's own frames, by half at most.
import { describe, expect, test } from 'vitest';
import { nextBudget, SLICE_MS } from '../../../page/slices';

describe('slices', () => {
  test('a frame within the target lets the slice grow by half, up to SLICE_MS', () => {
    expect(nextBudget(4, 4, 20, 20)).toBe(6);
    expect(nextBudget(10, 10, 30, 20)).toBe(SLICE_MS);
  });

  test("a long frame shrinks the slice in proportion to its cost above the page's own frame (ruby: rendering follows the work)", () => {
    // Allowed 40 ms, the page's own frame 10: 30 ms of room, the frame took 70 above it: 3/7 of the script, but by half at most.
    expect(nextBudget(12, 12, 80, 10)).toBe(6);
    expect(nextBudget(12, 12, 50, 10)).toBeCloseTo(9, 5);
    // However costly, a slice still does something.
    expect(nextBudget(1, 0.01, 5000, 10)).toBe(0.5);
  });

  test('a page whose own frames nearly fill the target (a 200,000-node layout) may take a little more, so the work moves on', () => {
    // The page's own frame 38 ms: frames up to 46 ms let the slice grow.
    expect(nextBudget(4, 4, 45, 38)).toBe(6);
    expect(nextBudget(4, 4, 60, 38)).toBeLessThan(4);
  });

  test('on a page whose own frames are long frames whatever we do, slices grow to BUSY_SLICE_MS: few long frames beat many', () => {
    expect(nextBudget(20, 20, 300, 200)).toBe(30);
    expect(nextBudget(400, 400, 900, 200)).toBe(500);
  });
});
