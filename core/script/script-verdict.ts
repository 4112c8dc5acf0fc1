// A text's script judged from its counts of characters each script uses alone (detect-script.ts counts them).
// Apart from the counting, so the content script can add up the worker's verdicts on the parts of a long page
// without OpenCC's character tables.

import type { Script, ScriptVerdict } from './detect-script';

/** A text quoting a few words of the other script stays in its own script: it is mixed only past this share. */
const MIXED_SHARE = 0.2;

/** The verdict on these counts. */
export function verdictOf(hanChars: number, simplifiedOnly: number, traditionalOnly: number): ScriptVerdict {
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

/** The verdict on a text read in parts (each part's detectScript): the parts' counts added up, judged as one text. */
export function combineVerdicts(verdicts: readonly ScriptVerdict[]): ScriptVerdict {
  let hanChars = 0;
  let simplifiedOnly = 0;
  let traditionalOnly = 0;
  for (const verdict of verdicts) {
    hanChars += verdict.hanChars;
    simplifiedOnly += verdict.simplifiedOnly;
    traditionalOnly += verdict.traditionalOnly;
  }
  return verdictOf(hanChars, simplifiedOnly, traditionalOnly);
}
