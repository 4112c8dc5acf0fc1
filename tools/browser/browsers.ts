// Launches Debian's Chromium and Firefox ESR with puppeteer-core, the extension installed.
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export type BrowserName = 'chromium' | 'firefox';

export const BROWSER_BINARIES: Record<BrowserName, string> = {
  chromium: '/usr/bin/chromium',
  firefox: '/usr/bin/firefox-esr',
};

/** Fails with one line naming the install command when a browser is missing. */
export function requireBrowser(name: BrowserName): string {
  const binary = BROWSER_BINARIES[name];
  if (!existsSync(binary)) {
    throw new Error(`${binary} is missing: install it with "apt-get install -y chromium firefox-esr fonts-noto-cjk"`);
  }
  return binary;
}

// Firefox gives each profile a random moz-extension:// host unless this pref pins it.
const FIREFOX_EXTENSION_ID = 'xinwen-reader@example.org';
const FIREFOX_EXTENSION_UUID = '6a3b2c1d-0e4f-4a5b-8c7d-9e0f1a2b3c4d';

export interface LaunchedBrowser {
  name: BrowserName;
  browser: Browser;
  /** Base URL of the installed extension's pages, ending in "/". */
  extensionBase: string;
}

/**
 * Chromium brings an unpacked extension back after chrome.runtime.reload() only with developer mode on (else it
 * stays unloaded): a fresh profile that has it.
 */
function developerModeProfile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'xinwen-profile-'));
  mkdirSync(join(dir, 'Default'));
  writeFileSync(join(dir, 'Default', 'Preferences'), JSON.stringify({ extensions: { ui: { developer_mode: true } } }));
  return dir;
}

/**
 * `colorScheme`: the theme the browser reports to pages (prefers-color-scheme), light unless asked. `reloadable`
 * (Chromium): the extension may reload itself, as an update does.
 */
export async function launchBrowser(
  name: BrowserName,
  options: { extension?: string; headless?: boolean; colorScheme?: 'light' | 'dark'; reloadable?: boolean } = {},
): Promise<LaunchedBrowser> {
  const executablePath = requireBrowser(name);
  const headless = options.headless ?? true;
  const dark = options.colorScheme === 'dark';
  const browser =
    name === 'chromium'
      ? await puppeteer.launch({
          executablePath,
          headless,
          pipe: true,
          enableExtensions: true,
          ...(options.reloadable ? { userDataDir: developerModeProfile() } : {}),
          defaultViewport: { width: 1280, height: 900 },
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-dev-shm-usage',
            '--disable-background-networking',
            '--disable-component-update',
            '--no-first-run',
            '--disable-sync',
            '--lang=en-US',
            ...(dark ? ['--force-dark-mode'] : []),
          ],
        })
      : await puppeteer.launch({
          browser: 'firefox',
          protocol: 'webDriverBiDi',
          executablePath,
          headless,
          defaultViewport: { width: 1280, height: 900 },
          // Lets the test open moz-extension:// pages (the popup) in a tab.
          args: ['-remote-allow-system-access'],
          extraPrefsFirefox: {
            'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_EXTENSION_ID]: FIREFOX_EXTENSION_UUID }),
            'intl.accept_languages': 'en-US',
            // 0 dark, 1 light, for pages and the extension's own.
            'layout.css.prefers-color-scheme.content-override': dark ? 0 : 1,
            'ui.systemUsesDarkTheme': dark ? 1 : 0,
          },
        });
  let extensionBase = '';
  if (options.extension) {
    const id = await browser.installExtension(options.extension);
    extensionBase = name === 'chromium' ? `chrome-extension://${id}/` : `moz-extension://${FIREFOX_EXTENSION_UUID}/`;
  }
  return { name, browser, extensionBase };
}

/**
 * Opens an extension page. Firefox never reports extension pages as loaded to puppeteer, so the
 * navigation is started without waiting and the page polled until it is there.
 */
export async function openExtensionPage(launched: LaunchedBrowser, page: Page, url: string): Promise<void> {
  if (launched.name === 'chromium') {
    await page.goto(url);
    return;
  }
  page.goto(url, { timeout: 0 }).catch(() => undefined);
  const deadline = Date.now() + 15_000;
  for (;;) {
    // Evaluating while the navigation swaps documents can throw: try again until the page is there.
    const loaded = await page.evaluate((expected) => location.href === expected && document.readyState === 'complete', url).catch(() => false);
    if (loaded) return;
    if (Date.now() > deadline) throw new Error(`extension page ${url} did not load`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
