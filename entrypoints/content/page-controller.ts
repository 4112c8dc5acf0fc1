// The content script's answers to the popup and the worker (page state, conversion, restore, ruby, the page's
// glossary terms): the features put together over one page, one page watcher and one signal.
import type { Script, ScriptTarget } from '../../core/script/detect-script';
import { articleScript, capText } from '../../core/detection/page-script';
import type { PageContent, PageVerdict } from '../../core/detection/page-text';
import type { ContentProtocol, PageState } from '../../protocol/messages';
import type { Handlers } from '../../protocol/message-router';
import { sendToBackground, unwrap } from '../../protocol/send-message';
import type { PageSettings } from '../../settings/page-settings';
import { siteOf } from '../../settings/site';
import type { PageWatcher } from '../../page/page-watcher';
import type { PageDetection } from '../../page/page-detection';
import { whenIdle } from '../../page/when-idle';
import { createInlinePinyin } from '../../features/inline-pinyin/content/inline-pinyin';
import type { PageConverter } from '../../features/conversion/content/page-converter';
import type { RubyAnnotation } from '../../features/ruby/content/ruby-annotation';
import type { TermReveal } from '../../features/glossary/content/term-reveal';
import type { PageTerms } from '../../features/glossary/content/page-terms';
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
  detection: PageDetection;
  /** Everything set up here ends, and the page gets its text back, when this aborts. */
  signal: AbortSignal;
}

export function createPageController({ document, settings, watcher, detection, signal }: PageContext): PageController {
  let tab: number | null = null;
  const tabId = () => tab;
  // The page's verdict as it is now (page/page-detection.ts reads the page again once its content changed a lot: a
  // page still loading, a single-page site), its script read by the worker, which holds OpenCC's character tables so
  // the content script stays small. While the page is converted, it keeps the script read before: the page then
  // shows ours. A failed answer (a worker stopped meanwhile) is not kept.
  const scriptOf = async (text: string) => unwrap(await sendToBackground('detectScript', { text: capText(text) }));
  let scriptRead: { of: PageContent; script: Script } | undefined;
  const verdict = async (): Promise<Omit<PageVerdict, 'chinese'>> => {
    const content = await detection.current();
    const { chinese, hanChars, article, text } = content;
    if (!converter?.target && scriptRead?.of !== content) {
      let script: Script = 'none';
      if (chinese) script = articleScript(article.found ? await scriptOf(article.text) : undefined) ?? (await scriptOf(text)).script;
      scriptRead = { of: content, script };
    }
    return { script: scriptRead?.script ?? 'none', hanChars, article };
  };
  const host = siteOf(document.location?.hostname ?? '');
  // The converter, ruby and the term reveal are loaded on first use (entrypoints/content/page-tools.ts).
  let converter: PageConverter | undefined;
  let ruby: RubyAnnotation | undefined;
  let reveal: TermReveal | undefined;
  let terms: PageTerms | undefined;
  const tools = async () => {
    const pageTools = await loadPageTools();
    terms ??= pageTools.createPageTerms(detection.region, watcher, signal, async (text) => unwrap(await sendToBackground('findGlossaryTerms', { text })));
    const pageTerms = terms;
    converter ??= new pageTools.PageConverter(document, async (texts, to, from) => unwrap(await sendToBackground('convertTexts', { texts, to, from })), watcher, signal);
    const pageConverter = converter;
    // Text the page adds while ruby is on is annotated once the converter has given it its final script.
    if (!ruby) {
      ruby = pageTools.createRubyAnnotation({
        document,
        region: detection.region,
        pinyinOf: async (text) => unwrap(await sendToBackground('pinyin', { text })),
        beforeNewContent: () => pageConverter.settled(),
        watcher,
        signal,
        // Ruby follows the card's tone colours and text size, live.
        look: () => ({ toneColors: settings.current().toneColors, size: settings.current().cardFontSize }),
      });
      settings.subscribe(['toneColors', 'cardFontSize'], () => ruby?.restyle());
    }
    reveal ??= pageTools.createTermReveal(document, pageTerms, signal);
    return { converter, ruby, reveal, pageTerms, pageTools };
  };
  const inlinePinyin = createInlinePinyin(document);
  // The content script ending (the extension updated, reloaded or removed) gives the page back what it hid and marked;
  // the converter, ruby, the underline and the card give back theirs on the same signal. All of it is local.
  signal.addEventListener('abort', () => {
    inlinePinyin.set(false);
    reveal?.clear();
  });
  /** The glossary terms of the article (or main content), as "On this page" shows them. */
  const pageTerms = async () => (await tools()).pageTerms();
  // A Chinese page gets ready while the reader reads: its glossary terms, so the popup shows them as it opens, and
  // its first conversion (the page tools loaded, the script known, the worker's converter built for the page's text).
  whenIdle(document, signal, () => {
    if (!detection.isChinese()) return;
    void (async () => {
      await pageTerms();
      const [{ script, article }, { converter }] = await Promise.all([verdict(), tools(), settings.ready]);
      if (!signal.aborted) await converter.prepare(script, settings.current().traditionalVariant, article.text || capText((await detection.current()).text));
    })().catch(() => undefined);
  });
  /** The optional underline of glossary terms (off by default): its code is loaded once the setting is on. */
  const underlineWhenAsked = () => {
    let started = false;
    const start = () => {
      if (started || !settings.current().underlineTerms) return;
      started = true;
      void tools().then(({ pageTools, pageTerms }) => !signal.aborted && pageTools.startTermUnderline(document, settings, pageTerms, watcher, signal));
    };
    void settings.ready.then(start);
    settings.subscribe(['underlineTerms'], start);
  };
  const state = async (): Promise<PageState> => ({
    ...(await verdict()),
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
      const [{ script }, { converter }] = await Promise.all([verdict(), tools()]);
      // A page in Japanese or Korean (or with no Chinese at all) is never converted.
      if (script === 'none') throw new Error('this page has no Chinese text to convert');
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
      });
      underlineWhenAsked();
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
        if (on !== false && !detection.isChinese()) throw new Error('this page has no Chinese text to annotate');
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
