// The worker's dictionary, lexicon and pinyin data, loaded on first need and kept: the index and the readings
// (~5.7 MB, all segmentation and pinyin need) and the pinyin data (~1 MB) at once, each definition file when a
// card first needs it.
import { createDictionary, definitionsFileName } from '../language/dictionary';
import { createLexicon, type KnownTerm, type Lexicon } from '../language/lexicon';
import type { PinyinData } from '../language/pinyin-data';
import { warmUpPinyin, warmUpPinyinPro } from '../language/warm-up';
import { coreDictionaryFiles, fetchDictionaryFile, pinyinDataFile } from './language-files';
import type { LanguageData } from './handlers';

export function createLanguageLoader(terms: readonly KnownTerm[]): Pick<LanguageData, 'lexicon' | 'definitions' | 'pinyinData'> & { preload(): Promise<void> } {
  let pinyinData: Promise<PinyinData> | undefined;
  const loadPinyinData = () => {
    pinyinData ??= pinyinDataFile()
      .then((data) => {
        performance.mark('xinwen-pinyin-data-fetched');
        // It arrives before the larger dictionary files: set up the pinyin path while they are on their way.
        warmUpPinyin(data);
        performance.mark('xinwen-pinyin-warm');
        return data;
      })
      .catch((error: unknown) => {
        pinyinData = undefined; // let the next request try again
        throw error;
      });
    return pinyinData;
  };
  let lexicon: Promise<Lexicon> | undefined;
  const loadLexicon = () => {
    if (lexicon) return lexicon;
    const files = coreDictionaryFiles();
    const data = loadPinyinData();
    data.catch(() => undefined);
    // The files are still on their way: set up pinyin-pro meanwhile.
    warmUpPinyinPro();
    lexicon = files
      .then((files) => {
        // Timing marks for the benchmark (scripts/bench-hover.ts reads them in the worker).
        performance.mark('xinwen-dictionary-fetched');
        const ready = createLexicon(createDictionary(files), terms);
        performance.mark('xinwen-lexicon-ready');
        return ready;
      })
      .catch((error: unknown) => {
        lexicon = undefined; // let the next lookup try again
        throw error;
      });
    return lexicon;
  };
  const loading = new Map<number, Promise<void>>();
  const loadDefinitions = async (shards: number[]) => {
    const { dictionary } = await loadLexicon();
    await Promise.all(
      shards.map((shard) => {
        let load = loading.get(shard);
        if (!load) {
          load = fetchDictionaryFile(definitionsFileName(shard)).then((file) => dictionary.addDefinitions(shard, file));
          // A failed fetch is tried again on the next card.
          load.catch(() => loading.delete(shard));
          loading.set(shard, load);
        }
        return load;
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
  };
}
