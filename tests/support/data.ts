// Shared test data: the product's own dictionary, lexicon and glossary, loaded once per test file.
export { CORPUS_DIR, loadDictionary, loadGlossary, loadLexicon, loadPinyinData, REPO_ROOT } from '../../tools/lib/node-data';

import type { LanguageData } from '../../worker/language-data';
import { createDictionary } from '../../core/dictionary/dictionary';
import { createLexicon } from '../../core/dictionary/lexicon';
import { loadGlossary, loadPinyinData, readDefinitions, readDictionarySources } from '../../tools/lib/node-data';

/**
 * The worker's language data as after a cold start: the index and readings loaded, each definitions
 * part added only when a card asks for it (as the worker fetches them); `loaded` lists those added.
 */
export function coldLanguageData(): LanguageData & { loaded: number[] } {
  const dictionary = createDictionary(readDictionarySources({ definitions: false }));
  const files = readDefinitions();
  const lexicon = createLexicon(dictionary, loadGlossary().entries);
  const loaded: number[] = [];
  return {
    lexicon: async () => lexicon,
    pinyinData: async () => loadPinyinData(),
    definitions: async (shards) => {
      for (const shard of shards) {
        dictionary.addDefinitions(shard, files[shard]!);
        loaded.push(shard);
      }
    },
    glossary: loadGlossary(),
    loaded,
  };
}
