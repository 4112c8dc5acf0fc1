// Shared test data: the product's own dictionary, lexicon and glossary, loaded once per test file.
export { loadDictionary, loadGlossary, loadLexicon, REPO_ROOT } from '../../scripts/lib/node-data';

import { readFileSync } from 'node:fs';
import type { LanguageData } from '../../utils/background/handlers';
import { createDictionary } from '../../utils/language/dictionary';
import { createLexicon } from '../../utils/language/lexicon';
import { definitionsFile, DICTIONARY_INDEX_FILE, DICTIONARY_READINGS_FILE, loadGlossary, readKeyStarts } from '../../scripts/lib/node-data';

/**
 * The worker's language data as after a cold start: the index and readings loaded, each definition
 * file read only when a card asks for it (as the worker fetches them); `loaded` lists those read.
 */
export function coldLanguageData(): LanguageData & { loaded: number[] } {
  const dictionary = createDictionary({ index: readFileSync(DICTIONARY_INDEX_FILE), keyStarts: readKeyStarts(), readings: readFileSync(DICTIONARY_READINGS_FILE) });
  const lexicon = createLexicon(dictionary, loadGlossary().entries);
  const loaded: number[] = [];
  return {
    lexicon: async () => lexicon,
    definitions: async (shards) => {
      for (const shard of shards) {
        dictionary.addDefinitions(shard, readFileSync(definitionsFile(shard)));
        loaded.push(shard);
      }
    },
    glossary: loadGlossary(),
    loaded,
  };
}
