// Writes the saved-page fixtures for page detection (tests/fixtures/detect/) from the corpus texts: news pages
// shaped like mainland, Taiwan and Hong Kong sites (navigation, related-headline lists, ads, comments,
// footers), a mobile layout, headline index pages, pages in GBK and Big5, pages whose lang and
// <meta charset> lie, English pages, and the corpus texts with their noise.
// Each NAME.html has a sidecar NAME.json with the verdict it should get and the article's paragraphs.
// Never edit the output by hand: run `npx tsx tools/dev/make-detect-fixtures.ts` (a unit test checks it is current).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { cleanChineseText, splitSentences } from '../../core/text/clean-text';
import { convertText } from '../../core/script/convert-script';
import type { Script } from '../../core/script/detect-script';
import { REPO_ROOT } from '../lib/node-data';

export const FIXTURE_DIR = join(REPO_ROOT, 'tests/fixtures/detect');

export interface FixtureExpectation {
  /** What the page imitates, for people reading the test table. */
  description: string;
  /** The bytes' real encoding (what the generator wrote). */
  charset: string;
  chinese: boolean;
  script: Script;
  /** Index pages (lists of headlines) must never be taken for an article. */
  list: boolean;
  /** The article body's paragraphs as the page has them, or null when the page has no article. */
  article: { paragraphs: string[]; allowed: string[] } | null;
}

export interface Fixture {
  name: string;
  html: string;
  expected: FixtureExpectation;
}

// ---- corpus ------------------------------------------------------------------------------------

function corpusFile(prefix: string): string {
  const name = readdirSync(join(REPO_ROOT, 'corpus')).find((file) => file.startsWith(prefix) && file.endsWith('.txt'));
  if (!name) throw new Error(`no corpus file ${prefix}_*.txt`);
  return readFileSync(join(REPO_ROOT, 'corpus', name), 'utf8').replace(/\r\n?/g, '\n');
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** Corpus 000, split at its "## " headings into articles: the first (a long feature) and the short news items after it. */
function corpus000Sections(): { title: string; subtitle: string; paragraphs: string[] }[] {
  const raw = corpusFile('000');
  const sections: { title: string; subtitle: string; body: string[] }[] = [];
  for (const line of raw.split('\n')) {
    if (/^#{1,2}\s/.test(line) && !/^##\s*——/.test(line)) sections.push({ title: line.replace(/^#+\s*/, '').trim(), subtitle: '', body: [] });
    else if (/^(?:##\s*——|###\s)/.test(line) && sections.length > 0) {
      const section = sections.at(-1)!;
      if (section.body.length === 0) section.subtitle = line.replace(/^#+\s*/, '').trim();
      else section.body.push(`\n${line}\n`);
    } else sections.at(-1)?.body.push(line);
  }
  return sections.map(({ title, subtitle, body }) => ({ title, subtitle, paragraphs: lines(cleanChineseText(body.join('\n'))) }));
}

/** The Chinese article of corpus 002 (traditional, a scraped Xinhua page), without its English parts. */
function corpus002Chinese() {
  const all = lines(corpusFile('002'));
  const start = all.findIndex((line) => /\p{Script=Han}/u.test(line));
  const end = all.findIndex((line, i) => i > start && /^China, DPRK/.test(line));
  const chinese = all.slice(start, end);
  const english = all.slice(end).filter((line) => !/\p{Script=Han}/u.test(line));
  return {
    title: chinese[0]!,
    metadata: chinese[1]!,
    caption: chinese[2]!,
    paragraphs: chinese.slice(3).filter((line, i, list) => list.indexOf(line) === i && !line.startsWith(chinese[2]!.slice(0, 12))),
    english,
  };
}

/** The column-layout text of corpus 003/004 as readers see it once cleaned: real paragraphs. */
function cleanedParagraphs(prefix: string): string[] {
  return lines(cleanChineseText(corpusFile(prefix)));
}

/** Headlines for link lists: corpus section titles and the opening clauses of corpus sentences. */
function headlinePool(): string[] {
  const sentences = [corpusFile('000'), corpusFile('004')].flatMap((text) => splitSentences(cleanChineseText(text)));
  const clauses = sentences
    .map((sentence) => sentence.split(/[，。；：“”]/)[0]!.replace(/^[（(].*?[)）]/, ''))
    .filter((clause) => [...clause].length >= 9 && [...clause].length <= 24 && !/^\d/.test(clause));
  const titles = corpus000Sections().map(({ title, subtitle }) => (subtitle && !subtitle.startsWith('——') ? `${title} ${subtitle}` : title));
  return [...new Set([...titles, ...clauses])];
}

/** Short sentences to serve as readers' comments. */
function commentPool(): string[] {
  return splitSentences(cleanChineseText(corpusFile('004'))).filter((s) => [...s].length >= 14 && [...s].length <= 60);
}

/** A deterministic pick of n items, starting at seed and striding through the list. */
function pick<T>(list: readonly T[], n: number, seed: number): T[] {
  return Array.from({ length: n }, (_, i) => list[(seed + i * 7) % list.length]!);
}

// ---- HTML pieces -------------------------------------------------------------------------------

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const paragraphs = (list: readonly string[], attrs = '') => list.map((p) => `    <p${attrs}>${escapeHtml(p)}</p>`).join('\n');
const linkList = (items: readonly string[], className: string, path: string) =>
  `<ul class="${className}">\n${items.map((title, i) => `      <li><a href="/${path}/2025-06/${(i * 37 + 11) % 97}.htm">${escapeHtml(title)}</a></li>`).join('\n')}\n    </ul>`;

function page({ lang, charsetMeta, title, head = '', body }: { lang: string; charsetMeta: string; title: string; head?: string; body: string }) {
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
${charsetMeta}
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="/static/css/main.css">
<script>window.__PAGE_CONFIG__ = { channel: "news", id: "1128765432" };</script>
${head}</head>
<body>
${body}
<script src="/static/js/stat.js"></script>
</body>
</html>
`;
}

// ---- the fixtures ------------------------------------------------------------------------------

function mainlandXinhua(): Fixture {
  const headlines = headlinePool();
  const comments = commentPool();
  const title = convertText(corpus002Chinese().title, 'cn');
  const body = cleanedParagraphs('003');
  const dateline = '2025-09-04 22:31:05 来源：新华社';
  const html = page({
    lang: 'zh-CN',
    charsetMeta: '<meta charset="utf-8">',
    title: `${title}-新华网`,
    body: `<div class="topbar"><a href="/">新华网首页</a> | <a href="/login">登录</a> | <a href="/en">English</a></div>
<div id="nav" class="nav">
  <ul><li><a href="/politics">时政</a></li><li><a href="/local">地方</a></li><li><a href="/world">国际</a></li><li><a href="/fortune">财经</a></li><li><a href="/tech">科技</a></li><li><a href="/sports">体育</a></li><li><a href="/comments">评论</a></li></ul>
</div>
<div class="breadcrumb"><a href="/">首页</a> &gt; <a href="/politics">时政</a> &gt; 正文</div>
<div class="main clearfix">
  <div class="main-left">
    <div class="head-line">
      <h1><span class="title">${escapeHtml(title)}</span></h1>
      <div class="info"><span class="year">${dateline}</span> <span class="source">编辑：张晓</span></div>
      <div class="share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div>
    </div>
    <div id="detail">
${paragraphs(body)}
      <div class="editor">【责任编辑：王萍】</div>
    </div>
    <div class="ad-banner"><a href="/ad/1"><img src="/ad/1.jpg" alt="广告"></a><span>广告 支持国产大飞机 共享航空新时代</span></div>
    <div class="related">
      <h3>相关新闻</h3>
    ${linkList(pick(headlines, 8, 3), 'related-list', 'politics')}
    </div>
    <div id="comments" class="comment-box">
      <h3>网友评论（${comments.length}）</h3>
${pick(comments, 6, 5)
  .map(
    (text, i) => `      <div class="comment-item"><span class="user">新华网友${1000 + i * 13}</span><span class="time">2025-09-0${5 + (i % 3)}</span>
        <p class="comment-text">${escapeHtml(text)}</p><div class="actions"><a>回复</a> <a>点赞(${i * 3 + 2})</a></div></div>`,
  )
  .join('\n')}
    </div>
  </div>
  <div class="main-right sidebar">
    <div class="box"><h3>热点推荐</h3>
    ${linkList(pick(headlines, 10, 11), 'hot-list', 'hot')}
    </div>
    <div class="box"><h3>图片新闻</h3>
    ${linkList(pick(headlines, 4, 19), 'pic-list', 'photo')}
    </div>
  </div>
</div>
<div class="footer" id="footer">
  <p><a href="/about">关于我们</a> | <a href="/contact">联系我们</a> | <a href="/ads">广告服务</a> | <a href="/copyright">版权声明</a></p>
  <p>Copyright &copy; 2000-2025 XINHUANET.com All Rights Reserved. 制作单位：新华网股份有限公司 版权所有 新华网股份有限公司</p>
  <p>本站所刊载信息，不代表新华网观点。未经许可，禁止复制或建立镜像。</p>
</div>`,
  });
  return {
    name: 'mainland-xinhua',
    html,
    expected: {
      description: 'Xinhua-style article (corpus 003 cleaned): nav, related headlines, comments, hot-list sidebar, footer',
      charset: 'utf-8',
      chinese: true,
      script: 'simplified',
      list: false,
      article: { paragraphs: body, allowed: [title, dateline, '【责任编辑：王萍】'] },
    },
  };
}

function mainlandPeoplesDailyGbk(): Fixture {
  const sections = corpus000Sections();
  const feature = sections[0]!;
  const headlines = headlinePool();
  // The feature's bold subheadings stay inside the body, as <strong> paragraphs.
  const body = feature.paragraphs;
  const html = page({
    lang: 'zh-CN',
    charsetMeta: '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">',
    title: `${feature.title}--时政--人民网`,
    body: `<div class="top_nav"><a href="/">人民网首页</a><a href="/politics">时政</a><a href="/world">国际</a><a href="/finance">经济</a><a href="/society">社会</a><a href="/opinion">观点</a><a href="/military">军事</a></div>
<table width="100%" class="layout"><tr>
<td class="col-1 fl" valign="top">
  <div class="rm_txt">
    <div class="path"><a href="/">人民网</a>&gt;&gt;<a href="/politics">时政</a></div>
    <h3 class="pre">${escapeHtml(feature.subtitle)}</h3>
    <h1>${escapeHtml(feature.title)}</h1>
    <div class="col-1-1 fl">2025年06月07日05:58 | 来源：<a href="http://paper.people.com.cn">人民网－人民日报</a></div>
    <div class="rm_txt_con cf">
${body.map((p) => (p.length <= 20 && !/[。！？]$/.test(p) ? `    <p><strong>${escapeHtml(p)}</strong></p>` : `    <p style="text-indent: 2em;">${escapeHtml(p)}</p>`)).join('\n')}
      <div class="edit cf">(责编：牛镛、袁勃)</div>
    </div>
    <div class="rm_relevant"><h2>相关新闻</h2>
    ${linkList(pick(headlines, 6, 2), 'list_14', 'n1')}
    </div>
  </div>
</td>
<td class="col-2 fr" valign="top" width="300">
  <div class="ph_list"><h2>热点排行</h2>
  ${linkList(pick(headlines, 10, 23), 'list_hot', 'n1')}
  </div>
  <div class="ad_right"><a href="/ad"><img src="/ad.gif"></a>人民网广告</div>
</td>
</tr></table>
<div class="footer"><p>人 民 网 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用</p><p>Copyright &copy; 1997-2025 by www.people.com.cn. all rights reserved</p></div>`,
  });
  return {
    name: 'gbk-peoples-daily',
    html,
    expected: {
      description: "People's Daily-style article in GBK, declared gb2312, table layout (corpus 000's feature, Markdown cleaned)",
      charset: 'gbk',
      chinese: true,
      script: 'simplified',
      list: false,
      article: { paragraphs: body, allowed: [feature.title, feature.subtitle, '(责编：牛镛、袁勃)'] },
    },
  };
}

/** A short simplified quote dropped into traditional text: a page quoting the mainland's own wording. */
const MAINLAND_QUOTE = '陸方新聞稿原文寫道：「构建人类命运共同体」。';

function taiwanArticle(): Fixture {
  const source = corpus002Chinese();
  const headlines = headlinePool().map((h) => convertText(h, 'twp', 'cn'));
  const comments = commentPool().map((c) => convertText(c, 'tw', 'cn'));
  const body = [...source.paragraphs.slice(0, 4), MAINLAND_QUOTE, ...source.paragraphs.slice(4)];
  const html = page({
    lang: 'zh-Hant-TW',
    charsetMeta: '<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">',
    title: `${source.title} | 國際 | 聯合新聞網`,
    body: `<header class="header"><a class="logo" href="/">聯合新聞網</a>
  <nav class="navigation"><a href="/news/breaknews">即時</a><a href="/news/cate/2/6638">要聞</a><a href="/news/cate/2/6641">娛樂</a><a href="/news/cate/2/7227">運動</a><a href="/news/cate/2/6809">全球</a><a href="/news/cate/2/6640">社會</a><a href="/news/cate/2/6639">兩岸</a><a href="/news/cate/2/6644">產經</a></nav>
</header>
<main class="wrapper-left">
  <section class="article-content">
    <h1 class="article-content__title">${escapeHtml(source.title)}</h1>
    <div class="article-content__info"><time class="article-content__time">2025-09-05 10:55</time> <span class="article-content__author">聯合報／ 記者林欣 ／即時報導</span></div>
    <figure class="article-content__cover"><img src="/photo/1.jpg" alt=""><figcaption>${escapeHtml(source.caption)}</figcaption></figure>
    <div class="article-content__paragraph">
      <section class="article-content__editor">
${paragraphs(body)}
        <div class="inline-ad" id="ad-inread">廣告 <a href="/ad">台灣好行 秋季旅遊優惠</a></div>
      </section>
    </div>
    <div class="article-keyword"><a href="/tag/習近平">習近平</a> <a href="/tag/金正恩">金正恩</a> <a href="/tag/北韓">北韓</a></div>
  </section>
  <section class="story-list related">
    <h2>延伸閱讀</h2>
    ${linkList(pick(headlines, 6, 4), 'story-list__news', 'news/story')}
  </section>
  <section class="fb-comments comments">
    <h2>留言區</h2>
${pick(comments, 5, 9)
  .map((text, i) => `    <div class="comment"><b>讀者${i + 1}</b><p>${escapeHtml(text)}</p></div>`)
  .join('\n')}
  </section>
</main>
<aside class="wrapper-right sidebar">
  <section class="popular"><h2>熱門新聞</h2>
  ${linkList(pick(headlines, 10, 13), 'popular-list', 'news/story')}
  </section>
</aside>
<footer class="footer"><a href="/about">關於我們</a> <a href="/privacy">隱私權聲明</a> <p>Copyright &copy; 2025 udn.com All Rights Reserved. 本網站內容未經授權不得轉載</p></footer>`,
  });
  return {
    name: 'taiwan-udn',
    html,
    expected: {
      description: 'Taiwan-style article (corpus 002, traditional) quoting a simplified phrase; related list, comments, popular sidebar',
      charset: 'utf-8',
      chinese: true,
      script: 'traditional',
      list: false,
      article: { paragraphs: body, allowed: [source.title, source.caption] },
    },
  };
}

function hongKongBig5(): Fixture {
  const sections = corpus000Sections();
  const story = sections.find(({ title }) => title.startsWith('独龙江畔'))!;
  const title = convertText(story.title, 'hk', 'cn');
  const body = story.paragraphs.map((p) => convertText(p, 'hk', 'cn'));
  const headlines = headlinePool().map((h) => convertText(h, 'hk', 'cn'));
  const half = Math.ceil(body.length / 2);
  const html = page({
    lang: 'zh-HK',
    charsetMeta: '<meta http-equiv="Content-Type" content="text/html; charset=big5">',
    title: `${title} - 明報新聞網 - 每日明報 daily news`,
    body: `<div id="topbar"><a href="/">明報新聞網</a> <a href="/ins">即時新聞</a> <a href="/daily">每日明報</a> <a href="/s00001">要聞</a> <a href="/s00002">港聞</a> <a href="/s00004">經濟</a> <a href="/s00017">中國</a> <a href="/s00022">國際</a> <a href="/s00013">體育</a></div>
<div id="container">
  <div id="mainContent">
    <article class="article">
      <div class="date">2025年6月6日星期五 05:30</div>
      <h1>${escapeHtml(title)}</h1>
      <div id="upper">
        <div class="article__body">
${paragraphs(body.slice(0, half))}
        </div>
        <div class="ad_inline" id="div-gpt-ad-mpp1">廣告<a href="/ad/hk1">立即登記 尊享禮遇</a></div>
        <div class="article__body">
${paragraphs(body.slice(half))}
        </div>
      </div>
      <div class="share-bar"><a>Facebook</a> <a>WhatsApp</a> <a>列印</a></div>
    </article>
    <div class="relatednews"><h2>相關新聞</h2>
    ${linkList(pick(headlines, 5, 6), 'related', 'daily/article')}
    </div>
  </div>
  <div id="sidebar" class="right"><h2>熱門</h2>
  ${linkList(pick(headlines, 12, 17), 'popular', 'daily/article')}
  <div class="ad-box">廣告 香港旅遊發展局</div>
  </div>
</div>
<div id="footer">明報網站 &copy; 2025 版權所有 不得轉載 <a href="/privacy">私隱政策</a></div>`,
  });
  return {
    name: 'hongkong-big5',
    html,
    expected: {
      description: 'Hong Kong-style article in Big5 (corpus 000 story, HK characters), body split by an inline ad',
      charset: 'big5',
      chinese: true,
      script: 'traditional',
      list: false,
      article: { paragraphs: body, allowed: [title] },
    },
  };
}

function mobileArticle(): Fixture {
  const all = cleanedParagraphs('004');
  // The first article of corpus 004 (a foreign minister's briefing), up to its next dateline.
  const end = all.findIndex((p, i) => i > 0 && /^新华社/.test(p));
  const body = all.slice(0, end > 0 ? end : 24).slice(0, 24);
  const title = '王毅谈习近平主席出席上合组织峰会并对哈萨克斯坦、塔吉克斯坦进行国事访问';
  const headlines = headlinePool();
  const summaries = commentPool();
  const html = page({
    lang: 'zh-CN',
    charsetMeta: '<meta charset="UTF-8">\n<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=no">',
    title,
    body: `<div class="app-banner"><img src="/logo.png"><span>打开客户端 阅读体验更佳</span><a class="btn" href="/app">打开</a></div>
<header class="m-header"><a href="/">返回</a><span>新闻</span></header>
<div class="swiper"><a href="/m/1.html">${escapeHtml(headlines[2]!)}</a></div>
<div class="m-article">
  <h1 class="m-title">${escapeHtml(title)}</h1>
  <p class="m-info"><span>新华社</span> <span>2024-07-06 21:12</span></p>
  <div class="main-article" id="main-article">
${paragraphs(body)}
  </div>
</div>
<div class="m-related"><div class="m-related-title">相关阅读</div>
${pick(headlines, 6, 8)
  .map(
    (headline, i) => `  <div class="card"><a href="/m/${i + 2}.html"><div class="card-title">${escapeHtml(headline)}</div></a><div class="card-summary">${escapeHtml(summaries[(i * 5) % summaries.length]!)}</div><span class="card-time">${i + 1}小时前</span></div>`,
  )
  .join('\n')}
</div>
<div class="m-footer"><a href="/app">下载APP</a> <a href="/">回到首页</a><p>新华网版权所有</p></div>`,
  });
  return {
    name: 'mobile-article',
    html,
    expected: {
      description: 'mobile layout (corpus 004, first article, cleaned): app banner, related cards with summaries',
      charset: 'utf-8',
      chinese: true,
      script: 'simplified',
      list: false,
      article: { paragraphs: body, allowed: [title] },
    },
  };
}

function indexMainland(): Fixture {
  const headlines = headlinePool();
  const column = (name: string, seed: number, n: number) =>
    `  <div class="column"><h2><a href="/${seed}">${name}</a></h2>
    <ul class="news-list">
${pick(headlines, n, seed)
  .map((h, i) => `      <li><a href="/${seed}/2025-06/${i}.htm">${escapeHtml(h)}</a><span class="time">06-0${(i % 7) + 1}</span></li>`)
  .join('\n')}
    </ul></div>`;
  const html = page({
    lang: 'zh-CN',
    charsetMeta: '<meta charset="utf-8">',
    title: '新华网_让新闻离你更近',
    body: `<div class="nav"><a href="/">首页</a><a href="/politics">时政</a><a href="/world">国际</a><a href="/fortune">财经</a><a href="/tech">科技</a><a href="/edu">教育</a></div>
<div class="headline"><h1><a href="/top.htm">${escapeHtml(headlines[0]!)}</a></h1><p class="summary">${escapeHtml(commentPool()[3]!)}</p></div>
<div class="content">
${column('时政', 1, 12)}
${column('国际', 2, 12)}
${column('财经', 3, 12)}
${column('地方', 4, 12)}
${column('评论', 5, 10)}
</div>
<div class="footer"><p>Copyright &copy; 2000-2025 XINHUANET.com All Rights Reserved.</p><p>本站所刊载信息，不代表新华网观点。</p></div>`,
  });
  return {
    name: 'index-mainland',
    html,
    expected: {
      description: 'mainland headline index: columns of headline links with dates',
      charset: 'utf-8',
      chinese: true,
      script: 'simplified',
      list: true,
      article: null,
    },
  };
}

function indexTaiwanWithSummaries(): Fixture {
  const headlines = headlinePool().map((h) => convertText(h, 'twp', 'cn'));
  const summaries = commentPool().map((s) => convertText(s, 'tw', 'cn'));
  const html = page({
    lang: 'zh-TW',
    charsetMeta: '<meta charset="utf-8">',
    title: '即時新聞 | 自由時報',
    body: `<nav class="nav"><a href="/">首頁</a><a href="/list/breakingnews">即時</a><a href="/list/politics">政治</a><a href="/list/society">社會</a><a href="/list/world">國際</a></nav>
<div class="whitecon">
  <ul class="list">
${pick(headlines, 20, 7)
  .map(
    (h, i) => `    <li><a class="tit" href="/news/${4800000 + i * 31}"><h3>${escapeHtml(h)}</h3></a><p class="summary">${escapeHtml(summaries[(i * 3) % summaries.length]!)}</p><span class="time">2025/09/05 ${10 + (i % 9)}:${10 + i}</span></li>`,
  )
  .join('\n')}
  </ul>
  <div class="pagination"><a href="?page=2">下一頁</a></div>
</div>
<footer>自由時報版權所有不得轉載 &copy; 2025 The Liberty Times</footer>`,
  });
  return {
    name: 'index-taiwan-summaries',
    html,
    expected: {
      description: 'Taiwan news index: 20 headline links, each with a one-sentence summary',
      charset: 'utf-8',
      chinese: true,
      script: 'traditional',
      list: true,
      article: null,
    },
  };
}

function wrongLangAndCharset(): Fixture {
  const sections = corpus000Sections();
  const story = sections.find(({ title }) => title.startsWith('医保个账'))!;
  const html = page({
    lang: 'en',
    charsetMeta: '<meta charset="big5">',
    title: `${story.title}_中国网`,
    body: `<div class="nav"><a href="/">Home</a> <a href="/news">News</a> <a href="/china">China</a></div>
<div class="article">
  <h1>${escapeHtml(story.title)}</h1>
  <h2>${escapeHtml(story.subtitle)}</h2>
  <div class="text">
${paragraphs(story.paragraphs)}
  </div>
</div>
<div class="footer">Copyright &copy; China Internet Information Center. All Rights Reserved.</div>`,
  });
  return {
    name: 'wrong-lang-charset',
    html,
    expected: {
      description: 'simplified article in GBK whose page says lang="en" and <meta charset="big5">',
      charset: 'gbk',
      chinese: true,
      script: 'simplified',
      list: false,
      article: { paragraphs: story.paragraphs, allowed: [story.title, story.subtitle] },
    },
  };
}

function big5DeclaredGb2312(): Fixture {
  const sections = corpus000Sections();
  const story = sections.find(({ title }) => title.startsWith('国家人权行动计划') || title.startsWith('《国家人权'))!;
  const title = convertText(story.title, 'tw', 'cn');
  const body = story.paragraphs.map((p) => convertText(p, 'tw', 'cn'));
  const html = page({
    lang: 'zh-CN',
    charsetMeta: '<meta charset="gb2312">',
    title,
    body: `<div class="menu"><a href="/">首頁</a> <a href="/news">新聞</a> <a href="/forum">論壇</a></div>
<div id="content">
  <h1>${escapeHtml(title)}</h1>
${paragraphs(body)}
</div>
<div id="links"><h3>最新消息</h3>${linkList(pick(headlinePool().map((h) => convertText(h, 'tw', 'cn')), 8, 29), 'latest', 'news')}</div>`,
  });
  return {
    name: 'big5-declared-gb2312',
    html,
    expected: {
      description: 'traditional article in Big5 whose page says <meta charset="gb2312"> and lang="zh-CN"',
      charset: 'big5',
      chinese: true,
      script: 'traditional',
      list: false,
      article: { paragraphs: body, allowed: [title] },
    },
  };
}

function englishPages(): Fixture[] {
  const { english } = corpus002Chinese();
  const title = english[0]!;
  const body = english.slice(1).filter((line) => line.length > 60);
  const make = (name: string, text: string[], description: string, chinese: boolean): Fixture => ({
    name,
    html: page({
      lang: 'en',
      charsetMeta: '<meta charset="utf-8">',
      title: `${title} - Xinhua`,
      body: `<nav><a href="/">Home</a> <a href="/china">China</a> <a href="/world">World</a> <a href="/business">Business</a></nav>
<article>
  <h1>${escapeHtml(title)}</h1>
  <div class="detail">
${paragraphs(text)}
  </div>
</article>
<aside class="related"><h3>Related</h3><ul><li><a href="/1">China, Kazakhstan sign cooperation documents</a></li><li><a href="/2">Xi meets Tajik president</a></li></ul></aside>
<footer>Copyright &copy; 2025 Xinhua News Agency</footer>`,
    }),
    expected: { description, charset: 'utf-8', chinese, script: chinese ? 'simplified' : 'none', list: false, article: null },
  });
  // The first mention of each leader gets the name in characters, as English papers print it.
  const quoted = body.join('\n').replace('Xi Jinping', 'Xi Jinping (习近平)').replace('Kim Jong Un', 'Kim Jong Un (金正恩)').split('\n');
  return [
    // An English page quoting a name or two in characters is still an English page: no card, no conversion.
    make('english-quoting-name', quoted, 'English article (corpus 002) quoting two names in Chinese characters: not a Chinese page', false),
    make('english-only', body, 'English article (corpus 002) with no Han characters at all', false),
  ];
}

function corpusPinyinNoise(): Fixture {
  const all = lines(corpusFile('001'));
  const junkAt = all.findIndex((line) => /^其他人(?:还|還)在搜索/.test(line));
  const body = all.slice(0, junkAt);
  const junk = all.slice(junkAt + 1);
  const title = '中朝關係迎來新篇章';
  const html = page({
    lang: 'zh-Hant',
    charsetMeta: '<meta charset="utf-8">',
    title: `${title} - 新聞資訊網`,
    body: `<div class="header"><a href="/">新聞資訊網</a> <a href="/intl">國際</a> <a href="/asia">亞洲</a></div>
<div class="content-wrap">
  <div class="post">
    <h1 class="post-title">${title}</h1>
    <div class="post-body">
${paragraphs(body)}
    </div>
  </div>
  <div class="search-related"><span>其他人還在搜索：</span>
  ${linkList(junk, 'search-list', 'search')}
  </div>
</div>`,
  });
  return {
    name: 'corpus-001-inline-pinyin',
    html,
    expected: {
      description: 'corpus 001 as scraped: traditional with inline pinyin after many characters, "related searches" links',
      charset: 'utf-8',
      chinese: true,
      script: 'traditional',
      list: false,
      article: { paragraphs: body, allowed: [title] },
    },
  };
}

function corpusColumns003(): Fixture {
  // Newspaper column layout exactly as the corpus has it: one short line per <p>, words broken across lines.
  const body = lines(corpusFile('003'));
  const html = page({
    lang: 'zh-CN',
    charsetMeta: '<meta charset="utf-8">',
    title: '人民日报 2025年09月05日 第01版：要闻',
    body: `<div class="paper-nav"><a href="/layout/01">第01版：要闻</a> <a href="/layout/02">第02版：要闻</a> <a href="/layout/03">第03版：要闻</a> <a href="/layout/04">第04版：要闻</a></div>
<div class="paper-box">
  <div class="article">
    <h1>习近平同朝鲜劳动党总书记、国务委员长金正恩举行会谈</h1>
    <div id="ozoom">
${paragraphs(body)}
    </div>
  </div>
  <div class="news-list"><h3>本版新闻</h3>${linkList(pick(headlinePool(), 6, 31), 'list', 'paper')}</div>
</div>
<div class="copyright">人民日报社概况 | 关于人民网 | 报社招聘 | 法律声明</div>`,
  });
  return {
    name: 'corpus-003-columns',
    html,
    expected: {
      description: 'corpus 003 in newspaper column layout: one 10-17 character line per <p>, spaces inside words',
      charset: 'utf-8',
      chinese: true,
      script: 'simplified',
      list: false,
      article: { paragraphs: body, allowed: ['习近平同朝鲜劳动党总书记、国务委员长金正恩举行会谈'] },
    },
  };
}

function corpusColumns004(): Fixture {
  // Column layout as a text dump: the corpus lines in one block, broken by <br>, blank lines kept.
  const raw = corpusFile('004').trim();
  const body = lines(raw);
  const html = page({
    lang: 'zh',
    charsetMeta: '<meta charset="utf-8">',
    title: '电子版 第03版',
    body: `<div class="bar"><a href="/">电子版首页</a> <a href="/prev">上一版</a> <a href="/next">下一版</a></div>
<div class="epaper-text">
${raw
  .split('\n')
  .map((line) => escapeHtml(line))
  .join('<br>\n')}
</div>
<div class="bar"><a href="/">返回目录</a></div>`,
  });
  return {
    name: 'corpus-004-columns-br',
    html,
    expected: {
      description: 'corpus 004 as an e-paper text dump: column lines broken by <br> in one <div>, several articles run together',
      charset: 'utf-8',
      chinese: true,
      script: 'simplified',
      list: false,
      article: { paragraphs: body, allowed: [] },
    },
  };
}

const hanOnly = (text: string) => (text.match(/\p{Script=Han}/gu) ?? []).join('');

/**
 * How the detected region covers the article: the share of the article's Han characters found inside
 * the region (each paragraph matched once, longest first), and the share of the region's Han characters that belong
 * to neither the article nor its allowed companions (headline, dateline, captions).
 */
export function articleCoverage(regionText: string, article: { paragraphs: string[]; allowed: string[] }) {
  let rest = hanOnly(regionText);
  const regionHan = rest.length;
  let articleHan = 0;
  let inside = 0;
  // Longest first: a short paragraph (a subtitle) quoted inside a longer one must not take the longer one's place.
  for (const paragraph of [...article.paragraphs].sort((a, b) => b.length - a.length)) {
    const han = hanOnly(paragraph);
    articleHan += han.length;
    if (!han) continue;
    const at = rest.indexOf(han);
    if (at < 0) continue;
    inside += han.length;
    rest = rest.slice(0, at) + rest.slice(at + han.length);
  }
  for (const allowed of article.allowed) {
    const han = hanOnly(allowed);
    if (han) rest = rest.replace(han, '');
  }
  return { inside: articleHan ? inside / articleHan : 0, outside: regionHan ? rest.length / regionHan : 0 };
}

export function buildDetectFixtures(): Fixture[] {
  return [
    mainlandXinhua(),
    mainlandPeoplesDailyGbk(),
    taiwanArticle(),
    hongKongBig5(),
    mobileArticle(),
    indexMainland(),
    indexTaiwanWithSummaries(),
    wrongLangAndCharset(),
    big5DeclaredGb2312(),
    ...englishPages(),
    corpusPinyinNoise(),
    corpusColumns003(),
    corpusColumns004(),
  ];
}

/**
 * The bytes of a fixture in its charset. A character the charset cannot hold is written as a numeric
 * character reference, as legacy-charset sites do (a Hong Kong 説 in a Big5 page).
 */
export function encodeFixture({ html, expected }: Fixture): Buffer {
  const { charset } = expected;
  const fits = (char: string) => iconv.decode(iconv.encode(char, charset), charset) === char;
  const safe = charset === 'utf-8' ? html : [...html].map((char) => (char.charCodeAt(0) < 0x80 || fits(char) ? char : `&#${char.codePointAt(0)};`)).join('');
  return iconv.encode(safe, charset);
}

/** Every file the generator writes: NAME.html in its charset and NAME.json (UTF-8). */
export function fixtureFiles(): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const fixture of buildDetectFixtures()) {
    files.set(`${fixture.name}.html`, encodeFixture(fixture));
    files.set(`${fixture.name}.json`, Buffer.from(`${JSON.stringify(fixture.expected, null, 2)}\n`, 'utf8'));
  }
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(FIXTURE_DIR, { recursive: true });
  const files = fixtureFiles();
  for (const [name, bytes] of files) writeFileSync(join(FIXTURE_DIR, name), bytes);
  console.log(`wrote ${files.size} files to ${FIXTURE_DIR}`);
}
