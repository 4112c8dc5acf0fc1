// A demo news page made from the corpus: what `npm start` opens and the end-to-end tests read; light or dark as the
// browser's theme (prefers-color-scheme).
import { readFileSync } from 'node:fs';
import { cleanChineseText } from '../../core/text/clean-text';
import { CORPUS_DIR } from '../lib/node-data';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Article 003 (Xinhua, 2025-09-04): its headline and paragraphs, cleaned of newspaper line breaks. */
export function demoArticle(): { headline: string; paragraphs: string[] } {
  const text = cleanChineseText(readFileSync(`${CORPUS_DIR}003_f0db3c5afb1c4395.txt`, 'utf8'));
  const paragraphs = text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  return { headline: '习近平同朝鲜劳动党总书记、国务委员长金正恩举行会谈', paragraphs };
}

export function demoPageHtml(): string {
  const { headline, paragraphs } = demoArticle();
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${escapeHtml(headline)} - 新闻示例</title>
<style>
  body { font: 18px/1.8 "Noto Sans CJK SC", sans-serif; margin: 0; background: #f6f4ef; color: #222; }
  header { background: #b3261e; color: #fff; padding: 10px 24px; }
  header nav a { color: #fff; margin-right: 16px; text-decoration: none; }
  .page { display: grid; grid-template-columns: minmax(0, 720px) 240px; gap: 32px; padding: 24px; max-width: 1040px; margin: auto; }
  article h1 { font-size: 30px; line-height: 1.4; }
  .dateline { color: #777; font-size: 14px; }
  aside { font-size: 15px; } aside li { margin-bottom: 8px; }
  footer { color: #777; font-size: 13px; padding: 24px; text-align: center; }
  /* A reader in dark mode reads a dark news page: what ruby and the card look like there. */
  :root { color-scheme: light dark; }
  @media (prefers-color-scheme: dark) {
    body { background: #1e1e20; color: #e8e8ea; }
    header { background: #8c1d18; }
    .dateline, footer { color: #a9a9ae; }
    aside a { color: #8ab4f8; }
  }
</style>
</head>
<body>
<header><nav><a href="#">首页</a><a href="#">时政</a><a href="#">国际</a><a href="#">财经</a><a href="#">评论</a></nav></header>
<div class="page">
<article id="article">
<h1>${escapeHtml(headline)}</h1>
<p class="dateline">来源：新华社 2025-09-04</p>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</article>
<aside class="related"><h2>相关新闻</h2><ul>
<li><a href="#">中朝友谊源远流长</a></li><li><a href="#">纪念中国人民抗日战争暨世界反法西斯战争胜利80周年</a></li><li><a href="#">上海合作组织天津峰会</a></li>
</ul></aside>
</div>
<footer>新闻阅读助手演示页 · 文本来自 corpus/003</footer>
</body>
</html>
`;
}
