// The background worker's message handlers: the language core behind the typed protocol.
import { convertTexts, LOCALES } from '../core/script/convert-script';
import { detectScript } from '../core/script/detect-script';
import { composeCard, headwordOf } from '../core/card/card';
import type { Glossary } from '../core/glossary/glossary';
import type { Lexicon } from '../core/dictionary/lexicon';
import { pinyinTokens } from '../core/pinyin/pinyin';
import type { PinyinData } from '../core/pinyin/pinyin-data';
import type { BackgroundProtocol, WordCard } from '../protocol/messages';
import { savedTermOf, savedWordOf, type SavedWord } from '../features/word-list/word-list-format';
import { saveWord } from '../features/word-list/word-list-store';
import { integerField, oneOf, record, stringArrayField, stringField, type Handlers, type Validators } from '../protocol/message-router';

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

export interface LanguageData {
  /** Dictionary and glossary words, loaded on first need and kept. */
  lexicon: () => Promise<Lexicon>;
  /** The pinyin model, word counts and word readings, likewise. */
  pinyinData: () => Promise<PinyinData>;
  /** Loads the dictionary's definition files with these numbers (Lexicon.missingDefinitions). */
  definitions: (shards: number[]) => Promise<void>;
  glossary: Glossary;
}

/** Where saved words go: the word list in storage, or a stand-in in tests; answers the list's length. */
export type WordSaver = (save: SavedWord) => Promise<number>;

export function createBackgroundHandlers({ lexicon, pinyinData, definitions: loadDefinitions, glossary }: LanguageData, saver: WordSaver = saveWord): Handlers<BackgroundProtocol> {
  /** What segmentation and pinyin read: the lexicon and the pinyin data, loading side by side. */
  const readers = () => Promise.all([lexicon(), pinyinData()]);

  async function lookupWord(text: string, offset: number, length?: number, align?: 'start' | 'end'): Promise<WordCard | null> {
    const [words, data] = await readers();
    return composeCard({ text, offset, length, align }, { lexicon: words, pinyinData: data, glossary, loadDefinitions });
  }

  return {
    hello: (_request, { tabId }) => ({ tabId }),
    lookupWord: ({ text, offset, length, align }) => lookupWord(text, offset, length, align),
    pinyin: async ({ text }) => {
      const [words, data] = await readers();
      return pinyinTokens(text, words, data);
    },
    convertTexts: ({ texts, to, from }) => convertTexts(texts, to, from),
    detectScript: ({ text }) => detectScript(text),
    searchGlossary: ({ query }) => glossary.search(query),
    findGlossaryTerms: ({ text }) => glossary.findTerms(text),
    async saveWord({ text, start, end, title, url }) {
      const card = await lookupWord(text, start, end - start);
      if (!card) throw new Error('no word there');
      // The word list keeps the word's own entry first: a name's, or the sense it has here.
      const headword = headwordOf(card);
      const saved = headword ? { ...card, definitions: [headword, ...card.definitions.slice(1)] } : card;
      return { word: card.word, count: await saver(savedWordOf(saved, text, { title, url, date: new Date().toISOString() })) };
    },
    async saveTerm({ term, title, url }) {
      const entry = glossary.get(term);
      if (!entry) throw new Error('not a glossary term');
      return { word: entry.term, count: await saver(savedTermOf(entry, { title, url, date: new Date().toISOString() })) };
    },
  };
}
