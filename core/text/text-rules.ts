// The rules of written Chinese text and of page markup that every feature asks: where a sentence or a
// reading unit ends, what scraped inline pinyin looks like, which characters take no room, and which
// elements hold no page text, hold the reader's own input, or start a block. One table, so the card,
// the word list, conversion, ruby, detection and the glossary never disagree.

/** Marks that end a sentence. */
export const SENTENCE_END_MARKS = '。！？!?';
/** Marks that end a clause: with a line break, they bound the unit a reading depends on (and a saved sentence). */
export const CLAUSE_END_MARKS = '；;';
/** Commas. */
export const COMMA_MARKS = '，,';
/** Marks inside a sentence that part its clauses: commas and colons. */
export const CLAUSE_BREAK_MARKS = `${COMMA_MARKS}：:`;
/** The enumeration comma, which parts the items of a list (、). */
export const LIST_MARK = '、';
/** Closing quotes and brackets that belong to the sentence they follow. */
export const CLOSING_MARKS = '”」』）)"\'';
/** Opening quotes and brackets that may start a clause right after its mark (，“为了…). */
export const OPENING_MARKS = '“‘「『《（(〈【';

/** One character that ends a sentence. */
export const SENTENCE_END = new RegExp(`[${SENTENCE_END_MARKS}]`);
/** Every sentence end in a text (to count sentences). */
export const SENTENCE_ENDS = new RegExp(`[${SENTENCE_END_MARKS}]`, 'g');
/** A text that ends its sentence, closing marks included. */
export const ENDS_SENTENCE = new RegExp(`[${SENTENCE_END_MARKS}][${CLOSING_MARKS}]*$`, 'u');
/** One character that ends a clause: the rules that read a word's neighbours look no further. */
export const CLAUSE_BOUNDARY = new RegExp(`[${SENTENCE_END_MARKS}${CLAUSE_END_MARKS}${CLAUSE_BREAK_MARKS}\\n]`);
/** One character that opens a clause (OPENING_MARKS). */
export const OPENING_MARK = new RegExp(`[${OPENING_MARKS}]`);
/** One character that ends the unit a reading depends on: a sentence or clause mark, or a line break. */
export const READING_UNIT_END = new RegExp(`[${SENTENCE_END_MARKS}${CLAUSE_END_MARKS}\\n]`);

/** Characters that take no room and carry no text: zero-width space and joiners, word joiner, BOM, soft hyphen. */
export const ZERO_WIDTH_CODES: ReadonlySet<number> = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0xad]);
export const ZERO_WIDTH = new RegExp(`[${String.fromCharCode(...ZERO_WIDTH_CODES)}]`);

/** Letters of tone-marked pinyin. */
export const PINYIN_LETTERS = 'a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê';
/** Scraped inline pinyin, as a scraped page writes it after a character: 關(guān)系. Its longest form is 9 characters. */
export const INLINE_PINYIN_SOURCE = `[(（][${PINYIN_LETTERS}]{1,7}[)）]`;
export const INLINE_PINYIN_MAX_CHARS = 9;
/** Inline pinyin at the start of a text. */
export const INLINE_PINYIN_AT_START = new RegExp(`^${INLINE_PINYIN_SOURCE}`);
/** A Han character followed by inline pinyin, everywhere in a text (the character is group 1). */
export const HAN_WITH_INLINE_PINYIN = new RegExp(`(\\p{Script=Han})${INLINE_PINYIN_SOURCE}`, 'gu');
/** A text without its scraped inline pinyin: 關(guān)系 → 關系. */
export const stripInlinePinyin = (text: string): string => text.replace(HAN_WITH_INLINE_PINYIN, '$1');

/** Attributes that hold reader-visible text: converted with the page, watched for changes. */
export const TEXT_ATTRIBUTES = ['title', 'alt', 'placeholder', 'aria-label'] as const;

/** Elements, by upper-case tag name. */
export const ELEMENTS = {
  /** Hold no text a reader sees as page text (ruby annotations are read over, not as, the text). */
  nonText: new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'HEAD', 'TITLE', 'RT', 'RP']),
  /** Hold the reader's own input: never read as page text, never rewritten (their placeholder and labels are page text). */
  formFields: new Set(['INPUT', 'TEXTAREA', 'SELECT', 'OPTION']),
  /** Void elements: they show no content, so child nodes a script appends to one (a `<br>` holding text) are never seen. */
  void: new Set(['AREA', 'BASE', 'BR', 'COL', 'EMBED', 'HR', 'IMG', 'INPUT', 'LINK', 'META', 'PARAM', 'SOURCE', 'TRACK', 'WBR']),
  /** Code and machine text: shown, but left exactly as the page writes it. */
  code: new Set(['CODE', 'PRE', 'KBD', 'SAMP']),
  /** Continue the paragraph they sit in (the detector reads every other element as the start of a block). */
  inline: new Set([
    'A', 'SPAN', 'STRONG', 'B', 'EM', 'I', 'U', 'S', 'FONT', 'SMALL', 'BIG', 'SUB', 'SUP', 'MARK', 'ABBR', 'CITE', 'Q', 'TIME',
    'CODE', 'BR', 'WBR', 'IMG', 'DEL', 'INS', 'VAR', 'KBD', 'SAMP', 'DFN', 'BDI', 'BDO', 'RUBY', 'RB', 'LABEL', 'NOBR', 'TT',
  ]),
  /** Start a block of their own: a glossary term never runs across them (unknown elements are read as inline there). */
  blocks: new Set([
    'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR', 'TD',
    'TH', 'BR', 'HR', 'HEADER', 'FOOTER', 'NAV', 'ASIDE', 'BLOCKQUOTE', 'TABLE', 'FIGURE', 'FIGCAPTION', 'PRE', 'ADDRESS', 'FORM',
    'BUTTON',
  ]),
} as const;

/** Elements whose text the extension never rewrites: scripts and styles, form fields, code and markup. */
export const UNTOUCHED_ELEMENTS: ReadonlySet<string> = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', ...ELEMENTS.formFields, ...ELEMENTS.code,
]);
