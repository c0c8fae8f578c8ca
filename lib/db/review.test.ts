import { beforeEach, describe, expect, it } from 'vitest';
import { CopilotDb } from './schema';
import { dailyReview, handoverFileName, recordCase, reviewAsText } from './review';
import { catchUpMissed, createReminder, done } from './reminders';
import { addNote } from './notes';
import type { PageSnapshot } from '../snapshot';

const TZ = 'Asia/Shanghai';
const at = (s: string) => Date.parse(`${s}+08:00`);
const DAY = at('2026-11-23T12:00:00');

const snap = (over: Partial<PageSnapshot> = {}): PageSnapshot => ({
  platform: 'pinduoduo', pageKind: 'chat', url: 'https://mms.pinduoduo.com/chat-merchant/index.html#/',
  shop: '示例小店', orderId: '241118-083155271036412', buyer: { nick: '阿青', id: '42' }, confidence: {}, ...over,
});

describe('daily review', () => {
  let db: CopilotDb;
  beforeEach(async () => {
    db = new CopilotDb(`review-test-${Math.random()}`);
    await db.open();
  });

  it('recordCase upserts: first seen kept, scenario and last seen updated', async () => {
    const key = await recordCase(db, snap(), 'shipping_query', at('2026-11-23T09:00:00'));
    expect(key).toBe('pinduoduo:241118-083155271036412');
    await recordCase(db, snap({ buyer: undefined }), undefined, at('2026-11-23T10:00:00'));
    await recordCase(db, snap(), 'return_refund', at('2026-11-23T11:00:00'));
    const c = (await db.cases.get(key!))!;
    expect(c).toMatchObject({ firstSeenAt: at('2026-11-23T09:00:00'), lastSeenAt: at('2026-11-23T11:00:00'), scenario: 'return_refund', buyerNick: '阿青' });
    expect(await db.cases.count()).toBe(1);
    // No order: keyed by buyer. Neither: nothing recorded.
    expect(await recordCase(db, snap({ orderId: undefined }), 'presale', DAY)).toBe('pinduoduo:示例小店:42');
    expect(await recordCase(db, snap({ orderId: undefined, buyer: undefined }), 'presale', DAY)).toBeUndefined();
  });

  it('counts the day and lists open follow-ups, then writes a handover', async () => {
    // Yesterday: must not count.
    await addNote(db, snap(), { text: 'old note' }, at('2026-11-22T20:00:00'));
    await recordCase(db, snap({ orderId: 'OLD' }), 'invoice', at('2026-11-22T20:00:00'));
    await createReminder(db, { text: 'yesterday', dueAt: at('2026-11-22T15:00:00') }, at('2026-11-22T09:00:00'));
    // Today.
    await addNote(db, snap(), { text: 'n1' }, at('2026-11-23T09:30:00'));
    await addNote(db, snap({ orderId: 'B2' }), { text: 'n2' }, at('2026-11-23T23:59:00'));
    await recordCase(db, snap(), 'return_refund', at('2026-11-23T09:30:00'));
    await recordCase(db, snap({ orderId: 'C3' }), 'return_refund', at('2026-11-23T10:00:00'));
    await recordCase(db, snap({ orderId: 'D4' }), 'complaint', at('2026-11-23T11:00:00'));
    await recordCase(db, snap({ orderId: 'E5' }), undefined, at('2026-11-23T11:30:00'));
    const r1 = await createReminder(db, { text: '查退货\n包裹', dueAt: at('2026-11-23T10:00:00'), snapshot: snap() }, at('2026-11-23T09:00:00'));
    await createReminder(db, { text: '回电', dueAt: at('2026-11-23T16:00:00'), snapshot: snap({ orderId: 'C3' }) }, at('2026-11-23T09:00:00'));
    await createReminder(db, { text: '催评价', dueAt: at('2026-11-24T10:00:00') }, at('2026-11-23T09:00:00'));
    await catchUpMissed(db, at('2026-11-23T10:30:00'), at('2026-11-23T10:30:00'));
    await done(db, r1, at('2026-11-23T11:00:00'));
    // Tomorrow's note must not count.
    await addNote(db, snap(), { text: 'tomorrow' }, at('2026-11-24T00:00:00'));

    const r = await dailyReview(db, DAY, { timeZone: TZ });
    expect(r.remindersDue).toBe(2);
    expect(r.remindersDone).toBe(1);
    expect(r.remindersMissed).toBe(1);
    expect(r.notesWritten).toBe(2);
    expect(r.casesByScenario.return_refund).toBe(2);
    expect(r.casesByScenario.complaint).toBe(1);
    expect(r.casesByScenario.invoice).toBe(0);
    expect(r.casesUnclassified).toBe(1);
    expect(r.openFollowUps.map((x) => x.text)).toEqual(['yesterday', '回电', '催评价']);

    const zh = reviewAsText(r, 'zh', { timeZone: TZ, now: at('2026-11-23T18:00:00') });
    expect(zh).toContain('售后交接 · 11月23日');
    expect(zh).toContain('今日到期提醒 2 条（已完成 1 条，浏览器关闭期间错过 1 条），新写笔记 2 条。');
    expect(zh).toContain('  - 退货退款: 2');
    expect(zh).toContain('  - 未分类: 1');
    expect(zh).toContain('  - 11月23日 16:00 (周一) · 已逾期 · 订单 C3 · 阿青: 回电');
    expect(zh).toContain('  - 11月24日 10:00 (周二): 催评价');
    expect(zh).not.toContain('查退货');
    const en = reviewAsText(r, 'en', { timeZone: TZ, now: at('2026-11-23T12:00:00') });
    expect(en).toContain('Open follow-ups (3):');
    expect(en).toContain('  - Mon 23 Nov 16:00 · order C3 · 阿青: 回电');
    expect(en).toContain('  - Return & refund: 2');
  });

  it('names the handover file by the local day, not the UTC date', async () => {
    // 07:00 on 3 December in Shanghai is 23:00 on 2 December in UTC.
    const early = Date.parse('2026-12-03T07:00:00+08:00');
    const r = await dailyReview(db, early, { timeZone: 'Asia/Shanghai' });
    expect(handoverFileName(r, 'Asia/Shanghai')).toBe('handover-2026-12-03.txt');
    expect(reviewAsText(r, 'zh', { timeZone: 'Asia/Shanghai' })).toContain('售后交接 · 12月3日');
    // Late evening in New York is already the next day in UTC.
    const ny = await dailyReview(db, Date.parse('2026-12-02T21:00:00-05:00'), { timeZone: 'America/New_York' });
    expect(handoverFileName(ny, 'America/New_York')).toBe('handover-2026-12-02.txt');
  });

  it('says so when the day was empty', async () => {
    const r = await dailyReview(db, DAY, { timeZone: TZ });
    expect(reviewAsText(r, 'en', { timeZone: TZ })).toContain('Nothing left to follow up.');
    expect(reviewAsText(r, 'zh', { timeZone: TZ })).toContain('今日没有记录的会话。');
  });
});
