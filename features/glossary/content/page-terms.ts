// The glossary terms of the page's article region, read once and kept until the page's text changes. The
// popup's "On this page" counts, the reveal that steps through them and the optional underline all ask
// here, so they count alike (core/glossary: one reading of the text, one matching) and the worker is asked
// once. The page is watched only between an answer and the first change after it.
import type { PageTerm } from '../../../core/glossary/glossary';
import { mergeCountedTerms } from '../../../core/glossary/term-occurrences';
import { textParts } from '../../../core/text/text-parts';
import { MAX_TEXT_PART_CHARS } from '../../../protocol/messages';
import type { ContentRegion } from '../../../core/detection/regions';
import { readPageText, type PageText } from '../../../page/page-text';
import type { PageWatcher } from '../../../page/page-watcher';

export interface TermsOnPage {
  /** The region's text as a reader reads it, mapped to the page. */
  page: PageText;
  /** The glossary terms in it, most frequent first, with their spellings. */
  terms: PageTerm[];
}

export type PageTerms = () => Promise<TermsOnPage>;

/**
 * `region` is where the terms are counted (the article, or the page's main content: page/page-detection.ts);
 * `findTerms` asks the worker for the terms of a reader text (its block barriers included, so no term crosses them).
 */
export function createPageTerms(region: () => Promise<ContentRegion>, watcher: PageWatcher, signal: AbortSignal, findTerms: (text: string) => Promise<PageTerm[]>): PageTerms {
  let cached: Promise<TermsOnPage> | undefined;
  let watching: AbortController | undefined;
  const forget = () => {
    cached = undefined;
    watching?.abort();
    watching = undefined;
  };
  signal.addEventListener('abort', forget);
  return () => {
    if (cached) return cached;
    const answer = region().then(async (where) => {
      const page = readPageText(where);
      // A long region goes in parts cut between blocks or sentences, where no term runs across: each a bounded message.
      const lists = await Promise.all(textParts(page.text, MAX_TEXT_PART_CHARS).map(findTerms));
      return { page, terms: mergeCountedTerms(lists) };
    });
    cached = answer;
    watching = new AbortController();
    watcher.subscribe(forget, watching.signal);
    // A failed answer is never kept.
    answer.catch(() => cached === answer && forget());
    return answer;
  };
}
