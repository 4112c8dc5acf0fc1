// Loads the product's data files from the repository for Node (command line, build scripts, tests).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createDictionary, type Dictionary } from '../../utils/language/dictionary';
import { createGlossary, type Glossary, type GlossaryEntry } from '../../utils/language/glossary';
import { createLexicon, type Lexicon } from '../../utils/language/lexicon';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DICTIONARY_FILE = `${REPO_ROOT}public/data/cedict.tsv`;
export const DICTIONARY_INDEX_FILE = `${REPO_ROOT}public/data/cedict-index.tsv`;
export const GLOSSARY_FILE = `${REPO_ROOT}assets/glossary.json`;

let dictionary: Dictionary | undefined;
let glossary: Glossary | undefined;

export function loadDictionary(): Dictionary {
  dictionary ??= createDictionary(readFileSync(DICTIONARY_FILE, 'utf8'), readFileSync(DICTIONARY_INDEX_FILE, 'utf8'));
  return dictionary;
}

/** The words the extension reads by: CEDICT plus the glossary, as the worker builds them. */
export function loadLexicon(): Lexicon {
  return createLexicon(loadDictionary(), loadGlossary().entries);
}

export function loadGlossary(): Glossary {
  glossary ??= createGlossary(JSON.parse(readFileSync(GLOSSARY_FILE, 'utf8')) as GlossaryEntry[]);
  return glossary;
}
