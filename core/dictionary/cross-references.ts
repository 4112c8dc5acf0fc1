// CC-CEDICT's own notation, as a reader reads it. The dictionary writes a word it refers to as "個|个[ge4]"
// (traditional|simplified[numbered pinyin]), "屄[bi1]" (one form for both scripts), "孫中山|孙中山" (no reading) or a
// reading alone ("also pr. [pou1]"); the reader sees the form in the script they read and tone-marked pinyin: "个 gè",
// "屄 bī", "孙中山", "also pr. pōu". The dictionary's data and the command line keep CEDICT's notation; the surfaces
// that show definitions (the card, the word list and its review) show them through this.
import { markSyllable } from '../pinyin/pinyin-syllables';
import { detectScript, type ScriptTarget } from '../script/detect-script';
import type { DictionaryResult } from './dictionary';

/** A form: no spaces, brackets, bars, parentheses, quotes or ASCII commas and semicolons (CEDICT writes a comma inside
 * a phrase as "，"). */
const FORM = String.raw`[^\s\[\]|()（）;,"'“”‘’]+`;
// A bar between two forms, each maybe followed by a reading; a form followed by a reading; a reading alone.
const NOTATION = new RegExp(String.raw`(${FORM})\|(${FORM})(?:\[([^\]]*)\])?|(${FORM})\[([^\]]*)\]|\[([^\]]*)\]`, 'gu');
const HAN = /\p{Script=Han}/u;
/** A numbered reading's words: syllables with their tones, maybe run together or hyphenated as CEDICT writes a word's
 * other pronunciation ("xia4hai2", "yi1mo2-yi1yang4"), a letter read as itself ("B" in B型超聲, "γ"), "," or "·". */
const READING_PART = String.raw`(?:[\p{L}:]+[1-5])*[\p{L}:]*`;
const READING_WORD = new RegExp(String.raw`^${READING_PART}(?:-${READING_PART})*$|^[,·，]$`, 'u');
const NUMBERED_SYLLABLE = /[A-Za-zÜü:]+[1-5]/g;

/** "qi1 yan2 lu : 4 shi1" → "qī yán lǜ shī"; "yao3 , shi2" → "yǎo, shí"; "xia4hai2" → "xiàhái"; null when it is no
 * numbered reading (Tai-lo's "[khè-su]" has no tone numbers). */
function reading(numbered: string): string | null {
  const words = numbered.trim().replace(/\s*:\s*(?=[1-5]\b)/g, ':').split(/\s+/);
  if (!words.every((word) => READING_WORD.test(word)) || !/[1-5]/.test(numbered)) return null;
  return words
    .map((word) => word.replace(NUMBERED_SYLLABLE, markSyllable))
    .join(' ')
    .replace(/ ([,，])/g, '$1');
}

/** The forms a reference names: "發布|发布[fa1 bu4]" → 發布 and 发布; "屄[bi1]" → 屄. */
export const referencedForms = (reference: string): string[] => reference.split('[')[0]!.split('|');

/** One definition (or measure word, or variant) with CEDICT's references written for a reader of `script`. */
export function readableDefinition(text: string, script: ScriptTarget): string {
  if (!text.includes('[') && !text.includes('|')) return text;
  return text.replace(NOTATION, (whole, traditional?: string, simplified?: string, barReading?: string, form?: string, formReading?: string, alone?: string) => {
    if (traditional !== undefined && simplified !== undefined) {
      if (!HAN.test(traditional) || !HAN.test(simplified)) return whole;
      const shown = script === 'traditional' ? traditional : simplified;
      if (barReading === undefined || barReading.trim() === '') return shown;
      const pinyin = reading(barReading);
      return pinyin === null ? whole : `${shown} ${pinyin}`;
    }
    if (form !== undefined) {
      const pinyin = formReading!.trim() === '' ? '' : reading(formReading!);
      if (pinyin === null || (!HAN.test(form) && pinyin === '')) return whole;
      return pinyin ? `${form} ${pinyin}` : form;
    }
    return reading(alone!) ?? whole;
  });
}

/** An entry's definitions, measure words and variants, written for a reader of `script`. */
export function readableEntry(entry: DictionaryResult, script: ScriptTarget): DictionaryResult {
  const readable = (list: string[]) => list.map((text) => readableDefinition(text, script));
  return { ...entry, definitions: readable(entry.definitions), classifiers: readable(entry.classifiers), variantOf: readable(entry.variantOf) };
}

/** The script a word is read in: the word's own where its characters tell (個 or 个), else its sentence's, else simplified. */
export function readerScript(word: string, sentence: string): ScriptTarget {
  for (const text of [word, sentence]) {
    const { simplifiedOnly, traditionalOnly } = detectScript(text);
    if (simplifiedOnly !== traditionalOnly) return traditionalOnly > simplifiedOnly ? 'traditional' : 'simplified';
  }
  return 'simplified';
}
