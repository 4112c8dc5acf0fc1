// The page detector (detectPage): Chinese or not, which script, the article and the page's main content.
// - the generated fixtures (tests/pages/detect/, written by scripts/make-detect-fixtures.ts from the corpus);
// - hand-written pages in the shape of real news pages (tests/fixtures/pages/), with their article's lines;
// - one test per rule of the detector, each failing when the rule is taken out.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, test, vi } from 'vitest';
import { articleCoverage as coverage, FIXTURE_DIR, fixtureFiles, type FixtureExpectation } from '../../../../tools/dev/make-detect-fixtures';
import { convertText } from '../../../../core/script/convert-script';
import { decodePage } from '../../../../tools/lib/decode-page';
import { countOccurrences } from '../../../../core/glossary/glossary';
import { countHan } from '../../../../core/text/han';
import { detectScript } from '../../../../core/script/detect-script';
import { detectPage, findArticle, MAX_ARTICLE_CHARS, pageScript, pageVerdict, readPageContent, regionContains, regionText, visibleText } from '../../../../core/detection/page-text';
import { loadSavedPage, parsePage } from '../../../../tools/lib/saved-page';
import { loadGlossary, REPO_ROOT } from '../../../support/data';

const fixtures = readdirSync(FIXTURE_DIR)
  .filter((file) => file.endsWith('.json'))
  .map((file) => {
    const name = file.replace(/\.json$/, '');
    const expected = JSON.parse(readFileSync(join(FIXTURE_DIR, file), 'utf8')) as FixtureExpectation;
    return { name, expected, bytes: readFileSync(join(FIXTURE_DIR, `${name}.html`)) };
  });

/** A saved page as the command line reads it. */
function parse(bytes: Uint8Array): Document {
  return loadSavedPage(bytes).document;
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
    test('the article is a live region holding ≥ 90% of the article and < 10% else', () => {
      const page = parse(bytes);
      const detection = detectPage(page);
      const region = detection.articleRegion;
      expect(region).toBeDefined();
      expect(page.contains(region!.element)).toBe(true);
      expect(findArticle(page)).toBe(region!.element);
      const { inside, outside } = coverage(detection.article.text, article);
      expect(inside, `${name}: article inside the region`).toBeGreaterThanOrEqual(0.9);
      expect(outside, `${name}: region outside the article`).toBeLessThan(0.1);
      expect(regionText(region!)).toBe(detection.article.text);
    });
  }
});

/** A Document for an HTML page or fragment, framed as the command line frames it. */
const page = (html: string) => parsePage(html).document;

describe('detectPage', () => {
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

  test('text a script put inside a void element (<br>, <img>) is never shown, so it never counts', () => {
    // Found by the property tests: the letter count read a <br>'s child text, the page read did not: Chinese, script none.
    const withText = (tag: string) => {
      const document = page('<body><p>Hello</p></body>');
      document.body.appendChild(document.createElement(tag)).appendChild(document.createTextNode('银行行长发表讲话'));
      return document;
    };
    for (const tag of ['br', 'img', 'hr']) {
      expect(pageVerdict(detectPage(withText(tag))), tag).toMatchObject({ chinese: false, script: 'none' });
      expect(visibleText(withText(tag).body), tag).toBe('Hello');
    }
  });

  test('an article made of <div> paragraphs and <br> lines is found', () => {
    const lines = ARTICLE.replace(/<p>/g, '').replace(/<\/p>/g, '<br><br>');
    const verdict = detectPage(page(`<body><div class="nav"><a href="/">首页</a><a href="/n">新闻</a></div><div id="text">${lines}</div></body>`));
    expect(verdict.article.found).toBe(true);
    expect(verdict.article.text).not.toContain('首页');
  });
});

// ---- hand-written pages in the shape of real news pages ------------------------------------------

interface PageExpectation {
  description: string;
  /** The charset the page's bytes are written in for the test (the files are kept in UTF-8). */
  charset: string;
  chinese: boolean;
  script: string;
  /** The article's lines, each a line of the detected text; null for pages with no article. */
  article: string[] | null;
  /** Lines that may be in the article's text or not (headline, byline, caption, editor). */
  optional?: string[];
  /** For pages without article: text the main content holds, and text it leaves out. */
  main?: { includes: string[]; excludes: string[] };
}

const PAGES_DIR = join(REPO_ROOT, 'tests/fixtures/pages');
const handWritten = readdirSync(PAGES_DIR)
  .filter((file) => file.endsWith('.json'))
  .map((file) => {
    const name = file.replace(/\.json$/, '');
    const expected = JSON.parse(readFileSync(join(PAGES_DIR, file), 'utf8')) as PageExpectation;
    return { name, expected, html: readFileSync(join(PAGES_DIR, `${name}.html`), 'utf8') };
  });

describe.each(handWritten)('hand-written page $name', ({ name, expected, html }) => {
  const bytes = iconv.encode(html, expected.charset);
  const load = () => loadSavedPage(bytes).document;

  test(`${expected.charset} bytes hold the page and decode back to it`, () => {
    expect(iconv.decode(bytes, expected.charset)).toBe(html);
    expect(load().body.textContent).toBe(parsePage(html).document.body.textContent);
  });

  test(`is ${expected.chinese ? expected.script : 'not Chinese'}, ${expected.article ? 'an article' : 'no article'}`, () => {
    const detection = detectPage(load());
    expect(pageVerdict(detection), name).toMatchObject({ chinese: expected.chinese, script: expected.script, article: { found: expected.article !== null } });
    expect(detection.article.hanChars).toBe(countHan(detection.article.text));
  });

  if (expected.article) {
    const article = expected.article;
    test('the article holds every line of the article and nothing else', () => {
      const detection = detectPage(load());
      const lines = detection.article.text.split('\n');
      expect(article.filter((line) => !lines.includes(line)), 'missing').toEqual([]);
      expect(lines.filter((line) => !article.includes(line) && !(expected.optional ?? []).includes(line)), 'extra').toEqual([]);
      expect(regionText(detection.articleRegion!)).toBe(detection.article.text);
      expect(detection.mainRegion).toBe(detection.articleRegion);
    });
  }

  if (expected.main) {
    const main = expected.main;
    test('the main content keeps the list and leaves navigation, sidebars and footers out', () => {
      const detection = detectPage(load());
      const text = regionText(detection.mainRegion!);
      expect(main.includes.filter((part) => !text.includes(part)), 'missing').toEqual([]);
      expect(main.excludes.filter((part) => text.includes(part)), 'not left out').toEqual([]);
    });
  }
});

test('the hand-written pages cover every kind of page the issue lists', () => {
  const kinds = handWritten.map(({ expected }) => expected);
  expect(kinds.filter((e) => e.chinese && !e.article).length).toBeGreaterThanOrEqual(3);
  expect(new Set(kinds.map((e) => e.charset))).toEqual(new Set(['utf-8', 'gbk', 'big5']));
  expect(new Set(kinds.map((e) => e.script))).toEqual(new Set(['simplified', 'traditional', 'none']));
});

// ---- one test per rule -----------------------------------------------------------------------------

const PARAGRAPHS = [
  '今年以来，本市新建和改造了十二座公园，新增绿地面积超过三百公顷，市民休闲的去处越来越多。',
  '园林部门表示，新建公园注重保留原有树木，并增加了步道、座椅和公共卫生间等设施。',
  '不少市民说，家门口的公园变美了，每天傍晚都会带着孩子出来散步，周末还会约上朋友一起锻炼。',
  '下一步，全市还将推进口袋公园建设，力争让更多居民步行几分钟就能走进绿地。',
];
const TRADITIONAL = [
  '今年以來，本市新建和改造了十二座公園，新增綠地面積超過三百公頃，市民休閒的去處越來越多。',
  '園林部門表示，新建公園注重保留原有樹木，並增加了步道、座椅和公共衛生間等設施。',
  '不少市民說，家門口的公園變美了，每天傍晚都會帶著孩子出來散步，週末還會約上朋友一起鍛鍊。',
];
const paragraphs = (lines: string[]) => lines.map((line) => `<p>${line}</p>`).join('');
const MENU = '<div class="top"><a href="/">首页</a> <a href="/n">新闻</a> <a href="/f">财经</a> <a href="/s">体育</a></div>';
const article = (html: string) => detectPage(page(html)).article;

describe('Chinese or not', () => {
  const JAPANESE = '東京都は十八日、都内の公園で桜の開花を確認したと発表した。平年より五日早い開花となった。';
  const KOREAN = '서울시는 18일 시내 공원에서 벚꽃이 피기 시작했다고 밝혔다. 올해 개화는 평년보다 닷새 빠르다.';
  test.each([
    ['Chinese text', `<html><body>${paragraphs(PARAGRAPHS)}</body></html>`, true],
    ['Chinese text declared lang="en"', `<html lang="en"><body>${paragraphs(PARAGRAPHS)}</body></html>`, true],
    ['Chinese text declared lang="ja" without any kana', `<html lang="ja"><body>${paragraphs(PARAGRAPHS)}</body></html>`, true],
    ['Japanese text, no lang', `<html><body><p>${JAPANESE}</p></body></html>`, false],
    ['a few kana in Chinese text, no lang', `<html><body>${paragraphs(PARAGRAPHS)}<p>店名叫「さくら」。</p></body></html>`, true],
    ['the same few kana on a page declared lang="ja"', `<html lang="ja"><body>${paragraphs(PARAGRAPHS)}<p>店名叫「さくら」。</p></body></html>`, false],
    ['Korean text with hanja in its headline', `<html><body><h1>櫻花 開花 平年보다 빨라</h1><p>${KOREAN}</p></body></html>`, false],
    ['mostly hanja on a page declared lang="ko", with some hangul', `<html lang="ko"><body>${paragraphs(PARAGRAPHS)}<p>한자 학습</p></body></html>`, false],
    ['English text with a language menu and a quoted name', `<html><body><a href="/zh">中文</a><p>${'The forecaster, Li Ming (李明), said the summer would be hot. '.repeat(5)}</p></body></html>`, false],
    ['Chinese text with English terms', `<html><body>${paragraphs(PARAGRAPHS)}<p>${'The app supports Android and iOS. '.repeat(4)}</p></body></html>`, true],
  ])('%s', (_, html, chinese) => {
    const detection = detectPage(page(html));
    expect(detection.chinese).toBe(chinese);
    if (!chinese) expect(pageVerdict(detection)).toMatchObject({ script: 'none', article: { found: false, text: '', hanChars: 0 } });
  });

  test('a page without a Han character anywhere is settled without reading the page', () => {
    const isHidden = vi.fn(() => false);
    const detection = detectPage(page(`<html><body>${'<div><p>Hello, world.</p></div>'.repeat(50)}</body></html>`), { isHidden });
    expect(detection).toMatchObject({ chinese: false, hanChars: 0 });
    expect(isHidden).not.toHaveBeenCalled();
  });
});

describe('article rules', () => {
  test('paragraphs with no container of their own (old table layouts) make an article, without the blocks around them', () => {
    const text = article(`<body>${MENU}<b>公园建设提速</b><br>${PARAGRAPHS.join('<br><br>')}<br><div class="x"><a href="/1">全市新增三座口袋公园 居民乐享绿色生活</a><br><a href="/2">城东绿道二期工程开工</a></div></body>`).text;
    expect(text.split('\n')).toEqual(PARAGRAPHS);
  });

  test('a short line without punctuation (a headline in a <div>) is not prose', () => {
    const text = article(`<body><div class="box"><div>全市新建改造十二座公园 新增绿地三百公顷</div>${paragraphs(PARAGRAPHS)}</div></body>`).text;
    expect(text.split('\n')).toEqual(PARAGRAPHS);
  });

  test('a site notice (copyright, reprint ban) under the article is left out, however well punctuated', () => {
    const notice = '本网站所有内容，未经书面许可，不得转载、摘编或以其他方式使用，违者必究。';
    const text = article(`<body><div class="box">${paragraphs(PARAGRAPHS)}<p>${notice}</p></div></body>`).text;
    expect(text.split('\n')).toEqual(PARAGRAPHS);
    // A paragraph that only speaks of copyright is no notice.
    const law = '新修订的著作权法明确，网络平台转载作品应当依法取得授权，并向作者支付报酬。';
    expect(article(`<body><div class="box">${paragraphs(PARAGRAPHS)}<p>${law}</p></div></body>`).text.split('\n')).toEqual([...PARAGRAPHS, law]);
  });

  test('a share bar between the lead and the body stays out of the article, both parts in', () => {
    const detection = detectPage(
      page(`<body><div id="main"><div class="a">${paragraphs(PARAGRAPHS.slice(0, 1))}</div><div class="b"><a href="#">微信</a> <a href="#">微博</a> <a href="#">朋友圈</a></div><div class="c">${paragraphs(PARAGRAPHS.slice(1))}</div></div></body>`),
    );
    expect(detection.article.text.split('\n')).toEqual(PARAGRAPHS);
    const shareBar = detection.articleRegion!.element.querySelector('.b')!;
    expect(detection.articleRegion!.skip.has(shareBar)).toBe(true);
    expect(regionContains(detection.articleRegion!, shareBar.firstChild!)).toBe(false);
    expect(regionContains(detection.articleRegion!, detection.articleRegion!.element.querySelector('.c p')!)).toBe(true);
  });

  test('an inline share widget inside a paragraph is left out of its text', () => {
    const text = article(`<body><div>${paragraphs(PARAGRAPHS.slice(1))}<p>${PARAGRAPHS[0]}<span class="share-inline">分享到朋友圈</span></p></div></body>`).text;
    expect(text).toContain(PARAGRAPHS[0]);
    expect(text).not.toContain('朋友圈');
  });

  test('a small form (a comment box) is left out; a form around the whole page is not', () => {
    const form = '<form><p>发表评论</p><p>您的评论将在审核后显示，请耐心等待。</p><textarea></textarea></form>';
    expect(article(`<body><div>${paragraphs(PARAGRAPHS)}${form}</div></body>`).text.split('\n')).toEqual(PARAGRAPHS);
    expect(article(`<body><form id="aspnetForm"><div>${paragraphs(PARAGRAPHS)}</div></form></body>`).text.split('\n')).toEqual(PARAGRAPHS);
  });

  test('blocks named as boilerplate (comments, related) are no article, even of long prose', () => {
    const comments = `<div class="comment-list">${paragraphs(TRADITIONAL)}</div>`;
    const detection = detectPage(page(`<body><div class="story">${paragraphs(PARAGRAPHS)}</div>${comments}</body>`));
    expect(detection.article.text.split('\n')).toEqual(PARAGRAPHS);
  });

  test('class names that mislead (an article inside "sidebar-layout") get a second look without them', () => {
    expect(article(`<body>${MENU}<div class="sidebar-layout">${paragraphs(PARAGRAPHS)}</div></body>`).text.split('\n')).toEqual(PARAGRAPHS);
  });

  test('a list of headlines with summaries is no article', () => {
    const entries = PARAGRAPHS.map((line, i) => `<li><a href="/${i}">${line.slice(0, 12)}</a><p>${line}</p></li>`).join('');
    expect(article(`<body>${MENU}<ul>${entries}</ul></body>`).found).toBe(false);
    const cards = PARAGRAPHS.map((line, i) => `<div class="card"><a href="/${i}">${line.slice(0, 12)}</a><p>${line}</p></div>`).join('');
    expect(article(`<body>${MENU}<div>${cards}</div></body>`).found).toBe(false);
  });

  test('too little prose (a caption, a teaser) is no article', () => {
    expect(article(`<body>${MENU}<p>${PARAGRAPHS[0]}</p></body>`).found).toBe(false);
  });

  test('hidden elements are no part of the article: markup, class names that hide at every size, and the browser’s own test', () => {
    const hidden = '<div class="hidden"><p>弹窗提示：本站使用必要技术保证正常运行，继续浏览即表示您同意，详情请阅读隐私政策。</p></div>';
    expect(article(`<body><div>${paragraphs(PARAGRAPHS)}${hidden}</div></body>`).text.split('\n')).toEqual(PARAGRAPHS);
    // hidden-xs hides on phones only: a desktop reader sees it.
    const responsive = `<div class="hidden-xs"><p>${TRADITIONAL[0]}</p></div>`;
    expect(article(`<body><div>${paragraphs(PARAGRAPHS)}${responsive}</div></body>`).text).toContain(TRADITIONAL[0]);
    const isHidden = vi.fn((element: Element) => element.classList.contains('collapsed'));
    const collapsed = `<div class="collapsed"><p>${TRADITIONAL[1]}</p></div>`;
    const withCollapsed = page(`<body><div>${paragraphs(PARAGRAPHS)}${collapsed}</div></body>`);
    expect(detectPage(withCollapsed, { isHidden }).article.text).not.toContain(TRADITIONAL[1]);
    // It may ask the layout: each element is asked once.
    const asked = isHidden.mock.calls.map(([element]) => element);
    expect(new Set(asked).size).toBe(asked.length);
  });

  test(`the article's text stops at ${MAX_ARTICLE_CHARS.toLocaleString('en')} characters`, () => {
    const long = paragraphs(Array.from({ length: 2500 }, (_, i) => PARAGRAPHS[i % PARAGRAPHS.length]!));
    const detection = detectPage(page(`<body><div>${long}</div></body>`));
    expect(detection.article.text.length).toBe(MAX_ARTICLE_CHARS);
    expect(detection.article.hanChars).toBe(countHan(detection.article.text));
  });

  test('readPageContent is detectPage without the script, which pageScript adds from any detectScript (the worker’s)', () => {
    const html = `<body><div class="story">${paragraphs(PARAGRAPHS)}</div></body>`;
    const { text, ...content } = readPageContent(page(html));
    const { script, ...detection } = detectPage(page(html));
    expect('script' in content).toBe(false);
    expect(pageVerdict({ ...content, script })).toEqual(pageVerdict({ ...detection, script }));
    const asked: string[] = [];
    expect(pageScript({ article: content.article, text }, (t) => (asked.push(t), detectScript(t)))).toBe(script);
    expect(asked).toEqual([content.article.text]);
    // An article with too few characters that differ between the scripts leaves the choice to the whole page.
    const undistinctive = { found: true, text: '中文', hanChars: 2 };
    expect(pageScript({ article: undistinctive, text: TRADITIONAL.join('\n') })).toBe('traditional');
  });

  test('the script is the article’s, when a sidebar is in the other script', () => {
    const sidebar = `<div class="side">${paragraphs(TRADITIONAL)}</div>`;
    expect(detectPage(page(`<body><div class="story">${paragraphs(PARAGRAPHS)}</div>${sidebar}</body>`)).script).toBe('simplified');
  });
});

describe('main content of a page without article', () => {
  const headlines = Array.from({ length: 8 }, (_, i) => `<li><a href="/${i}">${PARAGRAPHS[i % 4]!.slice(0, 14)}</a><span>05-1${i}</span></li>`).join('');
  const html = `<body>${MENU}<div class="crumb"><a href="/">首页</a> &gt; 国内</div><div class="list"><h2>国内新闻</h2><ul>${headlines}</ul></div><div class="footer"><a href="/about">关于我们</a> <a href="/c">联系方式</a></div></body>`;

  test('is the list, without menus, breadcrumb and footer', () => {
    const detection = detectPage(page(html));
    expect(detection.article.found).toBe(false);
    const text = regionText(detection.mainRegion!);
    expect(text).toContain(PARAGRAPHS[0]!.slice(0, 14));
    for (const left of ['财经', '首页', '关于我们']) expect(text).not.toContain(left);
  });

  test('a menu of short links with no class to name it is boilerplate too', () => {
    const plainMenu = html.replace('<div class="top">', '<div>').replace('<div class="footer">', '<div>');
    const text = regionText(detectPage(page(plainMenu)).mainRegion!);
    expect(text).toContain(PARAGRAPHS[0]!.slice(0, 14));
    expect(text).not.toContain('财经');
  });
});
