import { beforeEach, describe, expect, it } from 'vitest';
import { CopilotDb } from './schema';
import {
  badgeCount, catchUpMissed, claimDue, createReminder, done, listDue, markFired, nextDueAt, reminderViews,
  remindersFor, removeReminder, reschedule, restoreReminder, snooze, updateReminderText,
} from './reminders';
import type { PageSnapshot } from '../snapshot';

const TZ = 'Asia/Shanghai';
const NOW = Date.parse('2026-11-23T09:15:00+08:00');
const MIN = 60000;
const H = 3600000;

const snap = (over: Partial<PageSnapshot> = {}): PageSnapshot => ({
  platform: 'pinduoduo', pageKind: 'chat', url: 'https://mms.pinduoduo.com/chat-merchant/index.html#/',
  shop: '示例小店', orderId: '241118-083155271036412', buyer: { nick: '阿青', id: '42' }, confidence: {}, ...over,
});

describe('reminders', () => {
  let db: CopilotDb;
  let name: string;
  beforeEach(async () => {
    name = `reminders-test-${Math.random()}`;
    db = new CopilotDb(name);
    await db.open();
  });

  it('creates a reminder tied to the page and lists it when due', async () => {
    const id = await createReminder(db, { text: '  查退货包裹是否签收 ', dueAt: new Date(NOW + H), snapshot: snap(), timeText: '1小时后' }, NOW);
    const r = (await db.reminders.get(id))!;
    expect(r).toMatchObject({
      text: '查退货包裹是否签收', status: 'pending', dueAt: NOW + H, orderKey: 'pinduoduo:241118-083155271036412',
      buyerKey: 'pinduoduo:示例小店:42', buyerNick: '阿青', orderId: '241118-083155271036412', timeText: '1小时后',
    });
    expect(await listDue(db, NOW)).toEqual([]);
    expect((await listDue(db, NOW + H)).map((x) => x.id)).toEqual([id]);
    await expect(createReminder(db, { text: '  ', dueAt: NOW })).rejects.toThrow('empty reminder');
    await expect(createReminder(db, { text: 'x', dueAt: NaN })).rejects.toThrow('not a valid time');
  });

  it('fires once only, even when two windows race', async () => {
    const id = await createReminder(db, { text: 'call back', dueAt: NOW }, NOW - H);
    const other = new CopilotDb(name); // a second window / a restarted worker on the same database
    await other.open();
    const results = await Promise.all([markFired(db, id, NOW), markFired(other, id, NOW), markFired(db, id, NOW + 1)]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await markFired(other, id, NOW + MIN)).toBe(false);
    expect((await db.reminders.get(id))!.status).toBe('fired');
    other.close();
  });

  it('does not fire a reminder that is not due yet (rescheduled after the alarm was armed)', async () => {
    const id = await createReminder(db, { text: 'x', dueAt: NOW + H }, NOW);
    expect(await markFired(db, id, NOW)).toBe(false);
    expect(await markFired(db, 999, NOW)).toBe(false);
  });

  it('claimDue hands each due reminder to exactly one caller', async () => {
    for (let i = 0; i < 5; i++) await createReminder(db, { text: `r${i}`, dueAt: NOW - i * MIN }, NOW - H);
    await createReminder(db, { text: 'later', dueAt: NOW + H }, NOW);
    const other = new CopilotDb(name);
    const [a, b] = await Promise.all([claimDue(db, NOW), claimDue(other, NOW)]);
    expect(a.length + b.length).toBe(5);
    expect(new Set([...a, ...b].map((r) => r.id)).size).toBe(5);
    other.close();
  });

  it('views split overdue / today / upcoming / done by the local day', async () => {
    const overdue = await createReminder(db, { text: 'overdue', dueAt: NOW - H }, NOW - 2 * H);
    const fired = await createReminder(db, { text: 'fired', dueAt: NOW - 2 * H }, NOW - 3 * H);
    await markFired(db, fired, NOW - 2 * H);
    const today = await createReminder(db, { text: 'today', dueAt: Date.parse('2026-11-23T23:30:00+08:00') }, NOW);
    const tomorrow = await createReminder(db, { text: 'tomorrow', dueAt: Date.parse('2026-11-24T00:30:00+08:00') }, NOW);
    const fin = await createReminder(db, { text: 'finished', dueAt: NOW - 5 * H }, NOW - 6 * H);
    await done(db, fin, NOW - 4 * H);
    const v = await reminderViews(db, NOW, { timeZone: TZ });
    expect(v.overdue.map((r) => r.id)).toEqual([fired, overdue]);
    expect(v.today.map((r) => r.id)).toEqual([today]);
    expect(v.upcoming.map((r) => r.id)).toEqual([tomorrow]);
    expect(v.done.map((r) => r.id)).toEqual([fin]);
    expect(v.done[0].doneAt).toBe(NOW - 4 * H);
    // Same instants seen from New York, where now is Sunday 20:15: both fall on its Monday.
    const ny = await reminderViews(db, NOW, { timeZone: 'America/New_York' });
    expect(ny.today).toEqual([]);
    expect(ny.upcoming.map((r) => r.id)).toEqual([today, tomorrow]);
  });

  it('snooze and reschedule put a fired reminder back to pending at the new time', async () => {
    const id = await createReminder(db, { text: 'x', dueAt: NOW }, NOW - H);
    await markFired(db, id, NOW);
    const at = await snooze(db, id, { minutes: 10 }, NOW);
    expect(at).toBe(NOW + 10 * MIN);
    let r = (await db.reminders.get(id))!;
    expect(r.status).toBe('pending');
    expect(r.firedAt).toBeUndefined();
    expect(await markFired(db, id, NOW + 10 * MIN)).toBe(true); // fires again at its new time
    await snooze(db, id, { until: new Date(NOW + 3 * H) }, NOW + 10 * MIN);
    expect((await db.reminders.get(id))!.dueAt).toBe(NOW + 3 * H);
    await expect(snooze(db, id, { minutes: -5 }, NOW)).rejects.toThrow('future');
    await reschedule(db, id, NOW + 24 * H, '明天这个时候', NOW);
    r = (await db.reminders.get(id))!;
    expect(r).toMatchObject({ status: 'pending', dueAt: NOW + 24 * H, timeText: '明天这个时候' });
    await expect(reschedule(db, 12345, NOW, undefined, NOW)).rejects.toThrow('not found');
  });

  it('snooze never moves a reminder earlier than it was due', async () => {
    // Due tomorrow at 10:00; "+15 min" today makes it tomorrow 10:15, not today + 15 min.
    const tomorrow = NOW + 24 * H;
    const id = await createReminder(db, { text: 'x', dueAt: tomorrow }, NOW - H);
    expect(await snooze(db, id, { minutes: 15 }, NOW)).toBe(tomorrow + 15 * MIN);
    expect((await db.reminders.get(id))!.dueAt).toBe(tomorrow + 15 * MIN);
    await expect(snooze(db, id, { until: NOW + H }, NOW)).rejects.toThrow('earlier than it was due');
    expect((await db.reminders.get(id))!.dueAt).toBe(tomorrow + 15 * MIN);
    await expect(snooze(db, id, { minutes: 0 }, NOW)).rejects.toThrow('future');
    // An overdue one moves from now, as before.
    const late = await createReminder(db, { text: 'y', dueAt: NOW - H }, NOW - 2 * H);
    expect(await snooze(db, late, { minutes: 15 }, NOW)).toBe(NOW + 15 * MIN);
  });

  it('done, edit, remove with undo', async () => {
    const id = await createReminder(db, { text: 'x', dueAt: NOW, snapshot: snap() }, NOW);
    await updateReminderText(db, id, ' new words ', NOW);
    expect((await db.reminders.get(id))!.text).toBe('new words');
    expect(await done(db, id, NOW + 1)).toBe(true);
    expect(await done(db, 777, NOW)).toBe(false);
    const gone = await removeReminder(db, id);
    expect(await db.reminders.get(id)).toBeUndefined();
    await restoreReminder(db, gone!);
    expect(await db.reminders.get(id)).toEqual(gone);
    expect(await removeReminder(db, 888)).toBeUndefined();
  });

  it('nextDueAt is the earliest pending time, ignoring fired and done ones', async () => {
    expect(await nextDueAt(db)).toBeUndefined();
    const a = await createReminder(db, { text: 'a', dueAt: NOW + H }, NOW);
    await createReminder(db, { text: 'b', dueAt: NOW + 2 * H }, NOW);
    const c = await createReminder(db, { text: 'c', dueAt: NOW - H }, NOW);
    expect(await nextDueAt(db)).toBe(NOW - H);
    await markFired(db, c, NOW);
    expect(await nextDueAt(db)).toBe(NOW + H);
    await done(db, a, NOW);
    expect(await nextDueAt(db)).toBe(NOW + 2 * H);
  });

  it('catchUpMissed returns what came due while closed, once, and keeps it counted', async () => {
    const closedAt = NOW - 10 * H;
    const startedAt = NOW - MIN;
    const m1 = await createReminder(db, { text: 'missed 1', dueAt: NOW - 8 * H }, closedAt - H);
    const m2 = await createReminder(db, { text: 'missed 2', dueAt: NOW - 2 * H }, closedAt - H);
    const justDue = await createReminder(db, { text: 'due after start', dueAt: NOW - 10 * 1000 }, closedAt - H);
    await createReminder(db, { text: 'future', dueAt: NOW + H }, closedAt - H);
    const missed = await catchUpMissed(db, NOW, startedAt);
    expect(missed.map((r) => r.id).sort()).toEqual([m1, m2].sort());
    expect(missed.every((r) => r.missed && r.status === 'fired')).toBe(true);
    expect(await catchUpMissed(db, NOW, startedAt)).toEqual([]); // a second start shows nothing twice
    expect((await db.reminders.get(m1))!.missed).toBe(true);
    // The one that came due after start goes through the normal path.
    expect((await listDue(db, NOW)).map((r) => r.id)).toEqual([justDue]);
    expect(await badgeCount(db, NOW)).toBe(3);
    await done(db, m1, NOW);
    expect(await badgeCount(db, NOW)).toBe(2);
    const v = await reminderViews(db, NOW, { timeZone: TZ });
    expect(v.overdue.map((r) => r.id)).toEqual([m2, justDue]);
  });

  it('remindersFor finds open reminders of the order or the buyer', async () => {
    const a = await createReminder(db, { text: 'order', dueAt: NOW + 2 * H, snapshot: snap() }, NOW);
    const b = await createReminder(db, { text: 'buyer other order', dueAt: NOW + H, snapshot: snap({ orderId: 'X-1' }) }, NOW);
    const c = await createReminder(db, { text: 'closed', dueAt: NOW, snapshot: snap() }, NOW);
    await done(db, c, NOW);
    await createReminder(db, { text: 'someone else', dueAt: NOW, snapshot: snap({ orderId: 'Y', buyer: { nick: 'z', id: '9' } }) }, NOW);
    expect((await remindersFor(db, snap())).map((r) => r.id)).toEqual([b, a]);
    // An after-sales page of another order that shows only the buyer's nickname still finds the buyer's reminders.
    expect((await remindersFor(db, snap({ orderId: 'Z-2', buyer: { nick: '阿青' } }))).map((r) => r.id)).toEqual([b, a]);
  });
});
