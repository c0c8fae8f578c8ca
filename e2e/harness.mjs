// Shared E2E plumbing: build output, a static server for the fixtures, Chromium with the extension loaded,
// a request log (to prove nothing leaves this machine), and a tiny check runner that counts results.
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, extname, normalize } from 'node:path';

export const ROOT = resolve(new URL('..', import.meta.url).pathname);
export const EXT = join(ROOT, '.output', 'chrome-mv3-demo');
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
export async function launch({ headed = process.env.E2E_HEADED === '1', extraArgs = [], viewport = { width: 1280, height: 800 } } = {}) {
  if (!existsSync(join(EXT, 'manifest.json'))) throw new Error(`no build at ${EXT}: run "npm run build:demo" first`);
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'ascp-e2e-')), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: !headed,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', `--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`, ...extraArgs],
    viewport,
  });
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  let [sw] = context.serviceWorkers();
  if (!sw) sw = await context.waitForEvent('serviceworker', { timeout: 15000 });
  const extId = new URL(sw.url()).host;
  return { context, sw, extId, requests, panelUrl: `chrome-extension://${extId}/sidepanel.html` };
}

/** Runs named checks in order, printing PASS/FAIL, and returns the counts. */
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
