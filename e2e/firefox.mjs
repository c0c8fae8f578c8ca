// Firefox smoke test: the Firefox build (sidebar instead of side panel) installs in Firefox ESR, its
// page scripts read the demo chat page and its panel page renders and follows that page. WebDriver
// BiDi will not navigate to the add-on's own pages, so the demo build opens its panel in a background
// tab when installed (entrypoints/background.ts) and the test reads that tab. Puppeteer drives
// Debian's firefox-esr over WebDriver BiDi (no browser download); the extension is installed as a
// temporary add-on.
// `node e2e/firefox.mjs` after `npx wxt build -b firefox --mode demo`; prints PASS/FAIL lines and a summary.
// With ASCP_FF_ZIP=<zip> (after `npx wxt zip -b firefox --mode demo`, as scripts/test-all.sh runs it) Firefox installs the
// store zip instead of the folder: the zip our Zopfli pass rewrote (scripts/store-zip.ts, no folder entries) is what it
// reads.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { ROOT, checker, serveFixtures, until } from './harness.mjs';

const EXT = process.env.ASCP_FF_ZIP ?? join(process.env.ASCP_OUT ?? join(ROOT, '.output'), 'firefox-mv3-demo');
const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
const GECKO_ID = 'aftersales-copilot@aftersales-copilot.dev';

const counts = checker();
const { check } = counts;
const summary = () => `firefox: ${counts.passed} passed, ${counts.failed} failed`;

if (!existsSync(EXT.endsWith('.zip') ? EXT : join(EXT, 'manifest.json'))) {
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
  await check(`firefox: the build installs as an add-on${EXT.endsWith('.zip') ? ' from its store zip' : ''}`, async () => {
    const id = await browser.installExtension(EXT);
    if (id !== GECKO_ID) throw new Error(`installed as ${id}`);
    return `${id} from ${EXT.replace(ROOT, '.')}`;
  });
  // The panel's tab (page.url() reads about:blank for moz-extension pages over BiDi: ask the page).
  const panel = await until(async () => {
    for (const p of await browser.pages()) {
      const href = await p.evaluate(() => location.href).catch(() => '');
      if (href.startsWith('moz-extension://') && href.endsWith('/sidepanel.html')) return p;
    }
    return null;
  }, 'the panel tab the demo build opens', 15000, 200).catch(() => null);
  await check('firefox: the panel page renders', async () => {
    if (!panel) throw new Error('the demo build opened no panel tab');
    await panel.waitForFunction(() => document.querySelector('nav')?.textContent?.includes('Replies') || document.querySelector('nav')?.textContent?.includes('话术'), { timeout: 15000 }).catch(async (e) => {
      throw new Error(`${e.message}; the panel shows: ${(await panel.evaluate(() => document.body.innerText)).slice(0, 200)}`);
    });
    return (await panel.evaluate(() => document.querySelector('nav')?.textContent ?? '')).trim().slice(0, 60);
  });
  const page = await browser.newPage();
  await check('firefox: the page script reads the demo chat page', async () => {
    await page.goto(`${origin}/demo/chat.html`);
    await page.waitForFunction(() => document.documentElement.dataset.aftersalesCopilot === 'ready', { timeout: 15000 });
    return 'marker set on <html>';
  });
  await check('firefox: the panel follows the chat page (buyer, scenario)', async () => {
    if (!panel) throw new Error('no panel tab');
    await page.bringToFront();
    // The situation and replies load after the panel's first paint: wait for them.
    await panel.waitForFunction(() => document.body.innerText.includes('小鹿乱撞') && /退货退款|Return & refund/.test(document.body.innerText), { timeout: 20000 }).catch(async (e) => {
      throw new Error(`${e.message}; the panel shows: ${(await panel.evaluate(() => document.body.innerText)).slice(0, 300)}`);
    });
    return 'buyer 小鹿乱撞 and the return scenario shown';
  });
} finally {
  await browser.close().catch(() => {});
  server.close();
}
console.log(summary());
process.exit(counts.failed ? 1 : 0);
