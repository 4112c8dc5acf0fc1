// The worker's dictionary and lexicon, loaded on first need and kept: the index and the readings
// (~5.7 MB, all segmentation and pinyin need) at once, each definition file when a card first needs it.
import { createDictionary, definitionsFileName } from '../language/dictionary';
import { createLexicon, type KnownTerm, type Lexicon } from '../language/lexicon';
import { warmUpPinyin } from '../language/warm-up';
import { coreDictionaryFiles, fetchDictionaryFile } from './dictionary-files';
import type { LanguageData } from './handlers';

export function createLanguageLoader(terms: readonly KnownTerm[]): Pick<LanguageData, 'lexicon' | 'definitions'> & { preload(): Promise<void> } {
  let lexicon: Promise<Lexicon> | undefined;
  const loadLexicon = () => {
    if (lexicon) return lexicon;
    const files = coreDictionaryFiles();
    // The files arrive while the worker would otherwise idle: set up the pinyin path meanwhile.
    warmUpPinyin();
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
    definitions: loadDefinitions,
    // Definitions are not preloaded: a card fetches its part in a few ms, and a worker woken for a
    // conversion or the popup never needs them.
    preload: () => loadLexicon().then(() => undefined),
  };
}
