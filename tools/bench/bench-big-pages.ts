// The big-page rows of the browser benchmark alone (tools/bench/big-pages.ts), for working on them:
// `npx tsx tools/bench/bench-big-pages.ts [20k] [1m] [nodes] [5m]` (all four by default), after a build, in `flock /tmp/browser.lock`.
import { launchBrowser } from '../browser/browsers';
import { EXTENSION_DIRS } from '../browser/page-helpers';
import { startServer } from '../browser/server';
import { markdownTable } from '../lib/markdown-table';
import { BIG_PAGES, bigPageRows } from './big-pages';

const chosen = process.argv.slice(2);
const pages = chosen.length === 0 ? BIG_PAGES : BIG_PAGES.filter((big) => chosen.some((name) => big.path === `/big-${name}.html`));
const server = await startServer(Object.fromEntries(pages.map((big) => [big.path, big.html()])));
try {
  const launched = await launchBrowser('chromium', { extension: EXTENSION_DIRS.chromium });
  try {
    console.log(markdownTable(['big pages (Chromium)', 'ours', 'opencc-js alone', 'target'], await bigPageRows(launched, server.origin, pages)));
  } finally {
    await launched.browser.close();
  }
} finally {
  await server.close();
}
