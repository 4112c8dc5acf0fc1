// How surnames are read: the reading pinyin gives a surname where it differs from the character's everyday one,
// used for names in a sentence's pinyin and for a name's pinyin on the card.

/** Surnames read otherwise than the character's everyday reading (曾 Zēng, 单 Shàn). */
export const SURNAME_READINGS: Readonly<Record<string, string>> = {
  单: 'shàn', 解: 'xiè', 曾: 'zēng', 华: 'huà', 朴: 'piáo', 仇: 'qiú', 区: 'ōu', 查: 'zhā', 盖: 'gě', 缪: 'miào', 覃: 'qín', 尉: 'yù', 翟: 'zhái', 句: 'gōu', 繁: 'pó', 乐: 'yuè', 长孙: 'zhǎng sūn', 尉迟: 'yù chí', 万俟: 'mò qí', 单于: 'chán yú', 重: 'chóng', 种: 'chóng', 秘: 'bì', 冼: 'xiǎn', 折: 'shé', 员: 'yùn', 召: 'shào', 那: 'nā',
};
