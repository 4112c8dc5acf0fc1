// Turns the bytes of a saved page, an HTML fragment or plain text into a Document, as the command line reads them.
// linkedom is not an HTML5 parser: it builds no <html>/<body> around a fragment (and throws on plain text or
// empty input), and an element before <html> becomes the document element. So the text is given the frame a
// browser would build around it before it is parsed.
import { parseHTML } from 'linkedom';
import { decodePage } from './decode-page';

export interface SavedPage {
  document: Document;
  charset: string;
  /** What the input was: a page with its own <html>, an HTML fragment, or plain text. */
  kind: 'page' | 'fragment' | 'text';
}

/** A tag, a comment or a doctype: text without any is plain text, not HTML. */
const MARKUP = /<(?:[a-z][\w:-]*(?:\s[^<>]*)?\/?>|\/[a-z][\w:-]*\s*>|!--|!doctype)/i;
/** The first <html> start tag that is not inside a comment (IE conditional comments hold decoy ones). */
const HTML_TAG_OR_COMMENT = /<!--[\s\S]*?(?:-->|$)|<html(?=[\s>/])/gi;
const HEAD_OR_BODY_TAG = /<(?:head|body)(?=[\s>/])/i;

function htmlStart(text: string): number {
  for (const match of text.matchAll(HTML_TAG_OR_COMMENT)) if (!match[0].startsWith('<!--')) return match.index;
  return -1;
}

function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** A Document for plain text: one paragraph per line, the text set as text (never read as markup). */
function textDocument(text: string): Document {
  const page = parse('<!DOCTYPE html><html><head></head><body></body></html>');
  for (const line of text.split(/\r\n?|\n/)) {
    if (line.trim() === '') continue;
    const paragraph = page.createElement('p');
    paragraph.textContent = line;
    page.body.appendChild(paragraph);
  }
  return page;
}

/** A Document for decoded text, whatever it holds: a whole page, a page inside a wrapper element, a fragment, plain text. */
export function parsePage(text: string): { document: Document; kind: SavedPage['kind'] } {
  if (!MARKUP.test(text)) return { document: textDocument(text), kind: 'text' };
  const start = htmlStart(text);
  // Whatever comes before <html> (a doctype, a wrapper element a crawler added) is dropped, as a browser drops it.
  if (start >= 0) {
    const page = parse(text.slice(start));
    if (page.body) return { document: page, kind: 'page' };
  }
  if (HEAD_OR_BODY_TAG.test(text)) return { document: parse(`<html>${text}</html>`), kind: 'page' };
  return { document: parse(`<html><head></head><body>${text}</body></html>`), kind: 'fragment' };
}

export function loadSavedPage(bytes: Uint8Array): SavedPage {
  const { text, charset } = decodePage(bytes);
  return { ...parsePage(text), charset };
}
