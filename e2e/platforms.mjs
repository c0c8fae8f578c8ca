// Platform E2E: each platform's saved pages served at their REAL addresses (e2e/hosts.mjs maps the
// seller hosts to a local HTTPS server), so the manifest's match patterns decide which page script runs.
// Per platform: a chat page (Shopify: the order page with its comment box; Taobao: the refund page with
// its reply box) and an order page → the page script ran, the panel shows the fixture's order id and
// buyer (from its expected JSON), and an insert through the panel reaches the page's own state
// (window.__fixture.draft) with nothing sent. No request may leave this machine except to the mapped
// seller hosts (which resolve to 127.0.0.1).
import { join } from 'node:path';
import { OUT, expect, openPanel, until } from './harness.mjs';
import { FRAMED, INBOX } from './hosts.mjs';

const PLATFORMS = ['pinduoduo', 'douyin', 'jd', 'kuaishou', 'taobao', 'shopify', 'amazon'];

/** The fixture with a chat/comment box (its page keeps window.__fixture), and an order page with an order id. */
function pick(hosts, platform) {
  const all = hosts.fixtures.filter((f) => f.platform === platform);
  const chat = all.find((f) => f.name.startsWith('chat')) ?? all.find((f) => f.hasBox);
  const order =
    all.find((f) => f !== chat && f.name.startsWith('order_detail') && f.expected.orderId && f.expected.buyer?.nick) ??
    all.find((f) => f !== chat && f.expected.orderId);
  return { chat, order };
}

/**
 * Makes `page` the tab the panel follows (its most recently activated tab): another tab first, so that
 * activating `page` is a fresh event even when it was already in front. Each step waits until the
 * extension's service worker got that tab activation (tabs.onActivated, recorded by the test's own
 * listener next to the extension's).
 */
async function focus(page, context, sw) {
  const count = () => sw.evaluate(() => {
    if (!self.__e2eActivated) {
      self.__e2eActivated = [];
      chrome.tabs.onActivated.addListener(({ tabId }) => self.__e2eActivated.push(tabId));
    }
    return self.__e2eActivated.length;
  });
  const activate = async (p, what) => {
    const before = await count();
    await p.bringToFront();
    await until(async () => (await count()) > before, `the worker to see ${what} activated`, 5000);
  };
  const other = context.pages().find((p) => p !== page && !p.url().startsWith('chrome-extension://'));
  if (other) await activate(other, 'another tab');
  await activate(page, 'the page');
}

async function ready(page) {
  await page.waitForFunction(() => document.documentElement.dataset.aftersalesCopilot === 'ready', null, { timeout: 10000 });
}

/** Waits until the panel shows this fixture's order id (and buyer when it has one); returns what it shows. */
async function panelShows(panel, fx) {
  const id = fx.expected.orderId;
  await panel.waitForFunction((want) => document.querySelector('[data-testid="order-id"]')?.textContent?.trim() === want, id, { timeout: 10000 });
  const nick = fx.expected.buyer?.nick;
  if (nick) {
    await panel.waitForFunction((want) => document.querySelector('[data-testid="buyer-nick"]')?.textContent?.trim() === want, nick, { timeout: 5000 })
      .catch(async () => {
        throw new Error(`buyer shown "${await panel.getByTestId('buyer-nick').textContent().catch(() => '(none)')}", expected "${nick}"`);
      });
  }
  return `${id}${nick ? ` / ${nick}` : ''}`;
}

/** Runs the platform checks; `hosts` is the serveHosts() object started by run.mjs. */
export async function run(browser, _origin, c, { hosts } = {}) {
  // check() that also says whether it passed.
  const check = async (name, fn) => {
    const failed = c.failed;
    await c.check(name, fn);
    return c.failed === failed;
  };
  if (!hosts) throw new Error('platforms suite needs the host-mapped server (run.mjs passes it)');
  const { context } = browser;
  // Every request while this suite runs, with who made it (a saved page's own <img>/<link> vs anything else).
  const seen = [];
  const onRequest = (r) => {
    let frameUrl = '';
    try {
      frameUrl = r.frame().url();
    } catch {
      /* a service worker's request has no frame */
    }
    seen.push({ url: r.url(), type: r.resourceType(), frameUrl });
  };
  context.on('request', onRequest);
  const summary = [];
  // Mark the fixtures whose page carries the __fixture chat-box state.
  const { readFileSync } = await import('node:fs');
  for (const f of hosts.fixtures) f.hasBox = readFileSync(f.file, 'utf8').includes('window.__fixture');

  let panel;
  const opened = [];
  for (const platform of PLATFORMS) {
    const { chat, order } = pick(hosts, platform);
    const passed = [];
    for (const [kind, fx] of [['chat', chat], ['order', order]]) {
      if (!fx) {
        await check(`${platform}: has a ${kind} fixture`, () => { throw new Error('none found'); });
        continue;
      }
      const page = await context.newPage();
      try {
        const ok = await check(`${platform} ${kind} (${fx.name}): page script ready at ${new URL(fx.url).hostname}`, async () => {
          await page.goto(hosts.urlOf(fx, true));
          expect(new URL(page.url()).port === '', `opened ${page.url()}`);
          await ready(page);
          return page.url();
        });
        if (ok) passed.push(`${kind} script`);
        await focus(page, context, browser.sw);
        panel ??= await openPanel(browser);
        const shown = await check(`${platform} ${kind} (${fx.name}): panel shows the order id and buyer`, () => panelShows(panel, fx));
        if (shown) passed.push(`${kind} panel`);
        else await panel.screenshot({ path: join(OUT, `platforms-${platform}-${kind}-panel.png`), fullPage: true }).catch(() => {});
        if (kind === 'chat') {
          const text = `【E2E ${platform}】您好，已为您登记，我们今天处理。`;
          const ins = await check(`${platform} ${kind} (${fx.name}): insert reaches the page's own state, nothing sent`, async () => {
            await page.evaluate(() => window.__fixture && (window.__fixture.draft = window.__fixture.draft ?? ''));
            await panel.getByTestId('compose').fill(text);
            await panel.getByTestId('compose-insert').click();
            await page.waitForFunction((t) => String(window.__fixture?.draft ?? '').includes(t), text, { timeout: 5000 })
              .catch(async () => {
                throw new Error(`draft is "${await page.evaluate(() => window.__fixture?.draft)}"`);
              });
            const sent = await page.evaluate(() => window.__fixture.sent.length);
            expect(sent === 0, `${sent} message(s) sent`);
            return 'draft holds the text, 0 sent';
          });
          if (ins) passed.push('insert');
        }
      } finally {
        opened.push(page);
      }
    }
    summary.push(`${platform}: ${passed.join(', ') || 'nothing'}`);
  }

  // A chat in a frame of another origin (Shopify Inbox inside the admin): the page script runs in the
  // frame, the panel follows the frame that holds the conversation, and an insert goes into that frame.
  {
    const page = await context.newPage();
    opened.push(page);
    const inner = () => page.frames().find((f) => f.url().startsWith(FRAMED.inner.split('?')[0]));
    const ok = await check('shopify inbox frame: the page script runs in the inbox.shopifyapps.com frame of the admin page', async () => {
      await page.goto(FRAMED.outer);
      await until(async () => Boolean(await inner()?.evaluate(() => document.documentElement.dataset.aftersalesCopilot === 'ready').catch(() => false)), 'the frame\'s page script to be ready', 10000);
      const top = await page.evaluate(() => document.documentElement.dataset.aftersalesCopilot ?? '(none)');
      return `frame ready; top frame ${top}`;
    });
    if (ok) {
      await focus(page, context, browser.sw);
      panel ??= await openPanel(browser);
      const shown = await check('shopify inbox frame: the panel shows the framed conversation\'s order and buyer, not the admin shell', () => panelShows(panel, { expected: { orderId: FRAMED.expected.orderId, buyer: { nick: FRAMED.expected.buyer } } }));
      if (!shown) await panel.screenshot({ path: join(OUT, 'platforms-shopify-frame-panel.png'), fullPage: true }).catch(() => {});
      await check('shopify inbox frame: an insert goes into the frame\'s reply box, nothing sent', async () => {
        const text = 'E2E frame: happy to swap to US 9.5 for you.';
        await panel.getByTestId('compose').fill(text);
        await panel.getByTestId('compose-insert').click();
        await until(async () => (await inner().evaluate(() => document.querySelector('textarea')?.value ?? '')).includes(text), 'the frame\'s reply box to hold the text', 5000)
          .catch(async () => {
            throw new Error(`reply box holds "${await inner().evaluate(() => document.querySelector('textarea')?.value)}"`);
          });
        return 'the framed reply box holds the text';
      });
    }
  }

  // Shopify Inbox's own host at the top level: the store manifest matches it, and the panel reads its conversation.
  {
    const page = await context.newPage();
    opened.push(page);
    const ok = await check('shopify inbox host: the page script runs on inbox.shopify.com', async () => {
      await page.goto(INBOX.url);
      await ready(page);
      return 'ready';
    });
    if (ok) {
      await focus(page, context, browser.sw);
      panel ??= await openPanel(browser);
      await check('shopify inbox host: the panel shows the conversation\'s order and buyer', () => panelShows(panel, { expected: { orderId: INBOX.expected.orderId, buyer: { nick: INBOX.expected.buyer } } }));
    }
  }

  await check('platform pages: no request left this machine (only 127.0.0.1 and the mapped seller hosts)', async () => {
    context.off('request', onRequest);
    const mapped = new Set(hosts.hosts);
    const local = (u) => /^(chrome-extension|data|blob|about|chrome):$/.test(u.protocol) || mapped.has(u.hostname) || /^(127\.0\.0\.1|localhost)$/.test(u.hostname);
    // The saved pages keep their original <img>/<link> addresses (img.pddpic.com …, a <link rel="icon"> the browser
    // fetches as "other"): the resolver sends those nowhere (MAP * ~NOTFOUND). Anything else, e.g. a request by the
    // extension, fails the check.
    const asset = (r) => /^(image|stylesheet|font|script|media)$/.test(r.type) || (r.type === 'other' && /favicon|\.ico(?:\?|$)/i.test(r.url));
    const assets = seen.filter((r) => !local(new URL(r.url)) && r.frameUrl && mapped.has(new URL(r.frameUrl).hostname) && asset(r));
    const other = seen.filter((r) => !local(new URL(r.url)) && !assets.includes(r));
    expect(other.length === 0, `requests elsewhere: ${other.slice(0, 5).map((r) => `${r.type} ${r.url} from ${r.frameUrl || 'a worker'}`).join(', ')}`);
    return `${seen.length} requests: ${seen.length - assets.length} to 127.0.0.1 / mapped seller hosts, ${assets.length} saved-page assets resolved to nothing, 0 by the extension`;
  });
  if (panel) await panel.close();
  for (const p of opened) await p.close();
  for (const line of summary) console.log(`  ${line}`);
}
