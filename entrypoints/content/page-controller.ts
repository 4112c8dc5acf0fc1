// The content script's answers to the popup and the worker: page state, conversion, restore, glossary terms.
import { browser } from 'wxt/browser';
import type { Script } from '../../core/script/detect-script';
import { hasHan } from '../../core/text/han';
import { visibleText } from '../../core/detection/page-text';
import type { ContentProtocol, PageState, ScriptTarget } from '../../protocol/messages';
import { integerField, oneOf, record, RequestError, stringField, type Handlers, type Validators } from '../../protocol/message-router';
import { sendToBackground, unwrap } from '../../protocol/send-message';
import type { PageSettings } from '../../settings/page-settings';
import { siteOf } from '../../settings/schema';
import { loadPageTools } from './load-page-tools';
import type { PageConverter } from '../../features/conversion/content/page-converter';
import type { RubyAnnotation } from '../../features/ruby/content/ruby-annotation';
import { createTermForms, type TermFormsOf } from '../../features/glossary/content/term-forms';
import { BARRIER } from '../../core/glossary/term-occurrences';
import { createInlinePinyin } from '../../features/inline-pinyin/content/inline-pinyin';
import { createPageTermsCache } from '../../features/glossary/content/term-page-cache';
import type { TermReveal } from '../../features/glossary/content/term-reveal';
import { readPageText, termRegion } from '../../page/page-text';
import { startTermUnderline } from '../../features/glossary/content/term-underline';

/** Longest glossary term the popup can ask to reveal. */
const MAX_TERM_CHARS = 50;

export const contentValidators: Validators<ContentProtocol> = {
  pageState: () => ({}),
  convertPage: (data) => ({ target: oneOf(record(data), 'target', ['traditional', 'simplified'] as const) }),
  restorePage: () => ({}),
  pageTerms: () => ({}),
  revealTerm: (data) => {
    const fields = record(data);
    const term = stringField(fields, 'term', MAX_TERM_CHARS);
    if (!term.trim()) throw new RequestError('term must not be empty');
    return { term, index: integerField(fields, 'index', -1_000_000, 1_000_000) };
  },
  setRuby: (data) => {
    const on = record(data).on;
    if (typeof on !== 'boolean' && on !== 'toggle') throw new RequestError('on must be true, false or "toggle"');
    return { on };
  },
  setInlinePinyin: (data) => {
    const hidden = record(data).hidden;
    if (typeof hidden !== 'boolean') throw new RequestError('hidden must be true or false');
    return { hidden };
  },
};

/**
 * Answers the extension's messages with `route`. Through sendResponse, not a returned promise: the
 * content script has no polyfill (wxt.config.ts), and Chrome's own API answers only that way.
 */
export function answerMessages(route: (message: unknown, context: { tabId: number | null }) => Promise<unknown>, tabId: () => number | null) {
  browser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    void route(message, { tabId: tabId() }).then(sendResponse);
    return true;
  });
}

/** Runs `work` once the page has loaded and the browser is idle. */
function warmWhenIdle(document: Document, signal: AbortSignal, work: () => void) {
  const window = document.defaultView;
  if (!window) return;
  const idle = () => {
    if (signal.aborted) return;
    if ('requestIdleCallback' in window) window.requestIdleCallback(() => !signal.aborted && work(), { timeout: 3_000 });
    else setTimeout(() => !signal.aborted && work(), 500);
  };
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true, signal });
}

export interface PageController {
  /** Starts what only a page with Chinese text needs: the optional underline of glossary terms. */
  startOnChinese(): void;
  handlers: Handlers<ContentProtocol>;
  /** Converts the page as a command asks (popup, menu, shortcut, site rule). */
  convert(target: ScriptTarget): Promise<PageState>;
}

export function createPageController(
  document: Document,
  tabId: () => number | null,
  settings: PageSettings,
  signal: AbortSignal = new AbortController().signal,
  formsOf: TermFormsOf = createTermForms(),
): PageController {
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
  const host = siteOf(document.location?.hostname ?? '');
  // The converter, ruby and "On this page" are loaded on first use (entrypoints/content/page-tools.ts).
  let converter: PageConverter | undefined;
  let ruby: RubyAnnotation | undefined;
  let reveal: TermReveal | undefined;
  const tools = async () => {
    const pageTools = await loadPageTools();
    converter ??= new pageTools.PageConverter(document, async (texts, to, from) => unwrap(await sendToBackground('convertTexts', { texts, to, from })));
    const pageConverter = converter;
    // Text the page adds while ruby is on is annotated once the converter has given it its final script.
    ruby ??= pageTools.createRubyAnnotation(document, async (text) => unwrap(await sendToBackground('pinyin', { text })), () => pageConverter.settled());
    reveal ??= pageTools.createTermReveal(document, formsOf, signal);
    return { converter, ruby, reveal };
  };
  const inlinePinyin = createInlinePinyin(document);
  // The text "On this page" reveals terms in: layout breaks between Han characters removed, so the
  // counts shown are the occurrences the reader can step through.
  const pageTerms = createPageTermsCache(document, signal, async () => {
    const text = readPageText(termRegion(document)).text.replaceAll(BARRIER, '\n');
    return unwrap(await sendToBackground('findGlossaryTerms', { text }));
  });
  warmWhenIdle(document, signal, () => {
    // A Chinese page gets its glossary terms ready while the reader reads, so the popup shows them as
    // it opens; they are kept until the page's text changes.
    if (hasHan(document.body?.textContent ?? '')) void pageTerms().catch(() => undefined);
  });
  const state = async (): Promise<PageState> => ({
    ...(await loadedScript()),
    converted: converter?.target ?? null,
    tabId: tabId(),
    host,
    siteRule: (await settings.ready, settings.current().siteRules[host] ?? null),
    inlinePinyin: { count: inlinePinyin.count(), hidden: inlinePinyin.hidden },
    ruby: ruby?.on ?? false,
    title: document.title,
    url: document.location?.href ?? '',
  });
  /**
   * Runs a change of the page's text with ruby taken off and put back after: ruby keeps the text nodes
   * it replaced, and would otherwise put back text from before the change.
   */
  const withoutRuby = async (change: () => Promise<unknown>) => {
    const rubyWasOn = ruby?.on ?? false;
    if (rubyWasOn) await ruby!.set(false);
    try {
      await change();
    } finally {
      if (rubyWasOn) await ruby!.set(true);
    }
  };
  // The last conversion asked for, so a restore that arrives while it is still loading waits for it.
  let lastConversion: Promise<unknown> = Promise.resolve();
  const convert = (target: ScriptTarget): Promise<PageState> => {
    const conversion = (async () => {
      const [{ script }, { converter }] = await Promise.all([loadedScript(), tools()]);
      await settings.ready;
      await withoutRuby(() => converter.convertPage(target, script, settings.current().traditionalVariant));
      return state();
    })();
    lastConversion = conversion.catch(() => undefined);
    return conversion;
  };

  return {
    convert,
    // The optional underline of glossary terms (off by default), on the page the popup acts on.
    startOnChinese: () => startTermUnderline(document, settings, signal, formsOf),
    handlers: {
      pageState: state,
      convertPage: ({ target }) => convert(target),
      async restorePage() {
        await lastConversion;
        // Nothing to restore (and no ruby to take off and put back) when nothing is converted.
        if (converter?.target) await withoutRuby(() => converter!.restore());
        return state();
      },
      pageTerms: () => pageTerms(),
      revealTerm: async ({ term, index }) => (await tools()).reveal.reveal(term, index),
      async setRuby({ on }) {
        const { ruby } = await tools();
        return ruby.set(on === 'toggle' ? !ruby.on : on);
      },
      setInlinePinyin: ({ hidden }) => {
        inlinePinyin.set(hidden);
        return state();
      },
    },
  };
}
