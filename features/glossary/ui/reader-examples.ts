// Corpus examples as the reader reads them: written in the other script, an example is converted to the reader's
// (through the worker's converter); one whose traditional form carries Taiwan phrasing is marked, since its words
// may not be those of the mainland source it quotes.
import { useEffect, useState } from 'preact/hooks';
import type { GlossaryExample } from '../../../core/glossary/glossary';
import type { ChineseLocale, SourceLocale } from '../../../core/script/convert-script';
import { sendToBackground, unwrap } from '../../../protocol/send-message';
import { carriesTaiwanPhrasing } from './glossary-text';

export interface ReaderExample {
  /** The example as shown: in the reader's script. */
  text: string;
  source: string;
  /** The example as the corpus writes it. */
  original: string;
  converted: boolean;
  taiwanPhrasing: boolean;
}

export type ConvertTexts = (texts: string[], to: ChineseLocale, from: SourceLocale) => Promise<string[]>;

const asWritten = (example: GlossaryExample): ReaderExample => ({ text: example.text, source: example.source, original: example.text, converted: false, taiwanPhrasing: false });

/** The examples in `locale`'s script, each with whether its traditional form carries Taiwan phrasing. */
export async function readerExamples(examples: readonly GlossaryExample[], locale: ChineseLocale, convert: ConvertTexts): Promise<ReaderExample[]> {
  const originals = examples.map((example) => example.text);
  // 'auto': each example's own script decides; one already in the reader's script comes back as it is.
  const shown = await convert(originals, locale, 'auto');
  // The traditional form of each example that has one: the original for a simplified reader (when it was not
  // simplified already), the shown text for a traditional reader.
  const traditional = locale === 'cn' ? originals.map((original, i) => (shown[i] !== original ? original : null)) : shown;
  const asked = traditional.flatMap((text, i) => (text === null ? [] : [i]));
  const texts = asked.map((i) => traditional[i]!);
  const [viaCharacters, viaPhrases] = texts.length > 0 ? await Promise.all([convert(texts, 'cn', 'tw'), convert(texts, 'cn', 'twp')]) : [[], []];
  const taiwan = new Set(asked.filter((_, k) => carriesTaiwanPhrasing(viaCharacters[k]!, viaPhrases[k]!)));
  return examples.map((example, i) => ({
    text: shown[i]!,
    source: example.source,
    original: example.text,
    converted: shown[i] !== example.text,
    taiwanPhrasing: taiwan.has(i),
  }));
}

const convertInWorker: ConvertTexts = async (texts, to, from) => unwrap(await sendToBackground('convertTexts', { texts, to, from }));

/** The examples of an open entry in the reader's script; as written until the worker answers (or if it cannot). */
export function useReaderExamples(examples: readonly GlossaryExample[], locale: ChineseLocale, open: boolean): ReaderExample[] {
  const [shown, setShown] = useState<{ locale: ChineseLocale; examples: ReaderExample[] } | null>(null);
  useEffect(() => {
    if (!open || shown?.locale === locale) return;
    let current = true;
    readerExamples(examples, locale, convertInWorker).then(
      (converted) => current && setShown({ locale, examples: converted }),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [examples, locale, open]);
  return shown?.locale === locale ? shown.examples : examples.map(asWritten);
}
