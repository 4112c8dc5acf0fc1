// Pure helpers for showing glossary entries in the popup: the term marked in an example sentence,
// the line the copy button copies, the locale key of a category, the script the reader reads.
import type { GlossaryCategory, GlossaryEntry } from '../../../core/glossary/glossary';
import type { ChineseLocale } from '../../../core/script/convert-script';
import type { Script } from '../../../core/script/detect-script';
import type { TraditionalVariant } from '../../../settings/schema';
import type { TextPart } from '../../../core/glossary/mark-term';

export { markTerm, type TextPart } from '../../../core/glossary/mark-term';

/** Whether a sentence is written in traditional characters, judged by how it writes the term. */
export function writesTraditional(parts: readonly TextPart[], entry: Pick<GlossaryEntry, 'term' | 'traditional'>): boolean {
  if (entry.term === entry.traditional) return false;
  return parts.some((part) => part.mark && part.text.replace(/\s+/g, '') === entry.traditional);
}

/** What the copy button copies: "term traditional pinyin — English" (the traditional form only when it differs). */
export function copyLine(entry: Pick<GlossaryEntry, 'term' | 'traditional' | 'pinyin' | 'english'>): string {
  const forms = entry.traditional && entry.traditional !== entry.term ? `${entry.term} ${entry.traditional}` : entry.term;
  return `${forms} ${entry.pinyin} — ${entry.english}`;
}

export type CategoryKey = 'diplomacy' | 'partyAndState' | 'economy' | 'lawAndSociety' | 'history' | 'people';

const CATEGORY_KEYS: Record<GlossaryCategory, CategoryKey> = {
  diplomacy: 'diplomacy',
  'party and state': 'partyAndState',
  economy: 'economy',
  'law and society': 'lawAndSociety',
  history: 'history',
  people: 'people',
};

export function categoryKey(category: GlossaryCategory): CategoryKey {
  return CATEGORY_KEYS[category];
}

/** Index of the result a navigation key moves to, or 'input' to go back to the search box; undefined for other keys. */
export function nextActive(key: string, current: number, count: number): number | 'input' | undefined {
  if (count === 0) return undefined;
  switch (key) {
    case 'ArrowDown':
      return Math.min(current + 1, count - 1);
    case 'ArrowUp':
      return current <= 0 ? 'input' : current - 1;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}

/**
 * The locale the reader reads in, for showing corpus examples: the script the page is shown in (converted or as
 * loaded); on a page without one script (mixed, none, no page) the UI language's (zh-TW, zh-HK, zh-MO and
 * zh-Hant read traditional). Traditional is the reader's chosen standard.
 */
export function readerLocale(page: { script: Script; converted: 'simplified' | 'traditional' | null } | null, variant: TraditionalVariant, uiLanguage: string): ChineseLocale {
  const shown = page?.converted ?? page?.script;
  const script = shown === 'simplified' || shown === 'traditional' ? shown : /^zh[-_](tw|hk|mo|hant)/i.test(uiLanguage) ? 'traditional' : 'simplified';
  return script === 'simplified' ? 'cn' : variant;
}

/**
 * Whether a traditional text carries Taiwan phrasing: OpenCC's Taiwan phrase table, read backwards, changes it
 * (支援 for 支持, 軟體 for 软件). `viaCharacters` is the text converted to simplified character by character (from
 * `tw`), `viaPhrases` the same text converted with the phrase table (from `twp`).
 */
export const carriesTaiwanPhrasing = (viaCharacters: string, viaPhrases: string): boolean => viaCharacters !== viaPhrases;
