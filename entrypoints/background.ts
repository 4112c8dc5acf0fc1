// Background worker: loads the language data and answers the typed protocol. Wiring only.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import glossaryEntries from '../assets/glossary.json';
import { backgroundValidators, createBackgroundHandlers } from '../utils/background/handlers';
import { registerPageCommands } from '../utils/background/page-commands';
import { createDictionary } from '../utils/language/dictionary';
import { createLexicon, type Lexicon } from '../utils/language/lexicon';
import { createGlossary, type GlossaryEntry } from '../utils/language/glossary';
import { createMessageRouter } from '../utils/message-router';

export default defineBackground(() => {
  const glossary = createGlossary(glossaryEntries as GlossaryEntry[]);
  let lexicon: Promise<Lexicon> | undefined;
  const loadLexicon = () => {
    lexicon ??= fetch(browser.runtime.getURL('/data/cedict.tsv'))
      .then((response) => response.text())
      .then((tsv) => createLexicon(createDictionary(tsv), glossary.entries))
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
  // A worker restarted by the browser starts loading at once, so the first hover finds the data ready.
  void loadLexicon().catch(() => undefined);
});
