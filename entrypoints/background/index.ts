// Background worker: loads the language data and answers the typed protocol. Wiring only.
// First, so the language files are on their way while the other modules are evaluated.
import * as languageFiles from '../../worker/language-files';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import glossaryEntries from '../../assets/glossary.json';
import { backgroundValidators } from '../../protocol/background-validators';
import { createBackgroundHandlers } from './handlers';
import { createLanguageLoader } from '../../worker/language-data';
import { registerPageCommands } from './page-commands';
import { reinjectContentScriptOnInstall } from './reinject-content-script';
import { createGlossary, type GlossaryEntry } from '../../core/glossary/glossary';
import { createMessageRouter } from '../../protocol/message-router';

const DICTIONARY_PRELOAD_DELAY_MS = 300;

export default defineBackground(() => {
  // Timing marks for the benchmark (tools/bench/bench-hover.ts reads them in the worker); no other effect.
  performance.mark('xinwen-worker-start');
  const glossary = createGlossary(glossaryEntries as GlossaryEntry[]);
  const language = createLanguageLoader(glossary.entries, languageFiles);

  const route = createMessageRouter(
    createBackgroundHandlers({ ...language, glossary }),
    backgroundValidators,
  );
  browser.runtime.onMessage.addListener((message, sender) => route(message, { tabId: sender.tab?.id ?? null }));
  registerPageCommands();
  reinjectContentScriptOnInstall();
  // pinyin-pro's set-up (~20–35 ms in a fresh worker) runs in the wait between the worker starting and the
  // browser handing it the event that woke it (~15–25 ms), so a hover finds it (nearly) done. Anything else
  // that woke it (a search, a conversion, a command) waits the rest.
  setTimeout(language.warmUpPinyinPro, 0);
  // A restarted worker loads the dictionary soon, so the first hover finds it ready, but only after the
  // request that woke it: a conversion does not wait behind a dictionary it does not need.
  setTimeout(() => void language.preload().catch(() => undefined), DICTIONARY_PRELOAD_DELAY_MS);
});
