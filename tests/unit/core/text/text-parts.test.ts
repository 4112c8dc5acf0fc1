// A long text in parts of bounded length (each a message of its own): the parts join to the text, stay within
// their length, never split a surrogate pair, and cut where nothing runs across; counts made on the parts add
// up to the counts on the whole (glossary terms).
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { mergeCountedTerms } from '../../../../core/glossary/term-occurrences';
import { BARRIER, readerText } from '../../../../core/text/reader-text';
import { textParts } from '../../../../core/text/text-parts';
import { loadGlossary } from '../../../support/data';
import { propertyRuns as runs, unicodePiece, unicodeText } from '../../../support/unicode-text';

const glossary = loadGlossary();
const withBarriers = fc.array(fc.oneof(unicodePiece, fc.constant(BARRIER), fc.constantFrom('人类命运共同体', '全过程人民民主', '“十五五”')), { maxLength: 120 }).map((pieces) => pieces.join(''));

describe('textParts', () => {
  test('the parts join to the text, each at most max long, no surrogate pair cut', () => {
    fc.assert(
      fc.property(fc.oneof(unicodeText(80), withBarriers), fc.integer({ min: 2, max: 60 }), (text, max) => {
        const parts = textParts(text, max);
        expect(parts.join('')).toBe(text);
        for (const part of parts) {
          expect(part.length).toBeGreaterThan(0);
          expect(part.length).toBeLessThanOrEqual(max);
        }
        for (let i = 1; i < parts.length; i++) expect(/[\ud800-\udbff]$/.test(parts[i - 1]!) && /^[\udc00-\udfff]/.test(parts[i]!)).toBe(false);
      }),
      runs(400),
    );
  });

  test('a part ends after a block barrier, then after a sentence end, then after a character that is not Han', () => {
    expect(textParts(`甲乙丙${BARRIER}丁戊己庚`, 6)).toEqual([`甲乙丙${BARRIER}`, '丁戊己庚']);
    expect(textParts('甲乙。丙丁戊己', 5)).toEqual(['甲乙。', '丙丁戊己']);
    expect(textParts('甲乙 丙丁戊己', 5)).toEqual(['甲乙 ', '丙丁戊己']);
    expect(textParts('甲乙丙丁戊己', 4)).toEqual(['甲乙丙丁', '戊己']);
    expect(textParts('𠀀𠀀𠀀', 3)).toEqual(['𠀀', '𠀀', '𠀀']);
  });

  test('the glossary terms of the parts add up to the terms of the whole, when parts end at blocks', () => {
    fc.assert(
      fc.property(withBarriers, (raw) => {
        const text = readerText([raw]).text;
        // Parts long enough to hold a block: the cut finds a barrier or a sentence end.
        const byTerm = (terms: { term: string; count: number }[]) => Object.fromEntries(terms.map(({ term, count }) => [term, count]));
        expect(byTerm(mergeCountedTerms(textParts(text, 64).map((part) => glossary.findTerms(part))))).toEqual(byTerm(glossary.findTerms(text)));
      }),
      runs(200),
    );
  });
});
