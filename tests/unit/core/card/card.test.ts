// What the hover card says: names taken whole, function words read as such, place abbreviations explained, the
// dictionary word inside a glossary phrase, and entries in the order the sentence needs. Sentences are our own,
// written in the style of news.
import * as Locale from 'opencc-js/preset';
import { describe, expect, test } from 'vitest';
import { composeCard, orderEntries, type WordCard } from '../../../../core/card/card';
import { convertText } from '../../../../core/script/convert-script';
import { compareCodePoints, type DictionaryEntry } from '../../../../core/dictionary/dictionary';
import { FUNCTION_WORD_RULES, functionWordRule, type WordContext } from '../../../../core/card/function-words';
import { namePinyin } from '../../../../core/card/names';
import { PLACE_ABBREVIATIONS } from '../../../../core/card/place-abbreviations';
import { convertInContext, formInContext } from '../../../../core/script/script-in-context';
import { wordAt } from '../../../../core/card/word-at';
import { cardAt, cardSources } from '../../../support/card-at';
import { readCorpusTexts } from '../../../../tools/lib/node-data';

const sources = cardSources;

const firstSense = (card: WordCard) => card.definitions[0]?.definitions[0];

describe('OpenCC in a window: the form the converter gives a word in its sentence', () => {
  test('every table read by binary search is sorted as the search needs', () => {
    for (const name of ['s2tw', 'tw2s']) {
      const config = (Locale.configs as unknown as Record<string, { normalizationChain?: string[][]; segmentation?: string[]; conversionChain: string[][] }>)[name]!;
      for (const table of [...(config.normalizationChain ?? []).flat(), ...(config.segmentation ?? []), ...config.conversionChain.flat()]) {
        const keys = table.split('|').map((entry) => entry.split(' ')[0]!);
        for (let i = 1; i < keys.length; i++) if (compareCodePoints(keys[i - 1]!, keys[i]!) >= 0) throw new Error(`${name}: ${keys[i - 1]} before ${keys[i]}`);
      }
    }
  });

  test('gives each character of the corpus the form the whole converter gives it, both ways', () => {
    const text = readCorpusTexts().join('\n').slice(0, 12_000);
    const traditional = convertText(text, 'tw', 'cn');
    const chars = [...traditional];
    const back = [...convertText(traditional, 'cn', 'tw')];
    expect(chars.length).toBe([...text].length);
    let compared = 0;
    let codePoint = 0;
    for (let at = 0; at < text.length; at += text.codePointAt(at)! > 0xffff ? 2 : 1, codePoint++) {
      if (codePoint % 3 !== 0 || !/\p{Script=Han}/u.test(String.fromCodePoint(text.codePointAt(at)!))) continue;
      const length = text.codePointAt(at)! > 0xffff ? 2 : 1;
      expect(formInContext(text, at, at + length, 'toTraditional')).toBe(chars[codePoint]);
      expect(formInContext(traditional, at, at + length, 'toSimplified')).toBe(back[codePoint]);
      compared++;
    }
    expect(compared).toBeGreaterThan(2_000);
  });

  test('phrases decide one-to-many characters: 后 is 後 in 返锡后, 后 in 皇后; 乾 is 干 in 乾淨, 乾 in 乾隆', () => {
    expect(formInContext('返锡后他立即投入工作', 2, 3, 'toTraditional')).toBe('後');
    expect(formInContext('皇后和太后', 1, 2, 'toTraditional')).toBe('后');
    expect(formInContext('衣服乾淨', 2, 3, 'toSimplified')).toBe('干');
    expect(formInContext('乾隆皇帝', 0, 1, 'toSimplified')).toBe('乾');
    expect(convertInContext('银行行长发表讲话', 'toTraditional')).toBe('銀行行長發表講話');
  });

  test('a sentence that shows no script of its own is read in the script of the text around it', () => {
    const zhe = (text: string) => wordAt(text, text.indexOf('著'), sources.lexicon, sources.pinyinData)?.pinyin;
    // On a Taiwan page 著 is the aspect marker 着 zhe; in simplified text 著 is zhù (著名, 显著).
    expect(zhe('他看著窗外。這是臺灣的報紙，報導兩國關係。')).toEqual(['zhe']);
    expect(zhe('他看著窗外')).not.toEqual(['zhe']);
  });
});

describe('entries in the order the sentence needs', () => {
  const entry = (simplified: string, traditional: string, pinyin: string, definitions: string[]): DictionaryEntry => ({ simplified, traditional, pinyin, definitions, classifiers: [], variantOf: [] });
  const order = (entries: DictionaryEntry[], options: Partial<Parameters<typeof orderEntries>[1]>) =>
    orderEntries(entries, { word: entries[0]!.simplified, direction: 'toTraditional', reading: [], ...options }).map((e) => e.definitions[0]);

  test('the entry of this use goes first (a function word, a place)', () => {
    const entries = [entry('被', '被', 'bei4', ['quilt']), entry('被', '被', 'bei4', ['by'])];
    expect(order(entries, { reading: ['bèi'], preferred: (e) => e.definitions[0] === 'by' })).toEqual(['by', 'quilt']);
  });
  test("the page's own script: a traditional page's 宁 is not the simplified 宁", () => {
    const entries = [entry('㝉', '宁', 'zhu4', ['to store']), entry('宁', '寧', 'ning2', ['peaceful'])];
    expect(order(entries, { word: '宁', reading: ['zhù'] })).toEqual(['peaceful', 'to store']);
    expect(order(entries, { word: '宁', direction: 'toSimplified', reading: ['níng'] })).toEqual(['to store', 'peaceful']);
  });
  test("a surname's surname entry first", () => {
    const entries = [entry('孙', '孫', 'sun1', ['grandson']), entry('孙', '孫', 'Sun1', ['surname Sun'])];
    expect(order(entries, { reading: ['sūn'], surname: true })).toEqual(['surname Sun', 'grandson']);
    expect(order(entries, { reading: ['sūn'] })).toEqual(['grandson', 'surname Sun']);
  });
  test('the reading in context, then the same reading in other tones', () => {
    const entries = [entry('着', '著', 'zhao1', ['a move in chess']), entry('着', '著', 'zhao2', ['to touch']), entry('着', '著', 'zhe5', ['aspect particle'])];
    expect(order(entries, { reading: ['zhe'] })).toEqual(['aspect particle', 'a move in chess', 'to touch']);
    expect(order(entries, { reading: ['zháo'] })).toEqual(['to touch', 'a move in chess', 'aspect particle']);
    expect(order(entries, { reading: ['zhāo'] })).toEqual(['a move in chess', 'to touch', 'aspect particle']);
  });
  test("an entry that is only a variant of another listed entry goes after it (發佈 'variant of 發布')", () => {
    const variant = { ...entry('发布', '發佈', 'fa1 bu4', ['variant of 發布|发布[fa1 bu4]']), variantOf: ['發布|发布[fa1 bu4]'] };
    const entries = [variant, entry('发布', '發布', 'fa1 bu4', ['to release'])];
    expect(order(entries, { reading: ['fā', 'bù'], chosenForm: '發佈' })).toEqual(['to release', 'variant of 發布|发布[fa1 bu4]']);
    expect(order(entries, { word: '發佈', direction: 'toSimplified', reading: ['fā', 'bù'] })).toEqual(['to release', 'variant of 發布|发布[fa1 bu4]']);
  });
  test.each([
    ['公司今天发布年度报告。', '发'],
    ['該公司昨日發佈財報。', '發'],
  ])("a variant's own word is fetched and goes first: %s", async (text, pointed) => {
    const card = await cardAt(text, pointed);
    expect(firstSense(card)).not.toMatch(/variant of/);
    expect(card.definitions[0]?.definitions).toContain('to release');
  });
  test('the form the converter chose', () => {
    const entries = [entry('后', '后', 'hou4', ['empress']), entry('后', '後', 'hou4', ['back'])];
    expect(order(entries, { reading: ['hòu'], chosenForm: '後' })).toEqual(['back', 'empress']);
    expect(order(entries, { reading: ['hòu'], chosenForm: '后' })).toEqual(['empress', 'back']);
  });

  test.each([
    ['人们唱着歌走进会场。', '着', 'zhe', /aspect particle/],
    ['更重要的是坚持改革。', '更', 'gèng', /^more/],
    ['返锡后他立即投入工作。', '后', 'hòu', /^back/],
    ['大会于北京时间昨天开幕。', '于', 'yú', /^\(of time or place\) in/],
    ['他吃了一碗面就走了。', '面', 'miàn', /flour|noodles/],
    ['他在屋里看书。', '里', 'lǐ', /lining|interior|inside/],
    ['他看著窗外。這是臺灣的報紙。', '著', 'zhe', /aspect particle/],
  ])('%s %s: %s first', async (text, pointed, pinyin, sense) => {
    const card = await cardAt(text, pointed);
    expect(card.word).toBe(pointed);
    expect(card.definitions[0]?.pinyin).toBe(pinyin);
    expect(card.definitions[0]?.definitions.join('; ')).toMatch(sense);
  });

  test('the other script is the form the converter gives the word here', async () => {
    expect((await cardAt('返锡后他立即投入工作。', '后')).otherScript).toBe('後');
    expect((await cardAt('會議於昨天在臺北舉行。', '於')).otherScript).toBe('于');
  });
});

describe('function words read as function words', () => {
  const rule = (char: string, nth = 0) => FUNCTION_WORD_RULES.filter((r) => r.char === char)[nth];
  // One sentence per rule of the table, in the table's order.
  const examples: [string, string, ReturnType<typeof rule>][] = [
    ['这名男子被警方依法刑事拘留。', '被', rule('被')],
    ['我们要把改革进行到底。', '把', rule('把')],
    ['中方将其列入制裁名单。', '将', rule('将', 0)],
    ['火箭将卫星准确送入预定轨道。', '将', rule('将', 1)],
    ['相关部门将更多企业纳入扶持名单。', '将', rule('将', 2)],
    ['会议将于明天在北京举行。', '将', rule('将', 3)],
    ['中方对此表示欢迎。', '对', rule('对')],
    ['大会于北京时间昨天开幕。', '于', rule('于')],
    ['他在北京工作多年。', '在', rule('在')],
    ['这些措施为地方政府所采纳。', '为', rule('为', 0)],
    ['确保金融服务不断档，为受灾农户办理贷款。', '为', rule('为', 1)],
    ['各级干部要为民服务。', '为', rule('为', 2)],
    ['人们唱着歌走进会场。', '着', rule('着')],
    ['今年的粮食产量增加了。', '了', rule('了', 0)],
    ['他买了三本书。', '了', rule('了', 1)],
    ['他曾经去过那个村庄。', '过', rule('过')],
    ['中国的经济保持稳定增长。', '的', rule('的')],
    ['学生们认真地学习。', '地', rule('地')],
    ['他跑得很快。', '得', rule('得')],
    ['这是我们所熟悉的情况。', '所', rule('所')],
    ['坚持以人民为中心的发展思想。', '以', rule('以', 0)],
    ['以实际行动支持改革。', '以', rule('以', 1)],
    ['中国与俄罗斯签署合作协议。', '与', rule('与')],
    ['教师及学生参加了活动。', '及', rule('及')],
    ['会议结束后，代表们合影留念。', '后', rule('后')],
    ['出发前，他检查了行李。', '前', rule('前')],
    ['他们住在村子里。', '里', rule('里')],
    ['在工作中发现问题。', '中', rule('中')],
    ['一周内完成任务。', '内', rule('内')],
    ['除了工资外，还有奖金。', '外', rule('外')],
    ['他在大会上发言。', '上', rule('上')],
    ['在党的领导下取得成就。', '下', rule('下')],
    ['双方就地区局势交换了看法。', '就', rule('就')],
    ['他在农村干了三十年。', '干', rule('干', 0)],
    ['这件事我们一起干。', '干', rule('干', 1)],
    ['他干得很好。', '干', rule('干', 2)],
    ['今年夏天天气很干。', '干', rule('干', 3)],
  ];
  // Rules the model's readings do not reach in any sentence here yet: their context is given as the card reads it.
  const givenContexts: [WordContext, ReturnType<typeof rule>][] = [
    [{ words: [{ text: '公司', han: true }, { text: '为', han: true }, { text: '员工', han: true }], index: 1, reading: 'wèi' }, rule('为', 3)],
  ];
  test.each(givenContexts)('%j', (context, expected) => {
    expect(functionWordRule(context)).toBe(expected);
    expect(functionWordRule({ ...context, reading: 'wéi' })).toBeUndefined();
  });

  test('every rule of the table has its example here', () => {
    expect(new Set([...examples.map(([, , r]) => r), ...givenContexts.map(([, r]) => r)])).toEqual(new Set(FUNCTION_WORD_RULES));
  });

  test.each(examples)('%s %s', async (text, pointed, expected) => {
    const card = await cardAt(text, pointed);
    expect(card.word).toBe(pointed);
    expect(card.usage).toBe(expected!.gloss);
    // The entry of this use first, read as it.
    expect(card.definitions[0]?.pinyin.toLowerCase()).toBe(card.pinyin[0]);
  });

  test.each([
    ['他拿着一把雨伞。', '把'],
    ['这所学校很有名。', '所'],
    ['学校新添了50台电脑。', '台'],
  ])('after a number or a demonstrative, the measure-word sense: %s %s', async (text, pointed) => {
    const card = await cardAt(text, pointed);
    expect(card.usage).toMatch(/^classifier/);
    expect(card.definitions[0]?.definitions).toContain(card.usage);
  });

  test.each([
    ['民警将涉案男子带回派出所调查。', '将'], // 带回
    ['警方将三名犯罪嫌疑人抓获。', '将'], // 抓获
    ['他将文件放在桌上。', '将'], // 放在
    ['法院將被告判處有期徒刑五年。', '將'], // 判处; 被告 is no 被 "by"
    ['警方將嫌犯移送法辦。', '將'], // 移送法办
  ])('将 + object + a verb with its result or direction marks the object: %s', async (text, pointed) => {
    expect((await cardAt(text, pointed)).usage).toBe(rule('将', 1)!.gloss);
  });

  test.each([
    ['会议将推动两国关系走上新台阶。', '将'], // a verb that takes a clause
    ['中方将一如既往支持朝鲜走自己的道路。', '将'], // an adverb before the verb
    ['双方将于明年举行会谈。', '将'],
  ])('将 before a verb or an adverb is "will": %s', async (text, pointed) => {
    expect((await cardAt(text, pointed)).usage).toBe(rule('将', 3)!.gloss);
  });

  test.each([
    ['我们将更多优质资源纳入医保范围。', '将'], // 纳入
    ['企业将更多精力放在创新上。', '将'], // 放在
  ])('将 + 更多 + object + a verb with its result or direction marks the object: %s', async (text, pointed) => {
    expect((await cardAt(text, pointed)).usage).toBe(rule('将', 2)!.gloss);
  });

  test.each([
    ['我们将更多地投入到研发中。', '将'], // 更多地 says how
    ['明年将更多依靠内需拉动增长。', '将'], // no verb of result or direction
  ])('将 + 更多 without an object taken somewhere is "will": %s', async (text, pointed) => {
    expect((await cardAt(text, pointed)).usage).toBe(rule('将', 3)!.gloss);
  });

  test.each([
    ['他一到北京就开始工作。', '就'], // 就 + verb: "then"
    ['这个问题他很快就解决了。', '就'],
  ])('就 before a verb is no preposition: %s', async (text, pointed) => {
    expect((await cardAt(text, pointed)).usage).toBeUndefined();
  });

  test('the verb 干 gàn: its reading and "to do" first, however the model read it', async () => {
    const card = await cardAt('他在农村干了三十年。', '干');
    expect(card.pinyin).toEqual(['gàn']);
    expect(card.definitions[0]?.traditional).toBe('幹');
  });

  test('the reading of this use, however the model read the character (认真地 de)', async () => {
    expect((await cardAt('学生们认真地学习。', '地')).pinyin).toEqual(['de']);
    expect((await cardAt('他曾经去过那个村庄。', '过')).pinyin).toEqual(['guo']);
  });

  test.each([
    ['这件被子很暖和。', '被', '被子'],
    ['我们要把握发展机遇。', '把', '把握'],
    ['一位将军出席了仪式。', '将', '将军'],
    ['对面的大楼正在施工。', '对', '对面'],
    ['你说得对。', '对', '对'],
    ['这个答案是对的。', '对', '对'],

    ['过了一会儿他来了。', '过', '过'],
    ['他们在这块地里种了玉米。', '地', '地'],
    ['他被选为主席。', '为', '为'],
  ])('%s %s: no function word', async (text, pointed, word) => {
    const card = await cardAt(text, pointed);
    expect(card.word).toBe(word);
    expect(card.usage).toBeUndefined();
  });
});

describe('words whose sense here the dictionary does not give first', () => {
  test.each([
    ['今年正月初三，村里举办了庙会。', '三', /3rd day of a lunar month/],
    ['农历八月初一，游客纷纷前来祈福。', '一', /1st day of a lunar month/],
    ['腊月初八，市民排队领取腊八粥。', '初', /first ten days of a lunar month/], // 初|八: the dictionary has no 初八
  ])('初N after a month is a day: %s', async (text, pointed, usage) => {
    expect((await cardAt(text, pointed)).usage).toMatch(usage);
  });
  test('初三 with no month before it keeps the dictionary\'s sense first', async () => {
    const card = await cardAt('他今年上初三。', '三');
    expect(card.usage).toBeUndefined();
    expect(card.definitions[0]?.definitions[0]).toMatch(/junior middle school/);
  });
});

describe('dictionary words the sentence shows to be two', () => {
  test.each([
    ['她穿着一件红色外套出席活动。', '着', '着', 'zhe', /aspect/], // 穿着 "attire" before an object
    ['他把作业写完了。', '了', '了', 'le', /particle|aspect/], // 完了 "done for" after a verb
    ['饭菜已经做好了。', '了', '了', 'le', /particle|aspect/],
  ])('%s %s', async (text, pointed, word, pinyin, usage) => {
    const card = await cardAt(text, pointed);
    expect(card.word).toBe(word);
    expect(card.pinyin).toEqual([pinyin]);
    expect(card.usage).toMatch(usage);
  });
  test.each([
    ['她的穿着很朴素。', '着', '穿着'],
    ['一切都完了。', '完', '完了'],
    ['他沿着这条路走。', '着', '沿着'],
  ])('whole where nothing says otherwise: %s', async (text, pointed, word) => {
    expect((await cardAt(text, pointed)).word).toBe(word);
  });
});

describe('names are words', () => {
  test.each([
    // A title or job before the name.
    ['新华社记者王清华报道。', '清', '王清华', 'Wáng Qīnghuá'],
    ['龙湖集团董事长吴亚军辞去职务。', '亚', '吴亚军', 'Wú Yàjūn'],
    ['龙湖集团总裁吴亚军今天在北京宣布。', '亚', '吴亚军', 'Wú Yàjūn'],
    ['香港特区前政务司司长唐英年出席活动。', '英', '唐英年', 'Táng Yīngnián'],
    ['（记者 曹嘉）9月4日，国家统计局发布数据。', '嘉', '曹嘉', 'Cáo Jiā'],
    ['首席科学家王清华在会上发言。', '华', '王清华', 'Wáng Qīnghuá'], // a job word the list lacks (…家)
    // A verb of saying, or a title said after the name.
    ['孙启勤表示，公司将继续推进改革。', '孙', '孙启勤', 'Sūn Qǐqín'],
    ['律师事务所合伙人刘欣先生在接受采访时说。', '欣', '刘欣', 'Liú Xīn'],
    // A list of names.
    ['张伟、李娜等出席会议。', '伟', '张伟', 'Zhāng Wěi'],
    // The same name marked so elsewhere in the text.
    ['吴亚军辞去职务。龙湖集团董事长吴亚军表示感谢。', '亚', '吴亚军', 'Wú Yàjūn'],
    // Two-character surnames and surnames read otherwise than the character.
    ['欧阳明表示欢迎。', '阳', '欧阳明', 'Ōuyáng Míng'],
    ['单雄信说，比赛很精彩。', '单', '单雄信', 'Shàn Xióngxìn'],
    ['曾志伟说，电影很成功。', '曾', '曾志伟', 'Zēng Zhìwěi'],
    ['华立新表示欢迎。', '立', '华立新', 'Huà Lìxīn'],
    // A title said after the name, a photographer's credit.
    ['会见了吴亚军总理。', '亚', '吴亚军', 'Wú Yàjūn'],
    ['（孙启勤摄）', '启', '孙启勤', 'Sūn Qǐqín'],
    // Listed beside an accepted name or a name the glossary knows, in a byline or with 、.
    ['（记者 王清华 吴亚军）', '亚', '吴亚军', 'Wú Yàjūn'],
    ['外长王毅、吴亚军出席会议。', '亚', '吴亚军', 'Wú Yàjūn'],
    // No context at all, but two characters the dictionary knows only apart, starting the clause, before a word.
    ['住在村东头的曹玉芬非常满意。', '玉', '曹玉芬', 'Cáo Yùfēn'],
    // A given name keeps its characters' tones where the dictionary word reads one neutral (明白 míngbai).
    ['记者王明白报道。', '明', '王明白', 'Wáng Míngbái'],
  ])('%s %s → %s', async (text, pointed, word, pinyin) => {
    const card = await cardAt(text, pointed);
    expect(card.word).toBe(word);
    expect(card.name).toEqual({ kind: 'person', pinyin });
    // The characters' own senses, the surname's surname entry first.
    expect(card.definitions[0]?.simplified).toBe([...word][0] === '欧' ? '欧' : [...word][0]);
    expect(card.definitions[0]?.definitions.join(' ')).toMatch(/surname|dynasty/i);
  });

  test.each([
    ['宇航员奥尔德林登上月球。', '尔', '奥尔德林', "Ào'ěrdélín"],
    ['加纳外长阿克拉姆表示欢迎。', '克', '阿克拉姆', 'Ākèlāmǔ'],
    ['选手卡拉科维奇获得冠军。', '科', '卡拉科维奇', 'Kǎlākēwéiqí'], // one mark in a long run
    ['英国球星罗伊斯表示欢迎。', '伊', '罗伊斯', 'Luóyīsī'], // led by a surname, but all transliteration
  ])('a run of transliteration characters: %s', async (text, pointed, word, pinyin) => {
    const card = await cardAt(text, pointed);
    expect(card.word).toBe(word);
    expect(card.name).toEqual({ kind: 'foreign', pinyin });
  });

  test.each([
    ['昨天王清华来了。', '清', '清华'], // no context says it is a name
    ['他向他表示感谢。', '他', '他'], // 向 is a surname, but here "towards"
    ['团队成员曾查阅文献。', '查', '查阅'], // 曾 "once"
    ['小区有600余户居民。', '户', '户'], // 余 after a number
    ['雅诗兰黛、兰蔻等品牌。', '黛', '黛'], // a list item longer than the name
    ['意大利与俄罗斯举行会谈。', '大', '意大利'], // the dictionary's word
    ['今年以来，宁镇扬一体化发展取得新进展。', '镇', '镇'], // short names of places side by side
  ])('no name: %s %s', async (text, pointed, word) => {
    const card = await cardAt(text, pointed);
    expect(card.word).toBe(word);
    expect(card.name?.kind ?? null).not.toBe('person');
  });

  test.each([
    ['习近平主持会议。', '近', { kind: 'person', pinyin: 'Xí Jìnpíng' }],
    ['俄罗斯总统普京表示。', '京', { kind: 'foreign', pinyin: 'Pǔjīng' }],
    ['北京是中国的首都。', '京', { kind: 'place', pinyin: 'Běijīng' }],
    ['他喜欢昆曲。', '曲', null], // a place named later in the definition
    ['纪念中国人民抗日战争胜利八十周年。', '争', null], // years, but of a war
    ['他考上了清华大学。', '华', { kind: 'org', pinyin: 'Qīnghuá Dàxué' }],
    ['共建一带一路。', '带', null],
    ['不少港人北上消费。', '港', null],
  ])('a dictionary name says so, with its pinyin as a name: %s %s', async (text, pointed, name) => {
    expect((await cardAt(text, pointed)).name ?? null).toEqual(name);
  });

  test('a unit of date or time after digits is a word of its own (9月4日|电, not 日电 "NEC")', async () => {
    const dateline = await cardAt('新华社北京9月4日电 习近平同金正恩举行会谈。', '电');
    expect(dateline.word).toBe('电');
    expect(dateline.name).toBeUndefined();
    expect((await cardAt('据3年前的报道，', '前')).word).toBe('前');
  });

  test("a glossary's person the dictionary lacks stays whole", async () => {
    const card = await cardAt('国务院副总理张国清出席会议。', '国', 1);
    expect(card.word).toBe('张国清');
    expect(card.name).toEqual({ kind: 'person', pinyin: 'Zhāng Guóqīng' });
  });

  test('S and L reach the name from its surname and back', async () => {
    const text = '孙启勤表示，公司将继续推进改革。';
    const name = await cardAt(text, '启');
    expect(name.lengths).toContain(3);
    expect((await composeCard({ text, offset: 0, length: 1 }, sources))?.name).toBeUndefined();
    expect((await composeCard({ text, offset: 0, length: 3 }, sources))?.name?.kind).toBe('person');
  });

  test('name pinyin: capitals, given name joined, apostrophes', () => {
    expect(namePinyin(['ōu', 'yáng', 'xiū'], 2)).toBe('Ōuyáng Xiū');
    expect(namePinyin(['wáng', 'ān'], 1)).toBe('Wáng Ān');
    expect(namePinyin(['liú', 'èr', 'ān'], 1)).toBe("Liú Èr'ān");
    expect(namePinyin(['xī', 'ān'])).toBe("Xī'ān");
  });
});

describe('places by their one-character names', () => {
  test.each([
    ['总书记来宁考察调研。', '宁', 'Nanjing'], // a verb of movement
    ['代表团明天赴港访问。', '港', 'Hong Kong'], // a verb of travel
    ['他抵美后会见了议员。', '美', 'United States'], // a verb of travel, an everyday word too
    ['沪深股市今天上涨。', '沪', 'Shanghai'], // beside another place
    ['京港两地加强合作。', '港', 'Hong Kong'], // beside another place, and a word that follows places
    ['他返锡后立即投入工作。', '锡', 'Wuxi'],
    ['这位锡籍运动员夺得冠军。', '锡', 'Wuxi'], // a word that follows places
    ['他们在京期间参观了故宫。', '京', 'Beijing'], // a verb of movement
    ['哈、塔两国签署协议。', '哈', 'Kazakhstan'], // beside another place across 、
    ['中塔两国关系不断发展。', '塔', 'Tajikistan'], // a word that follows countries, an everyday word too
  ])('%s %s', async (text, pointed, place) => {
    const card = await cardAt(text, pointed);
    expect(card.word).toBe(pointed);
    expect(card.usage).toContain(place);
    expect(card.name).toEqual({ kind: 'place', pinyin: PLACE_ABBREVIATIONS[pointed]!.reading.replace(/^./, (c) => c.toUpperCase()) });
  });

  test.each([
    ['风景很美。', '美'],
    ['在新的起点上再出发。', '新'],
    ['他宁愿留在家里。', '宁'],
  ])('no place: %s %s', async (text, pointed) => {
    const card = await cardAt(text, pointed);
    expect(card.usage).toBeUndefined();
    expect(card.name?.kind).not.toBe('place');
  });

  test('a run needs one name that is no everyday word', async () => {
    // 中 and 日 are everyday words: side by side alone they are no run of places.
    expect((await cardAt('这一天日中天。', '日')).usage).toBeUndefined();
  });
});

describe('terms inside terms', () => {
  const phrase = '以习近平同志为核心的党中央高度重视。';
  test.each([
    ['中', '党中央'],
    ['近', '习近平'],
    ['核', '核心'],
  ])('%s in 以习近平同志为核心的党中央 → %s, the phrase as the glossary section', async (pointed, word) => {
    const card = await cardAt(phrase, pointed);
    expect(card.word).toBe(word);
    expect(card.definitions.length).toBeGreaterThan(0);
    expect(card.glossary?.term).toBe('以习近平同志为核心的党中央');
  });

  test('a function word inside the phrase reads as one (以 A 为 B)', async () => {
    expect((await cardAt(phrase, '以')).usage).toBe(FUNCTION_WORD_RULES.filter((r) => r.char === '以')[0]!.gloss);
  });

  test('L from the phrase\'s first word reaches the phrase, which is shown whole when asked for', async () => {
    const first = await cardAt(phrase, '以');
    expect(first.lengths).toContain(13);
    const whole = await composeCard({ text: phrase, offset: 0, length: 13 }, sources);
    expect(whole?.word).toBe('以习近平同志为核心的党中央');
    expect(whole?.glossary?.term).toBe('以习近平同志为核心的党中央');
  });

  test('a glossary term with a dictionary entry stays whole', async () => {
    const card = await cardAt('坚持改革开放不动摇。', '开');
    expect(card.word).toBe('改革开放');
    expect(card.glossary?.term).toBe('改革开放');
  });
});

describe('the card carries its readings in zhuyin too', () => {
  test('each syllable of the reading in context, for readers who choose zhuyin', async () => {
    const card = await cardAt('这家银行的行长发表了讲话。', '行长');
    expect(card.pinyin).toEqual(['háng', 'zhǎng']);
    expect(card.zhuyin).toEqual(['ㄏㄤˊ', 'ㄓㄤˇ']);
  });
});
