// What the hover card says for the character under the pointer: the word a reader sees there (a name taken whole, a
// dictionary word rather than the long glossary phrase around it), its reading in this sentence, the dictionary
// entries in the order this sentence needs them, what a function word or a place's short name does here, and the
// glossary term it belongs to. The worker's lookupWord and the command line's `card` both answer with this.
import { detectScript } from '../script/detect-script';
import { isVariantEntry, toDictionaryResult, WORD, type DictionaryEntry, type DictionaryResult } from '../dictionary/dictionary';
import { referencedForms } from '../dictionary/cross-references';
import { functionWordRule, type WordContext } from './function-words';
import type { Glossary, GlossaryEntry } from '../glossary/glossary';
import { simplifiedForm, type Lexicon } from '../dictionary/lexicon';
import { findNames, namePinyin, surnameLength, surnameReading, type NameKind, type SegmentedWord } from './names';
import type { PinyinData } from '../pinyin/pinyin-data';
import { formatPinyin, plainPinyin } from '../pinyin/pinyin-syllables';
import { syllableToZhuyin } from '../pinyin/zhuyin';
import { wordReading } from '../pinyin/pinyin';
import { placeAbbreviation } from './place-abbreviations';
import { wordSense } from './word-senses';
import { splitInContext } from '../pinyin/word-splits';
import { formInContext, type ConversionDirection } from '../script/script-in-context';
import { segmentText } from '../dictionary/segment-text';
import { readingsOf, readSentence, wordInSentence, wordLengthsAt, type ReadSentence, type WordAt } from './word-at';

/** A name the card shows as such: its kind and its pinyin as names are written (Sūn Qǐqín). */
export interface CardName {
  kind: NameKind;
  pinyin: string;
}

/** What the hover card shows for the word at a point of a text. */
export interface WordCard {
  word: string;
  /** Where the word starts and ends in the request's text (UTF-16 offsets). */
  start: number;
  end: number;
  /** The word in the other script, when it differs. */
  otherScript?: string;
  /** Lengths of the words starting at `start`, shortest first: shorter and longer readings of the spot. */
  lengths: number[];
  pinyin: string[];
  /** The same readings in zhuyin, for readers who choose it: made here, so the content script carries no zhuyin table. */
  zhuyin?: string[];
  /** Dictionary entries in the order this sentence needs them; a name's are its characters'. */
  definitions: DictionaryResult[];
  /** The glossary term of the word, or the glossary term the word is part of here. */
  glossary?: GlossaryEntry;
  /** What the word does in this sentence, said before the dictionary's senses: a function word's role, the place a
   * short name stands for. */
  usage?: string;
  /** The word is a name: of what, and its pinyin as a name. */
  name?: CardName;
}

export interface CardRequest {
  text: string;
  offset: number;
  /** Exactly the span of this length from `offset` (a shorter or longer reading the reader asked for). */
  length?: number;
  /** The word cut to start ('start') or end ('end') at `offset` (stepping to the next or previous word). */
  align?: 'start' | 'end';
}

export interface CardSources {
  lexicon: Lexicon;
  pinyinData: PinyinData;
  glossary: Glossary;
  /** Loads the dictionary's definition files with these numbers (the worker fetches them); absent when all are loaded. */
  loadDefinitions?: (shards: number[]) => Promise<void>;
}

/** The words of a read sentence as names and function words look at them: in simplified form (as they were read). */
const sentenceWords = (sentence: ReadSentence): SegmentedWord[] => sentence.tokens.map((token) => ({ text: token.read, start: token.start, han: token.pinyin.length > 0 }));

/** Whether the dictionary (not only the glossary) has the word, in either script. */
const inDictionary = (word: string, lexicon: Lexicon) => lexicon.dictionary.has(word) || lexicon.dictionary.has(simplifiedForm(word));

/** A segment cut into `parts`: the part under the pointer as the card's word, and the sentence's words with the segment
 * replaced by its parts (what function words look at). */
function partUnderPointer(word: WordAt, parts: SegmentedWord[], offset: number, sentence: ReadSentence, words: SegmentedWord[], lexicon: Lexicon): { word: WordAt; words: SegmentedWord[] } {
  const part = parts.find((segment) => offset >= segment.start && offset < segment.start + segment.text.length);
  if (!part) return { word, words };
  const end = part.start + part.text.length;
  const inner = { text: part.text, start: part.start, end, pinyin: readingsOf(sentence, part.start, end), lengths: wordLengthsAt(sentence.text.slice(0, sentence.to), part.start, lexicon) };
  const at = words.findIndex((token) => token.start === word.start);
  return { word: inner, words: at < 0 ? words : [...words.slice(0, at), ...parts, ...words.slice(at + 1)] };
}

/** `text` segmented as the card reads words, from offset `start` of the sentence on. */
const segmentsFrom = (text: string, start: number, lexicon: Lexicon, sources: CardSources): SegmentedWord[] =>
  segmentText(text, lexicon, sources.pinyinData.frequencies).map((part) => ({ text: part.text, start: start + part.start, han: part.han }));

/**
 * The dictionary word under the pointer inside a word the dictionary lacks (a glossary phrase such as
 * 以习近平同志为核心的党中央): the phrase segmented again without itself, then without each part the dictionary lacks
 * that the pointer is in, down to a word with a definition.
 */
function innerWord(word: WordAt, offset: number, sentence: ReadSentence, words: SegmentedWord[], sources: CardSources): { word: WordAt; words: SegmentedWord[] } {
  const { lexicon } = sources;
  const excluded = new Set<string>([word.text]);
  for (;;) {
    const without: Lexicon = { ...lexicon, probe: (text) => lexicon.probe(text) & (excluded.has(text) ? ~WORD : ~0), has: (text) => !excluded.has(text) && lexicon.has(text) };
    const parts = segmentsFrom(word.text, word.start, without, sources);
    const part = parts.find((segment) => offset >= segment.start && offset < segment.start + segment.text.length);
    if (!part || part.text === word.text) return { word, words };
    if ([...part.text].length > 1 && !inDictionary(part.text, lexicon) && !excluded.has(part.text)) {
      excluded.add(part.text);
      continue;
    }
    return partUnderPointer(word, parts, offset, sentence, words, lexicon);
  }
}

/** Units of dates and times after a number in digits are words of their own (9月4日|电, 3年|前, 4日|本报): a segment that
 * starts with one there (日电 "NEC", 年前 "before New Year", 日本) is cut after it. */
const UNIT_AFTER_DIGITS = /^[年月日号號时時点點分秒]/;
const DIGIT = /[0-9０-９]/;

function unitAfterDigits(word: WordAt, offset: number, sentence: ReadSentence, words: SegmentedWord[], sources: CardSources): { word: WordAt; words: SegmentedWord[] } {
  if (word.text.length < 2 || !UNIT_AFTER_DIGITS.test(word.text) || !DIGIT.test(sentence.text[word.start - 1] ?? '')) return { word, words };
  const parts = [{ text: word.text[0]!, start: word.start, han: true }, ...segmentsFrom(word.text.slice(1), word.start + 1, sources.lexicon, sources)];
  return partUnderPointer(word, parts, offset, sentence, words, sources.lexicon);
}

/** A dictionary word the sentence shows to be two (穿着|一件: 穿 + 着 zhe; 看|完了: 完 + 了): the part under the pointer,
 * the second part with the reading the rule gives it. */
function splitByContext(word: WordAt, offset: number, sentence: ReadSentence, words: SegmentedWord[], sources: CardSources): { word: WordAt; words: SegmentedWord[] } {
  const index = words.findIndex((w) => w.start === word.start && w.text.length === word.text.length);
  const dictionaryReading = wordReading(word.text, sources.lexicon.dictionary, sources.pinyinData.wordReadings)?.syllables;
  const split = index < 0 || !dictionaryReading ? undefined : splitInContext(words, index, dictionaryReading);
  if (!split) return { word, words };
  const cut = word.start + [...word.text].slice(0, split.first).join('').length;
  const parts = [
    { text: word.text.slice(0, cut - word.start), start: word.start, han: true },
    { text: word.text.slice(cut - word.start), start: cut, han: true },
  ];
  const part = partUnderPointer(word, parts, offset, sentence, words, sources.lexicon);
  if (split.secondReading !== undefined && part.word.start === cut) part.word = { ...part.word, pinyin: [split.secondReading, ...part.word.pinyin.slice(1)] };
  return part;
}

/** How well an entry's reading agrees with the reading in context: 2 the same, 1 the same but for tones, 0 not. */
function readingAgreement(entry: DictionaryEntry, reading: readonly string[]): number {
  const entryReading = formatPinyin(entry.pinyin).toLowerCase();
  const contextReading = reading.join(' ').toLowerCase();
  if (entryReading === contextReading) return 2;
  return plainPinyin(entryReading) === plainPinyin(contextReading) ? 1 : 0;
}

const isProperName = (entry: DictionaryEntry) => /^[A-Z]/.test(entry.pinyin);

export interface EntryOrder {
  /** The word as written on the page, and the page's script. */
  word: string;
  direction: ConversionDirection;
  reading: readonly string[];
  /** The word's form in the other script that the converter chose in this sentence. */
  chosenForm?: string;
  /** The entry this use is (a function word's, a place's), first of all. */
  preferred?: (entry: DictionaryEntry) => boolean;
  /** The word is a surname here: its surname entries come first. */
  surname?: boolean;
}

/** Whether an entry only points to another entry of the same list (發佈 "variant of 發布"): that entry's senses say it. */
function variantOfListed(entry: DictionaryEntry, entries: readonly DictionaryEntry[]): boolean {
  if (!isVariantEntry(entry)) return false;
  const forms = entry.variantOf.flatMap(referencedForms);
  return entries.some((other) => other !== entry && !isVariantEntry(other) && (forms.includes(other.traditional) || forms.includes(other.simplified)));
}

/** Entries in the order this sentence needs: the entry of this use; an entry that is only a variant of another one listed
 * after that one (the page's 發佈 says "variant of 發布": 發布's senses first); the page's script's own word; a
 * surname's; the reading in context; the form the converter chose (後 over 后 in 返锡后); then the dictionary's order. */
export function orderEntries(entries: readonly DictionaryEntry[], order: EntryOrder): DictionaryEntry[] {
  const own = (entry: DictionaryEntry) => (order.direction === 'toTraditional' ? entry.simplified : entry.traditional) === order.word;
  const other = (entry: DictionaryEntry) => (order.direction === 'toTraditional' ? entry.traditional : entry.simplified);
  const keys = (entry: DictionaryEntry) => [
    order.preferred?.(entry) ? 1 : 0,
    variantOfListed(entry, entries) ? 0 : 1,
    own(entry) ? 1 : 0,
    order.surname && isProperName(entry) && entry.definitions.some((definition) => /surname/i.test(definition)) ? 1 : 0,
    readingAgreement(entry, order.reading),
    order.chosenForm !== undefined && other(entry) === order.chosenForm ? 1 : 0,
  ];
  return entries
    .map((entry, index) => ({ entry, index, keys: keys(entry) }))
    .sort((a, b) => {
      for (let i = 0; i < a.keys.length; i++) if (a.keys[i] !== b.keys[i]) return b.keys[i]! - a.keys[i]!;
      return a.index - b.index;
    })
    .map(({ entry }) => entry);
}

/** The script the word is written in: its own characters decide, else its sentence's. */
function directionOf(word: string, sentence: string): ConversionDirection {
  const own = detectScript(word);
  if (own.traditionalOnly > own.simplifiedOnly) return 'toSimplified';
  if (own.simplifiedOnly > 0) return 'toTraditional';
  return detectScript(sentence).script === 'traditional' ? 'toSimplified' : 'toTraditional';
}

/** Whether CEDICT writes the reading as a Chinese person's name: the surname and the given name each capitalised
 * (Xi2 Jin4 ping2), where a foreign name is one capitalised word (Pu3 jing1). */
const chineseNamePinyin = (pinyin: string) => /^[A-Z]\S*( [a-z]\S*)? [A-Z]\S*( [A-Za-z]\S*){0,2}$/.test(pinyin);

/** The kind of name a dictionary entry of a proper noun describes, from its first definitions: a person (a life's
 * years), a place (a province, a city…), an organisation (its English name: "Tsinghua University"). Set phrases CEDICT
 * capitalises (一带一路, 三中全会) are none of these. */
function dictionaryNameKind(entry: DictionaryEntry, word: string): NameKind | undefined {
  if (!isProperName(entry)) return undefined;
  const first = entry.definitions[0] ?? '';
  // Words for people of a place are no names (港人 "Hong Kong person or people").
  if (/\b(?:person|people|native|resident|inhabitant)\b/.test(first)) return undefined;
  // Years belong to people, and to wars, dynasties and eras (抗日战争 "… (1937-1945)"), which are no names here.
  const definitions = entry.definitions.join('; ');
  const years = definitions.search(/\((?:c\. )?\d{3,4}\s*[-–]|\(born \d|\(died \d|\(name\)/);
  const lived = years >= 0;
  // What the years are of is said before them (王毅 "Wang Yi (1953-), … state councilor" is a person; 抗日战争 "War of
  // Resistance Against Japan (1937-1945)" is none); what the person did, after them, is no matter.
  if (lived && !/\b(?:war|dynasty|era|period|revolution|movement|incident|battle|uprising|reign|campaign|rebellion|expedition|conference|treaty|games|olympics|kingdom|state)\b/i.test(definitions.slice(0, years))) {
    if (!chineseNamePinyin(entry.pinyin)) return 'foreign';
    return surnameLength(word) !== undefined ? 'person' : undefined;
  }
  // The kind of place said at once ("Moscow, capital of Russia"), not a place mentioned later (昆曲 "Kunqu opera, …
  // originating in Kunshan, Jiangsu province").
  const opening = first.split(/\s+/).slice(0, 5).join(' ');
  if (/\b(?:province|city|county|district|prefecture|town|village|capital|country|river|mountains?|lake|island|autonomous region|peninsula)\b/i.test(opening)) return 'place';
  if (/^[A-Z][^;]*\b(?:University|Company|Corporation|Bank|Ministry|Agency|Academy|Institute|Commission|Committee|Council|Bureau|Association|Federation|Organization)\b/.test(first)) return 'org';
  return undefined;
}

/** The name pinyin of a dictionary name: a new word where CEDICT capitalises a syllable (Xi2 Jin4 ping2: Xí Jìnpíng). */
function dictionaryNamePinyin(entry: DictionaryEntry, reading: readonly string[]): string {
  const numbered = entry.pinyin.split(' ');
  if (numbered.length !== reading.length) return namePinyin(reading);
  const groups: string[][] = [];
  numbered.forEach((syllable, i) => {
    if (i === 0 || /^[A-Z]/.test(syllable)) groups.push([]);
    groups.at(-1)!.push(reading[i]!);
  });
  return groups.map((group) => namePinyin(group)).join(' ');
}

/** Loads the definition files the words need (the worker's fetches them). */
async function loadDefinitionsOf(words: readonly string[], sources: CardSources): Promise<void> {
  const missing = [...new Set(words.flatMap((word) => sources.lexicon.missingDefinitions(word)))];
  if (missing.length === 0) return;
  if (!sources.loadDefinitions) throw new Error(`dictionary definitions ${missing.join(', ')} are not loaded`);
  await sources.loadDefinitions(missing);
}

/** Loads the definition files the words need, then answers their entries. */
async function entriesOf(words: readonly string[], sources: CardSources): Promise<DictionaryEntry[][]> {
  await loadDefinitionsOf(words, sources);
  return words.map((word) => sources.lexicon.entries(word));
}

/** The entries, with the entries that a variant among them points to and the list lacks (the page's 發佈 has only
 * "variant of 發布": 發布's own entry joins it, to go first). */
async function withVariantTargets(entries: readonly DictionaryEntry[], sources: CardSources): Promise<DictionaryEntry[]> {
  const missing = [...new Set(entries.filter(isVariantEntry).flatMap((entry) => entry.variantOf.map(referencedForms).map((forms) => forms.at(-1)!)))].filter(
    (form) => !entries.some((entry) => !isVariantEntry(entry) && (entry.simplified === form || entry.traditional === form)),
  );
  if (missing.length === 0) return [...entries];
  const targets = (await entriesOf(missing, sources)).flat().filter((target) => !isVariantEntry(target) && entries.some((entry) => entry.variantOf.some((reference) => referencedForms(reference).includes(target.traditional) && plainPinyin(entry.pinyin) === plainPinyin(target.pinyin))));
  return [...entries, ...targets.filter((target) => !entries.includes(target))];
}

/** A name's characters' own senses, as the card lists them beneath the name: each character's best entry first (a
 * surname's surname entry, for the first `surnameChars`), then the rest of each. */
async function characterSenses(word: string, pinyin: readonly string[], direction: ConversionDirection, chosenForm: string | undefined, surnameChars: number, sources: CardSources): Promise<DictionaryResult[]> {
  const chars = [...word];
  const perChar = (await entriesOf(chars, sources)).map((entries, i) =>
    orderEntries(entries, { word: chars[i]!, direction, reading: [pinyin[i] ?? ''], chosenForm: chosenForm === undefined ? undefined : [...chosenForm][i], surname: i < surnameChars }),
  );
  return [...perChar.map((entries) => entries.slice(0, 1)), ...perChar.map((entries) => entries.slice(1))].flat().map(toDictionaryResult);
}

/** Whether the word is a person's name the dictionary or the glossary knows (王毅, 张国清): names listed beside it are
 * names too. CEDICT writes a Chinese name's reading with the surname and the given name capitalised. */
function knownPerson(word: string, { lexicon, glossary }: CardSources): boolean {
  if (glossary.get(word)?.category === 'people') return true;
  return surnameLength(word) !== undefined && lexicon.dictionary.readings(simplifiedForm(word)).some((reading) => chineseNamePinyin(reading.pinyin));
}

/** A syllable of a name with its character's own tone where the word read it neutral (白 in 明白: bái). */
function toned(char: string, syllable: string, lexicon: Lexicon): string {
  if (/[\u0300-\u036f]/.test(syllable.normalize('NFD'))) return syllable;
  const own = lexicon.dictionary.readings(simplifiedForm(char)).find((reading) => /^[a-z]+[1-4]$/.test(reading.pinyin) && plainPinyin(reading.pinyin) === plainPinyin(syllable));
  return own ? formatPinyin(own.pinyin) : syllable;
}

/** What a single character after is a measure word: a number (not one in a Latin name: iPhone 6和) or a demonstrative
 * (50台, 一所, 这把). */
const BEFORE_MEASURE_WORD = /(?:(?:^|[^A-Za-z0-9.\s])\s*[\d０-９][\d０-９.,]*|[一二三四五六七八九十百千万两几每这那哪某])$/;

/** The measure-word sense of a character right after a number or a demonstrative, if it has one. */
function classifierSense(text: string, start: number, entries: readonly DictionaryEntry[]): { entry: DictionaryEntry; definition: string } | undefined {
  if (!BEFORE_MEASURE_WORD.test(text.slice(0, start))) return undefined;
  for (const entry of entries) {
    const definition = entry.definitions.find((d) => /^classifier\b/i.test(d));
    if (definition) return { entry, definition };
  }
  return undefined;
}

/** The card for the character at `request.offset` of `request.text`; null off Han text. */
export async function composeCard(request: CardRequest, sources: CardSources): Promise<WordCard | null> {
  const { text, offset, length, align } = request;
  const { lexicon, pinyinData, glossary } = sources;
  const sentence = readSentence(text, offset, lexicon, pinyinData);
  const segmented = wordInSentence(sentence, offset, lexicon, length, align);
  if (!segmented) return null;
  // The definitions of the word found are on their way while names and the other script are worked out: a worker's
  // first card fetches its file (a few ms). A name or a phrase's inner word fetches what it needs besides below.
  loadDefinitionsOf([segmented.text], sources).catch(() => undefined);
  let word = segmented;
  const part = text.slice(sentence.from, sentence.to);
  let words = sentenceWords(sentence);

  // A name the segmenter cut up is one word; with an explicit span, only a span that is exactly the name.
  const name = findNames(text, words, (candidate) => knownPerson(candidate, sources)).find((span) =>
    length === undefined ? span.start <= word.start && word.end <= span.end : span.start === word.start && span.end === word.end,
  );
  let enclosingTerm: GlossaryEntry | undefined;
  if (name) {
    const lengths = wordLengthsAt(text.slice(0, sentence.to), name.start, lexicon);
    word = {
      text: text.slice(name.start, name.end),
      start: name.start,
      end: name.end,
      pinyin: readingsOf(sentence, name.start, name.end),
      lengths: [...new Set([...lengths, name.end - name.start])].sort((a, b) => a - b),
    };
  } else if (length === undefined && !inDictionary(word.text, lexicon) && glossary.get(word.text)?.category !== 'people') {
    // A glossary phrase the dictionary lacks: the dictionary word under the pointer first, the phrase as its section.
    enclosingTerm = glossary.get(word.text);
    ({ word, words } = innerWord(word, offset, sentence, words, sources));
  } else if (length === undefined) {
    ({ word, words } = unitAfterDigits(word, offset, sentence, words, sources));
    ({ word, words } = splitByContext(word, offset, sentence, words, sources));
  }

  const direction = directionOf(word.text, part);
  const chosenForm = formInContext(text, word.start, word.end, direction);
  const card: WordCard = { word: word.text, start: word.start, end: word.end, lengths: word.lengths, pinyin: word.pinyin, definitions: [] };
  if (chosenForm !== undefined && chosenForm !== word.text) card.otherScript = chosenForm;

  if (name) {
    const chars = [...word.text];
    const givenAt = name.givenStart === undefined ? chars.length : [...text.slice(name.start, name.givenStart)].length;
    const surname = chars.slice(0, givenAt).join('');
    const surnameSyllables = name.kind === 'person' ? surnameReading(surname) : undefined;
    // A given name's characters keep their own tones, not a word's neutral one (李明白 Míngbái, not míngbai).
    card.pinyin = card.pinyin.map((syllable, i) => (i >= givenAt ? toned(chars[i]!, syllable, lexicon) : syllable));
    if (surnameSyllables && surnameSyllables.length === givenAt) card.pinyin = [...surnameSyllables, ...card.pinyin.slice(givenAt)];
    card.name = { kind: name.kind, pinyin: namePinyin(card.pinyin, name.kind === 'person' ? givenAt : undefined) };
    card.definitions = await characterSenses(word.text, card.pinyin, direction, chosenForm, name.kind === 'person' ? givenAt : 0, sources);
  } else {
    const context: WordContext = { words, index: words.findIndex((w) => w.start === word.start && w.text.length === word.text.length), reading: word.pinyin[0] ?? '' };
    const single = context.index >= 0 && [...word.text].length === 1;
    const entries = await withVariantTargets((await entriesOf([word.text], sources))[0] ?? [], sources);
    const classifier = single ? classifierSense(text, word.start, entries) : undefined;
    const rule = single && !classifier ? functionWordRule(context) : undefined;
    const place = single && !classifier && !rule ? placeAbbreviation(context) : undefined;
    const sense = !classifier && !rule && !place && context.index >= 0 ? wordSense(context) : undefined;
    let preferred: EntryOrder['preferred'];
    if (classifier) {
      // The dictionary's own measure-word sense, said first.
      card.usage = classifier.definition;
      preferred = (entry) => entry === classifier.entry;
    } else if (rule) {
      card.usage = rule.gloss;
      // The reading of this use (认真地 de, however the model read it), as the line says.
      card.pinyin = [formatPinyin(rule.entry.pinyin)];
      preferred = (entry) => entry.pinyin === rule.entry.pinyin && (rule.entry.traditional === undefined || entry.traditional === rule.entry.traditional);
    } else if (place) {
      card.usage = `short for ${place.place}`;
      card.pinyin = [place.reading];
      card.name = { kind: 'place', pinyin: namePinyin([place.reading]) };
      const placeName = place.place.replace(/^the /, '').split(/[ (]/)[0]!;
      preferred = (entry) => isProperName(entry) && entry.definitions.some((definition) => definition.includes(placeName));
    } else if (sense) {
      card.usage = sense;
    }
    const ordered = orderEntries(entries, { word: word.text, direction, reading: card.pinyin, chosenForm, preferred });
    card.definitions = ordered.map(toDictionaryResult);
    const kind = !rule && !place && !classifier && ordered[0] ? dictionaryNameKind(ordered[0], word.text) : undefined;
    if (kind) card.name = { kind, pinyin: dictionaryNamePinyin(ordered[0]!, card.pinyin) };
    // A glossary's person the dictionary lacks (张国清, 托卡耶夫): a Chinese name when it starts with a surname.
    const person = glossary.get(word.text);
    if (!card.name && person?.category === 'people' && ordered.length === 0) {
      const surname = surnameLength(word.text);
      card.name = surname ? { kind: 'person', pinyin: namePinyin(card.pinyin, surname) } : { kind: 'foreign', pinyin: namePinyin(card.pinyin) };
      card.definitions = await characterSenses(word.text, card.pinyin, direction, chosenForm, surname ?? 0, sources);
    }
    // Where the converter could not say (a conversion that changes the length), the first entry's form.
    if (chosenForm === undefined && ordered[0]) {
      const other = direction === 'toTraditional' ? ordered[0].traditional : ordered[0].simplified;
      if (other !== word.text) card.otherScript = other;
    }
  }
  // The phrase the word is part of here says more about this sentence than the word's own entry (党中央).
  const termEntry = enclosingTerm ?? glossary.get(word.text);
  if (termEntry) card.glossary = termEntry;
  card.zhuyin = card.pinyin.map(syllableToZhuyin);
  return card;
}

/**
 * The entry that stands for the card's word itself, as the word list keeps it: the first entry when it is the word's
 * own, with what the word does here (the usage line) as its sense; a name's entries are its characters', so a name
 * gets one of its own ("name (person): Sūn Qǐqín").
 */
export function headwordOf(card: WordCard): DictionaryResult | undefined {
  const first = card.definitions[0];
  const own = first && (first.simplified === card.word || first.traditional === card.word);
  if (own) return card.usage ? { ...first, definitions: [card.usage, ...first.definitions] } : first;
  if (!card.name) return first;
  const traditional = detectScript(card.word).traditionalOnly > 0;
  const other = card.otherScript ?? card.word;
  return {
    simplified: traditional ? other : card.word,
    traditional: traditional ? card.word : other,
    pinyin: card.pinyin.join(' '),
    definitions: [`name (${card.name.kind}): ${card.name.pinyin}`],
    classifiers: [],
    variantOf: [],
  };
}
