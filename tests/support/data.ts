// Shared test data: the product's own dictionary, lexicon and glossary, loaded once per test file.
export { loadDictionary, loadGlossary, loadLexicon, REPO_ROOT } from '../../scripts/lib/node-data';
