// Draws the extension's icons (public/icon/*.png): the character 新 on a red seal, rendered by Chromium
// with the Noto CJK font. Run by hand when the design changes: `npx tsx tools/build/make-icons.ts`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { launchBrowser } from '../browser/browsers';
import { REPO_ROOT } from '../lib/node-data';

const SIZES = [16, 32, 48, 128];

function iconSvg(size: number): string {
  const radius = Math.round(size * 0.18);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
  <rect x="0" y="0" width="${size}" height="${size}" rx="${radius}" fill="#b3261e"/>
  <text x="50%" y="50%" dominant-baseline="central" text-anchor="middle" fill="#fffdf8"
    font-family="Noto Serif CJK SC" font-weight="900" font-size="${Math.round(size * 0.78)}">新</text>
</svg>`;
}

const { browser } = await launchBrowser('chromium');
try {
  const page = await browser.newPage();
  mkdirSync(`${REPO_ROOT}public/icon`, { recursive: true });
  for (const size of SIZES) {
    await page.setViewport({ width: size, height: size });
    await page.setContent(`<html><body style="margin:0;background:transparent">${iconSvg(size)}</body></html>`);
    await page.evaluate(() => document.fonts.ready);
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    writeFileSync(`${REPO_ROOT}public/icon/${size}.png`, png);
  }
} finally {
  await browser.close();
}
