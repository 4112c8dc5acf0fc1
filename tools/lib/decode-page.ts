// Decodes a saved page's bytes in the charset it really uses, whatever its <meta charset> claims.
// Legacy charsets go through iconv-lite, not TextDecoder: Node's ICU decoders are not the browsers'
// (its big5 silently drops the HKSCS characters Hong Kong pages use, its gbk garbles GB18030's
// four-byte sequences), while iconv-lite's gb18030 and big5 (Big5-HKSCS) decode what browsers do.
import iconv from 'iconv-lite';

const CANDIDATES = ['gb18030', 'big5hkscs'] as const;
/** Characters so common in Chinese (both scripts) that a wrong decoding rarely produces them. */
const COMMON_CHARS = new Set('的一是不了在人有我他这這个個们們中来來上大为為和国國说說地也子时時道出而要于於就下得可你年生自会會那后後能对對着著事其里裡所去行过過家十用发發天如然作方成者多日都三小军軍二无無同么麼经經法当當起与與好看学學进進种種将將还還分此心前面又定见見只主没沒公从從');

/** The charset a page names in its first bytes (meta charset, http-equiv content type, or XML declaration). */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head) ?? /<\?xml[^>]+encoding=["']([\w-]+)/i.exec(head);
  return match?.[1]?.toLowerCase();
}

/** The decoder browsers use for a label: every GB label reads as GB18030, every Big5 label as Big5-HKSCS. */
function normalizeCharset(label: string): string | undefined {
  const name = label.toLowerCase();
  if (/^(?:gb2312|gbk|x-gbk|gb18030|cp936|chinese|csgb2312|gb_2312(?:-80)?|iso-ir-58|windows-936)$/.test(name)) return 'gb18030';
  if (/^(?:big5|big5-hkscs|x-x-big5|cn-big5|csbig5|cp950|windows-950|big5hkscs)$/.test(name)) return 'big5hkscs';
  if (/^(?:utf-?8|unicode-1-1-utf-8)$/.test(name)) return 'utf-8';
  return iconv.encodingExists(name) ? name : undefined;
}

function decodeAs(bytes: Uint8Array, charset: string): string | undefined {
  try {
    return iconv.decode(bytes as Buffer, charset);
  } catch {
    return undefined; // a charset name iconv-lite does not know
  }
}

/** How much a decoding looks like real text: common characters count, replacement characters cost. */
function plausibility(text: string): number {
  let score = 0;
  for (const char of text) {
    if (char === '\uFFFD') score -= 10;
    else if (COMMON_CHARS.has(char)) score += 1;
  }
  return score;
}

export interface DecodedPage {
  text: string;
  charset: string;
}

/**
 * UTF-16 without a byte order mark, told by its zero bytes: every ASCII character (markup, digits, spaces) has
 * one, on odd offsets in little-endian and even ones in big-endian, and no other charset here has any.
 */
export function utf16ByZeroBytes(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const length = Math.min(bytes.length, 4096) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < length; i++) if (bytes[i] === 0) i % 2 === 0 ? even++ : odd++;
  // Han characters of the form U+XX00 put a zero on the other side now and then: ask for a lopsided count.
  const enough = Math.max(2, length / 2 / 10);
  if (odd >= enough && odd >= 4 * even) return 'utf-16le';
  if (even >= enough && even >= 4 * odd) return 'utf-16be';
  return undefined;
}

export function decodePage(bytes: Uint8Array): DecodedPage {
  // A byte order mark settles it, as it does in browsers.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder().decode(bytes), charset: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(bytes as Buffer, 'utf-16le'), charset: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(bytes as Buffer, 'utf-16be'), charset: 'utf-16be' };
  // Before the UTF-8 test: ASCII in UTF-16 is valid UTF-8, with a NUL after (or before) every character.
  const utf16 = utf16ByZeroBytes(bytes);
  if (utf16) return { text: iconv.decode(bytes as Buffer, utf16), charset: utf16 };
  // Valid UTF-8 with any non-ASCII byte is UTF-8: legacy Chinese encodings almost never form valid UTF-8 by chance.
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), charset: 'utf-8' };
  } catch {
    // not UTF-8: weigh the declared charset against the usual Chinese ones
  }
  const declared = declaredCharset(bytes);
  const normalized = declared === undefined ? undefined : normalizeCharset(declared);
  // The declared charset goes first, so it wins a tie; UTF-8 is out (the bytes are not valid UTF-8).
  // UTF-16 with no ASCII in it (plain Chinese text) has no zero bytes to tell it by: it competes with the rest.
  const candidates = [normalized, ...CANDIDATES, ...(bytes.length % 2 === 0 ? ['utf-16le', 'utf-16be'] : [])];
  const charsets = [...new Set(candidates.filter((c): c is string => c !== undefined && c !== 'utf-8'))];
  let best: DecodedPage | undefined;
  let bestScore = -Infinity;
  for (const charset of charsets) {
    const text = decodeAs(bytes, charset);
    if (text === undefined) continue;
    const score = plausibility(text);
    if (score > bestScore) {
      best = { text, charset };
      bestScore = score;
    }
  }
  return best ?? { text: new TextDecoder().decode(bytes), charset: 'utf-8' };
}
