// What the worker accepts from content scripts and extension pages: each request of the background protocol checked
// field by field before a handler sees it.
import { LOCALES } from '../core/script/convert-script';
import { integerField, oneOf, record, stringArrayField, stringField, type Validators } from './message-router';
import type { BackgroundProtocol } from './messages';

/** Longest text a hover lookup sends: the pointed sentence with some context. */
const MAX_LOOKUP_CHARS = 2_000;
const MAX_QUERY_CHARS = 200;
/** Longest page title or URL kept with a saved word. */
const MAX_PAGE_FIELD_CHARS = 2_000;

export const backgroundValidators: Validators<BackgroundProtocol> = {
  hello: () => ({}),
  lookupWord: (data) => {
    const fields = record(data);
    const text = stringField(fields, 'text', MAX_LOOKUP_CHARS);
    const offset = integerField(fields, 'offset', 0, Math.max(0, text.length - 1));
    const align = fields.align === undefined ? undefined : oneOf(fields, 'align', ['start', 'end'] as const);
    if (fields.length !== undefined) return { text, offset, length: integerField(fields, 'length', 1, text.length - offset) };
    return align ? { text, offset, align } : { text, offset };
  },
  pinyin: (data) => ({ text: stringField(record(data), 'text') }),
  convertTexts: (data) => {
    const fields = record(data);
    return {
      texts: stringArrayField(fields, 'texts'),
      to: oneOf(fields, 'to', LOCALES),
      from: fields.from === undefined ? 'auto' : oneOf(fields, 'from', ['auto', ...LOCALES] as const),
    };
  },
  detectScript: (data) => ({ text: stringField(record(data), 'text') }),
  searchGlossary: (data) => ({ query: stringField(record(data), 'query', MAX_QUERY_CHARS) }),
  findGlossaryTerms: (data) => ({ text: stringField(record(data), 'text') }),
  saveWord: (data) => {
    const fields = record(data);
    const text = stringField(fields, 'text', MAX_LOOKUP_CHARS);
    const start = integerField(fields, 'start', 0, Math.max(0, text.length - 1));
    const end = integerField(fields, 'end', start + 1, text.length);
    return { text, start, end, title: stringField(fields, 'title', MAX_PAGE_FIELD_CHARS), url: stringField(fields, 'url', MAX_PAGE_FIELD_CHARS) };
  },
  saveTerm: (data) => {
    const fields = record(data);
    return {
      term: stringField(fields, 'term', MAX_QUERY_CHARS),
      title: stringField(fields, 'title', MAX_PAGE_FIELD_CHARS),
      url: stringField(fields, 'url', MAX_PAGE_FIELD_CHARS),
    };
  },
};
