// Decodes a saved page's bytes in the charset it really uses, whatever its <meta charset> claims.

const CANDIDATES = ['utf-8', 'gb18030', 'big5'] as const;
/** Characters so common in Chinese (both scripts) that a wrong decoding rarely produces them. */
const COMMON_CHARS = new Set('的一是不了在人有我他这這个個们們中来來上大为為和国國说說地也子时時道出而要于於就下得可你年生自会會那后後能对對着著事其里裡所去行过過家十用发發天如然作方成者多日都三小军軍二无無同么麼经經法当當起与與好看学學进進种種将將还還分此心前面又定见見只主没沒公从從');

/** The charset a page names in its first bytes (meta charset, http-equiv content type, or XML declaration). */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head) ?? /<\?xml[^>]+encoding=["']([\w-]+)/i.exec(head);
  return match?.[1]?.toLowerCase();
}

function decodeAs(bytes: Uint8Array, charset: string): string | undefined {
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return undefined; // a charset name this runtime does not know
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

export function decodePage(bytes: Uint8Array): DecodedPage {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder().decode(bytes), charset: 'utf-8' };
  // Valid UTF-8 with any non-ASCII byte is UTF-8: legacy Chinese encodings almost never form valid UTF-8 by chance.
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), charset: 'utf-8' };
  } catch {
    // not UTF-8: weigh the declared charset against the usual Chinese ones
  }
  const declared = declaredCharset(bytes);
  const charsets = [...new Set([declared, ...CANDIDATES].filter((c): c is string => Boolean(c)))];
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
