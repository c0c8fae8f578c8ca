// Reminders E2E: a reminder written in the panel fires a system notification through the one
// alarm, still fires after the service worker was stopped (the alarm wakes it), never fires twice, the
// badge counts due reminders, and a note on the demo order shows again when the order is reopened.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { EXT, OUT, clockPast, expect, openPanel, setTheme, until } from './harness.mjs';

/** The running service worker of the extension (a stopped one is replaced when it wakes). */
function worker(context, extId) {
  return until(async () => {
    const sw = context.serviceWorkers().find((w) => w.url().includes(extId));
    return sw && (await sw.evaluate(() => 1)) === 1 && sw;
  }, 'a running service worker', 10000);
}

async function notifications(context, extId) {
  const sw = await worker(context, extId);
  return sw.evaluate(() => chrome.notifications.getAll());
}

const waitFor = (fn, ms, what) => until(fn, what, ms);

/** A reminder's row as stored (read from the panel's IndexedDB). */
const storedReminder = (panel, id) => panel.evaluate((id) => new Promise((res, rej) => {
  const r = indexedDB.open('aftersales-copilot');
  r.onerror = () => rej(r.error);
  r.onsuccess = () => {
    const g = r.result.transaction('reminders').objectStore('reminders').get(id);
    g.onsuccess = () => { res(g.result ?? null); r.result.close(); };
  };
}), id);

/** Relative luminance (0 black … 1 white) of a CSS rgb()/rgba() colour. */
const LUMINANCE = `(c) => {
  const [r, g, b] = c.match(/[\\d.]+/g).slice(0, 3).map((v) => Number(v) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}`;

/** How the view `testid` is painted: page background, its first section's background and text (luminance). */
const painted = (panel, testid) => panel.evaluate(([id, lum]) => {
  const L = new Function(`return ${lum}`)();
  const view = document.querySelector(`[data-testid="${id}"]`);
  const sec = view?.querySelector('.sec');
  if (!sec) return null;
  return { page: L(getComputedStyle(document.body).backgroundColor), card: L(getComputedStyle(sec).backgroundColor), text: L(getComputedStyle(sec).color) };
}, [testid, LUMINANCE]);

async function createReminder(panel, when, text) {
  await panel.getByTestId('reminder-when-input').fill(when);
  const reading = panel.getByTestId('reminder-reading');
  await panel.locator('[data-testid="reminder-reading"][data-ok="true"]').waitFor({ timeout: 3000 })
    .catch(async () => { throw new Error(`reading of "${when}": ${await reading.textContent()}`); });
  await panel.getByTestId('reminder-text').fill(text);
  await panel.getByTestId('reminder-save').click();
  const row = panel.getByTestId('reminder').filter({ hasText: text });
  await row.waitFor({ timeout: 5000 });
  return Number(await row.getAttribute('data-id'));
}

/** Runs the reminder checks on a launched browser. */
export async function run(browser, origin, { check }) {
  const { context, extId } = browser;
  const order = await context.newPage();
  await order.goto(`${origin}/demo/order.html`);
  await order.waitForFunction(() => document.documentElement.dataset.aftersalesCopilot === 'ready', null, { timeout: 10000 });
  await order.bringToFront();
  const panel = await openPanel(browser);
  await panel.getByTestId('section-reminders').waitFor({ timeout: 10000 });
  await panel.getByTestId('order-id').waitFor({ timeout: 10000 });

  await check('unreadable time shows a hint and cannot be saved', async () => {
    const reading = (ok) => panel.locator(`[data-testid="reminder-reading"][data-ok="${ok}"]`);
    await panel.getByTestId('reminder-when-input').fill('等买家回复');
    const hint = await reading('false').textContent({ timeout: 3000 });
    expect(await panel.getByTestId('reminder-save').isDisabled(), 'save should be disabled');
    await panel.getByTestId('reminder-when-input').fill('明天上午10点');
    const ok = await reading('true').textContent({ timeout: 3000 });
    expect(/明天 10:00/.test(ok), `明天上午10点 read as ${ok}`);
    return `"${hint.slice(0, 12)}…" / ${ok}`;
  });

  let first;
  await check('a reminder a few seconds ahead fires one system notification and shows as fired', async () => {
    first = await createReminder(panel, '4秒后', '回访买家：确认签收 E2E-1');
    const all = await waitFor(async () => {
      const n = await notifications(context, extId);
      return n[`reminder:${first}`] ? n : null;
    }, 20000, 'notification of the first reminder');
    await panel.locator(`[data-testid="reminder"][data-id="${first}"][data-status="fired"]`).waitFor({ timeout: 5000 });
    return `notifications: ${Object.keys(all).join(', ')}`;
  });

  await check('badge shows the due count (1)', async () => {
    const sw = await worker(context, extId);
    const text = await waitFor(async () => (await sw.evaluate(() => chrome.action.getBadgeText({}))) === '1' && '1', 5000, 'badge 1');
    return `badge "${text}"`;
  });

  await check('the daily maintenance alarm is armed (old usage pruned, deleted scripts purged)', async () => {
    const sw = await worker(context, extId);
    const alarm = await waitFor(() => sw.evaluate(() => chrome.alarms.get('maintenance.daily')), 5000, 'the maintenance alarm');
    expect(alarm.periodInMinutes === 1440, `maintenance alarm: ${JSON.stringify(alarm)}`);
    return `every ${alarm.periodInMinutes} min`;
  });

  let second;
  await check('after the service worker is stopped, the alarm wakes it and the second reminder fires', async () => {
    second = await createReminder(panel, '12秒后', '提醒买家寄回退货 E2E-2');
    const due = (await storedReminder(panel, second))?.dueAt;
    expect(due > Date.now(), `second reminder stored with dueAt ${due}`);
    const sw = await worker(context, extId);
    // The panel's remindersChanged re-arms the one alarm for the next due reminder: this one.
    let alarm;
    await until(async () => (alarm = await sw.evaluate(() => chrome.alarms.get('reminders.next')))?.scheduledTime === due, 'the alarm armed for the second reminder', 5000)
      .catch((e) => { throw new Error(`${e.message}: ${JSON.stringify(alarm)}, due ${due}`); });
    const cdp = await context.newCDPSession(order);
    const status = [];
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const v of versions) if (v.scriptURL.includes(extId)) status.push(v.runningStatus);
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await waitFor(() => status.includes('stopped') && 'stopped', 5000, 'the worker to stop');
    const stoppedAt = Date.now();
    await waitFor(() => status.lastIndexOf('running') > status.lastIndexOf('stopped') && 'running', 25000, 'the alarm to restart the worker');
    const n = await waitFor(async () => {
      const all = await notifications(context, extId);
      return all[`reminder:${second}`] ? all : null;
    }, 10000, 'notification of the second reminder');
    await cdp.detach();
    return `worker stopped, woke after ${Math.round((Date.now() - stoppedAt) / 1000)} s; statuses ${status.join('→')}; ${Object.keys(n).length} notifications`;
  });

  await check('a reminder never fires twice (cleared notifications stay cleared, firedAt unchanged)', async () => {
    const sw = await worker(context, extId);
    await sw.evaluate((ids) => Promise.all(ids.map((id) => chrome.notifications.clear(`reminder:${id}`))), [first, second]);
    // Several wake-ups at once: heartbeat-like syncs from the panel. Each answer comes once its sync
    // has run (the worker runs them one after another), so when all three answered the work is done.
    const answers = await panel.evaluate(() => Promise.all([1, 2, 3].map(() => chrome.runtime.sendMessage({ to: 'background', type: 'remindersChanged' }))));
    expect(answers.length === 3 && answers.every((a) => a === null), `sync answers ${JSON.stringify(answers)}`);
    const left = await notifications(context, extId);
    const again = Object.keys(left).filter((k) => k === `reminder:${first}` || k === `reminder:${second}`);
    expect(again.length === 0, `re-shown: ${again.join(', ')}`);
    const fired = await panel.locator('[data-testid="reminder"][data-status="fired"]').count();
    expect(fired === 2, `${fired} fired rows`);
    return '0 re-shown, 2 fired rows';
  });

  await check('badge text equals the due count, and follows Done', async () => {
    const sw = await worker(context, extId);
    const b2 = await sw.evaluate(() => chrome.action.getBadgeText({}));
    expect(b2 === '2', `badge "${b2}" with 2 due`);
    await panel.locator(`[data-testid="reminder"][data-id="${first}"] [data-testid="reminder-done"]`).click();
    const b1 = await waitFor(async () => {
      const t = await (await worker(context, extId)).evaluate(() => chrome.action.getBadgeText({}));
      return t === '1' ? t : null;
    }, 5000, 'badge 1 after done');
    return `2 → ${b1}`;
  });

  let again;
  await check('a note written on the demo order shows again when the order is reopened in another tab', async () => {
    const text = `买家说话冲，处理要快 #易投诉 ${Date.now() % 10000}`;
    await panel.getByTestId('note-input').fill(text);
    await panel.getByTestId('note-input').press('Control+Enter');
    const saved = text.replace(' #易投诉', '');
    await panel.getByTestId('note').filter({ hasText: saved }).waitFor({ timeout: 5000 });
    await panel.getByTestId('note').filter({ hasText: saved }).getByTestId('note-pin').click();
    again = await context.newPage();
    await again.goto(`${origin}/demo/order.html?reopened=1`);
    await again.waitForFunction(() => document.documentElement.dataset.aftersalesCopilot === 'ready', null, { timeout: 10000 });
    await again.bringToFront();
    await panel.waitForFunction(() => document.querySelector('[data-testid="notes-top"]') && [...document.querySelectorAll('[data-testid="note"]')].length > 0, null, { timeout: 8000 });
    const top = await panel.getByTestId('notes-top').textContent();
    expect(top.includes('易投诉') && top.includes('处理要快'), `top strip: ${top}`);
    const src = await panel.getByTestId('note').filter({ hasText: saved }).getByTestId('note-source').count();
    expect(src === 1, 'source-page link for a note written on another page');
    await panel.screenshot({ path: join(OUT, 'reminders-page-light.png'), fullPage: true });
    return `top strip: ${top.slice(0, 40)}`;
  });

  await check('reminders view groups overdue / upcoming / done; open page focuses the order tab', async () => {
    await createReminder(panel, '明天上午10点', '明早再问物流 E2E-3');
    await panel.getByTestId('view-reminders').click();
    await panel.getByTestId('reminders-view').waitFor({ timeout: 5000 });
    await panel.getByTestId('group-done').waitFor({ timeout: 5000 });
    const groups = {};
    for (const g of ['overdue', 'today', 'upcoming', 'done']) groups[g] = await panel.locator(`[data-testid="group-${g}"] [data-testid="reminder"]`).count();
    expect(groups.overdue === 1 && groups.done === 1 && groups.upcoming + groups.today >= 1, JSON.stringify(groups));
    await panel.screenshot({ path: join(OUT, 'reminders-view-light.png'), fullPage: true });
    const sw = await worker(context, extId);
    const before = (await sw.evaluate(() => chrome.tabs.query({}))).length;
    await again.bringToFront(); // another tab in front, so that focusing the order's tab is visible
    await panel.locator('[data-testid="group-overdue"] [data-testid="reminder-open"]').first().click();
    // tab.url is hidden from the extension (no "tabs" permission): name the active tab by its stored snapshot.
    const activeUrl = () => sw.evaluate(async () => {
      const tabs = await chrome.tabs.query({ active: true });
      const all = await chrome.storage.session.get(null);
      return tabs.map((t) => all[`snap:${t.id}`]?.url).filter(Boolean);
    });
    let seen = [];
    const active = await waitFor(async () => {
      seen = await activeUrl();
      return seen.includes(order.url()) ? order.url() : null;
    }, 5000, 'the order tab to come to the front').catch((e) => { throw new Error(`${e.message}: ${seen.join(', ')}`); });
    const after = (await sw.evaluate(() => chrome.tabs.query({}))).length;
    expect(after === before, `tabs ${before} → ${after} (should focus, not open)`);
    return `${JSON.stringify(groups)}; active ${active.replace(origin, '')}`;
  });

  await check('review view counts today and exports the handover', async () => {
    await panel.getByTestId('view-review').click();
    await panel.getByTestId('review-view').waitFor({ timeout: 5000 });
    const due = await panel.getByTestId('review-due').getAttribute('data-value');
    const doneN = await panel.getByTestId('review-done').getAttribute('data-value');
    const notes = await panel.getByTestId('review-notes').getAttribute('data-value');
    expect(Number(due) >= 2 && Number(doneN) === 1 && Number(notes) >= 1, `due ${due}, done ${doneN}, notes ${notes}`);
    const dl = panel.waitForEvent('download', { timeout: 5000 });
    await panel.getByTestId('review-download').click();
    const file = await dl;
    const path = join(OUT, 'handover.txt');
    await file.saveAs(path);
    const { readFileSync } = await import('node:fs');
    const txt = readFileSync(path, 'utf8');
    expect(txt.startsWith('售后交接') && txt.includes('E2E-3'), `handover: ${txt.slice(0, 80)}`);
    await panel.screenshot({ path: join(OUT, 'review-view-light.png'), fullPage: true });
    return `due ${due}, done ${doneN}, notes ${notes}; ${file.suggestedFilename()}`;
  });

  await check('dark mode: the review and reminders views are painted dark with light text (screenshots saved)', async () => {
    const light = await painted(panel, 'review-view');
    expect(light && light.page > 0.8 && light.text < 0.1, `light theme paints ${JSON.stringify(light)}`);
    await setTheme(panel, 'dark');
    const seen = [];
    for (const [view, shot] of [['review-view', 'review-view-dark.png'], ['reminders-view', 'reminders-view-dark.png']]) {
      if (view === 'reminders-view') {
        await panel.getByTestId('view-reminders').click();
        await panel.getByTestId('reminders-view').waitFor({ timeout: 5000 });
      }
      const p = await painted(panel, view);
      // Dark page and cards, light text: contrast well above WCAG's 4.5 : 1 for body text.
      expect(p && p.page < 0.05 && p.card < 0.05 && p.text > 0.6, `${view} in the dark theme paints ${JSON.stringify(p)}`);
      expect((p.text + 0.05) / (p.card + 0.05) > 4.5, `${view}: text contrast ${((p.text + 0.05) / (p.card + 0.05)).toFixed(1)}`);
      await panel.screenshot({ path: join(OUT, shot), fullPage: true });
      seen.push(`${view} page ${p.page.toFixed(3)}, card ${p.card.toFixed(3)}, text ${p.text.toFixed(2)}`);
    }
    return seen.join('; ');
  });

  await check('settings: backup of everything downloads as one JSON file; a bad file is refused and changes nothing', async () => {
    await setTheme(panel, 'light');
    await panel.getByTestId('view-settings').click();
    await panel.getByTestId('backup-export').waitFor({ timeout: 5000 });
    const dl = panel.waitForEvent('download', { timeout: 5000 });
    await panel.getByTestId('backup-export').click();
    const file = await dl;
    const path = join(OUT, 'backup.json');
    await file.saveAs(path);
    const { readFileSync, writeFileSync } = await import('node:fs');
    const b = JSON.parse(readFileSync(path, 'utf8'));
    expect(b.format === 'aftersales-copilot-backup' && b.tables.reminders.length === 3 && b.tables.notes.length >= 1, `backup: ${b.tables.reminders.length} reminders, ${b.tables.notes.length} notes`);
    const bad = join(OUT, 'bad-backup.json');
    writeFileSync(bad, JSON.stringify({ ...b, tables: { ...b.tables, reminders: [{ text: 1 }] } }));
    await panel.getByTestId('backup-file').setInputFiles(bad);
    await panel.getByTestId('backup-problems').waitFor({ timeout: 5000 });
    await panel.screenshot({ path: join(OUT, 'settings-data-light.png'), fullPage: true });
    await panel.getByTestId('view-reminders').click();
    await panel.getByTestId('group-done').waitFor({ timeout: 5000 });
    const rows = await panel.getByTestId('reminder').count();
    expect(rows === 3, `${rows} reminders after the refused restore`);
    return `${file.suggestedFilename()}: ${b.tables.reminders.length} reminders, ${b.tables.notes.length} notes; bad file refused`;
  });

  await check('a reminder due while the browser was closed is shown on the next start (summary + reminder), never dropped', async () => {
    // A browser of its own on a profile that survives a restart (the shared one uses a throwaway profile).
    const dir = mkdtempSync(join(tmpdir(), 'ascp-rem-'));
    const start = () => chromium.launchPersistentContext(dir, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: process.env.E2E_HEADED !== '1', ignoreDefaultArgs: ['--disable-extensions'],
      args: ['--lang=zh-CN', '--accept-lang=zh-CN', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', `--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`],
      locale: 'zh-CN', viewport: { width: 1000, height: 800 },
    });
    const sw1 = async (ctx) => ctx.serviceWorkers()[0] ?? ctx.waitForEvent('serviceworker', { timeout: 15000 });
    let ctx = await start();
    const id = new URL((await sw1(ctx)).url()).host;
    const page = await ctx.newPage();
    await page.goto(`${origin}/demo/order.html`);
    await page.waitForFunction(() => document.documentElement.dataset.aftersalesCopilot === 'ready', null, { timeout: 10000 });
    const p2 = await openPanel({ context: ctx, sw: await sw1(ctx), panelUrl: `chrome-extension://${id}/sidepanel.html` });
    await p2.getByTestId('section-reminders').waitFor({ timeout: 10000 });
    const rid = await createReminder(p2, '6秒后', '关闭期间到期 E2E-4');
    const due = (await storedReminder(p2, rid))?.dueAt;
    expect(due > Date.now(), `the reminder came due before the browser closed (due ${due}, now ${Date.now()})`);
    await ctx.close();
    // Closed until the reminder's time has passed.
    await clockPast(due);
    ctx = await start();
    try {
      await worker(ctx, id);
      const all = await waitFor(async () => {
        const n = await (await worker(ctx, id)).evaluate(() => chrome.notifications.getAll());
        return n['reminders.missed'] && n[`reminder:${rid}`] ? n : null;
      }, 15000, 'the missed-reminders notifications');
      // The badge is set after the notifications (startup: catch up and show, then sync), so wait for it too.
      let badge = '';
      await waitFor(async () => (badge = await (await worker(ctx, id)).evaluate(() => chrome.action.getBadgeText({}))) === '1', 5000, 'badge "1"').catch(() => {});
      expect(badge === '1', `badge "${badge}"`);
      return `after restart: ${Object.keys(all).join(', ')}; badge ${badge}`;
    } finally {
      await ctx.close();
    }
  });
}
