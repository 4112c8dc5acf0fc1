// Background worker: loads the language data and answers the typed protocol. Wiring only.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import glossaryEntries from '../assets/glossary.json';
import { backgroundValidators, createBackgroundHandlers } from '../utils/background/handlers';
import { createDictionary, type Dictionary } from '../utils/language/dictionary';
import { createGlossary, type GlossaryEntry } from '../utils/language/glossary';
import { createMessageRouter } from '../utils/message-router';

export default defineBackground(() => {
  let dictionary: Promise<Dictionary> | undefined;
  const loadDictionary = () => {
    dictionary ??= fetch(browser.runtime.getURL('/data/cedict.tsv'))
      .then((response) => response.text())
      .then(createDictionary)
      .catch((error: unknown) => {
        dictionary = undefined; // let the next lookup try again
        throw error;
      });
    return dictionary;
  };

  const route = createMessageRouter(
    createBackgroundHandlers({ dictionary: loadDictionary, glossary: createGlossary(glossaryEntries as GlossaryEntry[]) }),
    backgroundValidators,
  );
  browser.runtime.onMessage.addListener((message, sender) => route(message, { tabId: sender.tab?.id ?? null }));
  // A worker restarted by the browser starts loading at once, so the first hover finds the data ready.
  void loadDictionary().catch(() => undefined);
});
