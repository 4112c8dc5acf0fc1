import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { cleanChineseText, splitSentences } from '../../utils/language/clean-text';
import { convertText, convertTexts } from '../../utils/language/convert-script';
import { hasHan } from '../../utils/language/han';
import { REPO_ROOT } from '../support/data';

describe('convertText: simplified to each traditional standard', () => {
  test.each([
    // [simplified, tw, hk, t, twp]
    ['后台', '後臺', '後台', '後臺', '後臺'],
    ['头发', '頭髮', '頭髮', '頭髮', '頭髮'],
    ['发展', '發展', '發展', '發展', '發展'],
    ['乾隆', '乾隆', '乾隆', '乾隆', '乾隆'],
    ['干部', '幹部', '幹部', '幹部', '幹部'],
    ['饼干', '餅乾', '餅乾', '餅乾', '餅乾'],
    ['余光中', '余光中', '余光中', '余光中', '余光中'],
    ['人类命运共同体', '人類命運共同體', '人類命運共同體', '人類命運共同體', '人類命運共同體'],
    ['共产党', '共產黨', '共產黨', '共產黨', '共產黨'],
    ['支持', '支持', '支持', '支持', '支援'],
    ['文件', '文件', '文件', '文件', '檔案'],
    // 着: Taiwan writes 著, Hong Kong keeps 着.
    ['看着', '看著', '看着', '看着', '看著'],
  ])('%s', (simplified, tw, hk, t, twp) => {
    expect(convertText(simplified, 'tw', 'cn')).toBe(tw);
    expect(convertText(simplified, 'hk', 'cn')).toBe(hk);
    expect(convertText(simplified, 't', 'cn')).toBe(t);
    expect(convertText(simplified, 'twp', 'cn')).toBe(twp);
  });
});

describe('convertText: traditional to simplified', () => {
  test.each([
    ['後臺', 'tw', '后台'],
    ['頭髮', 'tw', '头发'],
    ['幹部', 'tw', '干部'],
    ['乾淨', 'tw', '干净'],
    ['瞭解', 'tw', '了解'],
    ['看著他的著作', 'tw', '看着他的著作'],
    ['習近平強調', 'tw', '习近平强调'],
    ['軟體', 'twp', '软件'],
  ] as const)('%s (%s) → %s', (traditional, from, simplified) => {
    expect(convertText(traditional, 'cn', from)).toBe(simplified);
  });
});

describe('automatic source', () => {
  test('simplified text goes to traditional', () => {
    expect(convertText('中国式现代化', 'tw')).toBe('中國式現代化');
  });
  test('traditional text goes to simplified', () => {
    expect(convertText('中國式現代化', 'cn')).toBe('中国式现代化');
  });
  test('text already in the target script is left as it is', () => {
    expect(convertText('習近平強調', 'tw')).toBe('習近平強調');
    expect(convertText('习近平强调', 'cn')).toBe('习近平强调');
  });
  test('text without Chinese is unchanged', () => {
    expect(convertText('Quote "don\'t" see https://example.com/a?b=c', 'tw')).toBe('Quote "don\'t" see https://example.com/a?b=c');
  });
  test('a mixed batch converts only the texts not yet in the target script', () => {
    expect(convertTexts(['台灣的後台', '后台支持', 'plain'], 'tw')).toEqual(['台灣的後台', '後臺支持', 'plain']);
    expect(convertTexts(['台湾的后台', '後臺支持'], 'cn')).toEqual(['台湾的后台', '后台支持']);
  });
  test('a batch keeps its order and length', () => {
    expect(convertTexts(['后台', '', 'abc', '头发'], 'tw', 'cn')).toEqual(['後臺', '', 'abc', '頭髮']);
  });
});

describe('corpus pair: 003 (simplified original) with twp reproduces 002 (its traditional version)', () => {
  const norm = (text: string) =>
    text
      .replace(/\s+/g, '')
      // Punctuation: 002 was scraped with ASCII punctuation, and 003's column layout lost some 、.
      .replace(/[，,]/g, ',')
      .replace(/[：:]/g, ':')
      .replace(/[（(]/g, '(')
      .replace(/[）)]/g, ')')
      .replace(/[“”"「」]/g, '"')
      .replace(/、/g, '')
      // Character variants both used in Taiwan text; 002 comes from Xinhua's own converter.
      .replace(/産/g, '產')
      .replace(/臺灣/g, '台灣')
      .replace(/瞭解/g, '了解');
  const original = cleanChineseText(readFileSync(`${REPO_ROOT}corpus/003_f0db3c5afb1c4395.txt`, 'utf8'));
  const traditional = cleanChineseText(readFileSync(`${REPO_ROOT}corpus/002_9cf68f22f8066400.txt`, 'utf8'));
  const ours = splitSentences(original).map((sentence) => norm(convertText(sentence, 'twp', 'cn')));
  const theirs = splitSentences(traditional)
    .filter((sentence) => hasHan(sentence))
    .map(norm);
  const commonPrefix = (a: string, b: string) => {
    let n = 0;
    while (n < a.length && a[n] === b[n]) n++;
    return n;
  };
  // A sentence of 002 is paired with the sentence of ours that opens the most like it (10 characters at least).
  const pairs = theirs.flatMap((their) => {
    const best = ours.reduce((a, b) => (commonPrefix(their, b) > commonPrefix(their, a) ? b : a), '');
    return commonPrefix(their, best) >= 10 ? [[their, best] as const] : [];
  });

  test('the shared article is found', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(10);
  });
  test.each(pairs.map(([their, our]) => [their.slice(0, 16), their, our]))('%s…', (_start, their, our) => {
    // 002 sometimes runs two sentences together: ours must be its beginning or the whole.
    expect(their.startsWith(our) || our.startsWith(their)).toBe(true);
  });
});
