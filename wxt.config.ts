import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { dirname, relative, resolve } from 'node:path';
import { PAGE_LAYERS, SHARED_GLOBAL, pageFiles, pageScripts, sharedKey } from './lib/adapters/page-scripts';
import { recompressFile } from './scripts/store-zip';

const ROOT = import.meta.dirname;

/** The shared module (a PAGE_LAYERS path) an import refers to, if it is one of `modules`. */
function sharedModule(source: string, importer: string | undefined, modules: ReadonlySet<string>): string | undefined {
  const abs = source.startsWith('.') && importer ? resolve(dirname(importer), source) : source;
  const rel = relative(ROOT, abs).replace(/\\/g, '/').replace(/\.ts$/, '');
  return modules.has(rel) ? rel : undefined;
}

/** The modules an entry takes from the layers loaded before it (none for other entries). */
function externalsOf(name: string): Set<string> {
  const layer = PAGE_LAYERS.findIndex((l) => l.name === name);
  const before = layer >= 0 ? PAGE_LAYERS.slice(0, layer) : /^page-/.test(name) && name !== 'page-keys' ? PAGE_LAYERS : [];
  return new Set(before.flatMap((l) => l.modules));
}

// WXT has no Preact module; Preact's Vite preset also aliases react -> preact/compat (zustand needs it).
// Page scripts: the shared layers and one script per platform (entrypoints/page-<platform>.ts) matching
// that platform's seller hosts (lib/adapters/page-scripts.ts). The demo build (`--mode demo`) adds the demo pages' script.
export default defineConfig({
  manifestVersion: 3,
  // Every name has an import line: no globals appear from WXT's auto-imports.
  imports: false,
  // The sources zip (Firefox review): what builds the extension, not test output or screenshots.
  zip: { excludeSources: ['e2e-out/**', '.ci-out/**', 'e2e/**', 'fixtures/**', '**/*.test.ts', '**/*.test.tsx'] },
  // ASCP_OUT lets parallel builds (several engineers, CI) use separate output folders.
  outDir: process.env.ASCP_OUT ?? '.output',
  vite: () => ({
    plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false })],
    // Dexie's package entry wraps its UMD build (no tree-shaking, 33.7 kB gzip in the zip); its ES module
    // build is the same library version (4.4.7) and minifies to 29 kB. One copy either way (check-page-size.mjs).
    resolve: { alias: [{ find: /^dexie$/, replacement: resolve(ROOT, 'node_modules/dexie/dist/modern/dexie.mjs') }] },
    // ASCP_SOURCEMAP=1 for size analysis; never in the shipped build.
    // Terser rather than Vite's default (Oxc) minifier: three compress passes and ES2020 output without Safari 10's
    // workarounds (the extension runs in Chrome's side panel, Chrome 114+, and Firefox 142+) make the store zip 1.8 kB
    // smaller (session 49: 299,976 → 298,210 B), room the classifier's domain rules live in; a fourth pass, 106 B more
    // (session 50; a fifth gave less). Session 54: anonymous functions that never read `this` as arrows (unsafe only for a
    // function called with `new`; the E2E suites run the built code in Chromium and Firefox and pass), 197 B
    // (299,949 → 299,752 B); pure_getters would drop property reads a page may rely on (a forced layout), left out.
    build: {
      sourcemap: process.env.ASCP_SOURCEMAP === '1',
      // The panel's styles in one file (c/style.css, 16 kB, loaded with the panel) rather than one per lazily loaded
      // view: five small files compress worse than one and each costs its zip headers (session 55: store zip 299,741 →
      // 297,937 B; the E2E screenshots the same but for the clock and port they show).
      cssCodeSplit: false,
      minify: 'terser',
      terserOptions: { ecma: 2020, safari10: false, compress: { ecma: 2020, passes: 4, unsafe_arrows: true }, format: { ecma: 2020, comments: false } },
    },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // Firefox has no side panel API: the panel page is its sidebar (WXT writes sidebar_action).
    permissions: ['alarms', 'notifications', 'storage', ...(browser === 'firefox' ? [] : ['sidePanel']), 'contextMenus', 'clipboardWrite', 'unlimitedStorage', 'scripting', 'activeTab'],
    // Firefox needs a stable add-on id; 142 is the first version (desktop and Android) that knows
    // data_collection_permissions, and has storage.session, content script registration and
    // optional host permissions in Manifest V3.
    // It sends nothing anywhere (no network requests at all): data collection "none".
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'aftersales-copilot@aftersales-copilot.dev', strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } } } }
      : {}),
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: '__MSG_extName__' },
    commands: {
      _execute_action: {},
      'open-panel': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_cmdOpenPanel__',
      },
    },
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'; connect-src 'none'" },
  }),
  hooks: {
    // The store zip's entries recompressed with Zopfli (scripts/store-zip.ts): the same files, 5–6 % smaller.
    'zip:extension:done': async (wxt, zipPath) => {
      const { before, after } = await recompressFile(zipPath);
      wxt.logger.info(`Zopfli: ${zipPath} ${before.toLocaleString('en')} → ${after.toLocaleString('en')} B`);
    },
    // The demo pages' script exists only in the demo build; the store build never matches them.
    'entrypoints:resolved': (wxt, entrypoints) => {
      if (wxt.config.mode === 'demo') return;
      const i = entrypoints.findIndex((e) => e.name === 'page-demo');
      if (i >= 0) entrypoints.splice(i, 1);
    },
    // A platform's script (and a later layer) takes the shared modules from the layers loaded before
    // it: its imports of them become `globalThis.__ascpShared.<key>` instead of a copy of the code.
    'vite:build:extendConfig': (entrypoints, config) => {
      // The extension pages' group (the panel and the module background): its chunks and styles in one folder `c/`
      // under their module's name, where WXT writes chunks/<name>-<hash>.js and assets/<name>-<hash>.css. Names and
      // folders are in the zip twice (local and central headers) and in every import: the store zip 299,944 →
      // 298,253 B (session 52). A packaged extension needs no hash against stale caches; Rollup numbers a clash.
      if (entrypoints.length > 1) {
        const out = config.build?.rollupOptions?.output;
        if (!out || Array.isArray(out)) throw new Error('wxt.config.ts: WXT no longer sets one rollup output for the extension pages');
        const html = new Set(entrypoints.filter((e) => e.inputPath.endsWith('.html')).map((e) => e.name));
        // (The chunk every extension page shares — the database library, the words, the runtime — is named after its first
        // module, "_virtual_wxt-plugins", imported by name 18 times: "c/lib.js", session 55, −222 B in the store zip.)
        out.chunkFileNames = (c) => (c.name.startsWith('_virtual') ? 'c/lib.js' : 'c/[name].js');
        out.entryFileNames = ({ name }) => (html.has(name) ? 'c/[name].js' : '[name].js');
        out.assetFileNames = 'c/[name].[ext]';
      }
      const shared = externalsOf(entrypoints[0]?.name ?? '');
      if (entrypoints.length !== 1 || shared.size === 0) return;
      const ro = (config.build ??= {}).rollupOptions ??= {};
      ro.external = (source: string, importer: string | undefined) => sharedModule(source, importer, shared) !== undefined;
      const output = (Array.isArray(ro.output) ? ro.output[0] : (ro.output ??= {})) as { globals?: (id: string) => string };
      output.globals = (id: string) => `${SHARED_GLOBAL}.${sharedKey(sharedModule(id, undefined, shared) ?? id)}`;
    },
    // Page scripts are unlisted scripts (no WXT runtime: smaller) declared as content scripts here:
    // the shared layers, the platform's script, and page-keys.js (Alt+1…5 from the page's chat box).
    'build:manifestGenerated': (wxt, manifest) => {
      // In every frame of those hosts: a console may show its chat in a frame of its own (Shopify Inbox on
      // *.shopifyapps.com, real-pages.md "Iframes"); each frame reads itself and the panel follows the frame
      // that holds the most of the page (lib/snapshot-frames.ts).
      manifest.content_scripts = pageScripts(wxt.config.mode === 'demo').map((p) => ({
        matches: p.matches,
        js: pageFiles(p.name),
        run_at: 'document_idle',
        all_frames: true,
      }));
    },
  },
});
