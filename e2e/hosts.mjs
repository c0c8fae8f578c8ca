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

/**
 * A console that shows its chat in a frame of another origin (real-pages.md "Iframes"): the Shopify admin's
 * Inbox page, whose conversation is a frame of inbox.shopifyapps.com. The frame holds a page written blind
 * (fixtures/blind23/shopify/chat-1); the admin page around it is a shell with no order or conversation.
 */
export const FRAMED = {
  outer: 'https://admin.shopify.com/store/tallow-and-tread/apps/inbox',
  inner: 'https://inbox.shopifyapps.com/conversations/7304815529?shop=tallow-and-tread.myshopify.com',
  innerFile: join(FIX, 'blind23', 'shopify', 'chat-1.html'),
  expected: { orderId: '#2318', buyer: 'Priya Ramaswamy' },
};
/**
 * Shopify Inbox's own host (inbox.shopify.com/store/<slug>/conversations/…, public CDP/Playwright Inbox readers): a
 * conversation opened there at the top level, a page written blind (fixtures/blind26/shopify/chat-1).
 */
export const INBOX = {
  url: 'https://inbox.shopify.com/store/k7q2vd-3m/conversations/open/01a20e1d-3d58-7c4e-9b1a-5f3e8d27c604',
  file: join(FIX, 'blind26', 'shopify', 'chat-1.html'),
  expected: { orderId: '#1042', buyer: 'Chloé Bergeron' },
};

const framedShell = () => `<!doctype html><html><head><meta charset="utf-8"><title>Inbox · Tallow &amp; Tread · Shopify</title></head>
<body style="margin:0;font-family:sans-serif"><nav style="height:40px;background:#1a1a1a;color:#fff;padding:8px">Tallow &amp; Tread</nav>
<main><h1 style="font-size:16px;margin:8px">Inbox</h1><iframe title="Shopify Inbox" src="${FRAMED.inner}" style="width:100%;height:800px;border:0"></iframe></main></body></html>`;

/** Starts the HTTPS server; returns its port, the Chromium args and a URL builder for a fixture. */
export async function serveHosts() {
  const fixtures = platformFixtures();
  const byAddress = new Map();
  const framed = new Map([[FRAMED.outer, framedShell], [FRAMED.inner, () => readFileSync(FRAMED.innerFile)], [INBOX.url, () => readFileSync(INBOX.file)]].map(([u, body]) => [`${new URL(u).hostname}${new URL(u).pathname}${new URL(u).search}`, body]));
  for (const fx of fixtures) {
    const u = new URL(fx.url);
    const key = `${u.hostname}${u.pathname}${u.search}`;
    if (!byAddress.has(key)) byAddress.set(key, fx);
    byAddress.set(`${key}${u.search ? '&' : '?'}__fixture=${fx.name}`, fx);
  }
  const server = createServer(selfSigned(), (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const frame = framed.get(`${host}${req.url}`);
    if (frame) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(frame());
      return;
    }
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
  const hosts = [...new Set([...fixtures.map((f) => new URL(f.url).hostname), new URL(FRAMED.inner).hostname, new URL(INBOX.url).hostname])];
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
