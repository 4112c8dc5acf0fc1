// What the content script accepts from the popup and the worker: each request of the content protocol checked
// field by field before a handler sees it.
import { integerField, oneOf, record, RequestError, stringField, type Validators } from './message-router';
import type { ContentProtocol } from './messages';

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
