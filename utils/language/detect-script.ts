// Tells simplified from traditional text by the characters that differ between the two scripts.
import STCharacters from 'opencc-js/dict/STCharacters';
import TSCharacters from 'opencc-js/dict/TSCharacters';
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

/** OpenCC's character tables, as sets of characters that exist in one script only. */
function scriptTables() {
  if (tables) return tables;
  const simplified = new Set<string>();
  const traditional = new Set<string>();
  // Each entry is "source target1 target2…": a source that maps to something else belongs to its own script only.
  const readPairs = (dict: string, into: Set<string>, other: Set<string>) => {
    for (const entry of dict.split('|')) {
      const [source, ...targets] = entry.split(' ');
      if (source && !targets.includes(source)) into.add(source);
      for (const target of targets) if (target !== source) other.add(target);
    }
  };
  readPairs(STCharacters, simplified, traditional);
  readPairs(TSCharacters, traditional, simplified);
  // A character listed on both sides (a shared form) says nothing about the script.
  for (const char of simplified) {
    if (traditional.has(char)) {
      simplified.delete(char);
      traditional.delete(char);
    }
  }
  tables = { simplified, traditional };
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
