// WCAG 2 contrast: relative luminance of sRGB colours, a colour with alpha laid over the one behind it, and the
// contrast ratio of two opaque colours (1 to 21; AA asks 4.5 for body text).

export type Rgba = [number, number, number, number];

/** "rgb(1, 2, 3)", "rgba(1, 2, 3, 0.5)", "rgb(1 2 3 / 50%)", "#rrggbb" or "transparent" as four numbers (alpha 0-1). */
export function parseColor(css: string): Rgba {
  const text = css.trim().toLowerCase();
  if (text === 'transparent') return [0, 0, 0, 0];
  const hex = /^#([0-9a-f]{6})$/.exec(text);
  if (hex) return [0, 2, 4].map((i) => parseInt(hex[1]!.slice(i, i + 2), 16)).concat(1) as Rgba;
  const numbers = /^rgba?\(([^)]*)\)$/.exec(text)?.[1]?.split(/[\s,/]+/).filter(Boolean);
  if (!numbers || numbers.length < 3) throw new Error(`not a colour: ${css}`);
  const alpha = numbers[3] === undefined ? 1 : numbers[3].endsWith('%') ? parseFloat(numbers[3]) / 100 : parseFloat(numbers[3]);
  return [parseFloat(numbers[0]!), parseFloat(numbers[1]!), parseFloat(numbers[2]!), alpha];
}

/** `top` (with its alpha) painted over an opaque `bottom`: the opaque colour seen. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i]! * a + bottom[i]! * (1 - a)).concat(1) as Rgba;
}

function luminance([r, g, b]: Rgba): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** Contrast ratio of two opaque colours. */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
