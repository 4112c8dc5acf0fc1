// The page-memory rows of the browser benchmark alone (tools/bench/page-memory.ts), for working on them:
// `npx tsx tools/bench/bench-page-memory.ts`, after a build, in `flock /tmp/browser.lock`.
import { launchBrowser } from '../browser/browsers';
import { EXTENSION_DIRS } from '../browser/page-helpers';
import { startServer } from '../browser/server';
import { markdownTable } from '../lib/markdown-table';
import { newsPage } from './big-pages';
import { componentPage, pageMemoryRows } from './page-memory';

const server = await startServer({ '/bench-20k.html': newsPage(20_000), '/bench-component.html': componentPage() });
try {
  const launched = await launchBrowser('chromium', { extension: EXTENSION_DIRS.chromium });
  try {
    console.log(markdownTable(['page memory (Chromium)', 'ours', '', 'target'], await pageMemoryRows(launched, `${server.origin}/bench-20k.html`, `${server.origin}/bench-component.html`)));
  } finally {
    await launched.browser.close();
  }
} finally {
  await server.close();
}
