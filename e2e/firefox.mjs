// Firefox smoke test: the Firefox build (sidebar instead of side panel) installs in Firefox ESR and its
// page scripts read the demo chat page. (WebDriver BiDi may not open the add-on's own pages, so the
// panel page itself is not driven here; it is the same bundle as in Chromium.) Puppeteer drives Debian's
// firefox-esr over WebDriver BiDi (no browser download); the extension is installed as a temporary
// add-on.
// `node e2e/firefox.mjs` after `npx wxt build -b firefox --mode demo`; prints PASS/FAIL lines and a summary.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { ROOT, checker, serveFixtures } from './harness.mjs';

const EXT = join(process.env.ASCP_OUT ?? join(ROOT, '.output'), 'firefox-mv3-demo');
const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
const GECKO_ID = 'aftersales-copilot@aftersales-copilot.dev';

const counts = checker();
const { check } = counts;
const summary = () => `firefox: ${counts.passed} passed, ${counts.failed} failed`;

if (!existsSync(join(EXT, 'manifest.json'))) {
  console.log(`FAIL firefox: no build at ${EXT} (run "npx wxt build -b firefox --mode demo")`);
  console.log('firefox: 0 passed, 1 failed');
  process.exit(1);
}
const { server, origin } = await serveFixtures();
const browser = await puppeteer.launch({
  browser: 'firefox',
  executablePath: FIREFOX,
  headless: true,
  userDataDir: mkdtempSync(join(tmpdir(), 'ascp-ff-')),
});
try {
  await check('firefox: the build installs as an add-on', async () => {
    const id = await browser.installExtension(EXT);
    if (id !== GECKO_ID) throw new Error(`installed as ${id}`);
    return id;
  });
  const page = await browser.newPage();
  await check('firefox: the page script reads the demo chat page', async () => {
    await page.goto(`${origin}/demo/chat.html`);
    await page.waitForFunction(() => document.documentElement.dataset.aftersalesCopilot === 'ready', { timeout: 15000 });
    return 'marker set on <html>';
  });
} finally {
  await browser.close().catch(() => {});
  server.close();
}
console.log(summary());
process.exit(counts.failed ? 1 : 0);
