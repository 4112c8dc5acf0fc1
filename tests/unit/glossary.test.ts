import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildGlossary, glossaryJson, readCorpus } from '../../scripts/build-glossary';
import { CURATED_TERMS } from '../../scripts/glossary/terms';
import { countOccurrences } from '../../utils/language/glossary';
import { loadGlossary, REPO_ROOT } from '../support/data';

const glossary = loadGlossary();

describe('glossary search: first result', () => {
  test.each([
    ['人类命运共同体', '人类命运共同体'],
    ['人類命運共同體', '人类命运共同体'],
    ['命运共同', '人类命运共同体'],
    ['rlmygtt', '人类命运共同体'],
    ['renleimingyungongtongti', '人类命运共同体'],
    ['rén lèi mìng yùn', '人类命运共同体'],
    ['renlei', '人类命运共同体'],
    ['belt and road', '一带一路'],
    ['Belt', '一带一路'],
    ['yidaiyilu', '一带一路'],
    ['ydyl', '一带一路'],
    ['Chinese modernization', '中国式现代化'],
    ['全過程', '全过程人民民主'],
    ['shiwuwu', '十五五'],
    ['five-year plan', '十五五'],
  ])('%s → %s', (query, term) => {
    expect(glossary.search(query)[0]?.term).toBe(term);
  });

  test('a query matching nothing gives nothing', () => {
    expect(glossary.search('zzzzqqq')).toEqual([]);
    expect(glossary.search('   ')).toEqual([]);
  });
});

describe('glossary asset', () => {
  const corpus = readCorpus(`${REPO_ROOT}corpus`);
  test('regenerating it from the corpus changes nothing', () => {
    expect(glossaryJson(buildGlossary(corpus))).toBe(readFileSync(`${REPO_ROOT}assets/glossary.json`, 'utf8'));
  });
  test('every entry occurs in the corpus with its recorded count', () => {
    expect(glossary.entries).toHaveLength(CURATED_TERMS.length);
    for (const entry of glossary.entries) {
      const count = corpus.reduce((sum, text) => sum + countOccurrences(text.simplified, entry.term), 0);
      expect(count, entry.term).toBe(entry.count);
      expect(count, entry.term).toBeGreaterThan(0);
      expect(entry.examples.length, entry.term).toBeGreaterThan(0);
    }
  });
});

test('findTerms counts terms in either script', () => {
  const found = glossary.findTerms('習近平強調構建人类命运共同体和人類命運共同體。');
  expect(found).toContainEqual({ term: '人类命运共同体', count: 2 });
  expect(found).toContainEqual({ term: '习近平', count: 1 });
});
