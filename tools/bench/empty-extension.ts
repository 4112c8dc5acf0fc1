// The platform's own floor for a cold card: an extension that does nothing but answer its content script's
// message, written to a temporary directory for the hover benchmark to wake the same way as ours.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';

/** Attribute on the page's root element where the content script writes ms from mousemove to the worker's reply. */
const REPLY_MS_ATTRIBUTE = 'data-empty-extension-reply-ms';

const MANIFEST = {
  manifest_version: 3,
  name: 'empty extension (benchmark baseline)',
  version: '1.0',
  background: { service_worker: 'background.js' },
  content_scripts: [{ matches: ['<all_urls>'], js: ['content.js'] }],
};

const BACKGROUND = `chrome.runtime.onMessage.addListener((message, sender, reply) => { reply({ ok: true }); });\n`;

// One message per mousemove that finds no question in flight, as a hover card asks for its word.
const CONTENT = `let asking = false;
document.addEventListener('mousemove', () => {
  if (asking) return;
  asking = true;
  const start = performance.now();
  chrome.runtime.sendMessage({ type: 'lookup' }, () => {
    document.documentElement.setAttribute('${REPLY_MS_ATTRIBUTE}', String(performance.now() - start));
    asking = false;
  });
}, true);
document.documentElement.setAttribute('${REPLY_MS_ATTRIBUTE}', 'ready');
`;

/** Writes the extension and returns its directory. */
export function writeEmptyExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'xinwen-empty-extension-'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(MANIFEST, null, 2));
  writeFileSync(join(dir, 'background.js'), BACKGROUND);
  writeFileSync(join(dir, 'content.js'), CONTENT);
  return dir;
}

export async function waitForEmptyExtension(page: Page): Promise<void> {
  await page.waitForFunction((name) => document.documentElement.hasAttribute(name), {}, REPLY_MS_ATTRIBUTE);
}

/** Moves the pointer to (x, y) and returns ms from the move to the empty extension's reply. */
export async function timeEmptyReply(page: Page, x: number, y: number): Promise<number> {
  await page.evaluate((name) => document.documentElement.removeAttribute(name), REPLY_MS_ATTRIBUTE);
  await page.mouse.move(x, y);
  const handle = await page.waitForFunction((name) => Number(document.documentElement.getAttribute(name)) || 0, { polling: 10, timeout: 10_000 }, REPLY_MS_ATTRIBUTE);
  return (await handle.jsonValue()) as number;
}
