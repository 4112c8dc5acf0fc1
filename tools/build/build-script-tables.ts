// Builds assets/script-tables.json: the characters each script uses alone, from OpenCC's tables, so the
// worker's script detection needs no table parsing at start. Run by the build; a test checks it is current.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import STCharacters from 'opencc-js/dict/STCharacters';
import STPhrases from 'opencc-js/dict/STPhrases';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
// Imports nothing of the language core: detect-script.ts itself reads this script's output.
export const SCRIPT_TABLES_FILE = fileURLToPath(new URL('../../assets/script-tables.json', import.meta.url));

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
 * A character converted to the other script is still shared when some phrase keeps it on the other
 * side (后 in 皇后, 台 in 兄台), so it says nothing about the script.
 */
export function buildScriptTables(): string {
  const toTraditional = changedSources(STCharacters);
  const toSimplified = changedSources(TSCharacters);
  const keptInTraditional = outputCharacters(STPhrases);
  const keptInSimplified = outputCharacters(TSPhrases);
  const simplified = [...toTraditional].filter((char) => !keptInTraditional.has(char) && !toSimplified.has(char)).sort();
  const traditional = [...toSimplified].filter((char) => !keptInSimplified.has(char) && !toTraditional.has(char)).sort();
  return `${JSON.stringify({ simplified: simplified.join(''), traditional: traditional.join('') }, null, 1)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writeFileSync(SCRIPT_TABLES_FILE, buildScriptTables());
