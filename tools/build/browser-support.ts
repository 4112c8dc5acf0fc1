// The oldest browsers the extension supports (the manifests' minimum_chrome_version and Firefox's
// strict_min_version, wxt.config.ts), and the web features that set them: each with the first version that has
// it, and whether the code falls back without it. tests/unit/tools/browser-support.test.ts finds each feature in
// the shipped sources and checks that the minimums cover every feature used without a fallback.

export const MINIMUM_VERSIONS = {
  /** checkVisibility's visibilityProperty option (text under visibility: hidden is skipped), Chrome 121. */
  chrome: 121,
  /** The oldest Firefox the manifest accepts (an ESR); the features that need a later one have fallbacks. */
  firefox: 128,
};

export interface BrowserFeature {
  name: string;
  /** How the feature shows in the shipped sources (TypeScript, CSS, CSS in strings). */
  pattern: RegExp;
  chrome: number;
  firefox: number;
  /** What the code does without the feature; absent when it needs it. */
  fallback?: string;
}

export const BROWSER_FEATURES: BrowserFeature[] = [
  { name: 'Manifest V3 with web_accessible_resources matches', pattern: /web_accessible_resources/, chrome: 88, firefox: 109 },
  {
    name: 'Element.checkVisibility({ visibilityProperty })',
    pattern: /visibilityProperty/,
    chrome: 121,
    firefox: 122,
  },
  {
    name: 'CSS Custom Highlight API',
    pattern: /::highlight\(/,
    chrome: 105,
    firefox: 140,
    fallback: 'the card shows without the word highlighted; terms are revealed and underlined without a mark',
  },
  { name: 'scheduler.yield()', pattern: /scheduler\?*\.yield/, chrome: 129, firefox: 142, fallback: 'a message to itself between slices' },
  {
    name: 'caretPositionFromPoint with shadowRoots',
    pattern: /caretPositionFromPoint\(/,
    chrome: 128,
    firefox: 20,
    fallback: 'caretRangeFromPoint',
  },
  { name: 'requestIdleCallback', pattern: /requestIdleCallback/, chrome: 47, firefox: 55, fallback: 'a timer' },
  { name: 'adoptedStyleSheets', pattern: /adoptedStyleSheets/, chrome: 73, firefox: 101, fallback: 'a <style> element' },
  { name: 'Object.hasOwn', pattern: /Object\.hasOwn\(/, chrome: 93, firefox: 92 },
  { name: 'Array.prototype.at', pattern: /\.at\(-?\d/, chrome: 92, firefox: 90 },
  { name: ':focus-visible', pattern: /:focus-visible/, chrome: 86, firefox: 85 },
  // Not used today; listed so that using one raises the minimums or needs a fallback.
  { name: 'CSS light-dark()', pattern: /light-dark\(/, chrome: 123, firefox: 120 },
  { name: 'CSS :has()', pattern: /:has\(/, chrome: 105, firefox: 121 },
  { name: 'CSS @starting-style', pattern: /@starting-style/, chrome: 117, firefox: 129 },
  { name: 'Popover API', pattern: /showPopover\(|\bpopover=/, chrome: 114, firefox: 125 },
  { name: 'Promise.withResolvers', pattern: /Promise\.withResolvers/, chrome: 119, firefox: 121 },
  { name: 'Object.groupBy / Map.groupBy', pattern: /(Object|Map)\.groupBy/, chrome: 117, firefox: 119 },
  { name: 'Set methods (union, intersection…)', pattern: /\.(union|intersection|symmetricDifference|isSubsetOf|isSupersetOf|isDisjointFrom)\(/, chrome: 122, firefox: 127 },
  { name: 'Array.fromAsync', pattern: /Array\.fromAsync/, chrome: 121, firefox: 115 },
  { name: 'Intl.Segmenter', pattern: /Intl\.Segmenter/, chrome: 87, firefox: 125 },
];

/** The features some text uses with no fallback that a browser at these minimums lacks: what the check reports. */
export function featuresBeyond(minimums: typeof MINIMUM_VERSIONS, texts: string[], features = BROWSER_FEATURES): string[] {
  return features
    .filter((feature) => !feature.fallback && texts.some((text) => feature.pattern.test(text)))
    .filter((feature) => feature.chrome > minimums.chrome || feature.firefox > minimums.firefox)
    .map((feature) => `${feature.name} (Chrome ${feature.chrome}, Firefox ${feature.firefox})`);
}
