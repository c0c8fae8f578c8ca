import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CopilotDb } from './schema';
import { foldUsage, moveUsage, pruneUsage, recordUsage, USAGE_HALF_LIFE_MS, usageStats } from './usage';

const DAY = 24 * 3600 * 1000;
let db: CopilotDb;
let n = 0;
beforeEach(async () => {
  db = new CopilotDb(`usage-test-${n++}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('usage', () => {
  it('counts uses per script with the last time and a recency weight', async () => {
    const now = 1_000 * DAY;
    await recordUsage(db, 'a', 'insert', 'refund_only', now - 1 * DAY);
    await recordUsage(db, 'a', 'copy', undefined, now - 2 * DAY);
    await recordUsage(db, 'b', 'insert', undefined, now - 14 * DAY);
    await recordUsage(db, 'c', 'insert', undefined, now - 400 * DAY); // outside the default window
    const stats = await usageStats(db, now);
    expect([...stats.keys()].sort()).toEqual(['a', 'b']);
    expect(stats.get('a')).toMatchObject({ count: 2, lastAt: now - DAY });
    expect(stats.get('b')!.recent).toBeCloseTo(0.5, 6); // exactly one half-life old
    expect(stats.get('a')!.recent).toBeGreaterThan(1.8);
    const ev = await db.usage.toArray();
    expect(ev.find((e) => e.kind === 'insert' && e.scriptId === 'a')?.scenario).toBe('refund_only');
  });

  it('recent uses outweigh many old ones', () => {
    const now = 100 * DAY;
    const old = Array.from({ length: 10 }, () => ({ scriptId: 'old', at: now - 90 * DAY }));
    const fresh = Array.from({ length: 2 }, () => ({ scriptId: 'new', at: now - DAY }));
    const s = foldUsage([...old, ...fresh], now, USAGE_HALF_LIFE_MS);
    expect(s.get('old')!.count).toBe(10);
    expect(s.get('new')!.recent).toBeGreaterThan(s.get('old')!.recent);
  });

  it('prunes old events and moves usage between ids', async () => {
    await recordUsage(db, 'a', 'insert', undefined, 10);
    await recordUsage(db, 'a', 'insert', undefined, 20);
    await recordUsage(db, 'b', 'insert', undefined, 30);
    expect(await pruneUsage(db, 15)).toBe(1);
    expect(await moveUsage(db, 'a', 'b')).toBe(1);
    const stats = await usageStats(db, 40);
    expect(stats.get('b')?.count).toBe(2);
    expect(stats.has('a')).toBe(false);
  });
});
