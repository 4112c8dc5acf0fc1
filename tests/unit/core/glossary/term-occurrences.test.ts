// Finding glossary terms in page text as a reader reads it, and marking them in example sentences.
import { describe, expect, test } from 'vitest';
import { categoryKey, copyLine, markTerm, nextActive, writesTraditional } from '../../../../features/glossary/ui/glossary-text';
import { findAllTerms, findEachTerm, findTermOccurrences, termForms, wrapIndex } from '../../../../core/glossary/term-occurrences';
import { BARRIER, readerText } from '../../../../core/text/reader-text';
import { convertText } from '../../../../core/script/convert-script';
import { loadGlossary } from '../../../support/data';

const glossary = loadGlossary();
const FORMS = ['人类命运共同体', '人類命運共同體'];

/** The text of each match, read back from the pieces through the offset map. */
function matchedTexts(pieces: string[], forms: string[]): string[] {
  const normalised = readerText(pieces);
  return findTermOccurrences(normalised.text, forms).map((start) => {
    let text = '';
    for (let i = start; i < start + forms[0]!.length; i++) text += pieces[normalised.piece[i]!]![normalised.offset[i]!];
    return text;
  });
}

test('a block barrier stops a term', () => {
  expect(findTermOccurrences(readerText(['人类命运', BARRIER, '共同体']).text, FORMS)).toEqual([]);
});

describe('findTermOccurrences', () => {
  test('finds the term in either script, mixed, and across inline elements and line breaks', () => {
    expect(matchedTexts(['构建人类命运共同体，推动人類命運共同體'], FORMS)).toEqual(['人类命运共同体', '人類命運共同體']);
    expect(matchedTexts(['构建', '人类', '命运共\n  同体'], FORMS)).toEqual(['人类命运共同体']);
    expect(matchedTexts(['人類命运共同體'], FORMS)).toEqual(['人類命运共同體']);
    expect(matchedTexts(['人类命运与共'], FORMS)).toEqual([]);
  });

  test('occurrences do not overlap and come in page order', () => {
    expect(findTermOccurrences('一一一一一', ['一一'])).toEqual([0, 2]);
    expect(findTermOccurrences('十五五规划和十五五', ['十五五'])).toEqual([0, 6]);
    expect(findTermOccurrences('abc', [])).toEqual([]);
  });

  test('each entry\'s spellings find it in the corpus examples, in the script each was written in', () => {
    for (const entry of glossary.entries) {
      for (const { text } of entry.examples) expect(findTermOccurrences(readerText([text]).text, entry.forms).length, `${entry.term} in ${text}`).toBeGreaterThan(0);
    }
  });

  test('findEachTerm finds for many terms in one pass what findTermOccurrences finds for each', () => {
    const text = readerText(['构建人类命运共同体，推动人類命運共同體和命运共同体建设。一一一一一']).text;
    const terms = [
      { term: '人类命运共同体', forms: FORMS },
      { term: '命运共同体', forms: ['命运共同体', '命運共同體'] },
      { term: '一一', forms: ['一一'] },
    ];
    expect(findEachTerm(text, terms)).toEqual(terms.map(({ forms }) => findTermOccurrences(text, forms)));
    expect(findEachTerm(text, terms).map((starts) => starts.length)).toEqual([2, 3, 2]);
  });

  test('termForms keeps the term first, drops duplicates and forms of another length', () => {
    expect(termForms('十五五', ['十五五', '十五五'])).toEqual(['十五五']);
    expect(termForms('台湾', ['臺灣', '台灣', '台湾地区'])).toEqual(['台湾', '臺灣', '台灣']);
  });
});

describe('findAllTerms', () => {
  test('a longer term wins over a term inside it, and spans never overlap', () => {
    const text = '构建人类命运共同体，中老命运共同体';
    const spans = findAllTerms(text, [
      { term: '命运共同体', forms: ['命运共同体', '命運共同體'] },
      { term: '人类命运共同体', forms: FORMS },
    ]);
    expect(spans.map(({ start, end }) => text.slice(start, end))).toEqual(['人类命运共同体', '命运共同体']);
    expect(spans.map((span) => span.term)).toEqual(['人类命运共同体', '命运共同体']);
  });
});

describe('wrapIndex', () => {
  test('steps through the occurrences and wraps both ways', () => {
    expect([0, 1, 2, 3, 4].map((i) => wrapIndex(i, 3))).toEqual([0, 1, 2, 0, 1]);
    expect(wrapIndex(-1, 3)).toBe(2);
    expect(wrapIndex(5, 0)).toBeUndefined();
  });
});

describe('markTerm (examples in the popup)', () => {
  test('marks the term as the sentence writes it, and joining the parts gives the sentence back', () => {
    const parts = markTerm('習近平強調,構建人類命運共同體理念', FORMS);
    expect(parts).toEqual([
      { text: '習近平強調,構建', mark: false },
      { text: '人類命運共同體', mark: true },
      { text: '理念', mark: false },
    ]);
    expect(writesTraditional(parts, { term: FORMS[0]!, traditional: FORMS[1]! })).toBe(true);
    const broken = markTerm('推动人类\n命运共同体。', FORMS);
    expect(broken.filter((p) => p.mark).map((p) => p.text)).toEqual(['人类\n命运共同体']);
    expect(broken.map((p) => p.text).join('')).toBe('推动人类\n命运共同体。');
    expect(markTerm('', FORMS)).toEqual([]);
  });

  test("marks the term in (nearly) every corpus example of the glossary", () => {
    let examples = 0;
    let marked = 0;
    for (const entry of glossary.entries) {
      for (const { text } of entry.examples) {
        const parts = markTerm(text, [entry.term, entry.traditional]);
        expect(parts.map((p) => p.text).join('')).toBe(text);
        for (const part of parts.filter((p) => p.mark)) expect([entry.term, entry.traditional]).toContain(convertText(part.text, 'cn') === entry.term ? entry.term : part.text);
        examples++;
        if (parts.some((p) => p.mark)) marked++;
      }
    }
    expect(examples).toBeGreaterThan(300);
    // One sentence writes 共産黨 with a variant character that neither form has.
    expect(marked / examples).toBeGreaterThan(0.99);
  });
});

describe('popup helpers', () => {
  test('copyLine gives term, traditional, pinyin and English; the traditional form only when it differs', () => {
    const entry = glossary.get('人类命运共同体')!;
    expect(copyLine(entry)).toBe(`${entry.term} ${entry.traditional} ${entry.pinyin} — ${entry.english}`);
    expect(copyLine({ term: '十五五', traditional: '十五五', pinyin: 'shí wǔ wǔ', english: '15th Five-Year Plan' })).toBe('十五五 shí wǔ wǔ — 15th Five-Year Plan');
  });

  test('every category of the glossary has a locale key', () => {
    for (const entry of glossary.entries) expect(categoryKey(entry.category), entry.category).toMatch(/^[a-zA-Z]+$/);
  });

  test('arrow keys move through the results; up from the first goes back to the box', () => {
    expect(nextActive('ArrowDown', 0, 3)).toBe(1);
    expect(nextActive('ArrowDown', 2, 3)).toBe(2);
    expect(nextActive('ArrowUp', 1, 3)).toBe(0);
    expect(nextActive('ArrowUp', 0, 3)).toBe('input');
    expect(nextActive('End', 0, 3)).toBe(2);
    expect(nextActive('Home', 2, 3)).toBe(0);
    expect(nextActive('Enter', 0, 3)).toBeUndefined();
    expect(nextActive('ArrowDown', 0, 0)).toBeUndefined();
  });
});
