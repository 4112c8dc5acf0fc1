// Names are words: a Chinese person's name (surname + one or two characters: 孙启勤, 唐英年, 欧阳修) or a run of
// the characters foreign names are written with (奥尔德林, 阿克拉姆), read as one word where the segmenter cut it into
// everyday words (吴/亚军 "second place", 王/清华) and the context points to a name: a title or job next to it
// (记者王清华, 王毅外长), a verb of saying after it (孙启勤表示), a list of names (张伟、李娜), or the same name so marked
// elsewhere in the text. Only surnames, titles and cue words are data here: no list of names.
import { isHan } from '../text/han';
import { simplifiedForm } from '../dictionary/lexicon';
import { SURNAME_READINGS } from '../pinyin/surnames';
import { PLACE_ABBREVIATIONS } from './place-abbreviations';

export type NameKind = 'person' | 'place' | 'org' | 'foreign';

export interface NameSpan {
  start: number;
  end: number;
  kind: NameKind;
  /** Where the given name starts (a person's name), as an offset in the text. */
  givenStart?: number;
}

/** Common single-character surnames (simplified): the commonest few hundred of the mainland, Taiwan and Hong Kong
 * (tests/unit/core/card/names.test.ts checks the published top-100 lists against it). */
const SURNAMES = new Set(
  '于赖洪向王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱丘江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝封谈匡鞠惠荆乐冀郁胥南班储栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿狄平计索宣晋相初云容敬扈晁芮普阙浦戈伏鹿薄邸雍辜羊乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇湛宾戎勾茅利呼居揭尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由钮习郗弓郦',
);

/** Surnames that are also everyday function words (于 "at", 和 "and", 向 "towards"): a name only with a title before
 * it or in a list of names, never on a verb of saying alone (向他表示 is no name). */
const FUNCTION_WORD_SURNAMES = new Set('于和向成时都来由应全相从以及与对将过'.split(''));
/** Surnames that are also adverbs or function words: only with a given name the dictionary cut into single characters
 * (成员曾查阅 is no name: 查阅 is a word; 于今年 neither). */
const ADVERB_SURNAMES = new Set([...FUNCTION_WORD_SURNAMES, '曾', '余', '常', '初']);

/** Surnames that are everyday words at the start of a clause too (高/度, 马/上): no name there without a cue. */
const WEAK_SUBJECT_SURNAMES = new Set('高马金石江白龙方文云安万花海强明常平全相初都时成和向于从以及与对将过边南'.split(''));
/** Two-character surnames. */
const COMPOUND_SURNAMES = ['欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '令狐', '夏侯', '端木', '独孤', '南宫', '司徒', '司空', '轩辕', '呼延', '申屠', '澹台', '鲜于', '闻人', '万俟', '濮阳', '西门', '百里'];


/** Titles and jobs said next to a name (部长王毅, 王毅外长, 记者王清华). */
const TITLES = [
  '总统', '副总统', '主席', '立委', '立法委员', '市议员', '区议员', '常委', '主委', '阁揆', '党魁', '总召', '里长', '乡长', '村长', '行政长官', '政务官', '副主席', '总理', '副总理', '首相', '总书记', '书记', '部长', '外长', '防长', '总裁', '董事长', '总经理', '经理', '主任', '委员', '委员长', '代表', '大使', '特使', '发言人', '议员', '议长', '国务卿', '秘书长', '省长', '市长', '县长', '区长', '州长', '镇长', '局长', '司长', '处长', '厅长', '校长', '院长', '会长', '社长', '行长', '所长', '队长', '团长', '署长', '特首', '首席执行官', '总干事', '记者', '通讯员', '编辑', '主持人', '作家', '导演', '演员', '歌手', '球员', '教练', '选手', '运动员', '医生', '护士', '律师', '法官', '检察官', '警官', '工程师', '研究员', '专家', '学者', '教授', '副教授', '博士', '院士', '老师', '先生', '女士', '小姐', '同志', '创始人', '负责人', '合伙人', '董事', '监事', '总监', '经纪人', '宇航员', '航天员', '飞行员', '将军', '上将', '中将', '少将', '大将', '元帅', '司令', '司令员', '政委', '总督', '国王', '女王', '王子', '公主', '亲王', '总长', '参议员', '众议员', '市民', '村民', '居民', '网友', '游客', '学生', '工人', '农民', '考生', '患者', '嫌疑人', '被告', '原告', '当事人', '妻子', '丈夫', '儿子', '女儿', '父亲', '母亲', '朋友', '同事', '本报记者',
];
/** Titles said after a name (李强总理, 刘欣先生); not the words for groups of people (农科院专家 is no name). */
const TITLES_AFTER = ['总统', '副总统', '主席', '副主席', '总理', '副总理', '首相', '总书记', '书记', '部长', '外长', '大使', '委员长', '议长', '国务卿', '秘书长', '总干事', '省长', '市长', '局长', '董事长', '总裁', '主任', '先生', '女士', '教授', '博士', '院士', '同志', '老师', '将军'];
/** Last characters of job words the list lacks (副部长, 驻华大使, 首席科学家): a two-character or longer word ending so is a title. */
const TITLE_ENDINGS = ['长', '员', '者', '师', '官', '家', '任', '席', '理', '士', '授', '使', '手'];
/** What follows a name in news: verbs of saying, a few more that need a person (孙启勤表示, 王毅会见), and the titles
 * said after a name (刘欣先生). */
const AFTER_NAME = [
  '说', '表示', '指出', '称', '认为', '强调', '介绍', '透露', '告诉', '回应', '坦言', '宣布', '解释', '补充', '呼吁', '建议', '提出', '提到', '谈到', '说道', '称赞', '直言', '表态', '坦承', '承认', '否认', '回忆', '感叹', '笑称', '发文', '致辞', '致电', '会见', '会晤', '接见', '出席', '主持', '当选', '担任', '出任', '辞去', '辞职', '率领', '率团', '一行', '等人', '夫妇', '本人', '曾经', '生前', '摄',
];
/** Characters no given name is made of here: pronouns, particles, prepositions, conjunctions and adverbs. */
const NOT_IN_GIVEN_NAME = new Set('的了着过是在和与及或并而且但却则因为以于从向对把被给让由之所其他她它我你们这那各每都也还又就才再均皆亦已曾将要会能可应该不没未无很最更太吗呢吧啊说称等个些次位名姓氏'.split(''));

/** Characters of transliterated foreign names (Xinhua's tables), without the everyday ones that would make runs of
 * ordinary words (日, 东, 南, 海, 明…). */
const TRANSLITERATION = new Set(
  '阿埃艾安昂奥巴拜班邦贝比彼毕宾波伯博布达戴丹德登迪蒂丁杜敦多厄恩法菲费芬弗福盖冈戈格根古瓜圭哈豪赫亨洪连默壮怀惠霍基吉加贾杰卡凯坎考柯科克肯库夸奎昆拉莱赖兰朗劳勒雷蕾里利莉丽列林琳隆卢鲁路伦罗洛马玛迈麦曼梅蒙米莫姆穆纳娜奈内尼妮纽努诺欧帕佩彭皮珀普奇乔切琴丘瑞萨塞赛桑瑟森沙莎舍圣什舒斯索塔泰坦汤特滕提图托瓦威韦维温沃乌伍西希锡谢辛休雅亚扬耶伊尤约泽扎詹兹茨佐尔夫娃'.split(''),
);
/** Characters seldom used but in transliteration: a run with two of them is a foreign name without further context. */
const FOREIGN_MARKS = new Set('尔姆斯夫娃琳娜妮莉蒂茨兹基克德特朗奥埃伊阿莱赫普弗洛诺佩塞默拉'.split(''));

/** Characters NOT_IN_GIVEN_NAME lets open a given name when a title of TITLES stands right before the surname (演员于和伟,
 * 市委书记仇和, 导演张和平): there the name is marked, and 和 "and" would join nothing to a bare surname. */
const GIVEN_NAME_AFTER_TITLE = new Set('和'.split(''));

/** Countries and international bodies said before a title (美国副总统, 北约秘书长, 世卫组织总干事): a surname-led name of
 * transliteration characters after such a title is a foreign person's (万斯, 吕特, 谭德塞), not a Chinese one. */
const FOREIGN_BODIES = [
  '美国', '英国', '法国', '德国', '俄罗斯', '俄国', '日本', '韩国', '朝鲜', '印度', '意大利', '西班牙', '葡萄牙', '荷兰', '比利时', '瑞士', '瑞典', '挪威', '芬兰', '丹麦', '波兰', '奥地利', '希腊', '土耳其', '乌克兰', '白俄罗斯', '加拿大', '墨西哥', '巴西', '阿根廷', '智利', '澳大利亚', '新西兰', '以色列', '伊朗', '伊拉克', '叙利亚', '黎巴嫩', '约旦', '沙特', '埃及', '南非', '尼日利亚', '肯尼亚', '埃塞俄比亚', '巴基斯坦', '印度尼西亚', '印尼', '马来西亚', '新加坡', '泰国', '越南', '菲律宾', '匈牙利', '捷克', '爱尔兰', '卡塔尔', '阿联酋',
  '北约', '欧盟', '联合国', '世卫组织', '世界卫生组织', '世贸组织', '世界贸易组织', '国际货币基金组织', '世界银行', '欧洲央行', '欧委会', '欧洲理事会', '欧洲议会', '非盟', '东盟', '国际奥委会', '国际原子能机构', '美联储', '白宫', '五角大楼',
];
/** One-character names of countries said right before a title in headlines and news (美副总统, 俄外长, 英首相). */
const FOREIGN_ABBREVIATIONS = ['美', '英', '法', '德', '俄'];
/** Place words said before a place's name (南部城市拉法, 港口城市荷台达). */
const PLACE_BEFORE = ['城市', '城镇', '小镇', '港口', '港城', '口岸', '首都', '首府', '地区', '省份', '边境城市', '难民营'];

/** A segmented sentence: its words with their offsets in the text. */
export interface SegmentedWord {
  text: string;
  start: number;
  han: boolean;
}

/** Whether `text` just before `at` (spaces, a colon or an opening bracket skipped) ends with a title; `listed`: only
 * with a title of TITLES, not a word that merely ends like one (人员, 大家). */
function titleBefore(text: string, at: number, listed = false): boolean {
  let end = at;
  while (end > 0 && /[\s：:]/.test(text[end - 1]!)) end--;
  const before = simplifiedForm(text.slice(Math.max(0, end - 6), end));
  if (TITLES.some((title) => before.endsWith(title))) return true;
  if (listed) return false;
  const chars = [...before];
  return chars.length >= 2 && TITLE_ENDINGS.includes(chars.at(-1)!) && isHan(chars.at(-2)!);
}

/** Whether a title ends right before `at` and a country or an international body stands before it in the same clause
 * (美国副总统, 北约秘书长, 德国总理): the title is a foreign one. */
function foreignTitleBefore(text: string, at: number): boolean {
  if (!titleBefore(text, at, true)) return false;
  let from = at;
  while (from > 0 && at - from < 16 && isHan(text[from - 1]!)) from--;
  const clause = simplifiedForm(text.slice(from, at));
  return FOREIGN_BODIES.some((body) => clause.includes(body)) || TITLES.some((title) => FOREIGN_ABBREVIATIONS.some((country) => clause.endsWith(country + title)));
}

/** Whether a place word ends right before `at` (南部城市拉法). */
function placeWordBefore(text: string, at: number): boolean {
  const before = simplifiedForm(text.slice(Math.max(0, at - 4), at));
  return PLACE_BEFORE.some((word) => before.endsWith(word));
}

/** Whether `text` from `at` on starts with a word that follows names. */
function cueAfter(text: string, at: number): boolean {
  const after = simplifiedForm(text.slice(at, at + 6));
  return AFTER_NAME.some((cue) => after.startsWith(cue)) || TITLES_AFTER.some((title) => after.startsWith(title));
}

/** Whether the name at text[start, end) is a whole item of a list of names: bounded by 、 with a surname-led item of two
 * to four characters on the other side. */
function inListOfNames(text: string, start: number, end: number): boolean {
  // An item ends at punctuation, at 、 or before 等 ("and others").
  const boundary = (at: number) => at < 0 || at >= text.length || !isHan(text[at]!) || text[at] === '等';
  const surnameLed = (item: string) => SURNAMES.has(simplifiedForm(item[0]!)) || COMPOUND_SURNAMES.includes(simplifiedForm(item.slice(0, 2)));
  // The item on the other side of 、: some length of two to four Han characters with a boundary past it.
  const itemAfter = (from: number) => [2, 3, 4].some((length) => [...text.slice(from, from + length)].every(isHan) && from + length <= text.length && boundary(from + length) && surnameLed(text.slice(from, from + length)));
  const itemBefore = (to: number) => [2, 3, 4].some((length) => to - length >= 0 && [...text.slice(to - length, to)].every(isHan) && boundary(to - length - 1) && surnameLed(text.slice(to - length, to)));
  // The name is the whole item, not the end of a longer one (雅诗兰黛、兰蔻 lists brands).
  if (text[end] === '、') return boundary(start - 1) && itemAfter(end + 1);
  if (start > 0 && text[start - 1] === '、') return boundary(end) && itemBefore(start - 1);
  return false;
}

/** The surname starting at word `index`: its length in words (1; 2 when a compound surname is cut in two). */
function surnameAt(words: readonly SegmentedWord[], index: number): { words: number; text: string } | undefined {
  const word = words[index];
  if (!word?.han) return undefined;
  const text = simplifiedForm(word.text);
  if (COMPOUND_SURNAMES.includes(text)) return { words: 1, text };
  const next = words[index + 1];
  if (text.length === 1 && next?.han && next.text.length === 1 && COMPOUND_SURNAMES.includes(text + simplifiedForm(next.text))) return { words: 2, text: text + next.text };
  if (text.length === 1 && SURNAMES.has(text)) return { words: 1, text };
  return undefined;
}

const NO_CHARS: ReadonlySet<string> = new Set();

/** Whether a word can be (the start of) a given name; `opening`: characters allowed as its first one all the same. */
const usableInGivenName = (word: SegmentedWord | undefined, opening: ReadonlySet<string> = NO_CHARS) =>
  word !== undefined && word.han && [...simplifiedForm(word.text)].every((char, i) => !NOT_IN_GIVEN_NAME.has(char) || (i === 0 && opening.has(char))) && !AFTER_NAME.includes(simplifiedForm(word.text)) && !TITLES.includes(simplifiedForm(word.text));

/** The given name after a surname ending at word `index`: one word of two characters (吴|亚军), or one or two
 * single-character words (孙|启|勤, 王|毅 before 说). Returns how many words it takes. `titled`: a title stands right
 * before the surname, so GIVEN_NAME_AFTER_TITLE may open the given name (于|和|伟). */
function givenNameAt(words: readonly SegmentedWord[], index: number, titled = false): number {
  const first = words[index];
  if (!usableInGivenName(first, titled ? GIVEN_NAME_AFTER_TITLE : undefined)) return 0;
  const length = [...first!.text].length;
  if (length === 2) return 1;
  if (length !== 1) return 0;
  const second = words[index + 1];
  return second && [...second.text].length === 1 && usableInGivenName(second) ? 2 : 1;
}

/** A possible person's name: a surname and a given name the segmenter cut up; `weak` when the surname is also a
 * function word. */
interface Candidate extends NameSpan {
  weak: boolean;
  /** The given name is two characters the dictionary knows only apart (孙|启|勤), at the start of a clause or after 的,
   * before a word: a name without other context (魏洪德非常满意). */
  subject: boolean;
}

function personCandidates(text: string, words: readonly SegmentedWord[]): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 0; i < words.length; i++) {
    const surname = surnameAt(words, i);
    if (!surname) continue;
    const givenWords = givenNameAt(words, i + surname.words, titleBefore(text, words[i]!.start, true));
    if (givenWords === 0 || (ADVERB_SURNAMES.has(surname.text) && [...words[i + surname.words]!.text].length > 1)) continue;
    // After a number the character is no surname (600余户).
    const before = text[words[i]!.start - 1];
    if (before !== undefined && /[\d０-９一二三四五六七八九十百千万两几]/.test(before)) continue;
    const start = words[i]!.start;
    const last = words[i + surname.words + givenWords - 1]!;
    const end = last.start + last.text.length;
    // A name all of transliteration characters, with one only foreign names use, is a foreign one (米莱, 鲁比奥).
    const chars = [...simplifiedForm(text.slice(start, end))];
    // So is one whose given name is such, after a country's or an international body's title (北约秘书长吕特, 美国副总统万斯).
    const given = [...simplifiedForm(text.slice(words[i + surname.words]!.start, end))];
    const foreignGiven = given.every((char) => TRANSLITERATION.has(char)) && given.some((char) => FOREIGN_MARKS.has(char));
    const foreign = (chars.every((char) => TRANSLITERATION.has(char)) && chars.slice(1).some((char) => FOREIGN_MARKS.has(char))) || (foreignGiven && foreignTitleBefore(text, start));
    const previous = words[i - 1];
    const clauseStart = !previous || !previous.han || simplifiedForm(previous.text).endsWith('的');
    // …and is followed by a word, punctuation or 等/和/及/与, not by one more character the dictionary knows alone.
    const after = words[i + surname.words + givenWords];
    const wordAfter = !after || !after.han || [...after.text].length > 1 || /^[等和及与與]$/.test(after.text);
    // Short names of places side by side (宁镇扬, 京津冀) are no person.
    const places = chars.every((char) => PLACE_ABBREVIATIONS[char] !== undefined);
    const subject = givenWords === 2 && clauseStart && wordAfter && !places && !ADVERB_SURNAMES.has(surname.text) && !WEAK_SUBJECT_SURNAMES.has(surname.text);
    found.push({ start, end, kind: foreign ? 'foreign' : 'person', givenStart: words[i + surname.words]!.start, weak: surname.text.length === 1 && FUNCTION_WORD_SURNAMES.has(surname.text), subject });
  }
  return found;
}

/** Whether name `a` stands right before name `b` in a list, a byline or as the two sides of a meeting: only 、, spaces
 * or one of 和, 与, 及, 同, 跟 between (王毅同布林肯举行会谈). */
const listedBefore = (text: string, a: { end: number }, b: { start: number }) => a.end <= b.start && /^(?:[、\s\u3000]+|[和与及與同跟])$/.test(text.slice(a.end, b.start));
/** Whether `span` is listed beside one of `anchors`, before or after it. */
const listedBeside = (text: string, span: { start: number; end: number }, anchors: readonly { start: number; end: number }[]) =>
  anchors.some((anchor) => listedBefore(text, anchor, span) || listedBefore(text, span, anchor));

/** The words the dictionary or the glossary knows as people's names, as spans. */
const knownPeople = (words: readonly SegmentedWord[], knownPerson: (word: string) => boolean) =>
  words.filter((word) => word.han && knownPerson(word.text)).map((word) => ({ start: word.start, end: word.start + word.text.length }));

/** Chinese person names in the words, with their context checked: a title before, a cue after, a list of names, the
 * same name marked elsewhere; then the names listed beside an accepted one or a known one (蔡奇、王毅; 记者 韩梁 张代蕾). */
function personNames(text: string, words: readonly SegmentedWord[], knownPerson: (word: string) => boolean): NameSpan[] {
  const candidates = personCandidates(text, words);
  const accepted = new Set<Candidate>();
  for (const candidate of candidates) {
    const marked = (at: number, to: number) => titleBefore(text, at) || inListOfNames(text, at, to) || (!candidate.weak && cueAfter(text, to));
    if (candidate.subject || marked(candidate.start, candidate.end) || markedElsewhere(text, text.slice(candidate.start, candidate.end), candidate.start, marked)) accepted.add(candidate);
  }
  const known = knownPeople(words, knownPerson);
  for (let grown = true; grown; ) {
    grown = false;
    for (const candidate of candidates) {
      if (accepted.has(candidate)) continue;
      if (listedBeside(text, candidate, [...accepted, ...known])) {
        accepted.add(candidate);
        grown = true;
      }
    }
  }
  // Where candidates overlap (a given name's character is a surname too), the first accepted one.
  const names: NameSpan[] = [];
  for (const { weak: _weak, ...name } of candidates.filter((candidate) => accepted.has(candidate))) {
    if (names.every((other) => other.end <= name.start || name.end <= other.start)) names.push(name);
  }
  return names;
}

/** Whether the same name occurs elsewhere in `text` with a context that marks it as a name. */
function markedElsewhere(text: string, name: string, except: number, marked: (start: number, end: number) => boolean): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    // Not where a longer run of Han characters continues the name (王清华 inside 王清华大学 is not it).
    if (at !== except && marked(at, at + name.length) && !(at + name.length < text.length && isHan(text[at + name.length]!) && !cueAfter(text, at + name.length))) return true;
  }
  return false;
}

/** A run of transliteration characters the dictionary cut up, and whether it looks foreign or has a title or a cue
 * beside it on its own. */
interface ForeignRun extends NameSpan {
  marked: boolean;
}

/** Runs of transliteration characters that the dictionary cut into everyday words (奥|尔德|林): foreign names where
 * `marked`, or where listed beside another name. */
function foreignRuns(text: string, words: readonly SegmentedWord[]): ForeignRun[] {
  const names: ForeignRun[] = [];
  const transliterated = (word: SegmentedWord) => word.han && [...simplifiedForm(word.text)].every((char) => TRANSLITERATION.has(char));
  for (let i = 0; i < words.length; i++) {
    if (!transliterated(words[i]!)) continue;
    let j = i;
    while (j + 1 < words.length && transliterated(words[j + 1]!)) j++;
    const run = words.slice(i, j + 1);
    const start = run[0]!.start;
    const end = run.at(-1)!.start + run.at(-1)!.text.length;
    const chars = [...simplifiedForm(text.slice(start, end))];
    // A run the dictionary reads as whole words (意大利, 俄罗斯与…) is no new name: one single character at least.
    const cut = run.length > 1 && run.some((word) => [...word.text].length === 1);
    const marks = chars.filter((char) => FOREIGN_MARKS.has(char)).length;
    // Two characters only foreign names use, or one in a longer run (德约科维奇), or a title or a cue next to it.
    const foreignLooking = marks >= 2 || (marks >= 1 && chars.length >= 5);
    if (cut && chars.length >= 3) names.push({ start, end, kind: 'foreign', marked: foreignLooking || titleBefore(text, start) || cueAfter(text, end) });
    // Two single characters, one only foreign names use, are a name only where what stands before says what: a title
    // (德国总理默茨) or a place word (南部城市拉法).
    else if (chars.length === 2 && run.length === 2 && marks >= 1) {
      if (titleBefore(text, start, true)) names.push({ start, end, kind: 'foreign', marked: true });
      else if (placeWordBefore(text, start)) names.push({ start, end, kind: 'place', marked: true });
    }
    i = j;
  }
  return names;
}

/** The names in a segmented sentence of `text`, in order, none overlapping. `knownPerson` tells the words the
 * dictionary or the glossary knows as people's names (王毅): the names listed beside them are names too. */
export function findNames(text: string, words: readonly SegmentedWord[], knownPerson: (word: string) => boolean = () => false): NameSpan[] {
  const runs = foreignRuns(text, words);
  // A name read as a person's that is all transliteration (连|斯|基 after 泽) is part of the longer run around it: the
  // whole run is the name (泽连斯基), taken on the same context.
  const people = personNames(text, words, knownPerson).map((person) => {
    const run = person.kind === 'foreign' ? runs.find((r) => r.start <= person.start && person.end <= r.end && r.end - r.start > person.end - person.start) : undefined;
    return run ? { start: run.start, end: run.end, kind: run.kind } : person;
  });
  // A run with no mark of its own is a name beside another name (王毅同布林肯, 普京和泽连斯基).
  const anchors = [...people, ...knownPeople(words, knownPerson)];
  const foreign = runs
    .filter((run) => run.marked || listedBeside(text, run, anchors))
    .map(({ marked: _marked, ...name }) => name)
    .filter((name) => !people.some((person) => person.start < name.end && name.start < person.end));
  return [...people, ...foreign].sort((a, b) => a.start - b.start);
}

/** Syllables joined as one word of a name, the first capitalised, with an apostrophe before a, o or e (Xī'ān). */
function joinSyllables(syllables: readonly string[]): string {
  const joined = syllables.map((syllable, i) => (i > 0 && /^[aoeāáǎàōóǒòēéěè]/.test(syllable) ? `'${syllable}` : syllable)).join('');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

/** A name's pinyin as names are written: surname and given name apart, each capitalised (Sūn Qǐqín, Ōuyáng Xiū); a
 * foreign name or a place as one word (Àoěrdélín). `surnameLength` is in syllables. */
export function namePinyin(syllables: readonly string[], surnameLength?: number): string {
  if (surnameLength === undefined || surnameLength >= syllables.length) return joinSyllables(syllables);
  return `${joinSyllables(syllables.slice(0, surnameLength))} ${joinSyllables(syllables.slice(surnameLength))}`;
}

/** The reading of a surname as a surname, where it differs from the character's everyday one. */
export function surnameReading(surname: string): string[] | undefined {
  return SURNAME_READINGS[simplifiedForm(surname)]?.split(' ');
}

/** The length in characters of the surname a word starts with (欧阳 2, 王 1), if it starts with one. */
export function surnameLength(word: string): number | undefined {
  const simplified = simplifiedForm(word);
  if (COMPOUND_SURNAMES.some((surname) => simplified.startsWith(surname))) return 2;
  return SURNAMES.has([...simplified][0] ?? '') ? 1 : undefined;
}
