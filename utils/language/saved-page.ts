// Turns the bytes of a saved page, an HTML fragment or plain text into a Document, as the command line reads them.
import { parseHTML } from 'linkedom';
import { decodePage } from './decode-page';

export interface SavedPage {
  document: Document;
  charset: string;
}

export function loadSavedPage(bytes: Uint8Array): SavedPage {
  const { text, charset } = decodePage(bytes);
  return { document: parseHTML(text).document as unknown as Document, charset };
}
