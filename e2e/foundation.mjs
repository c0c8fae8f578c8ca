// Foundation E2E: demo page → content script → background → side panel (opened as a tab) → insert
// into the page's chat box (never sent) → notes that survive a reload → tab switching → no network.
import { join } from 'node:path';
import { OUT, expect, openPanel } from './harness.mjs';

/** Runs the foundation checks on a launched browser. */
export async function run(browser, origin, { check }) {
  const { context, requests } = browser;
  const chat = await context.newPage();
  await chat.goto(`${origin}/demo/chat.html`);

  await check('content script reads the demo chat page', async () => {
    await chat.waitForFunction(() => document.documentElement.dataset.aftersalesCopilot === 'ready', null, { timeout: 10000 });
    return 'marker set on <html>';
  });

  await chat.bringToFront();
  const panel = await openPanel(browser);

  await check('panel shows order id, buyer and last buyer message', async () => {
    await panel.getByTestId('order-id').waitFor({ timeout: 10000 });
    const order = await panel.getByTestId('order-id').textContent();
    const buyer = await panel.getByTestId('buyer-nick').textContent();
    const last = await panel.getByTestId('last-buyer-message').textContent();
    expect(order === '261118-552310987604213', `order id was ${order}`);
    expect(buyer === '小鹿乱撞', `buyer was ${buyer}`);
    expect(last.includes('退回去的运费谁出？'), `last buyer message was ${last}`);
    return `${order} / ${buyer}`;
  });
  await panel.screenshot({ path: join(OUT, 'panel-chat-light.png'), fullPage: true });

  await check('panel follows a new buyer message', async () => {
    await chat.evaluate(() => window.__demo.addBuyerMessage('那我今天就寄回去可以吗'));
    await panel.waitForFunction(() => document.querySelector('[data-testid="last-buyer-message"]')?.textContent.includes('今天就寄回去'), null, { timeout: 5000 });
  });

  await check('a stopped service worker loses nothing: the panel still follows the page and inserts', async () => {
    const cdp = await context.newCDPSession(chat);
    await cdp.send('ServiceWorker.enable');
    const stopped = new Promise((resolve) => cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
      if (e.versions.some((v) => v.scriptURL.startsWith('chrome-extension://') && v.runningStatus === 'stopped')) resolve(true);
    }));
    await cdp.send('ServiceWorker.stopAllWorkers');
    await Promise.race([stopped, new Promise((_, rej) => setTimeout(() => rej(new Error('worker did not stop')), 5000))]);
    await chat.evaluate(() => window.__demo.addBuyerMessage('顺便问下发什么快递回去'));
    await panel.waitForFunction(() => document.querySelector('[data-testid="last-buyer-message"]')?.textContent.includes('发什么快递回去'), null, { timeout: 8000 });
    await cdp.detach();
    return 'worker stopped, woke on the next page message';
  });

  await check('insert puts text into the chat textarea and nothing is sent', async () => {
    const text = '亲，运费这边由我们承担，您放心寄回就好。';
    await panel.getByTestId('compose').fill(text);
    await panel.getByTestId('compose-insert').click();
    await panel.getByTestId('notice').waitFor({ timeout: 5000 });
    const kind = await panel.getByTestId('notice').getAttribute('data-kind');
    expect(kind === 'ok', `notice kind ${kind}: ${await panel.getByTestId('notice').textContent()}`);
    const { value, draft, sent } = await chat.evaluate(() => ({
      value: document.querySelector('[data-demo="reply"]').value,
      draft: window.__demo.state.draft,
      sent: window.__sent.length,
    }));
    expect(value === text, `textarea holds "${value}"`);
    expect(draft === text, `page state holds "${draft}" (the input event did not reach it)`);
    expect(sent === 0, `${sent} message(s) were sent`);
    return 'textarea and page state updated, 0 sent';
  });

  await check('a note survives a panel reload', async () => {
    const text = `买家要求周末前处理 ${Date.now() % 10000}`;
    await panel.getByTestId('note-input').fill(text);
    await panel.getByTestId('note-input').press('Control+Enter');
    await panel.getByTestId('note').filter({ hasText: text }).waitFor({ timeout: 5000 });
    await panel.reload();
    await panel.getByTestId('note').filter({ hasText: text }).waitFor({ timeout: 10000 });
    return 'note listed again after reload';
  });

  // Attached to the buyer only (the chat shows the buyer's id and nickname; the order and after-sales
  // pages only the nickname): it must follow the buyer there, not the order.
  const BUYER_NOTE = '老客户，只发顺丰';
  await check('a note attached to the buyer only is saved on the chat page', async () => {
    await panel.getByTestId('note-attach').selectOption('buyer');
    await panel.getByTestId('note-input').fill(BUYER_NOTE);
    await panel.getByTestId('note-input').press('Control+Enter');
    await panel.getByTestId('note').filter({ hasText: BUYER_NOTE }).waitFor({ timeout: 5000 });
  });

  const after = await context.newPage();
  await after.goto(`${origin}/demo/aftersale.html`);
  await after.waitForFunction(() => document.documentElement.dataset.aftersalesCopilot === 'ready');

  await check('switching tabs switches the snapshot', async () => {
    await after.bringToFront();
    await panel.waitForFunction(() => document.querySelector('[data-testid="aftersales-state"]')?.dataset.state === 'requested', null, { timeout: 8000 });
    await chat.bringToFront();
    await panel.waitForFunction(() => !document.querySelector('[data-testid="aftersales-state"]') && document.querySelector('[data-testid="last-buyer-message"]'), null, { timeout: 8000 });
    await after.bringToFront();
    await panel.waitForFunction(() => document.querySelector('[data-testid="aftersales-state"]')?.dataset.state === 'requested', null, { timeout: 8000 });
    return 'chat → after-sales → chat → after-sales';
  });

  await check('the buyer note written on the chat page shows on the after-sales page (nickname only there)', async () => {
    await panel.getByTestId('note').filter({ hasText: BUYER_NOTE }).waitFor({ timeout: 5000 });
  });

  await check('insert into a contenteditable box reaches the page state, nothing sent', async () => {
    const text = '您好，已收到您的申请，我们今天内处理。';
    await panel.getByTestId('compose').fill(text);
    await panel.getByTestId('compose-insert').click();
    await after.waitForFunction((t) => window.__demo.state.draft.includes(t), text, { timeout: 5000 });
    const sent = await after.evaluate(() => window.__sent.length);
    expect(sent === 0, `${sent} sent`);
  });
  await panel.screenshot({ path: join(OUT, 'panel-aftersale-light.png'), fullPage: true });

  await check('the notes written on the chat page (order and buyer) show on the order page (other tab)', async () => {
    const order = await context.newPage();
    await order.goto(`${origin}/demo/order.html`);
    await order.bringToFront();
    await panel.waitForFunction(() => document.querySelector('[data-testid="page-badge"]')?.textContent.includes('订单'), null, { timeout: 8000 });
    await panel.getByTestId('note').filter({ hasText: '买家要求周末前处理' }).waitFor({ timeout: 5000 });
    await panel.getByTestId('note').filter({ hasText: BUYER_NOTE }).waitFor({ timeout: 5000 });
    await order.close();
  });

  await check('the panel follows the browser language (zh-CN)', async () => {
    const tab = await panel.getByTestId('view-page').textContent();
    expect(tab.includes('当前页'), `page tab label "${tab}"`);
    const htmlLang = await panel.evaluate(() => document.documentElement.lang);
    expect(htmlLang === 'zh-CN', `html lang ${htmlLang}`);
  });

  await check('dark theme and English switch', async () => {
    await panel.getByTestId('theme-switch').click(); // auto → light
    await panel.getByTestId('theme-switch').click(); // light → dark
    const theme = await panel.evaluate(() => document.documentElement.dataset.theme);
    expect(theme === 'dark', `theme ${theme}`);
    await panel.getByTestId('lang-switch').click();
    await panel.getByTestId('view-page').filter({ hasText: 'This page' }).waitFor({ timeout: 3000 });
    const htmlLang = await panel.evaluate(() => document.documentElement.lang);
    expect(htmlLang === 'en', `html lang ${htmlLang}`);
    await panel.screenshot({ path: join(OUT, 'panel-aftersale-dark-en.png'), fullPage: true });
    await panel.getByTestId('lang-switch').click();
    await panel.getByTestId('theme-switch').click(); // dark → auto
  });

  await check('no request left 127.0.0.1', async () => {
    const outside = requests.filter((u) => !/^(http:\/\/127\.0\.0\.1[:/]|chrome-extension:|data:|blob:|about:)/.test(u));
    expect(outside.length === 0, `outside requests: ${outside.slice(0, 5).join(', ')}`);
    return `${requests.length} requests, all local`;
  });
  await after.close();
  await chat.close();
  return { panel };
}
