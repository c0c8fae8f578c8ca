import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [
    WxtVitest(), // fake `browser`, '@/' aliases, import.meta.env
    preact({ devToolsEnabled: false, prefreshEnabled: false }), // WxtVitest does not apply wxt.config's plugins
  ],
  test: {
    environment: 'happy-dom',
    setupFiles: ['fake-indexeddb/auto', './vitest.setup.ts'],
    // A ceiling for tests that wait on conditions under load, not a speed target.
    testTimeout: 60_000,
    include: ['{lib,components,utils,entrypoints,scripts}/**/*.test.{ts,tsx}'],
    globals: true,
    server: { deps: { inline: ['zustand'] } }, // zustand imports react; inline so the preact/compat alias applies
  },
});
