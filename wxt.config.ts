import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { DEMO_MATCHES } from './lib/adapters/hosts';

// WXT has no Preact module; Preact's Vite preset also aliases react -> preact/compat (zustand needs it).
// The demo build (`--mode demo`) additionally matches the bundled demo seller pages on localhost;
// the store build matches the seller hosts only (lib/adapters/hosts.ts).
export default defineConfig({
  manifestVersion: 3,
  vite: () => ({ plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false })] }),
  manifest: ({ mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['alarms', 'notifications', 'storage', 'sidePanel', 'contextMenus', 'clipboardWrite', 'unlimitedStorage', 'scripting'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    ...(mode === 'demo' ? { host_permissions: DEMO_MATCHES } : {}),
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
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode !== 'demo') return;
      for (const cs of manifest.content_scripts ?? []) cs.matches = [...(cs.matches ?? []), ...DEMO_MATCHES];
    },
  },
});
