import { describe, expect, test } from 'vitest';
import { buildDictionaryFiles, createDictionary, DEFINITION_SHARDS, LONGER_WORD, toDictionaryResult, WORD, type DictionaryEntry } from '../../../../core/dictionary/dictionary';
import { simplifiedForm } from '../../../../core/dictionary/lexicon';
import { loadDictionary, loadGlossary, loadLexicon } from '../../../support/data';

const dictionary = loadDictionary();

describe('the CEDICT asset', () => {
  test('holds the whole of CC-CEDICT', () => {
    expect(dictionary.size).toBeGreaterThan(120_000);
  });
  test('finds words in either script with tone-marked pinyin', () => {
    const [entry] = dictionary.lookup('行長').map(toDictionaryResult);
    expect(entry).toMatchObject({ simplified: '行长', traditional: '行長', pinyin: 'háng zhǎng', definitions: ['bank president'] });
  });
  test('common readings come before surnames', () => {
    expect(dictionary.lookup('曾').map((e) => e.pinyin)[0]).toBe('ceng2');
  });
  test('measure words are kept', () => {
    const book = dictionary.lookup('书').find((e) => e.pinyin === 'shu1');
    expect(book?.classifiers).toContain('本[ben3]');
  });
  test('an unknown word has no entry', () => {
    expect(dictionary.lookup('不是一个词语吧')).toEqual([]);
  });
});

test('a line written by the build reads back the same', () => {
  const entry: DictionaryEntry = {
    traditional: '畫',
    simplified: '画',
    pinyin: 'hua4',
    definitions: ['to draw; to paint', 'picture; painting'],
    classifiers: ['幅[fu2]', '張|张[zhang1]'],
    variantOf: ['劃|划[hua4]'],
  };
  expect(createDictionary(buildDictionaryFiles([entry])).lookup('画')).toEqual([entry]);
});

describe('lookups by binary search over the sorted index', () => {
  // 'Ｘ光' (U+FF38) sorts before '𠀀字' (U+20000) by code point, after it by UTF-16 unit: the index
  // must use the order its byte comparisons see.
  const words = ['中', '中国', '中国人', '中国人民', '人民', '人', '乾', '𠀀字', 'Ｘ光', 'Ｘ'];
  const entries = words.map((word): DictionaryEntry => ({ traditional: word, simplified: word, pinyin: 'x1', definitions: [word], classifiers: [], variantOf: [] }));
  const files = buildDictionaryFiles(entries);
  const small = createDictionary(files);
  test.each(words)('has %s', (word) => {
    expect(small.has(word)).toBe(true);
    expect(small.lookup(word)[0]?.definitions).toEqual([word]);
  });
  test.each(['中人', '国', '中国人民们', '', '字'])('has no %j', (word) => {
    expect(small.has(word)).toBe(false);
    expect(small.lookup(word)).toEqual([]);
  });
  test.each([
    ['中', true],
    ['中国', true],
    ['中国人民', false],
    ['人', true],
    ['乾', false],
    ['𠀀', true],
    ['国', false],
    ['Ｘ', true],
    ['Ｘ光', false],
  ])('probe(%s): a longer headword starts with it: %s; a headword: as has says', (text, expected) => {
    expect(small.probe(text)).toBe((small.has(text) ? WORD : 0) | (expected ? LONGER_WORD : 0));
  });
  test('knows its size and longest word', () => {
    expect(small.size).toBe(words.length);
    expect(small.maxWordLength).toBe(4);
  });
  test('reads the same from the fetched bytes as from text', () => {
    const bytes = (text: string) => new TextEncoder().encode(text);
    const fromBytes = createDictionary({ index: bytes(files.index), readings: bytes(files.readings), definitions: files.definitions.map(bytes) });
    expect(words.map((word) => fromBytes.lookup(word)[0]?.definitions[0])).toEqual(words);
  });
  test('finds the same with the index line starts given as built as when it scans for them', () => {
    const scanned = createDictionary({ index: files.index, readings: files.readings, definitions: files.definitions });
    expect(words.map((word) => scanned.lookup(word)[0]?.definitions[0])).toEqual(words);
    const given = createDictionary(files);
    expect(words.map((word) => given.lookup(word)[0]?.definitions[0])).toEqual(words);
  });
});

describe('definitions load in parts, after the index and readings', () => {
  const words = Array.from({ length: 100 }, (_, i) => `词${String.fromCodePoint(0x4e00 + i)}`);
  const entries = words.map((word, i): DictionaryEntry => ({ traditional: word, simplified: word, pinyin: `ci2 x${(i % 4) + 1}`, definitions: [`meaning ${i}`], classifiers: [], variantOf: [] }));
  const files = buildDictionaryFiles(entries);

  test('readings, has and probe need no definitions; a lookup says which part it needs', () => {
    const dictionary = createDictionary({ index: files.index, keyStarts: files.keyStarts, readings: files.readings });
    expect(dictionary.readings(words[70]!)).toEqual([{ pinyin: 'ci2 x3' }]);
    expect(dictionary.has(words[99]!)).toBe(true);
    const parts = dictionary.missingDefinitions(words[70]!);
    expect(parts).toHaveLength(1);
    const part = parts[0]!;
    expect(part).toBeLessThan(DEFINITION_SHARDS);
    expect(() => dictionary.lookup(words[70]!)).toThrow(/not loaded/);
    dictionary.addDefinitions(part, files.definitions[part]!);
    expect(dictionary.missingDefinitions(words[70]!)).toEqual([]);
    expect(dictionary.lookup(words[70]!)[0]?.definitions).toEqual(['meaning 70']);
  });

  test('every part holds its own run of entries', () => {
    const dictionary = createDictionary(files);
    expect(words.map((word) => dictionary.lookup(word)[0]?.definitions[0])).toEqual(entries.map((entry) => entry.definitions[0]));
  });
});

test('the lexicon probes glossary terms and mixed-script words as well as the dictionary', () => {
  const lexicon = loadLexicon();
  const dictionary = loadDictionary();
  // Glossary terms count as words when their reading gives one syllable per character (lexicon.ts).
  const terms = loadGlossary().entries.filter((entry) => entry.pinyin.split(' ').length === [...entry.term].length);
  const startsLongerWord = (span: string) =>
    [span, simplifiedForm(span)].some((form) => (dictionary.probe(form) & LONGER_WORD) !== 0) ||
    terms.some(({ term, traditional }) => [term, traditional].some((word) => word.length > span.length && word.startsWith(span)));
  const spans = ['行', '行长', '银行行', '人类命运共', '人类命运共同体', '關系', '關', '国务委员长', '不是词', 'Ｘ', ''];
  for (const span of spans) {
    expect([span, lexicon.probe(span)]).toEqual([span, (lexicon.has(span) ? WORD : 0) | (startsLongerWord(span) ? LONGER_WORD : 0)]);
  }
});
