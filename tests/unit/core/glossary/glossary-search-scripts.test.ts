// Glossary search with Han queries in either script or a mix, as a reader types them with a mixed
// input method or pastes from a half-converted page: the same first result as the pure forms.
import { describe, expect, test } from 'vitest';
import { loadGlossary } from '../../../support/data';

const glossary = loadGlossary();

describe('glossary search across scripts', () => {
  test.each([
    ['人類命运共同体', '人类命运共同体'],
    ['人类命運共同體', '人类命运共同体'],
    ['血浓於水', '血浓于水'],
    ['丝绸之路经济帶', '丝绸之路经济带'],
    ['钓鱼台国宾館', '钓鱼台国宾馆'],
  ])('%s finds %s first', (query, first) => {
    expect(glossary.search(query)[0]?.term).toBe(first);
  });

  test('every term, in either script and with its halves in different scripts, finds itself first', () => {
    for (const entry of glossary.entries) {
      const half = Math.ceil(entry.term.length / 2);
      const queries = [entry.term, entry.traditional, entry.term.slice(0, half) + entry.traditional.slice(half), entry.traditional.slice(0, half) + entry.term.slice(half)];
      for (const query of queries) expect(glossary.search(query)[0]?.term, query).toBe(entry.term);
    }
  });

  test('a query with characters no term uses still finds the terms it contains', () => {
    expect(glossary.search('我們要構建人類命運共同體').map((entry) => entry.term)).toContain('人类命运共同体');
    expect(glossary.search('堅持「全過程人民民主」').map((entry) => entry.term)).toContain('全过程人民民主');
  });
});
