// Tells simplified from traditional text by the characters that differ between the two scripts.
import STCharacters from 'opencc-js/dict/STCharacters';
import STPhrases from 'opencc-js/dict/STPhrases';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import { isHan } from './han';

export type Script = 'simplified' | 'traditional' | 'mixed' | 'none';

export interface ScriptVerdict {
  script: Script;
  hanChars: number;
  /** Characters only simplified text uses. */
  simplifiedOnly: number;
  /** Characters only traditional text uses. */
  traditionalOnly: number;
}

let tables: { simplified: Set<string>; traditional: Set<string> } | undefined;

const entries = (dict: string) => dict.split('|').map((entry) => entry.split(' '));

/** Sources a character table changes (a source listed among its own targets is a shared form). */
function changedSources(dict: string): Set<string> {
  return new Set(entries(dict).filter(([source, ...targets]) => source && !targets.includes(source)).map(([source]) => source!));
}

/** Every character written on the output side of a phrase table. */
function outputCharacters(dict: string): Set<string> {
  const chars = new Set<string>();
  for (const [, ...targets] of entries(dict)) for (const char of targets.join('')) chars.add(char);
  return chars;
}

/**
 * From OpenCC's tables, the characters each script uses alone. A character converted to another is
 * still shared when some phrase keeps it on the other side (后 in 皇后, 台 in 兄台), so it says nothing.
 */
function scriptTables() {
  if (tables) return tables;
  const toTraditional = changedSources(STCharacters);
  const toSimplified = changedSources(TSCharacters);
  const keptInTraditional = outputCharacters(STPhrases);
  const keptInSimplified = outputCharacters(TSPhrases);
  tables = {
    simplified: new Set([...toTraditional].filter((char) => !keptInTraditional.has(char) && !toSimplified.has(char))),
    traditional: new Set([...toSimplified].filter((char) => !keptInSimplified.has(char) && !toTraditional.has(char))),
  };
  return tables;
}

/** A text quoting a few words of the other script stays in its own script: it is mixed only past this share. */
const MIXED_SHARE = 0.2;

export function detectScript(text: string): ScriptVerdict {
  const { simplified, traditional } = scriptTables();
  let hanChars = 0;
  let simplifiedOnly = 0;
  let traditionalOnly = 0;
  for (const char of text) {
    if (!isHan(char)) continue;
    hanChars++;
    if (simplified.has(char)) simplifiedOnly++;
    else if (traditional.has(char)) traditionalOnly++;
  }
  const distinctive = simplifiedOnly + traditionalOnly;
  let script: Script;
  if (hanChars === 0) script = 'none';
  // Text made only of characters shared by both scripts reads the same either way; call it simplified.
  else if (distinctive === 0) script = 'simplified';
  else if (traditionalOnly / distinctive <= MIXED_SHARE) script = 'simplified';
  else if (simplifiedOnly / distinctive <= MIXED_SHARE) script = 'traditional';
  else script = 'mixed';
  return { script, hanChars, simplifiedOnly, traditionalOnly };
}
