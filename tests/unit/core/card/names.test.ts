// Names are words: each rule of core/card/names.ts (and the card's reading of dictionary names) with sentences of our
// own in the style of news, mainland, Taiwan and Hong Kong. Each test fails when its rule is taken out.
import { describe, expect, test } from 'vitest';
import { surnameLength } from '../../../../core/card/names';
import { cardAt } from '../../../support/card-at';

describe('surnames', () => {
  // The 100 commonest surnames of the mainland (Chinese Academy of Sciences, 2006, as People's Daily published them)
  // and the commonest of Taiwan and Hong Kong that list lacks or ranks low.
  const MAINLAND_TOP_100 =
    '李王张刘陈杨黄赵周吴徐孙朱马胡郭林何高梁郑罗宋谢唐韩曹许邓萧冯曾程蔡彭潘袁于董余苏叶吕魏蒋田杜丁沈姜范江傅钟卢汪戴崔任陆廖姚方金邱夏谭韦贾邹石熊孟秦阎薛侯雷白龙段郝孔邵史毛常万顾赖武康贺严尹钱施牛洪龚';
  const TAIWAN_HONG_KONG = '赖洪游詹简卓庄柯涂翁辜连颜欧巫尤纪麦邝冼区岑霍伍温黎骆甄容植符湛利';

  test.each([...new Set([...MAINLAND_TOP_100, ...TAIWAN_HONG_KONG])])('%s is a surname', (surname) => {
    expect(surnameLength(surname)).toBe(1);
  });

  test.each([
    ['赖清德表示，将持续推动相关工作。', '清', '赖清德', 'Lài Qīngdé'],
    ['國民黨前主席洪秀柱今天出席活動。', '秀', '洪秀柱', 'Hóng Xiùzhù'],
  ])('a dictionary name with a Taiwan surname is a person: %s', async (text, pointed, word, pinyin) => {
    const card = await cardAt(text, pointed);
    expect(card.word).toBe(word);
    expect(card.name).toEqual({ kind: 'person', pinyin });
  });
});

describe('dictionary names', () => {
  test("what the years are of is said before them: 王毅 'Wang Yi (1953-), … state councilor' is a person", async () => {
    const card = await cardAt('外交部长王毅当天表示，中方愿同各方加强沟通。', '毅');
    expect(card.word).toBe('王毅');
    expect(card.name).toEqual({ kind: 'person', pinyin: 'Wáng Yì' });
  });
});

describe('a glossary person the dictionary lacks', () => {
  test("lists its characters' own senses beneath the name, the surname's first", async () => {
    const card = await cardAt('国务院总理李强主持召开国务院常务会议。', '强');
    expect(card.word).toBe('李强');
    expect(card.name).toEqual({ kind: 'person', pinyin: 'Lǐ Qiáng' });
    expect(card.definitions[0]?.definitions.join(' ')).toMatch(/surname Li/);
    expect(card.definitions.some((entry) => entry.simplified === '强')).toBe(true);
  });
});

describe('titles', () => {
  test.each([
    ['立委賴士葆今天在立法院質詢時表示。', '士', '賴士葆'],
    ['国民党立委洪孟楷质询交通部长。', '孟', '洪孟楷'],
    ['台北市議員徐巧芯今天召開記者會。', '巧', '徐巧芯'],
  ])('Taiwan and Hong Kong titles before a name: %s', async (text, pointed, word) => {
    const card = await cardAt(text, pointed);
    expect(card.word).toBe(word);
    expect(card.name?.kind).toBe('person');
  });
});

describe('the same name elsewhere on the page', () => {
  test('a name with no context here is a name where the page marks it so elsewhere (markedElsewhere)', async () => {
    const text = '吴亚军在会上发言。龙湖集团董事长吴亚军表示感谢。';
    const card = await cardAt(text, '亚');
    expect(card.word).toBe('吴亚军');
    expect(card.name?.kind).toBe('person');
    // Alone, the same words are no name.
    expect((await cardAt('吴亚军在会上发言。', '亚')).name).toBeUndefined();
  });
});

describe('a list of names', () => {
  test('a whole item of a 、-list whose other item is surname-led is a name (inListOfNames)', async () => {
    // Neither name is known to the dictionary, and neither has a title or a cue.
    const card = await cardAt('何晓、曹嘉等代表出席了会议。', '晓');
    expect(card.word).toBe('何晓');
    expect(card.name?.kind).toBe('person');
    // No list: 何晓 alone is no name.
    expect((await cardAt('何晓等代表出席了会议。', '晓')).name).toBeUndefined();
  });
});

describe('transliterated names', () => {
  test.each([
    ['乌克兰总统泽连斯基说，谈判仍在继续。', '连', '泽连斯基'],
    ['泽连斯基与普京的会晤没有举行。', '泽', '泽连斯基'],
  ])('a person-like part (连|斯|基) of a longer transliteration run gives way to the run: %s', async (text, pointed, word) => {
    const card = await cardAt(text, pointed);
    expect(card.word).toBe(word);
    expect(card.name).toEqual({ kind: 'foreign', pinyin: 'Zéliánsījī' });
  });

  test.each([
    ['外交部长王毅同布林肯举行会谈。', '布', '布林肯', 'Bùlínkěn'],
    ['布林肯和王毅在会谈中交换了意见。', '林', '布林肯', 'Bùlínkěn'],
  ])('a run with no mark of its own is a name beside another name (同, 和, 与): %s', async (text, pointed, word, pinyin) => {
    const card = await cardAt(text, pointed);
    expect(card.word).toBe(word);
    expect(card.name).toEqual({ kind: 'foreign', pinyin });
  });
});

describe('a given name opening with 和 after a title (GIVEN_NAME_AFTER_TITLE)', () => {
  test.each([
    ['著名演员于和伟出席了电影节开幕式。', '和', '于和伟'],
    ['时任南京市委书记仇和在会上作报告。', '和', '仇和'],
    ['导演张和平介绍了影片的拍摄过程。', '平', '张和平'],
  ])('%s', async (text, pointed, word) => {
    const card = await cardAt(text, pointed);
    expect(card.word).toBe(word);
    expect(card.name?.kind).toBe('person');
  });

  test('without a title 和 stays "and", and a name ends before it', async () => {
    expect((await cardAt('工作人员于和平路口设置了路障。', '和')).name).toBeUndefined();
    expect((await cardAt('林和陈表示将继续合作。', '和')).name).toBeUndefined();
    expect((await cardAt('外交部长王毅和美国国务卿举行会谈。', '毅')).word).toBe('王毅');
  });
});

describe("a country's or an international body's title makes a transliterated given name foreign (FOREIGN_BODIES)", () => {
  test.each([
    ['北约秘书长吕特当天在布鲁塞尔召开记者会。', '特', '吕特'],
    ['美国副总统万斯表示，美方将继续推进谈判。', '斯', '万斯'],
    ['世卫组织总干事谭德塞呼吁各国加强合作。', '德', '谭德塞'],
    ['美副总统万斯当天抵达慕尼黑。', '斯', '万斯'], // FOREIGN_ABBREVIATIONS: a country's one-character name
  ])('%s', async (text, pointed, word) => {
    const card = await cardAt(text, pointed);
    expect(card.word).toBe(word);
    expect(card.name?.kind).toBe('foreign');
  });

  test('a Chinese title keeps the name a Chinese one', async () => {
    expect((await cardAt('市委书记万斯当天主持召开会议。', '斯')).name?.kind).toBe('person');
  });
});

describe('two single transliteration characters after a title or a place word', () => {
  test.each([
    ['德国总理默茨表示，德方支持欧盟的立场。', '茨', '默茨', 'foreign'],
    ['总理默茨会见了来访的法国外长。', '默', '默茨', 'foreign'],
    ['南部城市拉法的居民被迫撤离。', '法', '拉法', 'place'],
  ])('%s', async (text, pointed, word, kind) => {
    const card = await cardAt(text, pointed);
    expect(card.word).toBe(word);
    expect(card.name?.kind).toBe(kind);
  });

  test('with nothing before saying what, they stay words', async () => {
    expect((await cardAt('他们拉法国队下水，结果输了比赛。', '拉')).word).toBe('拉');
  });
});
