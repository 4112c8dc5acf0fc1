// The word list's pure core: no duplicates from repeated saves, sorting and search, and the CSV and
// Anki files it exports (an exported CSV re-imports to the same list).
import { describe, expect, test } from 'vitest';
import { backgroundValidators } from '../../../../protocol/background-validators';
import { createBackgroundHandlers } from '../../../../entrypoints/background/handlers';
import { createMessageRouter } from '../../../../protocol/message-router';
import { envelope } from '../../../../protocol/messages';
import type { WordCard } from '../../../../core/card/card';
import {
  ankiField,
  definitionLines,
  definitionsOf,
  fromCsv,
  mergeImport,
  mergeSave,
  pageLink,
  parseCsvRows,
  protectCell,
  searchWords,
  sentenceAround,
  sortWords,
  toAnkiTsv,
  toCsv,
  unprotectCell,
  type SavedWord,
} from '../../../../features/word-list/word-list-format';
import { coldLanguageData, loadGlossary } from '../../../support/data';

const word = (fields: Partial<SavedWord> & { word: string }): SavedWord => ({
  simplified: fields.word,
  traditional: fields.word,
  pinyin: '',
  definition: '',
  sentence: '',
  title: '',
  url: '',
  date: '2026-11-23T10:00:00.000Z',
  note: '',
  ...fields,
});

const LIST: SavedWord[] = [
  word({ word: '行长', traditional: '行長', pinyin: 'háng zhǎng', definition: 'president (of a bank)', sentence: '这部长篇小说讲述了银行行长的故事，后台支持头发。', title: '中朝关系迎来新篇章', url: 'https://example.com/news?a=1&b=2', date: '2026-11-20T08:00:00.000Z' }),
  word({ word: '命运', traditional: '命運', pinyin: 'mìng yùn', definition: 'fate; destiny', sentence: '他说："命运, 共同体"', note: 'comma, "quotes"\nand a second line', date: '2026-11-22T08:00:00.000Z' }),
  word({ word: '發展', simplified: '发展', pinyin: 'fā zhǎn', definition: 'development; growth; to develop', sentence: '推動高質量發展。\t(tab)', date: '2026-11-21T08:00:00.000Z' }),
];

describe('saving without duplicates', () => {
  test('the same word and sentence saved twice is one item', () => {
    const once = mergeSave([], LIST[0]!);
    expect(mergeSave(once, LIST[0]!)).toEqual(once);
  });

  test('the same word again updates its item and keeps the note', () => {
    const withNote = mergeSave([], { ...LIST[0]!, note: 'bank' });
    const again = mergeSave(withNote, { ...LIST[0]!, sentence: '央行行长表示。', date: '2026-11-23T00:00:00.000Z' });
    expect(again).toHaveLength(1);
    expect(again[0]).toMatchObject({ sentence: '央行行长表示。', note: 'bank', date: '2026-11-23T00:00:00.000Z' });
  });

  test('importing adds new words only and fills an empty note', () => {
    const merged = mergeImport([LIST[0]!], [{ ...LIST[0]!, note: 'from file', sentence: 'other' }, LIST[1]!]);
    expect(merged.map((item) => item.word)).toEqual(['行长', '命运']);
    expect(merged[0]).toMatchObject({ sentence: LIST[0]!.sentence, note: 'from file' });
    expect(mergeImport(merged, merged)).toEqual(merged);
  });
});

describe('sorting and searching', () => {
  test('by date (newest first), word and pinyin', () => {
    expect(sortWords(LIST, 'date').map((item) => item.word)).toEqual(['命运', '發展', '行长']);
    expect(sortWords(LIST, 'pinyin').map((item) => item.word)).toEqual(['發展', '行长', '命运']);
    // Words in pinyin collation order (行 is collated by its usual reading, xíng).
    expect(sortWords(LIST, 'word').map((item) => item.word)).toEqual(['發展', '命运', '行长']);
  });

  test('by characters, toneless pinyin, English and note', () => {
    expect(searchWords(LIST, '银行').map((item) => item.word)).toEqual(['行长']);
    expect(searchWords(LIST, 'hangzhang').map((item) => item.word)).toEqual(['行长']);
    expect(searchWords(LIST, 'DESTINY').map((item) => item.word)).toEqual(['命运']);
    expect(searchWords(LIST, '發展').map((item) => item.word)).toEqual(['發展']);
    expect(searchWords(LIST, '  ')).toHaveLength(3);
    expect(searchWords(LIST, 'zzz')).toEqual([]);
  });
});

describe('CSV', () => {
  test('an exported file re-imports to the same list', () => {
    const csv = toCsv(LIST);
    expect(fromCsv(csv)).toEqual(LIST);
    expect(mergeImport([], fromCsv(csv))).toEqual(LIST);
  });

  test('commas, quotes and line breaks are quoted; Chinese text is intact', () => {
    const csv = toCsv([LIST[1]!]);
    const [header, line] = [csv.slice(0, csv.indexOf('\r\n')), csv.slice(csv.indexOf('\r\n') + 2)];
    expect(header).toBe('word,simplified,traditional,pinyin,definition,sentence,title,url,date,note');
    expect(line).toContain(',fate; destiny,');
    expect(line).toContain('"他说：""命运, 共同体"""');
    expect(line).toContain('"comma, ""quotes""\nand a second line"');
    expect(line.startsWith('命运,命运,命運,mìng yùn,')).toBe(true);
  });

  test('rows parse by RFC 4180, with a byte order mark, LF or CRLF line ends and columns in any order', () => {
    expect(parseCsvRows('\ufeffa,"b,c"\r\n"d""e","f\r\ng"\n\n')).toEqual([['a', 'b,c'], ['d"e', 'f\r\ng']]);
    expect(fromCsv('note,word\n好词,中朝\n')).toEqual([word({ word: '中朝', simplified: '', traditional: '', date: '', note: '好词' })]);
    expect(() => fromCsv('a,b\n1,2\n')).toThrow(/word/);
    expect(() => parseCsvRows('"open')).toThrow(/unterminated/);
  });

  test.each([
    ['=HYPERLINK("http://evil.example","click")', `'=HYPERLINK("http://evil.example","click")`],
    ['+1+2', "'+1+2"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    // Already an apostrophe before a formula character: one more, so import takes exactly one away.
    ["'=1+1", "''=1+1"],
    ["'quoted", "'quoted"],
    // Spreadsheets trim leading spaces and line breaks, and read fullwidth and small forms as the ASCII ones.
    ['\t=1+1', "'\t=1+1"],
    ['\tplain', "'\tplain"],
    ['\rx', "'\rx"],
    ['\nx', "'\nx"],
    [' =1+1', "' =1+1"],
    ['\u3000\u00a0+1', "'\u3000\u00a0+1"],
    ['＝SUM(A1)', "'＝SUM(A1)"],
    ['＋1', "'＋1"],
    ['－1', "'－1"],
    ['＠x', "'＠x"],
    ['﹦1', "'﹦1"],
    ["' =1", "'' =1"],
    [' plain', ' plain'],
    ['a=b', 'a=b'],
    ['行长', '行长'],
    ['', ''],
  ])('a cell %j is exported as %j and imported back as it was', (value, cell) => {
    expect(protectCell(value)).toBe(cell);
    expect(unprotectCell(cell)).toBe(value);
  });

  test('formula-like fields are protected in the file and restored on import', () => {
    const risky = [word({ word: '风险', definition: '=1+1', sentence: '-5 度', note: "@me '=x", title: '+86' }), word({ word: '=cmd|calc' })];
    const csv = toCsv(risky);
    expect(csv).toContain(",'=1+1,'-5 度,'+86,");
    expect(csv).toContain("\r\n'=cmd|calc,'=cmd|calc,'=cmd|calc,");
    // No line of the file has a cell that a spreadsheet would run.
    for (const row of parseCsvRows(csv)) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@]/);
    expect(fromCsv(csv)).toEqual(risky);
  });
});

describe('Anki', () => {
  test('tab-separated with the header lines Anki reads, one note per word, every field quoted', () => {
    const lines = toAnkiTsv(LIST).split('\n');
    expect(lines.slice(0, 3)).toEqual(['#separator:tab', '#html:true', '#columns:Word\tPinyin\tDefinition\tSentence\tOther script\tSource\tNote']);
    expect(lines[3]!.split('\t')).toEqual(['行长', 'háng zhǎng', 'president (of a bank)', LIST[0]!.sentence, '行長', '中朝关系迎来新篇章 — https://example.com/news?a=1&amp;b=2', ''].map((field) => `"${field}"`));
    // Tabs and line breaks inside a field are HTML, so the note stays one field on one line.
    expect(toAnkiTsv(LIST)).toContain('"推動高質量發展。&#9;(tab)"');
    expect(toAnkiTsv(LIST)).toContain('"comma, &quot;quotes&quot;<br>and a second line"');
    expect(lines).toHaveLength(3 + LIST.length + 1);
    expect(lines.at(-1)).toBe('');
  });

  test.each([
    ['<b>bold</b> & co', '&lt;b&gt;bold&lt;/b&gt; &amp; co'],
    ['two\r\nlines\nand\rthree', 'two<br>lines<br>and<br>three'],
    ['a\tb', 'a&#9;b'],
    // Anki plays [sound:…] and typesets \(…\) found in a field.
    ['[sound:x.mp3] \\(x\\)', '&#91;sound:x.mp3] &#92;(x&#92;)'],
    ['"quoted" \'single\'', '&quot;quoted&quot; &#39;single&#39;'],
    // A spreadsheet opening the file reads text: the formula start is an entity.
    ['=1+1', '&#61;1+1'],
    ['＝1', '&#65309;1'],
    [' -2', '&#32;-2'],
    ['@me', '&#64;me'],
    ['行长', '行长'],
  ])('a field %j is written %j', (value, field) => {
    expect(ankiField(value)).toBe(field);
  });

  test('a word starting with # keeps its note (Anki skips lines starting with # as comments)', () => {
    const line = toAnkiTsv([word({ word: '#话题' })]).split('\n')[3]!;
    expect(line.startsWith('"#话题"\t')).toBe(true);
  });
});

describe('links to the saved page', () => {
  test.each([
    ['https://example.com/news?a=1', 'https://example.com/news?a=1'],
    ['http://example.com', 'http://example.com/'],
    ['HTTPS://EXAMPLE.COM/x', 'https://example.com/x'],
    ['file:///etc/passwd', undefined],
    ['javascript:alert(1)', undefined],
    ['\tJavaScript:alert(1)', undefined],
    [' javascript:alert(1)', undefined],
    ['data:text/html,<script>alert(1)</script>', undefined],
    ['chrome-extension://abc/options.html', undefined],
    ['blob:https://example.com/1', undefined],
    ['/relative/path', undefined],
    ['example.com', undefined],
    ['', undefined],
  ])('%j links to %j', (url, link) => {
    expect(pageLink(url)).toBe(link);
  });
});

describe('the sentence a word came from', () => {
  const text = '标题\n习近平强调，中国愿同各方一道构建人类命运共同体。这部长篇小说讲述了“银行行长的故事！”后台支持';
  test.each([
    ['命运', '习近平强调，中国愿同各方一道构建人类命运共同体。'],
    ['行长', '这部长篇小说讲述了“银行行长的故事！”'],
    ['后台', '后台支持'],
    ['标题', '标题'],
  ])('%s', (target, sentence) => {
    const start = text.indexOf(target);
    expect(sentenceAround(text, start, start + target.length)).toBe(sentence);
  });
});

describe('the saveTerm message', () => {
  const route = (saved: SavedWord[]) =>
    createMessageRouter(
      createBackgroundHandlers(coldLanguageData(), async (save) => saved.push(save)),
      backgroundValidators,
    );
  const page = { title: '中朝关系迎来新篇章', url: 'https://example.com/news' };

  test('a glossary term is saved with its pinyin, English and first corpus example, dated', async () => {
    const saved: SavedWord[] = [];
    const entry = loadGlossary().get('人类命运共同体')!;
    const reply = await route(saved)(envelope('saveTerm', { term: '人类命运共同体', ...page }), { tabId: null });
    expect(reply).toEqual({ ok: true, value: { word: '人类命运共同体', count: 1 } });
    expect(saved[0]).toMatchObject({
      word: '人类命运共同体',
      simplified: '人类命运共同体',
      traditional: '人類命運共同體',
      pinyin: entry.pinyin,
      definition: entry.english,
      sentence: entry.examples[0]!.text,
      ...page,
      note: '',
    });
    expect(saved[0]!.sentence).toMatch(/人类命运共同体|人類命運共同體/);
    expect(Date.now() - Date.parse(saved[0]!.date)).toBeLessThan(60_000);
  });

  test('an unknown term or a malformed request saves nothing', async () => {
    const saved: SavedWord[] = [];
    expect(await route(saved)(envelope('saveTerm', { term: '不是术语', ...page }), { tabId: null })).toMatchObject({ ok: false, error: { code: 'handler-failed' } });
    expect(await route(saved)(envelope('saveTerm', { term: '人类命运共同体' }), { tabId: null })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await route(saved)(envelope('saveTerm', { term: 3, ...page }), { tabId: null })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(saved).toEqual([]);
  });
});

describe('definitions of a saved word', () => {
  const entry = (pinyin: string, definitions: string[], simplified = '着') => ({ simplified, traditional: '著', pinyin, definitions, classifiers: [], variantOf: [] });
  const card: WordCard = {
    word: '着',
    start: 0,
    end: 1,
    lengths: [1],
    pinyin: ['zhe'],
    definitions: [entry('zhe', ['aspect particle', 'also written 著']), entry('zháo', ['to touch', 'to feel']), entry('zhe', ['also written 著'])],
  };

  test('every definition in the card\'s order, each other reading named, none twice', () => {
    expect(definitionLines(card)).toEqual(['aspect particle', 'also written 著', '[zháo] to touch', '[zháo] to feel']);
  });

  test('a name keeps its own line, not its characters\' entries', () => {
    const name: WordCard = { ...card, word: '吴亚军', definitions: [entry('Wú Yà jūn', ['name (person): Wú Yàjūn'], '吴亚军'), entry('Wú', ['surname Wu'], '吴'), entry('yà', ['Asia'], '亚')] };
    expect(definitionLines(name)).toEqual(['name (person): Wú Yàjūn']);
  });

  test('read back one per line, blank lines and spaces dropped; an older single definition is one line', () => {
    expect(definitionsOf({ definition: 'one\n  two \n\n' })).toEqual(['one', 'two']);
    expect(definitionsOf({ definition: 'fate; destiny' })).toEqual(['fate; destiny']);
    expect(definitionsOf({ definition: '' })).toEqual([]);
  });
});

describe('the saveWord message', () => {
  const route = (saved: SavedWord[]) =>
    createMessageRouter(
      createBackgroundHandlers(coldLanguageData(), async (save) => saved.push(save)),
      backgroundValidators,
    );
  const text = '这部长篇小说讲述了银行行长的故事，后台支持。习近平强调，中国愿同各方一道构建人类命运共同体。';
  const span = (word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length });
  const page = { title: '中朝关系迎来新篇章', url: 'https://example.com/news' };

  test('the worker saves the word at the span with its reading in context, first definition and sentence, dated', async () => {
    const saved: SavedWord[] = [];
    const reply = await route(saved)(envelope('saveWord', { text, ...span('行长'), ...page }), { tabId: 1 });
    expect(reply).toEqual({ ok: true, value: { word: '行长', count: 1 } });
    expect(saved[0]).toMatchObject({ word: '行长', simplified: '行长', traditional: '行長', pinyin: 'háng zhǎng', sentence: '这部长篇小说讲述了银行行长的故事，后台支持。', ...page, note: '' });
    expect(saved[0]!.definition).toMatch(/president|chief/i);
    expect(Date.now() - Date.parse(saved[0]!.date)).toBeLessThan(60_000);
  });

  test('every definition is kept, one per line, the other readings\' after their reading', async () => {
    const saved: SavedWord[] = [];
    const sentence = '他看着我，着急地说。';
    await route(saved)(envelope('saveWord', { text: sentence, start: 2, end: 3, ...page }), { tabId: 1 });
    const lines = definitionsOf(saved[0]!);
    expect(lines.length).toBeGreaterThan(4);
    expect(lines.filter((line) => line.startsWith('[')).length).toBeGreaterThan(0);
    expect(lines[0]).not.toMatch(/^\[/);
  });

  test('a glossary term keeps its English and both scripts', async () => {
    const saved: SavedWord[] = [];
    await route(saved)(envelope('saveWord', { text, ...span('人类命运共同体'), ...page }), { tabId: 1 });
    expect(saved[0]).toMatchObject({ word: '人类命运共同体', traditional: '人類命運共同體', sentence: '习近平强调，中国愿同各方一道构建人类命运共同体。' });
    expect(saved[0]!.definition).not.toBe('');
  });

  test('a name keeps the name, not its first character; a function word the sense it has here', async () => {
    const saved: SavedWord[] = [];
    const news = '龙湖集团董事长吴亚军辞去职务，这名男子被警方带走。';
    const at = (word: string) => ({ start: news.indexOf(word), end: news.indexOf(word) + word.length });
    await route(saved)(envelope('saveWord', { text: news, ...at('吴亚军'), ...page }), { tabId: 1 });
    expect(saved[0]).toMatchObject({ word: '吴亚军', simplified: '吴亚军', traditional: '吳亞軍', pinyin: 'wú yà jūn', definition: 'name (person): Wú Yàjūn' });
    await route(saved)(envelope('saveWord', { text: news, ...at('被'), ...page }), { tabId: 1 });
    expect(saved[1]).toMatchObject({ word: '被', simplified: '被' });
    expect(saved[1]!.definition).toMatch(/passive/);
  });

  test.each([
    { text, start: 3, end: 3, ...page },
    { text, start: -1, end: 2, ...page },
    { text, start: 0, end: text.length + 1, ...page },
    { text: 'x'.repeat(2_001), start: 0, end: 1, ...page },
    { text, start: 0, end: 2, title: 3, url: '' },
    { text, start: 0, end: 2 },
  ])('rejects a malformed request %#', async (data) => {
    const saved: SavedWord[] = [];
    const reply = await route(saved)(envelope('saveWord', data), { tabId: 1 });
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(saved).toEqual([]);
  });
});
