// Tells simplified from traditional text by the characters that differ between the two scripts.
// The characters each script uses alone, from OpenCC's tables (tools/build/build-script-tables.ts).
import SCRIPT_TABLES from '../../assets/script-tables.json';
import { isHan } from '../text/han';

export type Script = 'simplified' | 'traditional' | 'mixed' | 'none';

/** The script a page is converted to. */
export type ScriptTarget = 'traditional' | 'simplified';

export interface ScriptVerdict {
  script: Script;
  hanChars: number;
  /** Characters only simplified text uses. */
  simplifiedOnly: number;
  /** Characters only traditional text uses. */
  traditionalOnly: number;
}

let tables: { simplified: Set<string>; traditional: Set<string> } | undefined;

function scriptTables() {
  tables ??= { simplified: new Set(SCRIPT_TABLES.simplified), traditional: new Set(SCRIPT_TABLES.traditional) };
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
    // Nothing below the CJK radicals block is Han: skip the regex for Latin, digits and punctuation.
    if (char.charCodeAt(0) < 0x2e80 || !isHan(char)) continue;
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
