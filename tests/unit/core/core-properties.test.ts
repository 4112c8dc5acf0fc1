// Property tests of the language core on random Unicode (tests/support/unicode-text.ts): astral and rare Han,
// lone surrogates, combining marks, right-to-left text, emoji, 100,000-character lines. Whatever a page holds,
// conversion, pinyin, the word at a point, lookup, reader text and detection never throw and keep their
// contracts. Runs are bounded (a fixed seed, a few dozen cases, a few long lines) so the unit suite stays fast.
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { wordAt } from '../../../core/card/word-at';
import { detectPage, MAX_ARTICLE_CHARS, pageVerdict } from '../../../core/detection/page-text';
import { pinyinTokens } from '../../../core/pinyin/pinyin';
import { convertText, convertTexts, LOCALES, type SourceLocale } from '../../../core/script/convert-script';
import { detectScript } from '../../../core/script/detect-script';
import { countHan, HAN_CHAR } from '../../../core/text/han';
import { readerText } from '../../../core/text/reader-text';
import { ZERO_WIDTH_CODES } from '../../../core/text/text-rules';
import { loadSavedPage } from '../../../tools/lib/saved-page';
import { loadLexicon, loadPinyinData } from '../../support/data';
import { lineUnit, longLine, propertyRuns as runs, unicodePiece, unicodeText } from '../../support/unicode-text';

const lexicon = loadLexicon();
const data = loadPinyinData();


/** The text's characters that are not Han, in order (lone surrogates included). */
const nonHan = (text: string) => [...text].filter((char) => !HAN_CHAR.test(char)).join('');

const locale = fc.constantFrom(...LOCALES);
// The sources the extension passes ('auto' picks cn, tw or t). Every other pair builds a converter of its own (~100 ms each).
const sourceLocale = fc.constantFrom<SourceLocale>('auto', 'cn', 'tw', 't');

describe('conversion', () => {
  test('convertText never throws and keeps every character that is not Han', () => {
    fc.assert(
      fc.property(unicodeText(), locale, sourceLocale, (text, to, from) => {
        const converted = convertText(text, to, from);
        expect(nonHan(converted)).toBe(nonHan(text));
      }),
      runs(300),
    );
  });

  test('text without Han comes back exactly', () => {
    const noHan = unicodeText().map((text) => [...text].filter((char) => !HAN_CHAR.test(char)).join(''));
    fc.assert(
      fc.property(noHan, locale, sourceLocale, (text, to, from) => {
        expect(convertText(text, to, from)).toBe(text);
      }),
      runs(200),
    );
  });

  test('convertTexts answers each text, keeps what is not Han, and leaves a text already in the target script as it is', () => {
    fc.assert(
      fc.property(fc.array(unicodeText(12), { maxLength: 8 }), locale, sourceLocale, (texts, to, from) => {
        const converted = convertTexts(texts, to, from);
        expect(converted).toHaveLength(texts.length);
        converted.forEach((text, i) => expect(nonHan(text)).toBe(nonHan(texts[i]!)));
        if (from === 'auto') {
          const target = to === 'cn' ? 'simplified' : 'traditional';
          texts.forEach((text, i) => {
            if (detectScript(text).script === target) expect(converted[i]).toBe(text);
          });
        }
      }),
      runs(150),
    );
  });

  test('100,000-character lines convert and keep what is not Han', () => {
    fc.assert(
      fc.property(lineUnit, locale, (unit, to) => {
        const text = longLine(unit);
        expect(nonHan(convertText(text, to))).toBe(nonHan(text));
      }),
      runs(3),
    );
  });
});

/** What breaks the pinyin contract (../shared/contracts.md) in the tokens of `text`: tokens re-join to the input, a
 * token is all Han or has none, one syllable per Han character. Checked without an expect per token: a long line has
 * tens of thousands. */
function pinyinContractBreaks(text: string): string[] {
  const tokens = pinyinTokens(text, lexicon, data);
  const breaks: string[] = [];
  if (tokens.map((token) => token.text).join('') !== text) breaks.push('tokens do not re-join to the input');
  for (const token of tokens) {
    const chars = [...token.text];
    const han = chars.filter((char) => HAN_CHAR.test(char)).length;
    if (han > 0 && han !== chars.length) breaks.push(`token ${JSON.stringify(token.text)} mixes Han and other text`);
    if (token.pinyin.length !== han) breaks.push(`token ${JSON.stringify(token.text)} has ${token.pinyin.length} syllables for ${han} Han characters`);
    // Tone-marked, or empty for a character no source reads (most of Extensions A to I).
    for (const syllable of token.pinyin) if (!/^[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêḿńňǹ]*$/.test(syllable)) breaks.push(`syllable ${JSON.stringify(syllable)} in ${JSON.stringify(token.text)}`);
  }
  return breaks;
}

describe('pinyin', () => {
  test('tokens re-join to the input, one syllable for each Han character', () => {
    fc.assert(fc.property(unicodeText(), (text) => {
        expect(pinyinContractBreaks(text)).toEqual([]);
      }), runs(300));
  });

  test('a 100,000-character line keeps the contract', () => {
    fc.assert(fc.property(lineUnit, (unit) => {
        expect(pinyinContractBreaks(longLine(unit))).toEqual([]);
      }), runs(2));
  });
});

describe('the word at a point', () => {
  const textAndOffset = unicodeText().chain((text) => fc.tuple(fc.constant(text), fc.integer({ min: -2, max: text.length + 2 })));

  test('wordAt never throws; a word it finds is Han, covers the point and has one syllable per character', () => {
    fc.assert(
      fc.property(textAndOffset, fc.constantFrom(undefined, 'start' as const, 'end' as const), ([text, offset], align) => {
        const word = wordAt(text, offset, lexicon, data, undefined, align);
        if (!word) return;
        expect(text.slice(word.start, word.end)).toBe(word.text);
        expect([...word.text].every((char) => HAN_CHAR.test(char))).toBe(true);
        expect(word.pinyin).toHaveLength([...word.text].length);
        expect(word.start).toBeLessThanOrEqual(offset);
        expect(word.end).toBeGreaterThan(offset);
        if (align === 'start') expect(word.start).toBe(offset);
        if (align === 'end') expect(word.end).toBe(offset + String.fromCodePoint(text.codePointAt(offset)!).length);
        expect(word.lengths.length).toBeGreaterThan(0);
      }),
      runs(300),
    );
  });

  test('an exact span is the span asked for, or nothing', () => {
    fc.assert(
      fc.property(textAndOffset, fc.integer({ min: -1, max: 12 }), ([text, offset], length) => {
        const word = wordAt(text, offset, lexicon, data, length);
        if (!word) return;
        expect(word.start).toBe(offset);
        expect(word.end).toBe(offset + length);
        expect(word.text).toBe(text.slice(offset, offset + length));
        expect(word.pinyin).toHaveLength([...word.text].length);
      }),
      runs(200),
    );
  });

  test('on a 100,000-character line', () => {
    fc.assert(
      fc.property(lineUnit, fc.nat({ max: 99_999 }), (unit, offset) => {
        const text = longLine(unit);
        const word = wordAt(text, offset, lexicon, data);
        if (word) expect(text.slice(word.start, word.end)).toBe(word.text);
      }),
      runs(2),
    );
  });
});

describe('dictionary lookup', () => {
  test('lookup, readings and probes never throw, and every entry found is the word asked for', () => {
    const word = fc.oneof(unicodeText(6), fc.array(unicodePiece, { maxLength: 3 }).map((pieces) => pieces.join('')));
    fc.assert(
      fc.property(word, (text) => {
        const { dictionary } = lexicon;
        for (const entry of dictionary.lookup(text)) expect([entry.simplified, entry.traditional]).toContain(text);
        dictionary.readings(text);
        expect(typeof dictionary.has(text)).toBe('boolean');
        lexicon.probe(text);
        lexicon.has(text);
        lexicon.entries(text);
        lexicon.missingDefinitions(text);
      }),
      runs(400),
    );
  });
});

describe('reader text', () => {
  test('each character maps back to the very unit it came from, in order, and text with nothing to drop is kept whole', () => {
    fc.assert(
      fc.property(fc.array(unicodeText(10), { maxLength: 8 }), (pieces) => {
        const { text, piece, offset } = readerText(pieces);
        expect(piece).toHaveLength(text.length);
        expect(offset).toHaveLength(text.length);
        const starts = pieces.map((_, i) => pieces.slice(0, i).join('').length);
        let previous = -1;
        const wrong: number[] = [];
        for (let i = 0; i < text.length; i++) {
          const at = starts[piece[i]!]! + offset[i]!;
          if (pieces[piece[i]!]![offset[i]!] !== text[i] || at <= previous) wrong.push(i);
          previous = at;
        }
        expect(wrong).toEqual([]);
        // Only zero-width characters, spaces between Han characters and inline pinyin are dropped.
        const joined = pieces.join('');
        if (![...joined].some((char) => HAN_CHAR.test(char) || ZERO_WIDTH_CODES.has(char.charCodeAt(0)))) expect(text).toBe(joined);
      }),
      runs(300),
    );
  });

  test('a 100,000-character line', () => {
    fc.assert(
      fc.property(lineUnit, (unit) => {
        const line = longLine(unit);
        const { text, piece, offset } = readerText([line]);
        expect(piece).toHaveLength(text.length);
        expect(line[offset[text.length - 1]!]).toBe(text[text.length - 1]);
      }),
      runs(2),
    );
  });
});

describe('detection', () => {
  test('countHan counts every Han code point, in the Basic Multilingual Plane and beyond it (Unicode\'s own Script=Han)', () => {
    fc.assert(
      fc.property(unicodeText(), (text) => {
        expect(countHan(text)).toBe([...text].filter((char) => HAN_CHAR.test(char)).length);
      }),
      runs(300),
    );
  });

  test('detectScript counts what countHan counts and calls a text without Han none', () => {
    fc.assert(
      fc.property(unicodeText(), (text) => {
        const verdict = detectScript(text);
        expect(verdict.hanChars).toBe(countHan(text));
        expect(verdict.simplifiedOnly + verdict.traditionalOnly).toBeLessThanOrEqual(verdict.hanChars);
        expect(verdict.script === 'none').toBe(verdict.hanChars === 0);
      }),
      runs(300),
    );
    fc.assert(
      fc.property(lineUnit, (unit) => {
        const text = longLine(unit);
        expect(detectScript(text).hanChars).toBe(countHan(text));
      }),
      runs(2),
    );
  });

  /** A random page as DOM nodes: elements the detector weighs, hidden ones, attributes, random text. */
  interface PageNode {
    tag: string;
    attributes: [string, string][];
    children: (PageNode | string)[];
  }
  const TAGS = ['div', 'p', 'span', 'article', 'section', 'main', 'nav', 'footer', 'aside', 'header', 'ul', 'li', 'a', 'h1', 'h2', 'br', 'script', 'style', 'ruby', 'rt', 'table', 'td', 'b', 'iframe', 'template', 'pre'];
  const ATTRIBUTES = fc.constantFrom<[string, string]>(
    ['class', 'article-content'], ['class', 'hidden'], ['class', 'sidebar related'], ['class', 'comment'], ['id', 'content'],
    ['style', 'display:none'], ['hidden', ''], ['aria-hidden', 'true'], ['lang', 'ja'], ['lang', 'zh-TW'], ['lang', 'ko'], ['role', 'main'],
  );
  const { pageNode } = fc.letrec<{ pageNode: PageNode; child: PageNode | string }>((tie) => ({
    pageNode: fc.record({
      tag: fc.constantFrom(...TAGS),
      attributes: fc.array(ATTRIBUTES, { maxLength: 2 }),
      children: fc.array(tie('child'), { maxLength: 5 }),
    }),
    child: fc.oneof({ depthSize: 'small', withCrossShrink: true }, unicodeText(20), tie('pageNode')),
  }));

  function buildPage(root: PageNode[], title: string, lang: string | undefined): Document {
    const page = parseHTML('<!DOCTYPE html><html><head><title></title></head><body></body></html>').document as unknown as Document;
    page.title = title;
    if (lang) page.documentElement.setAttribute('lang', lang);
    const build = (node: PageNode | string): Node => {
      if (typeof node === 'string') return page.createTextNode(node);
      const element = page.createElement(node.tag);
      for (const [name, value] of node.attributes) element.setAttribute(name, value);
      for (const child of node.children) element.appendChild(build(child));
      return element;
    };
    for (const node of root) page.body.appendChild(build(node));
    return page;
  }

  function expectVerdict(page: Document) {
    const detection = detectPage(page);
    const verdict = pageVerdict(detection);
    expect(verdict.article.text.length).toBeLessThanOrEqual(MAX_ARTICLE_CHARS);
    expect(verdict.article.hanChars).toBe(countHan(verdict.article.text));
    if (!verdict.chinese) expect(verdict.script).toBe('none');
    if (verdict.chinese) expect(verdict.script).not.toBe('none');
    if (!verdict.article.found) expect(verdict.article.text).toBe('');
    if (verdict.article.found) expect(detection.articleRegion).toBeDefined();
    // The verdict goes through JSON (the command line, pageState): no lone surrogate cut from a pair at the cap.
    expect(JSON.parse(JSON.stringify(verdict))).toEqual(verdict);
  }

  test('detectPage never throws on a random page built as DOM', () => {
    fc.assert(
      fc.property(fc.array(pageNode, { maxLength: 6 }), unicodeText(8), fc.constantFrom(undefined, 'zh-CN', 'ja', 'ko', 'en', ''), (nodes, title, lang) => {
        expectVerdict(buildPage(nodes, title, lang));
      }),
      runs(150),
    );
  });

  test('detectPage never throws on random text read as a saved page (markup, fragment or plain text)', () => {
    fc.assert(
      fc.property(unicodeText(60), (text) => {
        expectVerdict(loadSavedPage(new TextEncoder().encode(text)).document);
      }),
      runs(150),
    );
  });

  test('a page of 100,000-character paragraphs', () => {
    fc.assert(
      fc.property(fc.array(lineUnit, { minLength: 1, maxLength: 2 }), (units) => {
        expectVerdict(buildPage(units.map((unit) => ({ tag: 'p', attributes: [], children: [longLine(unit)] })), '新闻', undefined));
      }),
      runs(2),
    );
  });
});
