import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createReminder, snooze } from '../lib/db/reminders';
import { CopilotDb } from '../lib/db/schema';
import { ALARM, HEARTBEAT, SUMMARY_ID, catchUp, fireDue, onButton, onClick, startup, sync, type NotificationOptions, type ReminderBrowser } from './bg-reminders';

function fakeBrowser() {
  const alarms = new Map<string, { when?: number; periodInMinutes?: number }>();
  const shown = new Map<string, NotificationOptions>();
  const log: string[] = [];
  let badge = '';
  const opened: string[] = [];
  const b: ReminderBrowser = {
    createAlarm: (n, i) => void alarms.set(n, i),
    clearAlarm: (n) => void alarms.delete(n),
    hasAlarm: async (n) => alarms.has(n),
    notify: (id, o) => {
      shown.set(id, o);
      log.push(id);
    },
    clearNotification: (id) => void shown.delete(id),
    notificationIds: async () => [...shown.keys()],
    setBadge: (t) => void (badge = t),
    openUrl: async (u) => void opened.push(u),
    lang: async () => 'zh',
  };
  return { b, alarms, shown, log, opened, get badge() { return badge; } };
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
