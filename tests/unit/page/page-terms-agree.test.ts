// "On this page" counts a term once and steps through it with the same reading and matching: the count on
// the popup's chip (the worker's findTerms over the page's reader text) is the number of occurrences the
// reveal finds (findTermOccurrences over the same text with the term's spellings), on every corpus page.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { findTermOccurrences } from '../../../core/glossary/term-occurrences';
import { readPageContent } from '../../../core/detection/page-text';
import { readPageText } from '../../../page/page-text';
import { CORPUS_DIR, loadGlossary } from '../../support/data';

const glossary = loadGlossary();
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A news page made of a corpus text as a page shows it: one paragraph per line, some of them with a term split by inline markup. */
function pageOf(text: string): Document {
  const paragraphs = text.split('\n').filter((line) => line.trim());
  const body = paragraphs.map((line, i) => (i % 3 === 1 ? `<p>${escape(line.slice(0, 7))}<b>${escape(line.slice(7, 9))}</b>${escape(line.slice(9))}</p>` : `<p>${escape(line)}</p>`));
  return parseHTML(`<!doctype html><html lang="zh"><head><title>t</title></head><body><nav><a href="/">首页</a></nav><article>${body.join('')}</article></body></html>`).document;
}

const files = readdirSync(CORPUS_DIR).filter((name) => name.endsWith('.txt'));

test.each(files)('on the page of corpus %s, every term\'s count is what the reveal steps through', (file) => {
  const content = readPageContent(pageOf(readFileSync(join(CORPUS_DIR, file), 'utf8')));
  const page = readPageText(content.articleRegion ?? content.mainRegion!);
  const terms = glossary.findTerms(page.text);
  expect(terms.length).toBeGreaterThan(3);
  for (const { term, count, forms } of terms) expect(findTermOccurrences(page.text, forms).length, term).toBe(count);
});
