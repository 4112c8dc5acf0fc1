// Background worker: loads the language data and answers the typed protocol. Wiring only.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import glossaryEntries from '../assets/glossary.json';
import { backgroundValidators, createBackgroundHandlers } from '../utils/background/handlers';
import { registerPageCommands } from '../utils/background/page-commands';
import { createDictionary } from '../utils/language/dictionary';
import { createLexicon, type Lexicon } from '../utils/language/lexicon';
import { warmUpPinyin } from '../utils/language/warm-up';
import { createGlossary, type GlossaryEntry } from '../utils/language/glossary';
import { createMessageRouter } from '../utils/message-router';
import { migrateSettings } from '../utils/settings';

const DICTIONARY_PRELOAD_DELAY_MS = 300;

export default defineBackground(() => {
  // Timing marks for the benchmark (scripts/bench-hover.ts reads them in the worker); no other effect.
  performance.mark('xinwen-worker-start');
  const glossary = createGlossary(glossaryEntries as GlossaryEntry[]);
  let lexicon: Promise<Lexicon> | undefined;
  const loadLexicon = () => {
    // Kept as the fetched bytes: decoding 12 MB of text would cost a cold worker ~50 ms.
    const bytes = (path: '/data/cedict.tsv' | '/data/cedict-index.tsv') =>
      fetch(browser.runtime.getURL(path)).then(async (response) => new Uint8Array(await response.arrayBuffer()));
    if (lexicon) return lexicon;
    const files = Promise.all([bytes('/data/cedict.tsv'), bytes('/data/cedict-index.tsv')]);
    // The files arrive while the worker would otherwise idle: set up the pinyin path meanwhile.
    warmUpPinyin();
    lexicon = files
      .then(([tsv, index]) => {
        performance.mark('xinwen-dictionary-fetched');
        const ready = createLexicon(createDictionary(tsv, index), glossary.entries);
        performance.mark('xinwen-lexicon-ready');
        return ready;
      })
      .catch((error: unknown) => {
        lexicon = undefined; // let the next lookup try again
        throw error;
      });
    return lexicon;
  };

  const route = createMessageRouter(
    createBackgroundHandlers({ lexicon: loadLexicon, glossary }),
    backgroundValidators,
  );
  browser.runtime.onMessage.addListener((message, sender) => route(message, { tabId: sender.tab?.id ?? null }));
  registerPageCommands();
  browser.runtime.onInstalled.addListener(() => void migrateSettings());
  // A restarted worker loads the dictionary soon, so the first hover finds it ready, but only after the
  // request that woke it: a conversion does not wait behind a dictionary it does not need.
  setTimeout(() => void loadLexicon().catch(() => undefined), DICTIONARY_PRELOAD_DELAY_MS);
});
