import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js/core';
import * as Locale from 'opencc-js/preset';
import { describe, expect, test } from 'vitest';
import {
  buildConversionWords,
  cedictWords,
  CONVERSION_SEGMENTATION_FILE,
  conversionSegmentationJson,
  phraseChanges,
  phraseProblems,
} from '../../../../tools/build/build-conversion-words';
import { cleanChineseText, splitSentences } from '../../../../core/text/clean-text';
import { convertText, convertTexts, createLocaleConverter, LOCALES } from '../../../../core/script/convert-script';
import { isSorted, parseDict } from '../../../../core/script/opencc-engine';
import { hasHan } from '../../../../core/text/han';
import { readCorpusTexts } from '../../../../tools/lib/node-data';
import { CORPUS_DIR } from '../../../support/data';

/** OpenCC's published test cases (tests/fixtures/opencc/README.md). */
interface OpenccCase {
  id: string;
  input: string;
  expected: Record<string, string>;
}
const OPENCC_CASES = (JSON.parse(readFileSync(new URL('../../../fixtures/opencc/testcases.json', import.meta.url), 'utf8')) as { cases: OpenccCase[] }).cases;
const rawOpencc = OpenCC.ConverterBuilder(Locale);

describe("the conversion engine (core/script/opencc-engine.ts) gives opencc-js's output", () => {
  // The news corpus, OpenCC's test inputs, and both in Taiwan's traditional characters, for sources in either script.
  const simplified = [...readCorpusTexts(), ...OPENCC_CASES.map((c) => c.input)].join('\n');
  const traditional = rawOpencc({ from: 'cn', to: 'tw' })(simplified);
  const directions = LOCALES.flatMap((from) => LOCALES.filter((to) => to !== from).map((to) => [from, to] as const));
  test("opencc-js's dictionaries are as the engine reads them: sorted keys (but the normalisation's), one value", () => {
    const presetConfigs = Object.values(Locale.configs) as unknown as { normalizationChain?: string[][]; segmentation?: string[]; conversionChain: string[][] }[];
    const normalization = new Set(presetConfigs.flatMap((config) => config.normalizationChain?.flat() ?? []));
    const dicts = new Set([...presetConfigs.flatMap((config) => [...(config.segmentation ?? []), ...config.conversionChain.flat()])]);
    expect(dicts.size).toBeGreaterThan(10);
    for (const dict of dicts) {
      if (normalization.has(dict)) continue;
      expect(isSorted(parseDict(dict))).toBe(true);
      // Entries are "key value": the engine takes a value to run to the entry's end.
      expect(dict.split('|').every((entry) => entry.split(' ').length === 2)).toBe(true);
    }
  });

  test.each(directions)('%s → %s', (from, to) => {
    // No segmentation words: what opencc-js does alone.
    const ours = createLocaleConverter(from, to, []);
    const raw = rawOpencc({ from, to });
    for (const text of [simplified, traditional]) expect(ours(text)).toBe(raw(text));
  });
});

describe("OpenCC's published test cases: right wherever opencc-js alone is right", () => {
  // Each configuration the extension offers, as the direction it is asked for.
  const CONFIGS = {
    s2t: ['cn', 't'],
    s2tw: ['cn', 'tw'],
    s2twp: ['cn', 'twp'],
    s2hk: ['cn', 'hk'],
    t2s: ['t', 'cn'],
    tw2s: ['tw', 'cn'],
    tw2sp: ['twp', 'cn'],
    hk2s: ['hk', 'cn'],
    t2tw: ['t', 'tw'],
    t2hk: ['t', 'hk'],
    tw2t: ['tw', 't'],
    hk2t: ['hk', 't'],
  } as const;
  test.each(Object.entries(CONFIGS))('%s', (config, [from, to]) => {
    const raw = rawOpencc({ from, to });
    const cases = OPENCC_CASES.filter((c) => c.expected[config] !== undefined);
    const rawRight = cases.filter((c) => raw(c.input) === c.expected[config]);
    const oursRight = cases.filter((c) => convertText(c.input, to, from) === c.expected[config]);
    console.log(`OpenCC test cases, ${config}: ours ${oursRight.length}/${cases.length}, opencc-js ${rawRight.length}/${cases.length}`);
    expect(cases.length).toBeGreaterThan(0);
    for (const c of rawRight) expect(convertText(c.input, to, from), c.id).toBe(c.expected[config]);
  });
});

describe('convertText: simplified to each traditional standard', () => {
  test.each([
    // [simplified, tw, hk, t, twp]
    ['后台', '後臺', '後台', '後臺', '後臺'],
    ['头发', '頭髮', '頭髮', '頭髮', '頭髮'],
    ['发展', '發展', '發展', '發展', '發展'],
    ['乾隆', '乾隆', '乾隆', '乾隆', '乾隆'],
    ['干部', '幹部', '幹部', '幹部', '幹部'],
    ['饼干', '餅乾', '餅乾', '餅乾', '餅乾'],
    ['余光中', '余光中', '余光中', '余光中', '余光中'],
    ['人类命运共同体', '人類命運共同體', '人類命運共同體', '人類命運共同體', '人類命運共同體'],
    ['共产党', '共產黨', '共產黨', '共產黨', '共產黨'],
    ['支持', '支持', '支持', '支持', '支援'],
    ['文件', '文件', '文件', '文件', '檔案'],
    // 着: Taiwan writes 著, Hong Kong keeps 着.
    ['看着', '看著', '看着', '看着', '看著'],
  ])('%s', (simplified, tw, hk, t, twp) => {
    expect(convertText(simplified, 'tw', 'cn')).toBe(tw);
    expect(convertText(simplified, 'hk', 'cn')).toBe(hk);
    expect(convertText(simplified, 't', 'cn')).toBe(t);
    expect(convertText(simplified, 'twp', 'cn')).toBe(twp);
  });
});

describe('convertText: traditional to simplified', () => {
  test.each([
    ['後臺', 'tw', '后台'],
    ['頭髮', 'tw', '头发'],
    ['幹部', 'tw', '干部'],
    ['乾淨', 'tw', '干净'],
    ['瞭解', 'tw', '了解'],
    ['看著他的著作', 'tw', '看着他的著作'],
    ['習近平強調', 'tw', '习近平强调'],
    ['軟體', 'twp', '软件'],
  ] as const)('%s (%s) → %s', (traditional, from, simplified) => {
    expect(convertText(traditional, 'cn', from)).toBe(simplified);
  });
});

describe('automatic source', () => {
  test('simplified text goes to traditional', () => {
    expect(convertText('中国式现代化', 'tw')).toBe('中國式現代化');
  });
  test('traditional text goes to simplified', () => {
    expect(convertText('中國式現代化', 'cn')).toBe('中国式现代化');
  });
  test('text already in the target script is left as it is', () => {
    expect(convertText('習近平強調', 'tw')).toBe('習近平強調');
    expect(convertText('习近平强调', 'cn')).toBe('习近平强调');
  });
  test('text without Chinese is unchanged', () => {
    expect(convertText('Quote "don\'t" see https://example.com/a?b=c', 'tw')).toBe('Quote "don\'t" see https://example.com/a?b=c');
  });
  test('a mixed batch converts only the texts not yet in the target script', () => {
    expect(convertTexts(['台灣的後台', '后台支持', 'plain'], 'tw')).toEqual(['台灣的後台', '後臺支持', 'plain']);
    expect(convertTexts(['台湾的后台', '後臺支持'], 'cn')).toEqual(['台湾的后台', '后台支持']);
  });
  test('a batch keeps its order and length', () => {
    expect(convertTexts(['后台', '', 'abc', '头发'], 'tw', 'cn')).toEqual(['後臺', '', 'abc', '頭髮']);
  });
});

describe('corpus pair: 003 (simplified original) with twp reproduces 002 (its traditional version)', () => {
  const norm = (text: string) =>
    text
      .replace(/\s+/g, '')
      // Punctuation: 002 was scraped with ASCII punctuation, and 003's column layout lost some 、.
      .replace(/[，,]/g, ',')
      .replace(/[：:]/g, ':')
      .replace(/[（(]/g, '(')
      .replace(/[）)]/g, ')')
      .replace(/[“”"「」]/g, '"')
      .replace(/、/g, '')
      // Character variants both used in Taiwan text; 002 comes from Xinhua's own converter.
      .replace(/産/g, '產')
      .replace(/臺灣/g, '台灣')
      .replace(/瞭解/g, '了解');
  const original = cleanChineseText(readFileSync(`${CORPUS_DIR}003_f0db3c5afb1c4395.txt`, 'utf8'));
  const traditional = cleanChineseText(readFileSync(`${CORPUS_DIR}002_9cf68f22f8066400.txt`, 'utf8'));
  const ours = splitSentences(original).map((sentence) => norm(convertText(sentence, 'twp', 'cn')));
  const theirs = splitSentences(traditional)
    .filter((sentence) => hasHan(sentence))
    .map(norm);
  const commonPrefix = (a: string, b: string) => {
    let n = 0;
    while (n < a.length && a[n] === b[n]) n++;
    return n;
  };
  // A sentence of 002 is paired with the sentence of ours that opens the most like it (10 characters at least).
  const pairs = theirs.flatMap((their) => {
    const best = ours.reduce((a, b) => (commonPrefix(their, b) > commonPrefix(their, a) ? b : a), '');
    return commonPrefix(their, best) >= 10 ? [[their, best] as const] : [];
  });

  test('the shared article is found', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(10);
  });
  test.each(pairs.map(([their, our]) => [their.slice(0, 16), their, our]))('%s…', (_start, their, our) => {
    // 002 sometimes runs two sentences together: ours must be its beginning or the whole.
    expect(their.startsWith(our) || our.startsWith(their)).toBe(true);
  });
});

describe('convertText: OpenCC phrases matched across a word boundary (tools/build/conversion-traps.ts)', () => {
  test.each([
    // [simplified, tw, hk, t]; stock opencc-js gets each of these wrong for every target.
    ['银行行长发表讲话', '銀行行長發表講話', '銀行行長發表講話', '銀行行長發表講話'], // 長髮表
    ['维护发展权益', '維護發展權益', '維護發展權益', '維護發展權益'], // 護髮展
    ['医生发现问题', '醫生發現問題', '醫生發現問題', '醫生發現問題'], // 生髮現
    ['转换发光', '轉換發光', '轉換發光', '轉換發光'], // 換髮光
    ['湖南岳阳市', '湖南岳陽市', '湖南岳陽市', '湖南岳陽市'], // 南嶽
    ['我国历来重视', '我國歷來重視', '我國歷來重視', '我國歷來重視'], // 國曆
    ['英国历史上', '英國歷史上', '英國歷史上', '英國歷史上'], // 國曆
    ['没有采取措施', '沒有採取措施', '沒有採取措施', '沒有採取措施'], // 有采
    ['坚持一个中国原则', '堅持一個中國原則', '堅持一個中國原則', '堅持一個中國原則'], // 一箇中
    ['一个旧市镇', '一個舊市鎮', '一個舊市鎮', '一個舊市鎮'], // 箇舊市
    ['推土机制造企业', '推土機製造企業', '推土機製造企業', '推土機製造企業'], // 機制造
    ['创新制造', '創新製造', '創新製造', '創新製造'], // 新制造
    ['银币制造', '銀幣製造', '銀幣製造', '銀幣製造'], // 幣制造
    ['方法制作', '方法製作', '方法製作', '方法製作'], // 法制作
    ['人口占比', '人口佔比', '人口佔比', '人口佔比'], // 口占
    ['经济遭到巨大冲击', '經濟遭到巨大衝擊', '經濟遭到巨大衝擊', '經濟遭到巨大衝擊'], // 大沖
    ['海浪冲蚀', '海浪沖蝕', '海浪沖蝕', '海浪沖蝕'], // 浪衝
    ['两家公司反对合并', '兩家公司反對合併', '兩家公司反對合併', '兩家公司反對合併'], // 對合並
    ['殴打并抢劫', '毆打並搶劫', '毆打並搶劫', '毆打並搶劫'], // 打併
    ['政府干预市场', '政府干預市場', '政府干預市場', '政府干預市場'], // 府幹
    ['审查干部', '審查幹部', '審查幹部', '審查幹部'], // 查干
    ['名单于下周公布', '名單於下週公佈', '名單於下週公佈', '名單於下週公佈'], // 單于
    ['花费一千美元后离开', '花費一千美元後離開', '花費一千美元後離開', '花費一千美元後離開'], // 元后
    ['通风后再进入', '通風後再進入', '通風後再進入', '通風後再進入'], // 風后
    ['抗日游击根据地', '抗日游擊根據地', '抗日游擊根據地', '抗日游擊根據地'], // 日遊
    ['中国大陆游戏', '中國大陸遊戲', '中國大陸遊戲', '中國大陸遊戲'], // 陸游
    ['其中签名者', '其中簽名者', '其中簽名者', '其中簽名者'], // 中籤
    ['重新征服', '重新征服', '重新征服', '重新征服'], // 新徵
    ['西北方几英里', '西北方幾英里', '西北方幾英里', '西北方幾英里'], // 方几
    ['驼背人', '駝背人', '駝背人', '駝背人'], // 揹人
    ['官名表', '官名表', '官名表', '官名表'], // 名錶
    ['大多只用', '大多只用', '大多只用', '大多只用'], // 多隻
    ['液压回路', '液壓迴路', '液壓迴路', '液壓迴路'], // 壓回
    ['环绕回廊', '環繞迴廊', '環繞迴廊', '環繞迴廊'], // 繞回
    ['读书台', '讀書臺', '讀書台', '讀書臺'], // 書檯
    ['值机柜台', '值機櫃檯', '值機櫃枱', '值機櫃檯'], // 機櫃臺
    ['石库门里弄', '石庫門里弄', '石庫門里弄', '石庫門里弄'], // 門裡弄
    // Found by tools/build/find-conversion-traps.ts:
    ['而是只要', '而是只要', '而是只要', '而是只要'], // 是隻
    ['统一出租', '統一出租', '統一出租', '統一出租'], // 一齣
    ['公开发布', '公開發佈', '公開發佈', '公開發佈'], // 開發布
    ['教育部发布', '教育部發佈', '教育部發佈', '教育部發佈'], // 部發布
    ['亮相并', '亮相並', '亮相並', '亮相並'], // 相併
    ['小白干活', '小白幹活', '小白幹活', '小白幹活'], // 白乾
    ['劳伦斯干', '勞倫斯幹', '勞倫斯幹', '勞倫斯幹'], // 斯干
    ['保安胡同', '保安衚衕', '保安衚衕', '保安衚衕'], // 安胡
  ])('%s', (simplified, tw, hk, t) => {
    expect(convertText(simplified, 'tw', 'cn')).toBe(tw);
    expect(convertText(simplified, 'hk', 'cn')).toBe(hk);
    expect(convertText(simplified, 't', 'cn')).toBe(t);
  });

  test.each([
    // Where the phrase is the right reading, conversion is as before.
    ['留着长发', '留著長髮', '留着長髮', '留着長髮'],
    ['她留着一头乌黑的长发', '她留著一頭烏黑的長髮', '她留着一頭烏黑的長髮', '她留着一頭烏黑的長髮'],
    ['细长发丝', '細長髮絲', '細長髮絲', '細長髮絲'],
    ['头发', '頭髮', '頭髮', '頭髮'],
    ['理发', '理髮', '理髮', '理髮'],
    ['使用护发素', '使用護髮素', '使用護髮素', '使用護髮素'],
    ['学生发型', '學生髮型', '學生髮型', '學生髮型'],
    ['机制', '機制', '機制', '機制'],
    ['法制', '法制', '法制', '法制'],
    ['公历和农历', '公曆和農曆', '公曆和農曆', '公曆和農曆'],
    ['中国历法', '中國曆法', '中國曆法', '中國曆法'],
    ['个中滋味', '箇中滋味', '箇中滋味', '箇中滋味'],
    ['匈奴单于', '匈奴單于', '匈奴單于', '匈奴單于'],
    ['口占一绝', '口占一絕', '口占一絕', '口占一絕'],
    ['简单明了', '簡單明瞭', '簡單明瞭', '簡單明瞭'],
    ['三天后', '三天後', '三天後', '三天後'],
    ['歌坛天后', '歌壇天后', '歌壇天后', '歌壇天后'],
    ['汉元后', '漢元后', '漢元后', '漢元后'],
    ['南岳衡山', '南嶽衡山', '南嶽衡山', '南嶽衡山'],
    ['一根烟', '一根菸', '一根煙', '一根菸'],
  ])('%s (phrase right here)', (simplified, tw, hk, t) => {
    expect(convertText(simplified, 'tw', 'cn')).toBe(tw);
    expect(convertText(simplified, 'hk', 'cn')).toBe(hk);
    expect(convertText(simplified, 't', 'cn')).toBe(t);
  });

  test.each([
    // [simplified, tw, hk, t, twp]: an added word cuts into one of OpenCC's phrases that is not a trap, and
    // OpenCC's reading stands (就口 and 口吃: 口喫 in s2t; 一口 and 口干; 上风 and 风卷; 一对 and 对冲).
    ['想到自己一紧张就口吃，我就没胃口吃饭', '想到自己一緊張就口吃，我就沒胃口吃飯', '想到自己一緊張就口吃，我就沒胃口吃飯', '想到自己一緊張就口吃，我就沒胃口喫飯', '想到自己一緊張就口吃，我就沒胃口吃飯'],
    ['一口干了', '一口乾了', '一口乾了', '一口乾了', '一口乾了'],
    ['上风卷起', '上風捲起', '上風捲起', '上風捲起', '上風捲起'],
    ['一对冲基金', '一對沖基金', '一對沖基金', '一對沖基金', '一對沖基金'],
  ])('%s (an added word does not change another phrase of OpenCC)', (simplified, tw, hk, t, twp) => {
    expect(convertText(simplified, 'tw', 'cn')).toBe(tw);
    expect(convertText(simplified, 'hk', 'cn')).toBe(hk);
    expect(convertText(simplified, 't', 'cn')).toBe(t);
    expect(convertText(simplified, 'twp', 'cn')).toBe(twp);
  });

  test.each([
    // [simplified, tw, hk, t, twp]: 总台 is a broadcaster after its name (電視臺 → 電視總臺; Hong Kong writes 台),
    // a front desk elsewhere, as OpenCC has it.
    ['中央广播电视总台', '中央廣播電視總臺', '中央廣播電視總台', '中央廣播電視總臺', '中央廣播電視總臺'],
    ['电视总台', '電視總臺', '電視總台', '電視總臺', '電視總臺'],
    ['广播总台', '廣播總臺', '廣播總台', '廣播總臺', '廣播總臺'],
    ['酒店总台', '酒店總檯', '酒店總枱', '酒店總檯', '酒店總檯'],
  ])('%s (phrases OpenCC lacks, tools/build/conversion-traps.ts)', (simplified, tw, hk, t, twp) => {
    expect(convertText(simplified, 'tw', 'cn')).toBe(tw);
    expect(convertText(simplified, 'hk', 'cn')).toBe(hk);
    expect(convertText(simplified, 't', 'cn')).toBe(t);
    expect(convertText(simplified, 'twp', 'cn')).toBe(twp);
    // And back: each standard's reading converts back to the simplified phrase.
    for (const [from, traditional] of [['tw', tw], ['hk', hk], ['t', t], ['twp', twp]] as const) expect(convertText(traditional, 'cn', from)).toBe(simplified);
  });

  test('the added phrases each change OpenCC and convert back, in every configuration', () => {
    expect(phraseProblems()).toEqual([]);
  });

  test("the added words change no reading of OpenCC's phrases but the traps', in s2t, s2tw, s2hk and s2twp", () => {
    expect(phraseChanges(buildConversionWords(cedictWords()))).toEqual([]);
  }, 120_000);

  test('Taiwan phrasing (twp) gets the same segmentation', () => {
    expect(convertText('银行行长发表讲话', 'twp', 'cn')).toBe('銀行行長發表講話');
    expect(convertText('湖南岳阳市', 'twp', 'cn')).toBe('湖南岳陽市');
  });

  test('regenerating assets/conversion-segmentation.json from CEDICT and the trap phrases changes nothing', () => {
    expect(conversionSegmentationJson(buildConversionWords(cedictWords()))).toBe(readFileSync(CONVERSION_SEGMENTATION_FILE, 'utf8'));
  }, 60_000);
});
