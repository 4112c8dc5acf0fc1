// Function words read as function words: when 被, 把, 将, 对, 于, 在, 为, 着, 了, 过, 的, 地, 得, 所, 以, 与 or 及 stands
// alone in its sentence in the role of a particle, preposition, aspect or passive marker, the card says so first.
// The rules are data: the character, what must stand next to it (or later in its clause), the reading it must
// have in context, and the plain words the card says. A character inside a longer word (被子, 把握, 将军, 对面) is
// never a function word here: only a single-character segment is.
import { simplifiedForm } from '../dictionary/lexicon';
import { neighbourMatches, type Neighbour } from '../dictionary/neighbours';
import { CLAUSE_BOUNDARY } from '../text/text-rules';

export interface FunctionWordRule {
  char: string;
  /** What the word does here, in plain words: the card's first line. */
  gloss: string;
  /** The CC-CEDICT entry of this use (numbered pinyin, and the traditional form where the pinyin is not enough):
   * it goes first, under the line. */
  entry: { pinyin: string; traditional?: string };
  /** The reading the character must have in context (tone-marked): 着 zhe, not zháo. */
  read?: string;
  next?: Neighbour;
  previous?: Neighbour;
  /** A single-character word that must come later in the same clause (为…所, 以…为). */
  later?: string;
  /** A word later in the same clause, past the next one, that ends in one of these (将 + object + 送入/列为/交给). */
  laterEnding?: readonly string[];
  /** The word after the next one (干 + 了 + 一辈子: a Han word, not the end of the clause). */
  afterNext?: Neighbour;
  /** The word after that one (将 + 更 + 多 + 资源: not 地, which makes 更多 say how). */
  thirdNext?: Neighbour;
}

/** Numbers and demonstratives: before 把, 对 or 所 they make it a measure word (一把刀, 一对, 这所学校). */
const COUNTING = ['一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十', '几', '这', '那', '哪', '每', '半', '数', '多', '各', '整', '该'];
/** Pronouns and demonstratives after 将: the object of the formal 把 (将其, 将这些), not the future. */
const OBJECTS = ['其', '之', '此', '他', '她', '它', '他们', '她们', '它们', '我', '我们', '你', '你们', '这', '这些', '这个', '那', '那些', '自己', '双方', '所有', '全部'];
/** What follows 将 "will": prepositions, adverbs and modal words before a verb (将于明天, 将进一步, 将为…注入), and verbs
 * that take a whole clause after them (将推动经济发展走上…, 将使…). */
const FUTURE_NEXT = ['于', '在', '从', '为', '与', '对', '向', '同', '和', '跟', '由', '以', '把', '被', '给', '进一步', '继续', '不', '会', '全面', '持续', '大力', '加快', '努力', '积极', '共同', '首次', '再次', '正式', '如期', '陆续', '逐步', '重点', '集中', '重新', '不断', '有', '是', '迎来', '成为', '更加', '更', '进入', '达到', '不再', '不会', '不能', '不得', '有望', '更好', '一如既往', '始终', '一直', '坚定', '切实', '认真', '尽快', '尽早', '依法', '全力', '携手', '一道', '一起', '同时', '使', '让', '令', '推动', '带动', '促进', '助力', '帮助', '引领', '确保', '支持', '鼓励', '吸引', '见证', '看到', '面临', '迎接', '开启', '开展', '举行', '举办', '召开', '发布', '出台', '实现', '提供'];
/** Complements that end the verb of a 把-like sentence: 将 + object + 送入 / 列为 / 交给 / 延至 / 放在 / 抓获 / 判处 /
 * 移送 / 带走 / 送往: the result or the direction the object is taken to. */
const DISPOSAL_ENDINGS = ['入', '为', '给', '至', '在', '到', '获', '处', '送', '往', '回', '走', '交', '成', '作', '掉', '住', '出', '归', '离', '除', '开', '起', '倒', '法办'];
/** Words before 干 that make it the verb gàn "to do" (要干, 一起干, 实干, 苦干). */
const BEFORE_DO = ['要', '能', '会', '敢', '肯', '想', '愿', '愿意', '得', '该', '应该', '一起', '一块', '接着', '继续', '还', '就', '再', '实', '苦', '大', '巧', '蛮', '硬', '真抓实', '撸起袖子', '加油', '带头', '带领', '怎么', '不'];
/** Words before 干 that make it gān "dry" (很干, 晒干): adverbs of degree, and what dries. */
const BEFORE_DRY = ['很', '太', '较', '比较', '非常', '特别', '越来越', '有点', '晒', '烤', '烘', '吹', '风', '擦', '晾', '变'];
/** What a topic 就 brings up ends with these, later in its clause (就经贸问题交换意见, 就此事达成共识). */
const TOPIC_ENDINGS = ['问题', '事', '事宜', '议题', '情况', '议案', '局势', '关系', '合作', '争端', '达成', '进行', '交换', '交流', '沟通', '磋商', '商讨', '讨论', '协商', '会谈', '谈判', '发表', '表示', '表态', '作出', '提出', '回应', '答问', '签署', '举行', '展开', '开展'];
/** Words before 为 that make it "for" (wèi): modal verbs and adverbs (将为, 要为, 努力为). */
const BEFORE_FOR = ['将', '要', '愿', '会', '能', '可', '也', '都', '还', '正', '应', '应当', '必须', '努力', '积极', '共同', '不断', '专门', '主动', '继续', '真正', '切实', '全力', '愿意', '始终', '一直', '均', '同时', '坚持', '特别'];
/** Numbers before 里 make it the unit of length (三里). */
const NUMBERS = ['一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '万', '几', '数'];
/** Sentence particles: 在 or 对 before them is a verb or an adjective (他不在了, 说得对吗). */
const PARTICLES = ['了', '的', '着', '过', '吗', '呢', '吧', '啊', '呀', '嘛'];

/** Tried in order; the first rule of a character whose conditions hold decides. */
export const FUNCTION_WORD_RULES: readonly FunctionWordRule[] = [
  { char: '被', gloss: 'marks the passive: by (what follows is done to the subject)', entry: { pinyin: 'bei4' }, next: { han: true }, previous: { noneOf: ['盖', '床', '条'] } },
  { char: '把', gloss: 'marks the object, put before the verb: does … to it', entry: { pinyin: 'ba3' }, next: { han: true }, previous: { noneOf: COUNTING } },
  { char: '将', gloss: 'marks the object, put before the verb (formal 把): does … to it', entry: { pinyin: 'jiang1' }, next: { oneOf: OBJECTS } },
  { char: '将', gloss: 'marks the object, put before the verb (formal 把): does … to it', entry: { pinyin: 'jiang1' }, next: { han: true, noneOf: FUTURE_NEXT, whole: true }, laterEnding: DISPOSAL_ENDINGS },
  // 将 + 更多 + object + a verb of result or direction (将更多资源纳入, 将更多精力放在): the segmenter cuts 更|多, and 更
  // alone says "will … more" (将更加, 将更好); 更多 before the object is its quantity. 更多地 says how: the future.
  { char: '将', gloss: 'marks the object, put before the verb (formal 把): does … to it', entry: { pinyin: 'jiang1' }, next: { oneOf: ['更'], whole: true }, afterNext: { oneOf: ['多'], whole: true }, thirdNext: { han: true, noneOf: ['地'], whole: true }, laterEnding: DISPOSAL_ENDINGS },
  { char: '将', gloss: 'will, shall: the action is still to come', entry: { pinyin: 'jiang1' }, next: { han: true } },
  { char: '对', gloss: 'preposition: to, towards; about, regarding', entry: { pinyin: 'dui4' }, next: { han: true, noneOf: [...PARTICLES, '不', '错'] }, previous: { noneOf: [...COUNTING, '得', '不', '很', '成', '配', '绝'] } },
  { char: '于', gloss: 'preposition (formal): in, at, on; to; from; than', entry: { pinyin: 'yu2', traditional: '於' }, next: { han: true } },
  { char: '在', gloss: 'preposition: at, in, on (where or when); before a verb: in the middle of doing', entry: { pinyin: 'zai4' }, next: { han: true, noneOf: [...PARTICLES, '于', '乎'] } },
  { char: '为', gloss: 'marks the passive with 所 later: by (为 + doer + 所 + verb)', entry: { pinyin: 'wei2' }, read: 'wéi', later: '所' },
  { char: '为', gloss: 'preposition: for, for the sake of, on behalf of', entry: { pinyin: 'wei4' }, previous: { han: false } },
  { char: '为', gloss: 'preposition: for, for the sake of, on behalf of', entry: { pinyin: 'wei4' }, previous: { oneOf: BEFORE_FOR }, next: { han: true } },
  { char: '为', gloss: 'preposition: for, for the sake of, on behalf of', entry: { pinyin: 'wei4' }, read: 'wèi', next: { han: true } },
  { char: '着', gloss: 'aspect: ongoing action or state (-ing)', entry: { pinyin: 'zhe5' }, read: 'zhe', previous: { han: true } },
  { char: '了', gloss: 'particle at the end of a clause: a new situation, or the action is done (has …)', entry: { pinyin: 'le5' }, read: 'le', next: { end: true } },
  { char: '了', gloss: 'aspect: completed action (-ed)', entry: { pinyin: 'le5' }, read: 'le', previous: { han: true } },
  { char: '过', gloss: 'aspect: has done at some time before (experience)', entry: { pinyin: 'guo5' }, previous: { han: true, noneOf: ['不', '没', '已', '将', '要', '会', '刚', '再', '也', '都', '还', '难', '太', '好', '最', '一', '度', '经', '通', '超', '越', '穿', '错', '们'] }, next: { noneOf: ['上', '来', '去', '得', '好', '日子'] } },
  { char: '的', gloss: 'particle: joins a description to what it describes (’s, of, that)', entry: { pinyin: 'de5' } },
  { char: '地', gloss: 'particle: -ly (the words before it say how the action is done)', entry: { pinyin: 'de5' }, previous: { han: true, minChars: 2 }, next: { han: true, noneOf: ['里', '上', '下', '中', '方', '区', '面', '头', '点', '处', '带', '块', '区域'] } },
  { char: '得', gloss: 'particle: links a verb to how well or how much it is done', entry: { pinyin: 'de5' }, read: 'de' },
  { char: '所', gloss: 'particle: that which, what (所 + verb)', entry: { pinyin: 'suo3' }, next: { han: true }, previous: { noneOf: COUNTING } },
  { char: '就', gloss: 'preposition: on, regarding (就 + topic: 就…问题交换意见)', entry: { pinyin: 'jiu4' }, next: { han: true, noneOf: ['是', '要', '会', '能', '可', '可以', '在', '把', '被', '将', '让', '使', '这样', '已经', '开始', '进行', '有', '不', '没', '没有', '得', '算', '连', '都', '也', '又', '还', '越', '像', '好像', '应该', '必须', '立即', '马上', '立刻'] }, laterEnding: TOPIC_ENDINGS },
  { char: '以', gloss: 'preposition: taking … as (以 A 为 B: with A as B)', entry: { pinyin: 'yi3' }, later: '为', next: { han: true } },
  { char: '以', gloss: 'preposition: with, by means of, according to; before a verb: in order to', entry: { pinyin: 'yi3' }, next: { han: true } },
  { char: '与', gloss: 'and; with (joins two things, or says with whom)', entry: { pinyin: 'yu3' }, next: { han: true } },
  { char: '及', gloss: 'and (formal, joins names and nouns)', entry: { pinyin: 'ji2' }, next: { han: true }, previous: { noneOf: ['不', '未', '涉', '波', '危', '普', '提', '以'] } },
  // Words of place and time put after what they locate (方位词): 险情后 "after the danger", 村子里 "in the village".
  { char: '后', gloss: 'after; later (… 后: after …)', entry: { pinyin: 'hou4', traditional: '後' }, previous: { han: true } },
  { char: '前', gloss: 'before; ago (… 前: before …)', entry: { pinyin: 'qian2' }, previous: { han: true } },
  { char: '里', gloss: 'in, inside (… 里: in the …)', entry: { pinyin: 'li3', traditional: '裡' }, previous: { han: true, noneOf: NUMBERS } },
  { char: '中', gloss: 'in, among, during (… 中: in the course of …)', entry: { pinyin: 'zhong1' }, previous: { han: true, minChars: 2 } },
  { char: '内', gloss: 'within, inside (… 内: within …)', entry: { pinyin: 'nei4' }, previous: { han: true } },
  { char: '外', gloss: 'outside; beyond, besides (… 外)', entry: { pinyin: 'wai4' }, previous: { han: true, minChars: 2 } },
  { char: '上', gloss: 'on, at; in terms of (… 上: on the …)', entry: { pinyin: 'shang4' }, previous: { han: true, minChars: 2 } },
  { char: '下', gloss: 'under; with (… 下: under the …)', entry: { pinyin: 'xia4' }, previous: { han: true, minChars: 2 } },
  // Verbs CC-CEDICT lists under another sense first: 干 gàn (幹) opens with "tree trunk", and the model reads some
  // gān "dry". Where the sentence uses the verb (干了一辈子, 要干, 一起干), the verb's sense and reading go first.
  { char: '干', gloss: 'to do; to work (幹)', entry: { pinyin: 'gan4', traditional: '幹' }, previous: { noneOf: BEFORE_DRY }, next: { oneOf: ['了', '着', '过'] }, afterNext: { han: true } },
  { char: '干', gloss: 'to do; to work (幹)', entry: { pinyin: 'gan4', traditional: '幹' }, previous: { oneOf: BEFORE_DO } },
  { char: '干', gloss: 'to do; to work (幹)', entry: { pinyin: 'gan4', traditional: '幹' }, read: 'gàn', previous: { noneOf: BEFORE_DRY } },
  { char: '干', gloss: 'dry (乾)', entry: { pinyin: 'gan1', traditional: '乾' }, previous: { oneOf: BEFORE_DRY } },
];

/** The segments of a sentence around the character, as the card reads them. */
export interface WordContext {
  /** Words of the sentence in order; `han` false for punctuation, Latin and digits. */
  words: readonly { text: string; han: boolean }[];
  /** Index of the character's own word. */
  index: number;
  /** The character's reading in context, tone-marked. */
  reading: string;
}


/** Whether a word later in the clause than the word at `from` answers `test`. */
function laterInClause(context: WordContext, from: number, test: (word: string) => boolean): boolean {
  for (let i = from + 1; i < context.words.length; i++) {
    const word = context.words[i]!;
    if (!word.han && CLAUSE_BOUNDARY.test(word.text)) return false;
    if (word.han && test(simplifiedForm(word.text))) return true;
  }
  return false;
}

/** The rule that reads the word at `context.index` as a function word, if any. */
export function functionWordRule(context: WordContext, rules: readonly FunctionWordRule[] = FUNCTION_WORD_RULES): FunctionWordRule | undefined {
  const word = context.words[context.index];
  if (!word?.han || [...word.text].length !== 1) return undefined;
  const char = simplifiedForm(word.text);
  return rules.find(
    (rule) =>
      rule.char === char &&
      (rule.read === undefined || rule.read === context.reading) &&
      neighbourMatches(context.words[context.index - 1], rule.previous, 'previous') &&
      neighbourMatches(context.words[context.index + 1], rule.next, 'next') &&
      (rule.afterNext === undefined || neighbourMatches(context.words[context.index + 2], rule.afterNext, 'next')) &&
      (rule.thirdNext === undefined || neighbourMatches(context.words[context.index + 3], rule.thirdNext, 'next')) &&
      (rule.later === undefined || laterInClause(context, context.index, (word) => word === rule.later)) &&
      (rule.laterEnding === undefined || laterInClause(context, context.index + 1, (word) => rule.laterEnding!.some((ending) => word.endsWith(ending)))),
  );
}
