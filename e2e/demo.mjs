// `npm run demo`: Chromium with the extension on the demo seller pages. Headed (a display is needed)
// it stays open and opens the panel in a window beside the pages; with --headless, or without a
// display, it saves screenshots of the panel next to each page to demo-out/ and exits.
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { launch, serveFixtures, ROOT } from './harness.mjs';

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
if (!process.argv.includes('--headless') && !process.env.DISPLAY) console.log('No display found ($DISPLAY is empty): running headless and saving screenshots.');
const out = join(ROOT, 'demo-out');
mkdirSync(out, { recursive: true });
const { server, origin } = await serveFixtures();
const { context, panelUrl, sw } = await launch({ headed: !headless });
const pages = ['chat', 'order', 'aftersale'];
// What each demo page's own snapshot says (fixtures/demo/*.json): the panel shows it once it follows that page.
const KIND = { chat: 'chat', order: 'order_detail', aftersale: 'after_sales' };
const opened = [];
for (const p of pages) {
  const page = opened.length ? await context.newPage() : context.pages()[0] ?? (await context.newPage());
  await page.goto(`${origin}/demo/${p}.html`);
  opened.push(page);
}
await opened[0].bringToFront();

if (!headless) {
  // The side panel opens from the toolbar button (or Alt+Shift+K); for convenience also show it in a window.
  await sw.evaluate((url) => chrome.windows.create({ url, type: 'popup', width: 420, height: 900, left: 0, top: 0 }), panelUrl);
  console.log(`Demo pages: ${pages.map((p) => `${origin}/demo/${p}.html`).join('  ')}`);
  console.log('Chromium is open with 售后助手 loaded. Click the toolbar button to open the side panel. Close the browser to end.');
  await new Promise((r) => context.on('close', r));
  server.close();
  process.exit(0);
}

// Headless: the page at 880 px and the panel at 400 px, side by side in one screenshot per page.
const panel = await context.newPage();
await panel.setViewportSize({ width: 400, height: 800 });
await panel.goto(panelUrl);
// One page for the side-by-side pictures, opened before the loop and never brought to front: a tab
// opened or closed between two pages would be activated and followed by the panel instead.
const combo = await context.newPage();
await combo.setViewportSize({ width: 1280, height: 800 });
for (const [i, p] of pages.entries()) {
  const page = opened[i];
  await page.setViewportSize({ width: 880, height: 800 });
  await page.waitForFunction(() => document.documentElement.dataset.aftersalesCopilot === 'ready', null, { timeout: 10000 });
  await page.bringToFront();
  // This page's own snapshot in the panel (its page kind in the header badge), with its reply
  // suggestions rendered from it, before the screenshot.
  await panel.waitForFunction((kind) => document.querySelector('.app')?.dataset.status === 'ready'
    && document.querySelector('[data-testid="page-badge"]')?.dataset.pageKind === kind
    && document.querySelector('[data-testid="suggestion-1"]'), KIND[p], { timeout: 10000 })
    .catch(async () => {
      // What the worker knows: the recently active tabs, and every tab (id, active, url).
      const state = await sw.evaluate(async () => ({ recent: (await chrome.storage.session.get('recentTabs')).recentTabs, tabs: (await chrome.tabs.query({})).map((t) => [t.id, t.active, t.url]) })).catch((e) => String(e));
      console.log('worker state:', JSON.stringify(state));
      throw new Error(`the panel did not show the ${p} page: badge "${await panel.locator('[data-testid="page-badge"]').textContent().catch(() => 'none')}"; panel says: ${(await panel.evaluate(() => document.querySelector('.app')?.outerHTML ?? document.body.innerHTML).catch(() => '?')).slice(0, 600)}`);
    });
  const pageShot = await page.screenshot();
  const panelShot = await panel.screenshot();
  await combo.setContent(`<body style="margin:0;display:flex;background:#888"><img style="width:880px" src="data:image/png;base64,${pageShot.toString('base64')}"><img style="width:400px" src="data:image/png;base64,${panelShot.toString('base64')}"></body>`);
  await combo.screenshot({ path: join(out, `demo-${p}.png`) });
  console.log(`saved demo-out/demo-${p}.png`);
}
await context.close();
server.close();
