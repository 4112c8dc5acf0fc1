// Script conversion between simplified and traditional Chinese, built on opencc-js.
import * as OpenCC from 'opencc-js/core';
import STPhrases from 'opencc-js/dict/STPhrases';
import STPhrasesFromRegional from 'opencc-js/dict/STPhrases_GeneratedFromRegionalPhrases';
import * as Locale from 'opencc-js/preset';
import segmentation from '../../assets/conversion-segmentation.json';
import { detectScript } from './detect-script';

/** opencc-js locale names: mainland simplified, Taiwan, Taiwan with Taiwan phrasing, Hong Kong, OpenCC traditional. */
export const LOCALES = ['cn', 'tw', 'twp', 'hk', 't'] as const;
export type ChineseLocale = (typeof LOCALES)[number];
export type SourceLocale = ChineseLocale | 'auto';

export function isLocale(value: unknown): value is ChineseLocale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

type Convert = (text: string) => string;

// OpenCC segments simplified text by greedy longest match over its phrase tables before converting, so a
// phrase can swallow the end of one word and the start of the next: 银行|行长|发表 became 银行行|长发|表, read
// 長髮. Ordinary words that such trap phrases cut into (行长, 维护, 湖南…, see tools/build/build-conversion-words.ts)
// are added to the segmentation of the simplified → traditional configurations, each mapped to itself.
// OpenCC's s2t has no segmentation step in opencc-js: it gets the same one.
const extraWords = segmentation.words.map((word) => `${word} ${word}`).join('|');
const configs: NonNullable<OpenCC.LocalePreset['configs']> = { ...Locale.configs };
for (const name of ['s2t', 's2tw', 's2twp', 's2hk', 's2hkp']) {
  // opencc-js cannot load an empty dictionary string.
  configs[name] = { ...Locale.configs[name]!, segmentation: extraWords ? [STPhrases, STPhrasesFromRegional, extraWords] : [STPhrases, STPhrasesFromRegional] };
}
// ConverterBuilder follows OpenCC's own configurations (s2twp, tw2s…), phrase segmentation included.
const buildConverter = OpenCC.ConverterBuilder({ from: Locale.from, to: Locale.to, configs });
// Each direction's converter is built on first use and kept: building one parses its dictionaries.
const converters = new Map<string, Convert>();

function converterFor(from: ChineseLocale, to: ChineseLocale): Convert {
  const key = `${from}>${to}`;
  let convert = converters.get(key);
  if (!convert) {
    convert = from === to ? (text) => text : buildConverter({ from, to });
    converters.set(key, convert);
  }
  return convert;
}

/** Picks the source locale for text whose script was not given, from the characters it uses. */
export function sourceLocaleFor(text: string, to: ChineseLocale): ChineseLocale {
  const { script } = detectScript(text);
  if (to === 'cn') return script === 'simplified' || script === 'none' ? 'cn' : 'tw';
  // Already traditional text is only normalised to the target standard's variants.
  return script === 'traditional' ? 't' : 'cn';
}

export function convertText(text: string, to: ChineseLocale, from: SourceLocale = 'auto'): string {
  const source = from === 'auto' ? sourceLocaleFor(text, to) : from;
  return converterFor(source, to)(text);
}

/**
 * Converts many strings. With a given source, all go one way; with 'auto', each text's own script
 * decides, and a text already in the target script is left exactly as it is (a mixed page).
 */
export function convertTexts(texts: readonly string[], to: ChineseLocale, from: SourceLocale = 'auto'): string[] {
  if (from !== 'auto') {
    const convert = converterFor(from, to);
    return texts.map((text) => convert(text));
  }
  const targetScript = to === 'cn' ? 'simplified' : 'traditional';
  return texts.map((text) => {
    const { script } = detectScript(text);
    return script === targetScript ? text : converterFor(sourceLocaleFor(text, to), to)(text);
  });
}
