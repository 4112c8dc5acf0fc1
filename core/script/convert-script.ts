// Script conversion between simplified and traditional Chinese: OpenCC's configurations and opencc-js's
// dictionaries, run by ./opencc-engine (the same output as opencc-js, without its trie build on first use).
import * as Locale from 'opencc-js/preset';
import segmentation from '../../assets/conversion-segmentation.json';
import { detectScript } from './detect-script';
import { createConverter, type DictSource, type EngineConfig } from './opencc-engine';

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
// are added to the segmentation of the simplified → traditional configurations (segmentation only: they
// convert as OpenCC converts their characters), and taken only where OpenCC would match a trap phrase across
// their end (opencc-engine's addedWords): 就口 stops nothing in 就口吃, so 口吃 stays 口吃. OpenCC's s2t has no
// segmentation step in opencc-js: it gets the others' (STPhrases), which changes nothing else, as its phrases
// are also its conversion keys.
const SEGMENTED_FROM_SIMPLIFIED = new Set(['s2t', 's2tw', 's2twp', 's2hk', 's2hkp']);

/** opencc-js's preset as it is (its types are wider): every dictionary a serialized string. */
interface PresetConfig {
  normalizationChain?: string[][];
  segmentation?: string[];
  conversionChain: string[][];
}
const PRESET_CONFIGS = Locale.configs as unknown as Record<string, PresetConfig>;
const PRESET_FROM = Locale.from as unknown as Record<string, string[][]>;
const PRESET_TO = Locale.to as unknown as Record<string, string[][]>;
const SIMPLIFIED_PHRASES: readonly DictSource[] = PRESET_CONFIGS.s2tw!.segmentation!;

/** OpenCC's configuration name for a direction, as opencc-js's ConverterBuilder names them. */
function configName(from: ChineseLocale, to: ChineseLocale): string {
  if (from === 'cn') return `s2${to}`;
  if (to === 'cn') return from === 'twp' ? 'tw2sp' : `${from}2s`;
  return `${from}2${to}`;
}

/**
 * The engine's configuration for a direction: OpenCC's own where it has one, else opencc-js's from/to chain;
 * `words` are added to the segmentation of the simplified → traditional configurations.
 */
function engineConfig(from: ChineseLocale, to: ChineseLocale, words: readonly string[], traps: ReadonlySet<string>, phrases: DictSource): EngineConfig {
  const name = configName(from, to);
  const config = PRESET_CONFIGS[name];
  if (!config) {
    // No OpenCC configuration (tw→hk, t→twp…): opencc-js chains the source's and the target's groups, unsegmented.
    return { stages: [...(from === 't' ? [] : PRESET_FROM[from]!), ...(to === 't' ? [] : PRESET_TO[to]!)] };
  }
  const segmentationDicts = config.segmentation ?? [];
  if (!SEGMENTED_FROM_SIMPLIFIED.has(name) || (words.length === 0 && phrases.length === 0)) {
    return { normalization: config.normalizationChain?.flat(), segmentation: segmentationDicts, stages: config.conversionChain };
  }
  // Our phrases come first: they win over OpenCC's for the same key, as a segmentation key and as a reading.
  const [firstStage = [], ...laterStages] = config.conversionChain;
  return {
    normalization: config.normalizationChain?.flat(),
    segmentation: [phrases, ...(segmentationDicts.length ? segmentationDicts : SIMPLIFIED_PHRASES)],
    addedWords: { words, traps },
    stages: [[phrases, ...firstStage], ...laterStages],
  };
}

const SHIPPED_TRAPS: ReadonlySet<string> = new Set(segmentation.traps);

/** Phrases as an opencc-js dictionary string: sorted "key value" entries. */
const phraseDict = (phrases: Readonly<Record<string, string>>): string =>
  Object.keys(phrases)
    .sort()
    .map((key) => `${key} ${phrases[key]!}`)
    .join('|');
const SHIPPED_PHRASES = phraseDict(segmentation.phrases);

/**
 * A converter for one direction with the given segmentation words, the trap phrases they stop, and phrases of our
 * own (the build script judges candidates with it; no words and no phrases: opencc-js's own conversion).
 */
export function createLocaleConverter(
  from: ChineseLocale,
  to: ChineseLocale,
  words: readonly string[] = segmentation.words,
  traps: ReadonlySet<string> = SHIPPED_TRAPS,
  phrases?: Readonly<Record<string, string>>,
): Convert {
  return from === to ? (text) => text : createConverter(engineConfig(from, to, words, traps, phrases ? phraseDict(phrases) : SHIPPED_PHRASES));
}

// Each direction's converter is made on first use and kept. Making one only cuts its dictionaries into entries
// (once per dictionary, shared by the directions that use it); the rest is done as texts reach it.
const converters = new Map<string, Convert>();

function converterFor(from: ChineseLocale, to: ChineseLocale): Convert {
  const key = `${from}>${to}`;
  let convert = converters.get(key);
  if (!convert) {
    convert = createLocaleConverter(from, to);
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
