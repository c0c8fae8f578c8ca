import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { minify } from 'terser';
import type { Plugin } from 'vite';
import { pageScripts } from './lib/adapters/scripts';

/**
 * Page scripts ship into every seller page (budget: 10 kB gzip each), so after the bundler's own
 * minifier they get a second pass by terser (safe options: three compress passes and name mangling),
 * about 250 B gzip less per script. WXT's start-up wrapper (it re-throws what main() throws and waits
 * for nothing: our main() is synchronous) becomes a plain call when it has the shape it has in WXT
 * 0.20.27; any other shape is left as it is. Skipped with ASCP_SOURCEMAP=1 (size attribution needs the map).
 */
const WXT_WRAPPER = /return\(\(\)=>\{let ([\w$]+);try\{\1=([\w$.]+)\(\),\1 instanceof Promise&&\(\1=\1\.catch\(([\w$]+)=>\{throw \3\}\)\)\}catch\(([\w$]+)\)\{throw \4\}return \1\}\)\(\)/;
const squeezePageScripts = (): Plugin => ({
  name: 'ascp-squeeze-page-scripts',
  apply: 'build',
  async generateBundle(_, bundle) {
    if (process.env.ASCP_SOURCEMAP === '1') return;
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk' || !/^page-[\w-]+\.js$/.test(chunk.fileName)) continue;
      const out = await minify(chunk.code, { compress: { passes: 3 }, mangle: true, ecma: 2020 });
      if (out.code) chunk.code = out.code.replace(WXT_WRAPPER, 'return $2()');
    }
  },
});

// WXT has no Preact module; Preact's Vite preset also aliases react -> preact/compat (zustand needs it).
// One page script per platform (entrypoints/page-<platform>.ts) matching that platform's seller hosts
// (lib/adapters/scripts.ts). The demo build (`--mode demo`) adds the demo pages' script.
export default defineConfig({
  manifestVersion: 3,
  // Every name has an import line: no globals appear from WXT's auto-imports.
  imports: false,
  // ASCP_OUT lets parallel builds (several engineers, CI) use separate output folders.
  outDir: process.env.ASCP_OUT ?? '.output',
  vite: () => ({
    plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false }), squeezePageScripts()],
    // ASCP_SOURCEMAP=1 for size analysis (scripts/bench.ts); never in the shipped build.
    build: { sourcemap: process.env.ASCP_SOURCEMAP === '1' },
  }),
  manifest: () => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['alarms', 'notifications', 'storage', 'sidePanel', 'contextMenus', 'clipboardWrite', 'unlimitedStorage', 'scripting', 'activeTab'],
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
    // The demo pages' script exists only in the demo build; the store build never matches them.
    'entrypoints:resolved': (wxt, entrypoints) => {
      if (wxt.config.mode === 'demo') return;
      const i = entrypoints.findIndex((e) => e.name === 'page-demo');
      if (i >= 0) entrypoints.splice(i, 1);
    },
    // Page scripts are unlisted scripts (no WXT runtime: smaller) declared as content scripts here.
    'build:manifestGenerated': (wxt, manifest) => {
      manifest.content_scripts = pageScripts(wxt.config.mode === 'demo').map((p) => ({
        matches: p.matches,
        // page-keys.js: Alt+1…5 from the page's chat box (utils/insert-keys), one small script beside each reader.
        js: [`${p.name}.js`, 'page-keys.js'],
        run_at: 'document_idle',
      }));
    },
  },
});
