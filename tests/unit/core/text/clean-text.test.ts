import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  cleanChineseText,
  isExampleSentence,
  joinBrokenHanLines,
  splitSentences,
  stripInlinePinyin,
  stripMarkdown,
  stripPageJunk,
} from '../../../../core/text/clean-text';
import { CORPUS_DIR } from '../../../support/data';

describe('noise cleaning', () => {
  test.each([
    ['中朝關(guān)系迎來新篇章', '中朝關系迎來新篇章'],
    ['多個(gè)領(lǐng)域', '多個領域'],
    ['加強(qiáng)海關(guān)、檢驗(yàn)檢疫', '加強海關、檢驗檢疫'],
    ['當?shù)孛癖姷臒崃覛g迎', '當?shù)孛癖姷臒崃覛g迎'],
    ['Call (555) stays, 中文(English) stays', 'Call (555) stays, 中文(English) stays'],
  ])('inline pinyin: %s', (input, output) => {
    expect(stripInlinePinyin(input)).toBe(output);
  });

  test.each([
    // 001: the scraped page ends with a "related searches" list.
    ['共同發揮了積極作用。\n其他人还在搜索:\n深化合作与友好交流:深化合作与友好交流的意义', '共同發揮了積極作用。\n'],
    ['正文。\n相关搜索：\n一\n二\n\n下一段。', '正文。\n\n下一段。'],
    // 002: the page's metadata line and photo credits.
    ['標題\n發佈時間:2025-09-05 10:55:58 | 來源:新華網 | 作者: | 責任編輯:丁素雲\n正文。', '標題\n正文。'],
    ['舉行會談。新華社記者 黃敬文 攝\n新華社北京9月4日電', '舉行會談。\n新華社北京9月4日電'],
    ['会见通伦。 新华社记者黄敬文摄', '会见通伦。'],
    // Not junk: an ordinary sentence that mentions searching.
    ['他说相关搜索结果很多。', '他说相关搜索结果很多。'],
  ])('page junk: %j', (input, output) => {
    expect(stripPageJunk(input)).toBe(output);
  });

  test.each([
    ['共产\n党领导', '共产党领导'],
    ['抗日 战 争', '抗日战争'],
    ['9月 4日晚，胜利 80 周年', '9月4日晚，胜利80周年'],
    ['（记者 杨依军 邵艺博） 9月', '（记者杨依军邵艺博）9月'],
    ['胜利。\n\n新华社', '胜利。\n\n新华社'],
    ['English words\nstay apart', 'English words\nstay apart'],
    // 002: the English and the Chinese parts of a parallel text stay apart.
    ['and respectable.\n習近平同金正恩舉行會談\n9月4日晚', 'and respectable.\n習近平同金正恩舉行會談\n9月4日晚'],
    ['舉行會談。\nChina, DPRK reaffirm friendship\n\nXi Jinping holds talks', '舉行會談。\nChina, DPRK reaffirm friendship\n\nXi Jinping holds talks'],
    ['Sept. 4, 2025. 中文', 'Sept. 4, 2025. 中文'],
    // A long paragraph cut mid-sentence is joined; a title before a paragraph is not.
    ['尽管沧海桑田、风云变幻，中朝两党两国的友好关系始终牢不可破，中朝\n\n友谊历久弥坚。', '尽管沧海桑田、风云变幻，中朝两党两国的友好关系始终牢不可破，中朝友谊历久弥坚。'],
    ['国家医保局发布规程\n\n新华社北京6月5日电，国家医保局5日公开发布规程。', '国家医保局发布规程\n\n新华社北京6月5日电，国家医保局5日公开发布规程。'],
    // A short line with a clause mark is a sentence cut in two, not a title.
    ['深化中朝友好，是双方坚定不移的\n\n战略抉择。', '深化中朝友好，是双方坚定不移的战略抉择。'],
    ['鄱阳县人民法院认为，程某的\n\n行为破坏野生动物资源，情节严重，构成非法狩猎罪。', '鄱阳县人民法院认为，程某的行为破坏野生动物资源，情节严重，构成非法狩猎罪。'],
    ['省级医保服务平台、\n\n参保地医保经办机构窗口', '省级医保服务平台、参保地医保经办机构窗口'],
    // 001: titles on their own line before a paragraph (one line break).
    ['政治互信持續加深\n中朝兩國在政治層面的互動日益緊密。', '政治互信持續加深\n中朝兩國在政治層面的互動日益緊密。'],
    // A Markdown heading stays a title even with a comma.
    ['**领航舵，中朝关系破浪前行**\n\n近年来，中朝关系不断发展。', '**领航舵，中朝关系破浪前行**\n\n近年来，中朝关系不断发展。'],
    ['### 181项任务指标全部完成\n\n新华社北京6月5日电', '### 181项任务指标全部完成\n\n新华社北京6月5日电'],
    // Newspaper columns: every break after a character that cannot end a paragraph is layout.
    ['新华社北京9月4日电\n\n总书记、国家主席习\n\n近平在北京人民大会\n\n堂同来华出席纪念中\n\n国人民抗日战争暨世\n\n界反法西斯战争胜利', '新华社北京9月4日电总书记、国家主席习近平在北京人民大会堂同来华出席纪念中国人民抗日战争暨世界反法西斯战争胜利'],
    ['日 战 争 暨 世 界 反法西斯战争胜利\n\n80 周年活动，体现了朝方维护二战\n\n胜利成果的坚定意志，也为中朝两党\n\n两国进一步发展友好合作关系提供了\n\n重要契机。\n\n习近平祝贺', '日战争暨世界反法西斯战争胜利80周年活动，体现了朝方维护二战胜利成果的坚定意志，也为中朝两党两国进一步发展友好合作关系提供了重要契机。\n\n习近平祝贺'],
    ['全球文明倡议、全球治理倡议，\n\n得到朝方积极支持和响应。中朝要\n\n在国际和地区事务中加强\n\n战略协作，维护共同利益。\n\n在朝鲜半岛问题上', '全球文明倡议、全球治理倡议，得到朝方积极支持和响应。中朝要在国际和地区事务中加强战略协作，维护共同利益。\n\n在朝鲜半岛问题上'],
  ])('broken lines: %j', (input, output) => {
    expect(joinBrokenHanLines(input)).toBe(output);
  });

  test('markdown marks', () => {
    expect(stripMarkdown('# 标题\n\n**领航舵，中朝关系破浪前行**  \n正文')).toBe('标题\n\n领航舵，中朝关系破浪前行\n正文');
  });

  test('all together', () => {
    expect(cleanChineseText('## 人类命运共同体\n\n中朝關(guān)系迎來新篇章。')).toBe('人类命运共同体\n\n中朝關系迎來新篇章。');
    expect(cleanChineseText('习近平强调，面对前所未有的全球性挑战，我先后提出构建人类命运\n共同体理念。\n\n關(guān)系')).toBe('习近平强调，面对前所未有的全球性挑战，我先后提出构建人类命运共同体理念。\n\n關系');
    expect(cleanChineseText('**领航舵，中朝关系破浪前行**  \n“近年来')).toBe('领航舵，中朝关系破浪前行\n“近年来');
    expect(cleanChineseText('中文。\r\n其他人還在搜索：\r\n一些連結')).toBe('中文。\n');
  });

  test('sentences keep their punctuation', () => {
    expect(splitSentences('第一句。第二句！“第三句？”\n第四')).toEqual(['第一句。', '第二句！', '“第三句？”', '第四']);
  });

  test.each([
    ['中朝是命运与共、守望相助的好邻居、好朋友、好同志。', true],
    ['“中国式现代化，民生为大。”', true],
    ['习近平同金正恩举行会谈', false],
    ['蔡奇、王毅参加会见。', false],
    ['China and the DPRK are good neighbors, good friends and good comrades who share a common destiny.', false],
    ['新华社记者陈思汗摄', false],
  ])('example sentence: %s → %s', (sentence, ok) => {
    expect(isExampleSentence(sentence)).toBe(ok);
  });
});

describe('the corpus after cleaning', () => {
  const clean = (name: string) => cleanChineseText(readFileSync(`${CORPUS_DIR}${name}.txt`, 'utf8'));
  test.each([
    ['000_7a8b2fde8fb2effb', ['**', '##', '深化中朝友好，是双方坚定不移的\n'], ['深化中朝友好，是双方坚定不移的战略抉择。', '切实保护人民群众生命财产安全']],
    ['001_f6bc4f0e7946b5b3', ['(guān)', '(gè)', '其他人还在搜索', '深化合作与友好交流的意义'], ['中朝關系迎來新篇章', '政治互信持續加深\n']],
    ['002_9cf68f22f8066400', ['發佈時間', '攝'], ['respectable.\n習近平', '舉行會談。\n', 'Xi Jinping, general secretary']],
    ['003_f0db3c5afb1c4395', ['共\n同', '日 战 争', '胜利\n', ' 周年'], ['构建人类命运共同体理念和全球发展倡议、全球安全倡议、全球文明倡议、全球治理倡议，得到朝方']],
    ['004_713304df437d9aa5', ['\n\n夜里', '长约14.3\n'], ['5天4夜里', '中国式现代化，民生为大']],
  ])('%s', (name, absent, present) => {
    const text = clean(name);
    for (const noise of absent) expect(text, noise).not.toContain(noise);
    for (const part of present) expect(text, part).toContain(part);
  });
});
