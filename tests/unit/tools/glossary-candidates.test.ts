import { expect, test } from 'vitest';
import { CandidateFinder } from '../../../tools/build/glossary-candidates';

const text = [
  '中方提出全球发展倡议和全球安全倡议，坚持多边主义，反对单边主义。',
  '各方支持全球发展倡议，推动全球发展倡议落地，落实“小院高墙”之外的合作。',
  '今年是“十五五”开局之年，要做到“两个维护”，坚决打击“三股势力”。',
  '二十届三中全会召开，二十大精神深入人心，贯彻二十大精神。',
].join('\n');

test('patterns and statistics propose set phrases, ranked, leaving out known terms', () => {
  const finder = new CandidateFinder();
  finder.add(text);
  const terms = finder.candidates(['全球安全倡议'], 200).map(({ term }) => term);
  expect(terms).toContain('全球发展倡议');
  expect(terms).toContain('多边主义');
  expect(terms).toContain('十五五');
  expect(terms).toContain('两个维护');
  expect(terms).toContain('二十届三中全会');
  expect(terms).toContain('小院高墙');
  expect(terms).not.toContain('全球安全倡议');
  // Fragments of a proposed phrase are not proposed as well.
  expect(terms).not.toContain('球发展倡');
});
