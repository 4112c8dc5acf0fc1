// The command line as users and scripts call it: `npm run --silent cli -- ...` from the repository root.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { convertText } from '../../utils/language/convert-script';
import { REPO_ROOT } from '../support/data';

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
