// The content script's on-demand tools (entrypoints/content/page-tools.ts), loaded into its world by
// entrypoints/content/load-page-tools.ts. Wiring only.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { PAGE_TOOLS_GLOBAL, pageTools } from './content/page-tools';

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[PAGE_TOOLS_GLOBAL] = pageTools;
});
