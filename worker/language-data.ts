// The worker's dictionary, lexicon and pinyin data, loaded on first need and kept: the index and the readings
// (~5.7 MB, all segmentation and pinyin need) and the pinyin data (~1.9 MB) at once, each definition file when a
// card first needs it.
import { createDictionary, definitionsFileName, type DictionarySources } from '../core/dictionary/dictionary';
import { createLexicon, type KnownTerm, type Lexicon } from '../core/dictionary/lexicon';
import type { PinyinData } from '../core/pinyin/pinyin-data';
import { warmUpPinyinPro } from '../core/pinyin/warm-up';
import { kept } from '../core/kept';
import type { Glossary } from '../core/glossary/glossary';
import { composeCard, type CardRequest, type WordCard } from '../core/card/card';

export interface LanguageData {
  /** Dictionary and glossary words, loaded on first need and kept. */
  lexicon: () => Promise<Lexicon>;
  /** The pinyin model, word counts and word readings, likewise. */
  pinyinData: () => Promise<PinyinData>;
  /** Loads the dictionary's definition files with these numbers (Lexicon.missingDefinitions). */
  definitions: (shards: number[]) => Promise<void>;
  glossary: Glossary;
}

/** Where the files come from: worker/language-files.ts in the worker, stand-ins in tests. */
export interface LanguageFiles {
  /** The index, its line starts and the readings (no definitions). */
  coreDictionaryFiles(): Promise<DictionarySources>;
  pinyinDataFile(): Promise<PinyinData>;
  fetchDictionaryFile(name: string): Promise<Uint8Array>;
}

export function createLanguageLoader(
  terms: readonly KnownTerm[],
  { coreDictionaryFiles, pinyinDataFile, fetchDictionaryFile }: LanguageFiles,
): Pick<LanguageData, 'lexicon' | 'definitions' | 'pinyinData'> & { preload(): Promise<void>; warmUpPinyinPro(): void } {
  const loadPinyinData = kept(async () => {
    const data = await pinyinDataFile();
    // Timing marks for the benchmark (tools/bench/bench-hover.ts reads them in the worker).
    performance.mark('xinwen-pinyin-data-fetched');
    // No trial run of the model here: the data arrives with the dictionary, just before the lookup that
    // needs both, so a trial run would only add its own time to the first card.
    return data;
  });
  const loadLexicon = kept(async () => {
    const files = coreDictionaryFiles();
    loadPinyinData().catch(() => undefined);
    // Where the worker has not done it at start already: set up pinyin-pro while the files are on their way.
    warmUpPinyinPro();
    const fetched = await files;
    performance.mark('xinwen-dictionary-fetched');
    const ready = createLexicon(createDictionary(fetched), terms);
    performance.mark('xinwen-lexicon-ready');
    return ready;
  });
  // Each definitions part, fetched once; a failed fetch is tried again on the next card.
  const parts = new Map<number, () => Promise<void>>();
  const loadDefinitions = async (shards: number[]) => {
    const { dictionary } = await loadLexicon();
    await Promise.all(
      shards.map((shard) => {
        let load = parts.get(shard);
        if (!load) parts.set(shard, (load = kept(async () => dictionary.addDefinitions(shard, await fetchDictionaryFile(definitionsFileName(shard))))));
        return load();
      }),
    );
  };
  return {
    lexicon: loadLexicon,
    pinyinData: loadPinyinData,
    definitions: loadDefinitions,
    // Definitions are not preloaded: a card fetches its part in a few ms, and a worker woken for a
    // conversion or the popup never needs them.
    preload: () => loadLexicon().then(() => undefined),
    // For the worker to call as soon as it has started (entrypoints/background/index.ts).
    warmUpPinyinPro: () => {
      warmUpPinyinPro();
      // Timing mark for the benchmark, as above.
      performance.mark('xinwen-pinyin-pro-warm');
    },
  };
}

let firstCard = true;

/** The card for a point of a text (core/card/card.ts), with the data it reads loaded first: the hover's lookup and the word list's save. */
export async function cardOf({ lexicon, pinyinData, definitions, glossary }: LanguageData, request: CardRequest): Promise<WordCard | null> {
  // Timing marks for the benchmark, as above, of the worker's first card only (marks are kept until the worker
  // stops): when the request came, when its data was there, when the card was.
  const mark = firstCard ? (name: string) => performance.mark(`xinwen-first-card-${name}`) : () => undefined;
  firstCard = false;
  mark('asked');
  const [words, data] = await Promise.all([lexicon(), pinyinData()]);
  mark('data');
  const card = await composeCard(request, { lexicon: words, pinyinData: data, glossary, loadDefinitions: definitions });
  mark('composed');
  return card;
}
