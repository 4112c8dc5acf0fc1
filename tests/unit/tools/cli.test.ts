// The command line as users and scripts call it: `npm run --silent cli -- ...` from the repository root.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { convertText } from '../../../core/script/convert-script';
import { REPO_ROOT } from '../../support/data';

function cli(args: string[], input?: string | Buffer) {
  const stdin = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  const result = spawnSync('npm', ['run', '--silent', 'cli', '--', ...args], { cwd: REPO_ROOT, input: stdin });
  return { status: result.status, stdout: result.stdout.toString('utf8'), stderr: result.stderr.toString('utf8') };
}

const scratch = mkdtempSync(join(tmpdir(), 'xinwen-cli-'));
function savePage(name: string, html: string, charset: string): string {
  const path = join(scratch, name);
  writeFileSync(path, iconv.encode(html, charset));
  return path;
}

const ARTICLE = Array.from({ length: 6 }, () => '<p>习近平强调，中国愿同各方一道构建人类命运共同体，推动高质量发展，维护地区和平稳定。</p>').join('');

describe('cli', { timeout: 30_000 }, () => {
  test('pinyin --json gives tokens that rebuild the input', () => {
    const { status, stdout } = cli(['pinyin', '--json', '中朝行长，OK']);
    expect(status).toBe(0);
    const tokens = JSON.parse(stdout) as { text: string; pinyin: string[] }[];
    expect(tokens.map((t) => t.text).join('')).toBe('中朝行长，OK');
    expect(tokens).toContainEqual({ text: '行长', pinyin: ['háng', 'zhǎng'] });
    expect(tokens.at(-1)).toEqual({ text: '，OK', pinyin: [] });
  });

  test('--lines reads standard input line by line and prints JSON Lines', () => {
    const { status, stdout } = cli(['pinyin', '--json', '--lines', '-'], '中朝\n后台\n');
    expect(status).toBe(0);
    expect(stdout.trim().split('\n').map((line) => JSON.parse(line))).toEqual([
      [{ text: '中朝', pinyin: ['zhōng', 'cháo'] }],
      [{ text: '后台', pinyin: ['hòu', 'tái'] }],
    ]);
  });

  test('convert prints the converted text and nothing else', () => {
    expect(cli(['convert', '--to', 'tw', '后台头发']).stdout).toBe('後臺頭髮\n');
    expect(cli(['convert', '--to', 'twp', '--from', 'cn', '支持文件']).stdout).toBe('支援檔案\n');
    expect(cli(['convert', '--to', 'cn', '後臺頭髮']).stdout).toBe('后台头发\n');
  });

  test('lookup --json gives dictionary entries, [] for none', () => {
    const entries = JSON.parse(cli(['lookup', '--json', '行长']).stdout);
    expect(entries[0]).toMatchObject({ simplified: '行长', traditional: '行長', pinyin: 'háng zhǎng', definitions: ['bank president'] });
    expect(JSON.parse(cli(['lookup', '--json', 'xyz']).stdout)).toEqual([]);
  });

  test('lookup with no entry says so on stderr and exits 0: nothing on stdout, [] with --json, one line each with --lines', () => {
    const plain = cli(['lookup', 'xyz']);
    expect(plain).toEqual({ status: 0, stdout: '', stderr: 'xinwen: no dictionary entry for "xyz"\n' });
    const json = cli(['lookup', '--json', 'xyz']);
    expect([json.status, json.stdout, json.stderr]).toEqual([0, '[]\n', 'xinwen: no dictionary entry for "xyz"\n']);
    const lines = cli(['lookup', '--lines', '-'], '行长\nxyz\n');
    expect(lines.stdout.split('\n')).toHaveLength(3);
    expect(lines.stderr).toBe('xinwen: line 2: no dictionary entry for "xyz"\n');
  });

  test('--help: an overview naming every command, and each command its own page with an example, exit 0', () => {
    const overview = cli(['--help']);
    expect(overview.status).toBe(0);
    for (const name of ['pinyin', 'convert', 'lookup', 'glossary', 'card', 'detect']) expect(overview.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
    const card = cli(['card', '--help']);
    expect(card.status).toBe(0);
    expect(card.stdout).toMatch(/--offset N/);
    expect(card.stdout).toMatch(/^example: npm run --silent cli -- card /m);
    // After "--", --help is text like any other.
    expect(cli(['lookup', '--json', '--', '--help']).stdout).toBe('[]\n');
  });

  test('glossary --json finds terms by pinyin initials, with the documented fields', () => {
    const [first] = JSON.parse(cli(['glossary', '--json', 'rlmygtt']).stdout);
    expect(Object.keys(first)).toEqual(expect.arrayContaining(['term', 'traditional', 'pinyin', 'english', 'category', 'explanation', 'examples', 'count']));
    expect(first.term).toBe('人类命运共同体');
  });

  test.each([
    ['gbk', '<meta charset="gbk">'],
    ['big5', '<meta charset="big5">'],
    // Declares UTF-8 but is really GB18030.
    ['gb18030', '<meta charset="utf-8">'],
  ])('detect decodes a %s page (%s)', (charset, meta) => {
    // Big5 holds traditional characters only: that page is the traditional version, by the product's converter.
    const article = charset === 'big5' ? convertText(ARTICLE, 'tw', 'cn') : ARTICLE;
    const html = `<html><head>${meta}<title>新闻</title></head><body><nav><a href="/">首页</a></nav><article>${article}</article></body></html>`;
    const { status, stdout } = cli(['detect', '--json', savePage(`page-${charset}.html`, html, charset)]);
    expect(status).toBe(0);
    const verdict = JSON.parse(stdout);
    expect(verdict).toMatchObject({ chinese: true, script: charset === 'big5' ? 'traditional' : 'simplified', article: { found: true } });
    expect(verdict.article.text).toContain(charset === 'big5' ? '人類命運共同體' : '人类命运共同体');
  });

  test('card --json --offset prints the card in the documented shape', () => {
    const { status, stdout } = cli(['card', '--json', '--offset', '7', '龙湖集团董事长吴亚军辞去职务。']);
    expect(status).toBe(0);
    const card = JSON.parse(stdout);
    expect(Object.keys(card)).toEqual(['word', 'start', 'end', 'pinyin', 'entries', 'glossary', 'name']);
    expect(card).toMatchObject({ word: '吴亚军', start: 7, end: 10, pinyin: ['wú', 'yà', 'jūn'], glossary: null, name: { kind: 'person', pinyin: 'Wú Yàjūn' } });
    expect(Object.keys(card.entries[0])).toEqual(['simplified', 'traditional', 'pinyin', 'definitions']);
    expect(card.entries[0].definitions).toContain('surname Wu');
  });

  test('card --json --lines - reads {"text", "offset"} per line; what a function word does is the first definition', () => {
    const input = ['{"text": "返锡后他立即投入工作。", "offset": 2}', '{"text": "他被警察带走了。", "offset": 1}', '{"text": "以习近平同志为核心的党中央", "offset": 11}', '{"text": "abc", "offset": 1}'].join('\n');
    const { status, stdout } = cli(['card', '--json', '--lines', '-'], `${input}\n`);
    expect(status).toBe(0);
    const [after, passive, term, none] = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(after.entries[0]).toMatchObject({ simplified: '后', traditional: '後', pinyin: 'hòu' });
    expect(passive.entries[0].definitions[0]).toMatch(/passive/);
    expect(term).toMatchObject({ word: '党中央', glossary: { term: '以习近平同志为核心的党中央' } });
    expect(none).toBeNull();
  });

  test('detect on an English page', () => {
    const { stdout } = cli(['detect', '--json', savePage('english.html', '<html><body><p>Hello, world.</p></body></html>', 'utf-8')]);
    expect(JSON.parse(stdout)).toEqual({ chinese: false, script: 'none', hanChars: 0, article: { found: false, text: '', hanChars: 0 } });
  });

  /** The contract's verdict: exactly these keys, in this shape. */
  const detectJson = (args: string[], input?: string | Buffer) => {
    const { status, stdout, stderr } = cli(['detect', '--json', ...args], input);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const verdict = JSON.parse(stdout);
    expect(Object.keys(verdict)).toEqual(['chinese', 'script', 'hanChars', 'article']);
    expect(Object.keys(verdict.article)).toEqual(['found', 'text', 'hanChars']);
    return verdict;
  };
  const PROSE = [
    '今年以来，本市新建和改造了十二座公园，新增绿地面积超过三百公顷，市民休闲的去处越来越多。',
    '园林部门表示，新建公园注重保留原有树木，并增加了步道、座椅和公共卫生间等设施。',
    '不少市民说，家门口的公园变美了，每天傍晚都会带着孩子出来散步，周末还会约上朋友一起锻炼。',
    '下一步，全市还将推进口袋公园建设，力争让更多居民步行几分钟就能走进绿地。',
  ];

  test('detect reads empty input: not Chinese, no error', () => {
    expect(detectJson(['-'], '')).toEqual({ chinese: false, script: 'none', hanChars: 0, article: { found: false, text: '', hanChars: 0 } });
    expect(detectJson([savePage('empty.html', '', 'utf-8')])).toMatchObject({ chinese: false });
  });

  test('detect reads an HTML fragment', () => {
    expect(detectJson(['-'], '<p>中文新闻</p>')).toEqual({ chinese: true, script: 'simplified', hanChars: 4, article: { found: false, text: '', hanChars: 0 } });
  });

  test('detect reads plain text: its lines are the paragraphs of the article', () => {
    const verdict = detectJson([savePage('plain.txt', `${PROSE.join('\n')}\n`, 'utf-8')]);
    expect(verdict).toMatchObject({ chinese: true, script: 'simplified', article: { found: true, text: PROSE.join('\n') } });
  });

  test('detect reads a GBK page whose bytes start with a wrapper element that is no HTML', () => {
    const html = `<text id="http://example.com/1" title="公园" encoding="gb2312"><div id="nav"><a href="/">首页</a> <a href="/n">新闻</a></div><div>${PROSE.map((p) => `<p>${p}</p>`).join('')}</div></text>`;
    const verdict = detectJson([savePage('wrapped-gbk.html', html, 'gbk')]);
    expect(verdict).toMatchObject({ chinese: true, script: 'simplified', article: { found: true, text: PROSE.join('\n') } });
  });

  test.each([
    ['UTF-16 little-endian with a byte order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(`<html><body>${ARTICLE}</body></html>`, 'utf-16le')])],
    ['UTF-16 big-endian with a byte order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(`<html><body>${ARTICLE}</body></html>`, 'utf-16be')])],
    ['UTF-16 little-endian without one', iconv.encode(`<html><body>${ARTICLE}</body></html>`, 'utf-16le')],
    ['UTF-8 with a byte order mark, declaring gbk', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`<html><head><meta charset="gbk"></head><body>${ARTICLE}</body></html>`)])],
  ])('detect reads %s', (_, bytes) => {
    expect(detectJson(['-'], bytes)).toMatchObject({ chinese: true, script: 'simplified', article: { found: true } });
  });

  test('detect keeps the characters only GB18030 and Big5-HKSCS hold', () => {
    const gb = detectJson(['-'], iconv.encode(`<html><head><meta charset="gb2312"></head><body><p>${PROSE[0]}𠀀䶮</p>${ARTICLE}</body></html>`, 'gb18030'));
    expect(gb.article.text).toContain('𠀀䶮');
    const traditional = convertText(ARTICLE, 'hk', 'cn');
    const big5 = detectJson(['-'], iconv.encode(`<html><head><meta charset="big5"></head><body><p>市民帶着羣眾入户，說：「唔該。」</p>${traditional}</body></html>`, 'big5hkscs'));
    expect(big5).toMatchObject({ chinese: true, script: 'traditional' });
    expect(big5.article.text).toContain('帶着羣眾入户');
  });

  test('detect on a Japanese page: not Chinese', () => {
    const japanese = '<p>東京都は十八日、都内の公園で桜の開花を確認したと発表した。平年より五日早い開花となった。</p>'.repeat(3);
    expect(detectJson(['-'], `<html lang="ja"><body>${japanese}</body></html>`)).toEqual({
      chinese: false,
      script: 'none',
      hanChars: expect.any(Number),
      article: { found: false, text: '', hanChars: 0 },
    });
  });

  test.each([
    [['convert', '--to', 'xx', '后台'], /unknown locale "xx"/],
    [['convert', '后台'], /--to/],
    [['detect', '--json', '/no/such/file.html'], /no such file/],
    [['pinyin', '--json'], /expected one TEXT/],
    [['frobnicate'], /unknown command/],
    [['pinyin', '--colour', '中'], /unknown option/],
    [['card', '--json', '中文'], /--offset/],
    [['card', '--json', '--offset', '5', '中文'], /past the end/],
    [['card', '--json', '--offset', 'x', '中文'], /whole number/],
    [['card', '--json', '--lines', '-'], /line 1: not a JSON object/, 'not json\n'],
    [['card', '--json', '--lines', '-'], /line 2: "text" must be a string/, '{"text": "中文", "offset": 0}\n{"offset": 0}\n'],
  ])('bad input %j gets one line on stderr and a non-zero exit', (args, message, input?: string) => {
    const { status, stdout, stderr } = cli(args, input);
    expect(status).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  test('invalid UTF-8 on standard input is refused', () => {
    const { status, stdout, stderr } = cli(['pinyin', '--json', '-'], Buffer.from([0xe4, 0xb8, 0xff, 0x41]));
    expect(status).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/not valid UTF-8/);
  });
});
