// eval:detect --browser: the same pages through the extension in Chromium, as a reader opens them. Each page's
// bytes are served as saved, with the charset its site sent (the manifest's actual encoding), and the verdict is the
// content script's own `pageState` (../shared/contracts.md): the live-DOM path the extension acts on, not the
// command line's. The saved pages' scripts, styles and images point at their sites: those requests fail at once, as
// they would offline, instead of holding the parser until a network timeout.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { launchBrowser } from '../browser/browsers';
import { controlPageOf, EXTENSION_DIRS, pageStateOf, tabIdOf } from '../browser/page-helpers';

export interface LiveVerdict {
  chinese: boolean;
  script: string;
  article: { found: boolean; text: string; hanChars: number };
  ms: number;
}

// The verdict is read once the page has loaded, or after this long.
const LOAD_WAIT_MS = 10_000;

export interface SavedPage {
  id: string;
  bytes: Buffer;
  /** The charset the page's site declared in its Content-Type header. */
  charset: string;
}

/** pageState of each page, in one Chromium with the built extension (.output/chrome-mv3). */
export async function detectInBrowser(pages: SavedPage[]): Promise<Map<string, LiveVerdict>> {
  const server = createServer((request, response) => {
    const id = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname.slice(1)).replace(/\.html$/, '');
    const page = pages.find((saved) => saved.id === id);
    if (!page) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': `text/html; charset=${page.charset}` }).end(page.bytes);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const launched = await launchBrowser('chromium', { extension: EXTENSION_DIRS.chromium });
  const verdicts = new Map<string, LiveVerdict>();
  try {
    const control = await controlPageOf(launched);
    for (const { id } of pages) {
      const page = await launched.browser.newPage();
      await page.setRequestInterception(true);
      // A page whose own scripts failed to load may say so in a modal alert, which would hold its content script too.
      page.on('dialog', (dialog) => void dialog.dismiss().catch(() => undefined));
      page.on('request', (request) => void (/^https?:/.test(request.url()) && !request.url().startsWith(origin) ? request.abort('internetdisconnected') : request.continue()));
      await page.goto(`${origin}/${id}.html`, { waitUntil: 'load', timeout: LOAD_WAIT_MS }).catch(() => undefined);
      const tabId = await tabIdOf(control, page);
      const start = performance.now();
      const state = (await pageStateOf(control, tabId, 10_000).catch((error: unknown) => {
        console.error(`${id}: ${error instanceof Error ? error.message : String(error)} (at ${page.url()})`);
        return { script: 'none', hanChars: 0, article: { found: false, text: '', hanChars: 0 } };
      })) as { script: string; hanChars: number; article: LiveVerdict['article'] };
      verdicts.set(id, { chinese: state.script !== 'none', script: state.script, article: state.article, ms: performance.now() - start });
      await page.close();
    }
  } finally {
    await launched.browser.close();
    server.close();
  }
  return verdicts;
}
