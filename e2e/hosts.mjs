// Serves platform fixtures under their REAL addresses (https://mms.pinduoduo.com/…, default port), so
// the store manifest's match patterns are what E2E tests: Chromium maps those hosts to this server's
// 127.0.0.1 port (--host-resolver-rules `MAP host 127.0.0.1:port`) and trusts a throw-away self-signed
// certificate (--ignore-certificate-errors).
// Each fixture's expected JSON carries its `url`; a request for that host + path (+ query) gets the
// fixture's HTML. Two fixtures with the same address are told apart by `__fixture=<name>` in the query.
import { createServer } from 'node:https';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, basename } from 'node:path';
import { ROOT } from './harness.mjs';

const FIX = join(ROOT, 'fixtures');

/** Every platform fixture: { platform, name, file, url, expected }. */
export function platformFixtures() {
  const out = [];
  for (const platform of readdirSync(FIX)) {
    if (platform === 'demo' || !existsSync(join(FIX, platform)) || platform.includes('.')) continue;
    for (const f of readdirSync(join(FIX, platform)).filter((f) => f.endsWith('.html'))) {
      const json = join(FIX, platform, f.replace(/\.html$/, '.json'));
      if (!existsSync(json)) continue;
      const expected = JSON.parse(readFileSync(json, 'utf8'));
      out.push({ platform, name: basename(f, '.html'), file: join(FIX, platform, f), url: expected.url, expected });
    }
  }
  return out;
}

function selfSigned() {
  const dir = mkdtempSync(join(tmpdir(), 'ascp-cert-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'k.pem'), '-out', join(dir, 'c.pem'),
    '-days', '1', '-subj', '/CN=aftersales-copilot-e2e'], { stdio: 'ignore' });
  return { key: readFileSync(join(dir, 'k.pem')), cert: readFileSync(join(dir, 'c.pem')) };
}

/** Starts the HTTPS server; returns its port, the Chromium args and a URL builder for a fixture. */
export async function serveHosts() {
  const fixtures = platformFixtures();
  const byAddress = new Map();
  for (const fx of fixtures) {
    const u = new URL(fx.url);
    const key = `${u.hostname}${u.pathname}${u.search}`;
    if (!byAddress.has(key)) byAddress.set(key, fx);
    byAddress.set(`${key}${u.search ? '&' : '?'}__fixture=${fx.name}`, fx);
  }
  const server = createServer(selfSigned(), (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const fx = byAddress.get(`${host}${req.url}`);
    if (!fx) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`no fixture for ${host}${req.url}`);
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(readFileSync(fx.file));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const port = server.address().port;
  const hosts = [...new Set(fixtures.map((f) => new URL(f.url).hostname))];
  return {
    server,
    port,
    fixtures,
    hosts,
    // Every other host name resolves to nothing, so the saved pages' own assets (img.pddpic.com …) and
    // anything else never leave this machine.
    args: [`--host-resolver-rules=${[...hosts.map((h) => `MAP ${h} 127.0.0.1:${port}`), 'MAP * ~NOTFOUND', 'EXCLUDE localhost', 'EXCLUDE 127.0.0.1'].join(', ')}`, '--ignore-certificate-errors'],
    /** The address to open for a fixture: its real URL (`unique`: with `__fixture=<name>` to pick it among same-address ones). */
    urlOf(fx, unique = false) {
      const u = new URL(fx.url);
      if (unique) u.searchParams.set('__fixture', fx.name);
      return u.toString();
    },
  };
}
