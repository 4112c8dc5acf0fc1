// The content script's answers to the popup and the worker (page state, conversion, restore, ruby, the page's
// glossary terms): the features put together over one page, one page watcher and one signal.
import type { Script } from '../../core/script/detect-script';
import { hasHan } from '../../core/text/han';
import { visibleText } from '../../core/detection/page-text';
import { kept } from '../../core/kept';
import { combineVerdicts } from '../../core/script/script-verdict';
import { textParts } from '../../core/text/text-parts';
import { MAX_TEXT_PART_CHARS, type ContentProtocol, type PageState, type ScriptTarget } from '../../protocol/messages';
import type { Handlers } from '../../protocol/message-router';
import { sendToBackground, unwrap } from '../../protocol/send-message';
import type { PageSettings } from '../../settings/page-settings';
import { siteOf } from '../../settings/site';
import type { PageWatcher } from '../../page/page-watcher';
import { whenIdle } from '../../page/when-idle';
import { createInlinePinyin } from '../../features/inline-pinyin/content/inline-pinyin';
import { createPageTerms } from '../../features/glossary/content/page-terms';
import { startTermUnderline } from '../../features/glossary/content/term-underline';
import type { PageConverter } from '../../features/conversion/content/page-converter';
import type { RubyAnnotation } from '../../features/ruby/content/ruby-annotation';
import type { TermReveal } from '../../features/glossary/content/term-reveal';
import { loadPageTools } from './load-page-tools';

export interface PageController {
  /** Starts what only a page with Chinese text needs: the worker's hello (which tells the tab), the optional underline of glossary terms. */
  startOnChinese(): void;
  /** The page's tab, once the worker has said it. */
  tabId(): number | null;
  handlers: Handlers<ContentProtocol>;
  /** Converts the page as a command asks (popup, menu, shortcut, site rule). */
  convert(target: ScriptTarget): Promise<PageState>;
}

export interface PageContext {
  document: Document;
  settings: PageSettings;
  watcher: PageWatcher;
  /** Everything set up here ends, and the page gets its text back, when this aborts. */
  signal: AbortSignal;
}

export function createPageController({ document, settings, watcher, signal }: PageContext): PageController {
  let tab: number | null = null;
  const tabId = () => tab;
  // The page's script as loaded, read before any conversion of ours changes it. The worker holds OpenCC's
  // character tables, so the content script stays small. A failed answer (a worker stopped meanwhile) is not kept.
  const loadedScript = kept(async (): Promise<{ script: Script; hanChars: number }> => {
    // A long page goes in parts, each a bounded message; the worker's counts on them add up.
    const parts = textParts(visibleText(document.body ?? document.documentElement), MAX_TEXT_PART_CHARS);
    const verdicts = await Promise.all(parts.map(async (text) => unwrap(await sendToBackground('detectScript', { text }))));
    const { script, hanChars } = combineVerdicts(verdicts);
    return { script, hanChars };
  });
  const host = siteOf(document.location?.hostname ?? '');
  const pageTerms = createPageTerms(document, watcher, signal, async (text) => unwrap(await sendToBackground('findGlossaryTerms', { text })));
  // The converter, ruby and the term reveal are loaded on first use (entrypoints/content/page-tools.ts).
  let converter: PageConverter | undefined;
  let ruby: RubyAnnotation | undefined;
  let reveal: TermReveal | undefined;
  const tools = async () => {
    const pageTools = await loadPageTools();
    converter ??= new pageTools.PageConverter(document, async (texts, to, from) => unwrap(await sendToBackground('convertTexts', { texts, to, from })), watcher, signal);
    const pageConverter = converter;
    // Text the page adds while ruby is on is annotated once the converter has given it its final script.
    ruby ??= pageTools.createRubyAnnotation({
      document,
      pinyinOf: async (text) => unwrap(await sendToBackground('pinyin', { text })),
      beforeNewContent: () => pageConverter.settled(),
      watcher,
      signal,
    });
    reveal ??= pageTools.createTermReveal(document, pageTerms, signal);
    return { converter, ruby, reveal };
  };
  const inlinePinyin = createInlinePinyin(document);
  // A Chinese page gets its glossary terms ready while the reader reads, so the popup shows them as it opens.
  whenIdle(document, signal, () => {
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
    tabId,
    startOnChinese() {
      void sendToBackground('hello', {}).then((reply) => {
        if (!reply.ok) return;
        tab = reply.value.tabId;
        // Test hook: lets an end-to-end test find this page's tab and know the script is ready.
        document.documentElement.dataset.xinwenTab = String(tab);
      });
      // The optional underline of glossary terms (off by default), on the page the popup acts on.
      startTermUnderline(document, settings, pageTerms, watcher, signal);
    },
    handlers: {
      pageState: state,
      convertPage: ({ target }) => convert(target),
      async restorePage() {
        await lastConversion;
        // Nothing to restore (and no ruby to take off and put back) when nothing is converted.
        if (converter?.target) await withoutRuby(() => converter!.restore());
        return state();
      },
      pageTerms: async () => (await pageTerms()).terms,
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
