// One-character names of places in news (沪 Shanghai, 宁 Nanjing, 锡 Wuxi, 港 Hong Kong, 美 the United States),
// explained where the sentence makes them places: after a verb of travel (赴港, 返锡, 来宁), or side by side with
// other such names (沪深股市, 京津冀, 粤港澳). Many are ordinary words too (宁 "rather", 美 "beautiful", 新 "new"), so
// those need the stronger context.
import { simplifiedForm } from '../dictionary/lexicon';
import type { WordContext } from './function-words';

export interface PlaceAbbreviation {
  /** The place, as the card says it. */
  place: string;
  /** The character's reading as this name, tone-marked. */
  reading: string;
  /** Also an everyday word (美 "beautiful", 新 "new"): a place only after a verb of travel or beside another place. */
  common?: boolean;
}

export const PLACE_ABBREVIATIONS: Readonly<Record<string, PlaceAbbreviation>> = {
  京: { place: 'Beijing', reading: 'jīng' },
  沪: { place: 'Shanghai', reading: 'hù' },
  津: { place: 'Tianjin', reading: 'jīn' },
  渝: { place: 'Chongqing', reading: 'yú' },
  冀: { place: 'Hebei', reading: 'jì' },
  晋: { place: 'Shanxi', reading: 'jìn' },
  辽: { place: 'Liaoning', reading: 'liáo' },
  吉: { place: 'Jilin', reading: 'jí', common: true },
  黑: { place: 'Heilongjiang', reading: 'hēi', common: true },
  苏: { place: 'Jiangsu (or Suzhou)', reading: 'sū' },
  浙: { place: 'Zhejiang', reading: 'zhè' },
  皖: { place: 'Anhui', reading: 'wǎn' },
  闽: { place: 'Fujian', reading: 'mǐn' },
  赣: { place: 'Jiangxi', reading: 'gàn' },
  鲁: { place: 'Shandong', reading: 'lǔ' },
  豫: { place: 'Henan', reading: 'yù' },
  鄂: { place: 'Hubei', reading: 'è' },
  湘: { place: 'Hunan', reading: 'xiāng' },
  粤: { place: 'Guangdong', reading: 'yuè' },
  桂: { place: 'Guangxi', reading: 'guì' },
  琼: { place: 'Hainan', reading: 'qióng' },
  川: { place: 'Sichuan', reading: 'chuān' },
  黔: { place: 'Guizhou', reading: 'qián' },
  滇: { place: 'Yunnan', reading: 'diān' },
  藏: { place: 'Tibet', reading: 'zàng' },
  陕: { place: 'Shaanxi', reading: 'shǎn' },
  甘: { place: 'Gansu', reading: 'gān', common: true },
  青: { place: 'Qinghai', reading: 'qīng', common: true },
  宁: { place: 'Nanjing (or Ningxia)', reading: 'níng' },
  新: { place: 'Xinjiang (or Singapore)', reading: 'xīn', common: true },
  蒙: { place: 'Inner Mongolia', reading: 'měng' },
  港: { place: 'Hong Kong', reading: 'gǎng' },
  澳: { place: 'Macao (or Australia)', reading: 'ào' },
  台: { place: 'Taiwan', reading: 'tái' },
  深: { place: 'Shenzhen', reading: 'shēn', common: true },
  锡: { place: 'Wuxi', reading: 'xī' },
  穗: { place: 'Guangzhou', reading: 'suì' },
  杭: { place: 'Hangzhou', reading: 'háng' },
  蓉: { place: 'Chengdu', reading: 'róng' },
  汉: { place: 'Wuhan', reading: 'hàn', common: true },
  厦: { place: 'Xiamen', reading: 'xià' },
  甬: { place: 'Ningbo', reading: 'yǒng' },
  镇: { place: 'Zhenjiang', reading: 'zhèn', common: true },
  扬: { place: 'Yangzhou', reading: 'yáng', common: true },
  邕: { place: 'Nanning', reading: 'yōng' },
  华: { place: 'China', reading: 'huá', common: true },
  中: { place: 'China', reading: 'zhōng', common: true },
  美: { place: 'the United States', reading: 'měi', common: true },
  俄: { place: 'Russia', reading: 'é' },
  日: { place: 'Japan', reading: 'rì', common: true },
  英: { place: 'the United Kingdom', reading: 'yīng', common: true },
  法: { place: 'France', reading: 'fǎ', common: true },
  德: { place: 'Germany', reading: 'dé', common: true },
  韩: { place: 'South Korea', reading: 'hán' },
  朝: { place: 'North Korea', reading: 'cháo', common: true },
  欧: { place: 'Europe', reading: 'ōu' },
  非: { place: 'Africa', reading: 'fēi', common: true },
  哈: { place: 'Kazakhstan', reading: 'hā' },
  塔: { place: 'Tajikistan', reading: 'tǎ', common: true },
  乌: { place: 'Uzbekistan (or Ukraine)', reading: 'wū', common: true },
  巴: { place: 'Pakistan (or Brazil)', reading: 'bā', common: true },
  印: { place: 'India', reading: 'yìn', common: true },
  越: { place: 'Vietnam', reading: 'yuè', common: true },
  老: { place: 'Laos', reading: 'lǎo', common: true },
  柬: { place: 'Cambodia', reading: 'jiǎn' },
  泰: { place: 'Thailand', reading: 'tài', common: true },
  缅: { place: 'Myanmar', reading: 'miǎn' },
};

/** Verbs of travel, stay and aid that make the next character a place, whatever else it can mean (赴美, 驻港, 援塔). */
const TRAVEL_VERBS = ['赴', '访', '抵', '驻', '返', '离', '旅', '援', '途经', '飞抵', '前往', '出访'];
/** Verbs of movement that make a place of the next character (来宁, 在沪, 在深工作); an everyday word only when no 的
 * follows (在新的起点 is "new"). */
const MOVEMENT_VERBS = ['来', '在', '回', '到', '至', '留', '进', '去', '出', '入', '落户'];
/** Words after the character that make it a country, even an everyday word (哈、塔两国). */
const COUNTRY_FOLLOWERS = ['两国', '三国', '两国关系', '双边'];
/** Words after the character that make it a place when it is no everyday word (京港两地, 锡籍). */
const PLACE_FOLLOWERS = ['两地', '三地', '籍', '股市', '地区', '之间', '之行', '期间'];

/** The places a word stands for when it is made of one-character names only (京 | 港澳 → 港, 澳). */
function abbreviationsOf(word: { text: string; han: boolean } | undefined): PlaceAbbreviation[] | undefined {
  if (!word?.han) return undefined;
  const places = [...simplifiedForm(word.text)].map((char) => PLACE_ABBREVIATIONS[char]);
  return places.every((place) => place !== undefined) ? places : undefined;
}
const abbreviationOf = (word: { text: string; han: boolean } | undefined) => (word?.han && [...word.text].length === 1 ? abbreviationsOf(word)?.[0] : undefined);
/** Whether the word is one of `items`, or (with `ending`) ends with one of them (出访, 到访 end in 访). */
const isAny = (word: { text: string; han: boolean } | undefined, items: readonly string[], ending: boolean) => {
  if (!word?.han) return false;
  const text = simplifiedForm(word.text);
  return items.some((item) => text === item || (ending && text.endsWith(item)));
};

/** The place the single-character word at `context.index` stands for in this sentence, if it is one. */
export function placeAbbreviation(context: WordContext): PlaceAbbreviation | undefined {
  const { words, index } = context;
  const own = abbreviationOf(words[index]);
  if (!own) return undefined;
  // A list with 、 is side by side too (哈、塔).
  const listed = (step: 1 | -1) => (words[index + step]?.text === '、' ? words[index + 2 * step] : words[index + step]);
  const previous = words[index - 1];
  const next = words[index + 1];
  if (isAny(previous, TRAVEL_VERBS, true)) return own;
  // Side by side with others (沪深, 京津冀, 京港澳): each is a place; everyday words side by side need one that is not.
  const besides = [listed(-1), listed(1)].flatMap((word) => abbreviationsOf(word) ?? []);
  if (besides.length > 0 && (!own.common || besides.some((place) => !place.common))) return own;
  if (isAny(next, COUNTRY_FOLLOWERS, false)) return own;
  if (isAny(previous, MOVEMENT_VERBS, false) && (!own.common || (next?.han && !/^[的地得]/.test(next.text)))) return own;
  if (own.common) return undefined;
  if (isAny(next, PLACE_FOLLOWERS, false)) return own;
  return undefined;
}
