import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../utils/background';

// An ES module background: WXT builds it together with the panel, so the database library and the
// built-in replies (the shortcut expansion needs them) are chunks both share, one copy in the zip
// (scripts/check-page-size.mjs checks it). Nothing it imports may call import(): a service worker cannot.
export default defineBackground({
  type: 'module',
  main() {
    startBackground();
    // The Firefox demo build also opens its panel in a background tab when installed: a headless Firefox
    // shows no sidebar, and the Firefox smoke test (e2e/firefox.mjs) reads the panel there. The store
    // builds never do this.
    if (import.meta.env.FIREFOX && import.meta.env.MODE === 'demo') {
      browser.runtime.onInstalled.addListener(({ reason }) => {
        if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html'), active: false });
      });
    }
  },
});
