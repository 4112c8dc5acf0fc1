import { describe, expect, test } from 'vitest';
import { createDictionary, formatDictionaryLine, toDictionaryResult, type DictionaryEntry } from '../../utils/language/dictionary';
import { loadDictionary } from '../support/data';

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
  expect(createDictionary(formatDictionaryLine(entry)).lookup('画')).toEqual([entry]);
});
