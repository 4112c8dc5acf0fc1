// The spellings of glossary terms a page may use: the simplified term and its traditional forms
// (Taiwan, Hong Kong, OpenCC), from the worker that holds the conversion tables. Kept per term.
import type { ChineseLocale } from '../../../core/script/convert-script';
import { sendToBackground } from '../../../protocol/send-message';
import { termForms } from '../../../core/glossary/term-occurrences';

const TRADITIONAL: readonly ChineseLocale[] = ['tw', 'hk', 't'];

export type TermFormsOf = (terms: readonly string[]) => Promise<string[][]>;

export function createTermForms(): TermFormsOf {
  const known = new Map<string, string[]>();
  return async (terms) => {
    const missing = [...new Set(terms.filter((term) => !known.has(term)))];
    if (missing.length > 0) {
      const replies = await Promise.all(TRADITIONAL.map((to) => sendToBackground('convertTexts', { texts: missing, to, from: 'cn' })));
      const complete = replies.every((reply) => reply.ok);
      const found = new Map<string, string[]>();
      missing.forEach((term, i) => {
        const others = replies.flatMap((reply) => (reply.ok && reply.value[i] !== undefined ? [reply.value[i]!] : []));
        found.set(term, termForms(term, others));
        // A failed conversion is asked again next time rather than remembered.
        if (complete) known.set(term, found.get(term)!);
      });
      return terms.map((term) => known.get(term) ?? found.get(term) ?? [term]);
    }
    return terms.map((term) => known.get(term)!);
  };
}
