// Page verdicts on the saved-page fixtures (tests/fixtures/detect/, written by tools/dev/make-detect-fixtures.ts):
// Chinese or not, which script, whether there is an article and how well the detected region covers it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { articleCoverage as coverage, FIXTURE_DIR, fixtureFiles, type FixtureExpectation } from '../../../../tools/dev/make-detect-fixtures';
import { convertText } from '../../../../core/script/convert-script';
import { decodePage } from '../../../../tools/lib/decode-page';
import { countOccurrences } from '../../../../core/glossary/glossary';
import { countHan } from '../../../../core/text/han';
import { detectPage, findArticle, visibleText } from '../../../../core/detection/page-text';
import { loadGlossary } from '../../../support/data';

const fixtures = readdirSync(FIXTURE_DIR)
  .filter((file) => file.endsWith('.json'))
  .map((file) => {
    const name = file.replace(/\.json$/, '');
    const expected = JSON.parse(readFileSync(join(FIXTURE_DIR, file), 'utf8')) as FixtureExpectation;
    return { name, expected, bytes: readFileSync(join(FIXTURE_DIR, `${name}.html`)) };
  });

function parse(bytes: Uint8Array): Document {
  return parseHTML(decodePage(bytes).text).document as unknown as Document;
}

describe('detect fixtures', () => {
  test('are what tools/dev/make-detect-fixtures.ts writes from the corpus', () => {
    const files = fixtureFiles();
    expect(readdirSync(FIXTURE_DIR).sort()).toEqual([...files.keys()].sort());
    for (const [name, bytes] of files) expect(readFileSync(join(FIXTURE_DIR, name)).equals(bytes), name).toBe(true);
  });

  test('cover every kind of page the issue lists', () => {
    const expectations = fixtures.map(({ expected }) => expected);
    expect(expectations.filter((e) => e.list).length).toBeGreaterThanOrEqual(2);
    expect(new Set(expectations.map((e) => e.charset))).toEqual(new Set(['utf-8', 'gbk', 'big5']));
    expect(new Set(expectations.map((e) => e.script))).toEqual(new Set(['simplified', 'traditional', 'none']));
  });
});

describe.each(fixtures)('$name', ({ name, expected, bytes }) => {
  test(`decodes as ${expected.charset}`, () => {
    const decoded = decodePage(bytes);
    expect(decoded.text).toBe(iconv.decode(Buffer.from(bytes), expected.charset));
  });

  test(`is ${expected.chinese ? expected.script : 'not Chinese'}, ${expected.article ? 'an article' : expected.list ? 'a headline list' : 'no article'}`, () => {
    const verdict = detectPage(parse(bytes));
    expect({ chinese: verdict.chinese, script: verdict.script, found: verdict.article.found }, name).toEqual({
      chinese: expected.chinese,
      script: expected.script,
      found: expected.article !== null,
    });
    expect(verdict.article.hanChars).toBe(countHan(verdict.article.text));
    if (!expected.article) expect(verdict.article.text).toBe('');
  });

  if (expected.article) {
    const article = expected.article;
    test('the detected region is a live element holding ≥ 90% of the article and < 10% else', () => {
      const page = parse(bytes);
      const region = findArticle(page);
      expect(region).toBeDefined();
      expect(page.contains(region!)).toBe(true);
      const { inside, outside } = coverage(visibleText(region!), article);
      expect(inside, `${name}: article inside the region`).toBeGreaterThanOrEqual(0.9);
      expect(outside, `${name}: region outside the article`).toBeLessThan(0.1);
      expect(detectPage(page).article.text).toBe(visibleText(region!));
    });
  }
});

describe('detectPage', () => {
  // linkedom needs the <html> element to build a body.
  const page = (html: string) => parseHTML(html.startsWith('<html') ? html : `<html>${html}</html>`).document as unknown as Document;
  const ARTICLE = Array.from({ length: 5 }, () => '<p>习近平强调，中国愿同各方一道构建人类命运共同体，推动高质量发展，维护地区和平稳定。</p>').join('');

  test('a page with no Han characters is not Chinese, whatever its lang says', () => {
    expect(detectPage(page('<html lang="zh-CN"><body><p>Hello, world.</p></body></html>'))).toEqual({
      chinese: false,
      script: 'none',
      hanChars: 0,
      article: { found: false, text: '', hanChars: 0 },
    });
  });

  test('a page declared English but written in Chinese is Chinese', () => {
    const verdict = detectPage(page(`<html lang="en"><body><div>${ARTICLE}</div></body></html>`));
    expect(verdict).toMatchObject({ chinese: true, script: 'simplified', article: { found: true } });
  });

  test('a traditional page quoting a few simplified words stays traditional', () => {
    const traditional = ARTICLE.replace(/习近平强调，中国愿同各方一道构建人类命运共同体，推动高质量发展，维护地区和平稳定/g, '習近平強調，中國願同各方一道構建人類命運共同體，推動高質量發展，維護地區和平穩定');
    const verdict = detectPage(page(`<body><div>${traditional}<p>原文：「构建人类命运共同体」。</p></div></body>`));
    expect(verdict.script).toBe('traditional');
  });

  test('a Japanese page (kanji among kana) is not Chinese', () => {
    const japanese = '<p>日本政府は、中国との関係を重視していると述べました。首相は記者会見で、経済協力を進める考えを示しました。</p>'.repeat(4);
    expect(detectPage(page(`<body>${japanese}</body>`))).toMatchObject({ chinese: false, script: 'none', article: { found: false } });
  });

  test('hidden text does not count', () => {
    const verdict = detectPage(page('<body><p>Hello</p><div style="display:none">中文</div><template>中文</template></body>'));
    expect(verdict.chinese).toBe(false);
  });

  test('an article made of <div> paragraphs and <br> lines is found', () => {
    const lines = ARTICLE.replace(/<p>/g, '').replace(/<\/p>/g, '<br><br>');
    const verdict = detectPage(page(`<body><div class="nav"><a href="/">首页</a><a href="/n">新闻</a></div><div id="text">${lines}</div></body>`));
    expect(verdict.article.found).toBe(true);
    expect(verdict.article.text).not.toContain('首页');
  });
});
