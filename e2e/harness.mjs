// Shared E2E plumbing: build output, a static server for the fixtures, Chromium with the extension loaded,
// a request log (to prove nothing leaves this machine), and a tiny check runner that counts results.
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, extname, normalize } from 'node:path';

export const ROOT = resolve(new URL('..', import.meta.url).pathname);
export const EXT = join(process.env.ASCP_OUT ? resolve(process.env.ASCP_OUT) : join(ROOT, '.output'), 'chrome-mv3-demo');
export const OUT = resolve(process.env.E2E_OUT ?? join(ROOT, 'e2e-out'));
mkdirSync(OUT, { recursive: true });

const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json', '.png': 'image/png' };

/** Serves fixtures/ on 127.0.0.1 (a random port). */
export async function serveFixtures() {
  const base = join(ROOT, 'fixtures');
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(base, path.endsWith('/') ? path + 'index.html' : path);
    if (!file.startsWith(base) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

/** Launches Debian's Chromium with the built extension; headed when E2E_HEADED=1 (needs a display). */
export async function launch({ headed = process.env.E2E_HEADED === '1', extraArgs = [], viewport = { width: 1280, height: 800 }, extension = true } = {}) {
  if (extension && !existsSync(join(EXT, 'manifest.json'))) throw new Error(`no build at ${EXT}: run "npm run build:demo" first`);
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'ascp-e2e-')), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: !headed,
    // extension: false gives the same browser without it (the baseline of e2e/bench-page.mjs).
    ignoreDefaultArgs: extension ? ['--disable-extensions'] : [],
    // zh-CN UI, as the agents' browsers are; the panel follows the browser language. Headless Chromium
    // gives pages en-US unless --accept-lang says otherwise; the locale option below only emulates it
    // once Playwright has attached, which a popup (the panel) sometimes outran: it started in English.
    args: ['--lang=zh-CN', '--accept-lang=zh-CN', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', ...(extension ? [`--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`] : []), ...extraArgs],
    viewport,
    locale: 'zh-CN',
    env: { ...process.env, LANGUAGE: 'zh_CN:zh', LANG: 'zh_CN.UTF-8' },
  });
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  if (!extension) return { context, requests };
  let [sw] = context.serviceWorkers();
  if (!sw) sw = await context.waitForEvent('serviceworker', { timeout: 15000 });
  const extId = new URL(sw.url()).host;
  return { context, sw, extId, requests, panelUrl: `chrome-extension://${extId}/sidepanel.html` };
}

/**
 * Opens the side panel the way an agent sees it: always visible beside the page. A real side panel
 * cannot be opened without a user gesture (stack.md pitfall 10), so it opens as a popup window of its
 * own (visible, so its timers and effects run while the seller page's window switches tabs).
 */
export async function openPanel({ context, sw, panelUrl }, { width = 400, height = 900 } = {}) {
  const waiting = context.waitForEvent('page', (p) => p.url().startsWith(panelUrl));
  await sw.evaluate(([url, w, h]) => chrome.windows.create({ url, type: 'popup', width: w, height: h }), [panelUrl, width, height]);
  const panel = await waiting;
  await panel.waitForLoadState('domcontentloaded');
  await panel.setViewportSize({ width, height });
  return panel;
}

/** Clicks the panel's theme switch (auto → light → dark) until the theme is `want`; throws if it never gets there. */
export async function setTheme(panel, want) {
  for (let i = 0; i < 3 && (await panel.evaluate(() => document.documentElement.dataset.theme)) !== want; i++) await panel.getByTestId('theme-switch').click();
  const got = await panel.evaluate(() => document.documentElement.dataset.theme);
  if (got !== want) throw new Error(`theme ${got}, wanted ${want}`);
}

/** Runs named checks in order, printing PASS/FAIL, and returns the counts. */
/** Opens the demo chat page, waits for its page script, brings it to the front and opens the panel beside it. */
export async function openDemoChat(browser, origin) {
  const chat = await browser.context.newPage();
  await chat.goto(`${origin}/demo/chat.html`);
  await chat.waitForFunction(() => document.documentElement.dataset.aftersalesCopilot === 'ready', null, { timeout: 10000 });
  await chat.bringToFront();
  return { chat, panel: await openPanel(browser) };
}

export function checker() {
  let passed = 0, failed = 0;
  return {
    async check(name, fn) {
      const t0 = Date.now();
      try {
        const detail = await fn();
        passed++;
        console.log(`PASS ${name}${detail ? ` — ${detail}` : ''} (${Date.now() - t0} ms)`);
      } catch (e) {
        failed++;
        console.log(`FAIL ${name}: ${e?.message ?? e}`);
      }
    },
    get passed() { return passed; },
    get failed() { return failed; },
  };
}

/** Throws with a message unless cond holds. */
export function expect(cond, message) {
  if (!cond) throw new Error(message);
}

/**
 * Waits until `fn()` returns something truthy and returns it, checking again every `every` ms (the
 * rhythm of the checks, like page.waitForFunction's polling; it never decides a result); throws
 * "timed out waiting for <what>" after `ms`. For conditions no event announces: a worker's alarms,
 * notifications, badge or registered scripts.
 */
export async function until(fn, what, ms = 5000, every = 50) {
  const end = Date.now() + ms;
  let error;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
      error = undefined;
    } catch (e) {
      error = e;
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}${error ? ` (last error: ${error.message ?? error})` : ''}`);
    await new Promise((r) => setTimeout(r, every));
  }
}

/** Resolves once the clock has passed `t` (ms since the epoch): a wait for a moment, not a guessed duration. */
export async function clockPast(t) {
  while (Date.now() <= t) await new Promise((r) => setTimeout(r, t - Date.now() + 1));
}
