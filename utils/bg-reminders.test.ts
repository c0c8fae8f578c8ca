import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { claimDue, CLAIM_STALE_MS, createReminder, snooze } from '../lib/db/reminders';
import { CopilotDb } from '../lib/db/schema';
import { ALARM, HEARTBEAT, SUMMARY_ID, catchUp, fireDue, onButton, onClick, startup, sync, type NotificationOptions, type ReminderBrowser } from './bg-reminders';

function fakeBrowser() {
  const alarms = new Map<string, { when?: number; periodInMinutes?: number }>();
  const shown = new Map<string, NotificationOptions>();
  const log: string[] = [];
  /** Notification ids whose next create call fails (as chrome.notifications.create can). */
  const failing = new Set<string>();
  let badge = '';
  const opened: string[] = [];
  const b: ReminderBrowser = {
    createAlarm: (n, i) => void alarms.set(n, i),
    clearAlarm: (n) => void alarms.delete(n),
    hasAlarm: async (n) => alarms.has(n),
    notify: async (id, o) => {
      if (failing.delete(id)) throw new Error(`cannot show ${id}`);
      shown.set(id, o);
      log.push(id);
    },
    clearNotification: (id) => void shown.delete(id),
    notificationIds: async () => [...shown.keys()],
    setBadge: (t) => void (badge = t),
    openUrl: async (u) => void opened.push(u),
    lang: async () => 'zh',
  };
  return { b, alarms, shown, log, failing, opened, get badge() { return badge; } };
}

const T0 = Date.UTC(2026, 10, 23, 2, 0); // 10:00 in Shanghai
let db: CopilotDb;
let n = 0;
beforeEach(async () => {
  db = new CopilotDb(`bg-rem-${n++}`);
  await db.open();
});
afterEach(() => db.delete());

describe('reminders background', () => {
  it('fires a due reminder exactly once, even when two workers race', async () => {
    const f = fakeBrowser();
    const g = fakeBrowser();
    await createReminder(db, { text: '回访买家', dueAt: T0 + 60_000 }, T0);
    expect(await fireDue(db, f.b, 'icon', T0)).toHaveLength(0);
    const [a, b] = await Promise.all([fireDue(db, f.b, 'icon', T0 + 61_000), fireDue(db, g.b, 'icon', T0 + 61_000)]);
    expect(a.length + b.length).toBe(1);
    expect(f.log.length + g.log.length).toBe(1);
    expect(await fireDue(db, f.b, 'icon', T0 + 120_000)).toHaveLength(0);
    const note = [...f.shown.values(), ...g.shown.values()][0];
    expect(note.message).toBe('回访买家');
    expect(note.buttons?.map((x) => x.title)).toEqual(['完成', '15 分钟后再提醒']);
  });

  it('arms one alarm at the next due time, clears it when nothing is pending, and sets the badge', async () => {
    const f = fakeBrowser();
    await createReminder(db, { text: 'a', dueAt: T0 + 5 * 60_000 }, T0);
    await createReminder(db, { text: 'b', dueAt: T0 + 60_000 }, T0);
    await sync(db, f.b, 'icon', T0);
    expect(f.alarms.get(ALARM)).toEqual({ when: T0 + 60_000 });
    expect(f.badge).toBe('');
    await sync(db, f.b, 'icon', T0 + 60_000);
    expect(f.alarms.get(ALARM)).toEqual({ when: T0 + 5 * 60_000 });
    expect(f.badge).toBe('1');
    await sync(db, f.b, 'icon', T0 + 5 * 60_000);
    expect(f.alarms.has(ALARM)).toBe(false);
    expect(f.badge).toBe('2');
  });

  it('Done and Snooze buttons update the reminder, clear the notification and re-arm', async () => {
    const f = fakeBrowser();
    const a = await createReminder(db, { text: 'a', dueAt: T0 }, T0 - 1000);
    const b = await createReminder(db, { text: 'b', dueAt: T0 }, T0 - 1000);
    await sync(db, f.b, 'icon', T0);
    expect(f.badge).toBe('2');
    await onButton(db, f.b, 'icon', `reminder:${a}`, 0, T0 + 1000);
    expect((await db.reminders.get(a))?.status).toBe('done');
    await onButton(db, f.b, 'icon', `reminder:${b}`, 1, T0 + 1000);
    const rb = await db.reminders.get(b);
    expect(rb?.status).toBe('pending');
    expect(rb?.dueAt).toBe(T0 + 1000 + 15 * 60_000);
    expect(f.shown.size).toBe(0);
    expect(f.badge).toBe('');
    expect(f.alarms.get(ALARM)).toEqual({ when: T0 + 1000 + 15 * 60_000 });
  });

  it('shows reminders missed while the browser was closed with a summary, once', async () => {
    const f = fakeBrowser();
    await createReminder(db, { text: '昨晚到期', dueAt: T0 - 3600_000 }, T0 - 7200_000);
    await createReminder(db, { text: '前晚到期', dueAt: T0 - 2 * 3600_000 }, T0 - 7200_000);
    await createReminder(db, { text: '稍后', dueAt: T0 + 3600_000 }, T0 - 7200_000);
    const { missed, fired } = await startup(db, f.b, 'icon', T0, T0);
    expect(missed.map((r) => r.text)).toEqual(['前晚到期', '昨晚到期']);
    expect(fired).toHaveLength(0);
    expect(f.shown.get(SUMMARY_ID)?.title).toBe('浏览器关闭期间有 2 条提醒到期');
    expect([...f.shown.values()].filter((o) => o.title === '错过的提醒')).toHaveLength(2);
    expect(f.badge).toBe('2');
    expect(f.alarms.has(HEARTBEAT)).toBe(true);
    // A restarted worker (same browser session) and a second onStartup never show them again.
    const again = await catchUp(db, f.b, 'icon', T0 + 1000, T0);
    expect(again).toHaveLength(0);
    expect(f.log).toHaveLength(3);
  });

  it('a worker restart in the same session fires due reminders normally, not as missed', async () => {
    const f = fakeBrowser();
    const sessionStart = T0 - 3600_000;
    await createReminder(db, { text: '刚到期', dueAt: T0 - 1000 }, T0 - 60_000);
    const { missed, fired } = await startup(db, f.b, 'icon', T0, sessionStart);
    expect(missed).toHaveLength(0);
    expect(fired.map((r) => r.text)).toEqual(['刚到期']);
    expect(f.shown.has(SUMMARY_ID)).toBe(false);
  });

  it('a notification call that fails is not recorded as shown: the next alarm shows it, listed as missed', async () => {
    const f = fakeBrowser();
    const id = await createReminder(db, { text: '回访买家', dueAt: T0 }, T0 - 1000);
    f.failing.add(`reminder:${id}`);
    expect(await sync(db, f.b, 'icon', T0)).toEqual([]);
    expect(f.shown.size).toBe(0);
    expect(await db.reminders.get(id)).toMatchObject({ status: 'fired', showState: 'failed', missed: true });
    expect(f.badge).toBe('1'); // still counted and listed as overdue
    // The heartbeat a minute later retries it.
    const again = await sync(db, f.b, 'icon', T0 + 60_000);
    expect(again.map((r) => r.id)).toEqual([id]);
    expect(f.shown.get(`reminder:${id}`)?.title).toBe('错过的提醒');
    const row = await db.reminders.get(id);
    expect(row).toMatchObject({ status: 'fired', missed: true, firedAt: T0 + 60_000 });
    expect(row?.showState).toBeUndefined();
    // Shown once: later alarms leave it alone.
    expect(await sync(db, f.b, 'icon', T0 + 10 * 60_000)).toEqual([]);
    expect(f.log).toEqual([`reminder:${id}`]);
  });

  it('when the first of three notifications fails, the other two are shown and the first follows', async () => {
    const f = fakeBrowser();
    const ids = [];
    for (const text of ['一', '二', '三']) ids.push(await createReminder(db, { text, dueAt: T0 }, T0 - 1000));
    f.failing.add(`reminder:${ids[0]}`);
    const shown = await fireDue(db, f.b, 'icon', T0);
    expect(shown.map((r) => r.text)).toEqual(['二', '三']);
    expect([...f.shown.keys()].sort()).toEqual([`reminder:${ids[1]}`, `reminder:${ids[2]}`]);
    expect((await fireDue(db, f.b, 'icon', T0 + 60_000)).map((r) => r.text)).toEqual(['一']);
    expect(f.shown.size).toBe(3);
  });

  it('a claim whose worker stopped before showing it is shown after CLAIM_STALE_MS, never by a racing worker at once', async () => {
    const f = fakeBrowser();
    const id = await createReminder(db, { text: '刚到期', dueAt: T0 }, T0 - 1000);
    // A worker claims it and stops before its notification call.
    expect(await claimDue(db, T0)).toHaveLength(1);
    expect((await db.reminders.get(id))?.showState).toBe('claimed');
    // Another context syncing right then must not show it too (the claimer may still be showing it).
    expect(await fireDue(db, f.b, 'icon', T0 + 1000)).toEqual([]);
    // Once the claim is stale, the next alarm shows it, flagged missed.
    const later = await fireDue(db, f.b, 'icon', T0 + CLAIM_STALE_MS);
    expect(later.map((r) => r.id)).toEqual([id]);
    expect(f.shown.get(`reminder:${id}`)?.title).toBe('错过的提醒');
    expect(await fireDue(db, f.b, 'icon', T0 + 2 * CLAIM_STALE_MS)).toEqual([]);
    expect(f.log).toHaveLength(1);
  });

  it('reminders missed while closed are shown even when the summary notification fails', async () => {
    const f = fakeBrowser();
    await createReminder(db, { text: '昨晚到期', dueAt: T0 - 3600_000 }, T0 - 7200_000);
    f.failing.add(SUMMARY_ID);
    const { missed } = await startup(db, f.b, 'icon', T0, T0);
    expect(missed.map((r) => r.text)).toEqual(['昨晚到期']);
    expect(f.shown.has(SUMMARY_ID)).toBe(false);
    expect([...f.shown.values()].map((o) => o.message)).toEqual(['昨晚到期']);
  });

  it('drops the notification of a reminder snoozed in the panel, and a click opens its page', async () => {
    const f = fakeBrowser();
    const id = await createReminder(db, { text: 'a', dueAt: T0, snapshot: { platform: 'taobao', pageKind: 'order', url: 'https://x.example/o?id=1', orderId: '1', confidence: {} } as never }, T0 - 1);
    await sync(db, f.b, 'icon', T0);
    await onClick(db, f.b, `reminder:${id}`);
    expect(f.opened).toEqual(['https://x.example/o?id=1']);
    await snooze(db, id, { minutes: 10 }, T0 + 1);
    await sync(db, f.b, 'icon', T0 + 2);
    expect(f.shown.size).toBe(0);
  });
});
