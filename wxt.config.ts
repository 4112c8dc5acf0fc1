import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { mergeConfig } from 'vite';
import { MINIMUM_VERSIONS } from './tools/build/browser-support';

// Manifest and build settings for Chrome (MV3 service worker) and Firefox (MV3 event page).
export default defineConfig({
  modules: ['@wxt-dev/i18n/module'],
  hooks: {
    // webextension-polyfill (what @wxt-dev/webextension-polyfill sets up) everywhere but the content
    // script: it runs on every page, and the few APIs it uses are promise-based in both browsers
    // natively, so it stays about 10 KB smaller without the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) return;
      config.resolve = mergeConfig(config.resolve ?? {}, { alias: { 'wxt/browser': '@wxt-dev/webextension-polyfill/browser' } });
    },
  },
  // Explicit imports everywhere: every module says where its names come from.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  // `npm run zip`: .output/xinwen-reader-VERSION-{chrome,firefox}.zip and, for Firefox's reviewers, -sources.zip:
  // what `npm ci && npm run build` needs to rebuild the Firefox package (README.md says how). Left out: the tests and
  // docs, and the data files the build itself makes (git-ignored). WXT leaves out node_modules, .output and dot files.
  zip: {
    excludeSources: ['tests/**', 'docs/**', 'public/data/cedict-*', 'public/data/pinyin-data.*', 'bench-results/**', '**/*.log'],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings; contextMenus: convert and restore from the page's menu (README.md says why). Chrome also:
    // scripting and every site's host permission, to put the content script into the tabs already open after an update
    // (entrypoints/background/reinject-content-script.ts); the content script already runs on every site, so the
    // install warning stays the same. Firefox puts content scripts into open tabs itself.
    permissions: ['storage', 'contextMenus', ...(browser === 'firefox' ? [] : ['scripting'])],
    ...(browser === 'firefox' ? {} : { host_permissions: ['<all_urls>'] }),
    commands: {
      'convert-to-traditional': { suggested_key: { default: 'Alt+Shift+T' }, description: '__MSG_convertToTraditional__' },
      'convert-to-simplified': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_convertToSimplified__' },
      'restore-original': { suggested_key: { default: 'Alt+Shift+O' }, description: '__MSG_restoreOriginal__' },
      // Chrome allows four suggested keys: this is the fourth.
      'toggle-ruby': { suggested_key: { default: 'Alt+Shift+R' }, description: '__MSG_toggleRuby__' },
      // No suggested key left: the reader picks one in the browser's shortcut page.
      'toggle-hover': { description: '__MSG_toggleHover__' },
    },
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: { default_title: 'Xinwen Reader' },
    // The content script imports its on-demand tools (entrypoints/content/load-page-tools.ts) from here.
    web_accessible_resources: [{ resources: ['page-tools.js'], matches: ['<all_urls>'] }],
    // The oldest browsers with what the extension needs (tools/build/browser-support.ts says which feature sets each).
    // Firefox: no data leaves the browser, as AMO asks every new extension to declare.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'xinwen-reader@example.org', strict_min_version: `${MINIMUM_VERSIONS.firefox}.0`, data_collection_permissions: { required: ['none'] } },
          },
        }
      : { minimum_chrome_version: String(MINIMUM_VERSIONS.chrome) }),
  }),
});
