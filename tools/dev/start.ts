// `npm start`: builds the extension and opens Debian's Chromium with it installed, on the demo news page.
// Without a display it runs the same demo headless: hovers a word, converts the page, and saves screenshots in
// .output/start/ (git-ignored: running the demo leaves the checkout clean; README's images are docs/screenshots/).
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { launchBrowser, openExtensionPage } from '../browser/browsers';
import { EXTENSION_DIRS, hoverText, waitForContentScript } from '../browser/page-helpers';
import { startServer } from '../browser/server';
import { REPO_ROOT } from '../lib/node-data';

const SCREENSHOTS = `${REPO_ROOT}.output/start`;

execSync('npm run --silent build', { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
const server = await startServer();
const demoUrl = `${server.origin}/demo.html`;
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const launched = await launchBrowser('chromium', { extension: EXTENSION_DIRS.chromium, headless: !hasDisplay });
const page = await launched.browser.newPage();
await page.goto(demoUrl);

if (hasDisplay) {
  console.log(`Xinwen Reader is running in Chromium on ${demoUrl}. Point at a word; the toolbar icon opens the popup. Close the window to stop.`);
  launched.browser.on('disconnected', () => void server.close().then(() => process.exit(0)));
} else {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const tabId = await waitForContentScript(launched, page);
  const saved: string[] = [];
  const shot = async (name: string, target = page) => {
    const path = `${SCREENSHOTS}/${name}.png`;
    await target.screenshot({ path });
    saved.push(path);
  };

  await hoverText(page, '#article', '人类命运共同体', 2);
  await shot('hover-card');

  const popup = await launched.browser.newPage();
  await popup.setViewport({ width: 400, height: 640 });
  await openExtensionPage(launched, popup, `${launched.extensionBase}popup.html?tab=${tabId}`);
  await popup.locator('[data-testid="page-term"]').wait();
  await popup.type('[data-testid="glossary-search"]', 'rlmygtt');
  await popup.locator('[data-testid="glossary-result"]').wait();
  await shot('popup', popup);
  await popup.locator('[data-testid="convert-to-traditional"]').click();
  await popup.waitForSelector('[data-testid="convert-to-traditional"][aria-pressed="true"]');

  await page.bringToFront();
  await page.keyboard.press('Escape');
  await hoverText(page, '#article', '國務委員長', 3);
  await shot('converted-page');

  await launched.browser.close();
  await server.close();
  console.log(['Headless demo (no display found). Screenshots:', ...saved].join('\n'));
}
