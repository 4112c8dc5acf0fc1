// The content script's answers to the popup and the worker: page state, conversion, restore, glossary terms.
import type { Script } from '../language/detect-script';
import { visibleText } from '../language/page-text';
import type { ContentProtocol, PageState, ScriptTarget } from '../messages';
import { oneOf, record, type Handlers, type Validators } from '../message-router';
import { sendToBackground, unwrap } from '../send-message';
import type { PageSettings } from './page-settings';
import { PageConverter } from './page-converter';

export const contentValidators: Validators<ContentProtocol> = {
  pageState: () => ({}),
  convertPage: (data) => ({ target: oneOf(record(data), 'target', ['traditional', 'simplified'] as const) }),
  restorePage: () => ({}),
  pageTerms: () => ({}),
};

export interface PageController {
  handlers: Handlers<ContentProtocol>;
  /** Converts the page as a command asks (popup, menu, shortcut, site rule). */
  convert(target: ScriptTarget): Promise<PageState>;
}

export function createPageController(document: Document, tabId: () => number | null, settings: PageSettings): PageController {
  // The page's script as loaded: read once, before any conversion of ours changes it. The worker
  // holds OpenCC's character tables, so the content script stays small.
  let loaded: Promise<{ script: Script; hanChars: number }> | undefined;
  const loadedScript = () => {
    loaded ??= sendToBackground('detectScript', { text: visibleText(document.body ?? document.documentElement) }).then((reply) => {
      const { script, hanChars } = unwrap(reply);
      return { script, hanChars };
    });
    return loaded;
  };
  const converter = new PageConverter(document, async (texts, to, from) => unwrap(await sendToBackground('convertTexts', { texts, to, from })));
  const host = document.location?.hostname ?? '';
  const state = async (): Promise<PageState> => ({
    ...(await loadedScript()),
    converted: converter.target,
    tabId: tabId(),
    host,
    siteRule: (await settings.ready, settings.current().siteRules[host] ?? null),
  });
  const convert = async (target: ScriptTarget) => {
    const { script } = await loadedScript();
    await settings.ready;
    await converter.convertPage(target, script, settings.current().traditionalVariant);
    return state();
  };

  return {
    convert,
    handlers: {
      pageState: state,
      convertPage: ({ target }) => convert(target),
      async restorePage() {
        await converter.restore();
        return state();
      },
      async pageTerms() {
        const text = visibleText(document.body ?? document.documentElement);
        return unwrap(await sendToBackground('findGlossaryTerms', { text }));
      },
    },
  };
}
