import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupToJson, exportBackup, restoreBackup } from '../lib/db/backup';
import { DELETED_KEEP_MS } from '../lib/db/maintenance';
import { CopilotDb } from '../lib/db/schema';
import { createScript, deleteScript } from '../lib/db/replies';
import { USAGE_KEEP_MS, usageStats } from '../lib/db/usage';
import { MAINTENANCE_ALARM, MAINTENANCE_PERIOD_MINUTES, startMaintenance, type MaintenanceBrowser } from './bg-maintenance';

const DAY = 24 * 3600 * 1000;
const T0 = Date.UTC(2025, 0, 1, 1, 0); // 09:00 in Shanghai

function fakeBrowser() {
  const alarms = new Map<string, { delayInMinutes?: number; periodInMinutes?: number }>();
  const listeners: ((name: string) => Promise<unknown> | undefined)[] = [];
  const b: MaintenanceBrowser = {
    hasAlarm: async (n) => alarms.has(n),
    createAlarm: (n, i) => void alarms.set(n, i),
    onAlarm: (cb) => void listeners.push(cb),
  };
  /** Fires an alarm as Chrome would and waits for every listener's work. */
  const fire = (name: string) => Promise.all(listeners.map((l) => l(name)));
  return { b, alarms, fire };
}

let db: CopilotDb;
beforeEach(async () => {
  db = new CopilotDb(`maint-${Math.random()}`);
  await db.open();
});
afterEach(() => db.delete());

async function dump(d: CopilotDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of d.tables) out[t.name] = await t.toArray();
  return out;
}

describe('daily maintenance in the background', () => {
  it('creates one daily alarm at start, and only when it is missing', async () => {
    const f = fakeBrowser();
    await startMaintenance(db, f.b, () => T0);
    expect(f.alarms.get(MAINTENANCE_ALARM)).toEqual({ delayInMinutes: 1, periodInMinutes: MAINTENANCE_PERIOD_MINUTES });
    f.alarms.set(MAINTENANCE_ALARM, { periodInMinutes: 1440 });
    await startMaintenance(db, f.b, () => T0); // a restarted worker keeps the armed alarm
    expect(f.alarms.get(MAINTENANCE_ALARM)).toEqual({ periodInMinutes: 1440 });
    expect(MAINTENANCE_PERIOD_MINUTES).toBe(24 * 60);
  });

  it('two years of daily use: usage and deleted scripts stay bounded, ranking unchanged, and a backup restores', async () => {
    const f = fakeBrowser();
    let now = T0;
    await startMaintenance(db, f.b, () => now);
    const PER_DAY = 40;
    const DAYS = 730;
    let maxUsage = 0;
    const deleted: { id: string; at: number }[] = [];
    for (let d = 0; d < DAYS; d++) {
      const day = T0 + d * DAY;
      // The agent inserts replies through the day …
      await db.usage.bulkAdd(Array.from({ length: PER_DAY }, (_, i) => ({ scriptId: `s${(d + i) % 30}`, at: day + i * 60_000, kind: 'insert' as const })));
      // … writes a script now and then and deletes it again.
      if (d % 5 === 0) {
        const id = await createScript(db, { title: `t${d}`, body: `b${d}`, lang: 'zh' }, day);
        await deleteScript(db, id, undefined, day);
        deleted.push({ id, at: day });
      }
      // Evening: the daily alarm fires.
      now = day + 12 * 3600 * 1000;
      const check = d % 73 === 72;
      const statsBefore = check && (await usageStats(db, now));
      await f.fire(MAINTENANCE_ALARM);
      if (check) expect(await usageStats(db, now)).toEqual(statsBefore); // pruning drops only what the ranking ignores
      maxUsage = Math.max(maxUsage, await db.usage.count());
    }
    // Without pruning the table would hold every event: 29,200.
    expect(maxUsage).toBeLessThanOrEqual((USAGE_KEEP_MS / DAY + 1) * PER_DAY);
    expect(await db.usage.where('at').below(now - USAGE_KEEP_MS).count()).toBe(0);
    const rows = await db.scripts.toArray();
    const recent = deleted.filter((x) => x.at >= now - DELETED_KEEP_MS).map((x) => x.id).sort();
    expect(rows.map((r) => r.id).sort()).toEqual(recent); // older deleted scripts are gone, recent ones still undoable
    expect(recent.length).toBeGreaterThan(0);
    expect(deleted.length).toBeGreaterThan(100);

    // A backup of the pruned database restores as it is.
    const text = backupToJson(await exportBackup(db, now));
    const fresh = new CopilotDb(`maint-restore-${Math.random()}`);
    const counts = await restoreBackup(fresh, text);
    expect(counts.usage).toBe(await db.usage.count());
    expect(await dump(fresh)).toEqual(await dump(db));
    await fresh.delete();
  }, 120_000);

  it('ignores other alarms', async () => {
    const f = fakeBrowser();
    await db.usage.add({ scriptId: 'a', at: T0 - 400 * DAY, kind: 'insert' });
    await startMaintenance(db, f.b, () => T0);
    await f.fire('reminders.heartbeat');
    expect(await db.usage.count()).toBe(1);
    await f.fire(MAINTENANCE_ALARM);
    expect(await db.usage.count()).toBe(0);
  });
});
