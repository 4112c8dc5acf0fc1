import { describe, expect, test } from 'vitest';
import { cleanChineseText, joinBrokenHanLines, splitSentences, stripInlinePinyin, stripMarkdown } from '../../utils/language/clean-text';

describe('noise cleaning', () => {
  test.each([
    ['中朝關(guān)系迎來新篇章', '中朝關系迎來新篇章'],
    ['多個(gè)領(lǐng)域', '多個領域'],
    ['Call (555) stays, 中文(English) stays', 'Call (555) stays, 中文(English) stays'],
  ])('inline pinyin: %s', (input, output) => {
    expect(stripInlinePinyin(input)).toBe(output);
  });

  test.each([
    ['共产\n党领导', '共产党领导'],
    ['抗日 战 争', '抗日战争'],
    ['胜利。\n\n新华社', '胜利。\n\n新华社'],
    ['English words\nstay apart', 'English words\nstay apart'],
    // A long paragraph cut mid-sentence is joined; a title before a paragraph is not.
    ['尽管沧海桑田、风云变幻，中朝两党两国的友好关系始终牢不可破，中朝\n\n友谊历久弥坚。', '尽管沧海桑田、风云变幻，中朝两党两国的友好关系始终牢不可破，中朝友谊历久弥坚。'],
    ['国家医保局发布规程\n\n新华社北京6月5日电', '国家医保局发布规程\n\n新华社北京6月5日电'],
    // Newspaper columns: every break between Han characters is layout.
    ['新华社北京9月4日电\n\n总书记、国家主席习\n\n近平在北京人民大会\n\n堂同来华出席纪念中\n\n国人民抗日战争暨世\n\n界反法西斯战争胜利', '新华社北京9月4日电总书记、国家主席习近平在北京人民大会堂同来华出席纪念中国人民抗日战争暨世界反法西斯战争胜利'],
  ])('broken lines: %j', (input, output) => {
    expect(joinBrokenHanLines(input)).toBe(output);
  });

  test('markdown marks', () => {
    expect(stripMarkdown('# 标题\n\n**领航舵，中朝关系破浪前行**  \n正文')).toBe('标题\n\n领航舵，中朝关系破浪前行\n正文');
  });

  test('all together', () => {
    expect(cleanChineseText('## 人类命运\n共同体\n\n關(guān)系')).toBe('人类命运共同体\n\n關系');
    expect(cleanChineseText('**领航舵，中朝关系破浪前行**  \n“近年来')).toBe('领航舵，中朝关系破浪前行\n“近年来');
  });

  test('sentences keep their punctuation', () => {
    expect(splitSentences('第一句。第二句！“第三句？”\n第四')).toEqual(['第一句。', '第二句！', '“第三句？”', '第四']);
  });
});
