import { beforeEach, describe, expect, it } from 'vitest';
import { CopilotDb } from './schema';
import { foldUsage, USAGE_KEEP_MS, usageStats } from './usage';
import { notesFor } from './notes';
import {
  BACKUP_FORMAT, BACKUP_LIMITS, BackupError, StorageFullError, backupFileName, backupToJson, exportBackup, isQuotaError, restoreBackup,
  safeTransaction, safeWrite, validateBackup, type BackupTable,
} from './backup';

const T0 = Date.parse('2026-11-23T09:15:00+08:00');

/** One or more rows in every table, including a field written by newer code (baseHash). */
async function fill(db: CopilotDb): Promise<void> {
  await db.notes.bulkAdd([
    { platform: 'pinduoduo', shop: '示例小店', buyerKey: 'pinduoduo:示例小店:42', who: ['pinduoduo:id:42', 'pinduoduo:nick:阿青'], buyerId: '42', orderKey: 'pinduoduo:A1', orderId: 'A1', buyerNick: '阿青', text: '周末不在家', tags: ['VIP'], pinned: true, url: 'https://mms.pinduoduo.com/x', createdAt: T0, updatedAt: T0 },
    { platform: 'taobao', orderKey: 'taobao:B2', text: 'note 2', tags: [], pinned: false, createdAt: T0 + 1, updatedAt: T0 + 2 },
  ]);
  await db.reminders.add({ text: '查退货包裹', dueAt: T0 + 3600000, status: 'pending', orderKey: 'pinduoduo:A1', timeText: '1小时后', createdAt: T0, updatedAt: T0 });
  await db.reminders.add({ text: 'done one', dueAt: T0, status: 'done', doneAt: T0 + 5, missed: true, firedAt: T0, createdAt: T0, updatedAt: T0 });
  await db.scripts.add({ id: 'return_refund.agree', title: '同意退货', body: '亲，已为您同意退货 {order_id}', scenarios: ['return_refund'], stages: ['after'], states: ['requested'], lang: 'zh', tags: [], builtinId: 'return_refund.agree', createdAt: T0, updatedAt: T0, baseHash: 'abc123' } as never);
  await db.usage.add({ scriptId: 'return_refund.agree', at: T0, kind: 'insert', scenario: 'return_refund' });
  await db.settings.bulkAdd([{ key: 'lang', value: 'zh' }, { key: 'sla', value: { firstReplySec: 30, nested: [1, 2, { a: true }] } }]);
  await db.feedback.add({ text: '我要退货', from: 'other', to: 'return_refund', at: T0 });
  await db.ticks.add({ key: 'pinduoduo:A1|agree', orderKey: 'pinduoduo:A1', stepId: 'agree', done: true, at: T0 });
  await db.mappings.add({ host: 'shop.example.com', fields: { orderId: '#order-no' }, createdAt: T0, updatedAt: T0 });
  await db.cases.add({ key: 'pinduoduo:A1', platform: 'pinduoduo', orderId: 'A1', scenario: 'return_refund', firstSeenAt: T0, lastSeenAt: T0 + 9 });
}

async function dump(db: CopilotDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of db.tables) out[t.name] = await t.toArray();
  return out;
}

describe('backup and restore', () => {
  let db: CopilotDb;
  beforeEach(async () => {
    db = new CopilotDb(`backup-test-${Math.random()}`);
    await db.open();
    await fill(db);
  });

  it('round-trips every table through the JSON file', async () => {
    const before = await dump(db);
    const text = backupToJson(await exportBackup(db, T0));
    const parsed = JSON.parse(text);
    expect(parsed.format).toBe(BACKUP_FORMAT);
    expect(parsed.version).toBe(1);
    expect(Object.keys(parsed.tables)).toHaveLength(9);

    const fresh = new CopilotDb(`backup-fresh-${Math.random()}`);
    await fresh.open();
    await fresh.notes.add({ platform: 'jd', text: 'will be replaced', tags: [], pinned: false, createdAt: 1, updatedAt: 1 });
    const counts = await restoreBackup(fresh, text);
    expect(counts).toMatchObject({ notes: 2, reminders: 2, scripts: 1, usage: 1, settings: 2, feedback: 1, ticks: 1, mappings: 1, cases: 1 });
    expect(await dump(fresh)).toEqual(before);
    // Auto-increment continues after the restored ids.
    const next = await fresh.notes.add({ platform: 'jd', text: 'new', tags: [], pinned: false, createdAt: 2, updatedAt: 2 });
    expect(next).toBeGreaterThan(2);
    // Named in the agent's zone: 09:15 in Shanghai is 01:15 UTC; 07:00 on 3 December in Shanghai is still 2 December in UTC.
    expect(backupFileName(T0, 'Asia/Shanghai')).toBe('aftersales-copilot-backup-2026-11-23-0915.json');
    expect(backupFileName(T0, 'UTC')).toBe('aftersales-copilot-backup-2026-11-23-0115.json');
    expect(backupFileName(Date.parse('2026-12-03T07:00:00+08:00'), 'Asia/Shanghai')).toBe('aftersales-copilot-backup-2026-12-03-0700.json');
  });

  const good = async () => JSON.parse(backupToJson(await exportBackup(db, T0)));
  type Mutation = [string, (b: any) => unknown, RegExp];
  const BAD: Mutation[] = [
    ['broken JSON', () => '{"format": "aftersales-copilot-backup", "tables": {', /not valid JSON/],
    ['another file', () => ({ hello: 'world' }), /not a backup of this extension/],
    ['a newer format', (b) => ({ ...b, version: 99 }), /newer version/],
    ['a newer database schema', (b) => ({ ...b, schemaVersion: b.schemaVersion + 1 }), /数据库版本 3，本插件为 2[\s\S]*newer version of the extension \(database schema 3; this one has 2\)/],
    ['a schema version that is not a number', (b) => ({ ...b, schemaVersion: '2' }), /"schemaVersion" must be a whole number/],
    ['a missing table', (b) => { delete b.tables.cases; return b; }, /table "cases" is missing/],
    ['an unknown table', (b) => { b.tables.passwords = []; return b; }, /unknown table "passwords"/],
    ['a wrong type', (b) => { b.tables.notes[1].pinned = 'yes'; return b; }, /notes\[1\]\.pinned/],
    ['a bad status', (b) => { b.tables.reminders[0].status = 'maybe'; return b; }, /reminders\[0\]\.status/],
    ['an oversized note', (b) => { b.tables.notes[0].text = 'x'.repeat(30_000); return b; }, /notes\[0\]\.text/],
    ['a duplicate key', (b) => { b.tables.notes[1].id = b.tables.notes[0].id; return b; }, /duplicate id/],
    ['an object smuggled into an extra field', (b) => { b.tables.cases[0].payload = { script: 'x' }; return b; }, /cases\[0\]\.payload: unexpected field/],
    ['a prototype key', (b) => JSON.stringify(b).replace('"tables":{', '"tables":{"__proto__":{"polluted":true},'), /forbidden key "__proto__"/],
    ['absurd nesting', (b) => { let x: any = 1; for (let i = 0; i < 30; i++) x = { x }; b.tables.settings[0].value = x; return b; }, /nested too deeply/],
    ['a negative time', (b) => { b.tables.usage[0].at = -5; return b; }, /usage\[0\]\.at/],
  ];

  it.each(BAD)('refuses %s and changes nothing', async (_name, mutate, message) => {
    const before = await dump(db);
    const bad = mutate(await good());
    const input = typeof bad === 'string' ? bad : JSON.stringify(bad);
    const err = await restoreBackup(db, input).catch((e) => e);
    expect(err).toBeInstanceOf(BackupError);
    expect(err.message).toMatch(message);
    expect(err.message).toContain('nothing was changed');
    expect(await dump(db)).toEqual(before);
    expect(({}) as any).not.toHaveProperty('polluted');
  });

  it('restores a version-1 backup so that its buyer notes are found by nickname too', async () => {
    const b = await good();
    const v1 = { ...b, schemaVersion: 1, tables: { ...b.tables, notes: b.tables.notes.map(({ who: _w, buyerId: _b, ...r }: Record<string, unknown>) => r) } };
    await restoreBackup(db, v1);
    const page = { platform: 'pinduoduo', pageKind: 'after_sales', url: '', shop: '示例小店', orderId: 'C3', buyer: { nick: '阿青' }, confidence: {} } as const;
    expect((await notesFor(db, page)).map((n) => n.text)).toEqual(['周末不在家']);
  });

  it('refuses a newer schema before restoring, also when only checking the file', async () => {
    const b = await good();
    expect(b.schemaVersion).toBe(2);
    expect(validateBackup({ ...b, schemaVersion: 3 }).ok).toBe(false);
    expect(validateBackup({ ...b, schemaVersion: 3 }, { schemaVersion: 3 }).ok).toBe(true);
    expect(validateBackup(b).ok).toBe(true);
  });

  it('restores a backup the product wrote after years of use: more usage events than the row limit', async () => {
    // Usage is one row per inserted reply: five years of a busy agent (about 330 a day) is 600,000 rows.
    const b = await good();
    const exportedAt = Date.parse(b.exportedAt);
    const DAY = 24 * 3600 * 1000;
    const n = 600_000;
    const step = (5 * 365 * DAY) / n;
    b.tables.usage = Array.from({ length: n }, (_, i) => ({ id: i + 1, scriptId: `s${i % 50}`, at: Math.round(exportedAt - (n - 1 - i) * step), kind: 'insert' }));
    expect(n).toBeGreaterThan(BACKUP_LIMITS.rowsPerTable);
    const text = backupToJson(b);
    const checked = validateBackup(text);
    expect(checked.ok).toBe(true);
    const fresh = new CopilotDb(`backup-usage-${Math.random()}`);
    const counts = await restoreBackup(fresh, text);
    // What the ranking reads (the last 180 days before the export) is all there; older events are not.
    const recent = b.tables.usage.filter((r: { at: number }) => r.at >= exportedAt - USAGE_KEEP_MS);
    expect(counts.usage).toBe(recent.length);
    expect(await fresh.usage.count()).toBe(recent.length);
    expect(await usageStats(fresh, exportedAt)).toEqual(foldUsage(recent, exportedAt));
    expect(counts.notes).toBe(2);
    await fresh.delete();
  }, 120_000);

  it('lists every problem, not just the first', async () => {
    const b = await good();
    b.tables.notes[0].text = 5;
    b.tables.reminders[1].dueAt = 'soon';
    const r = validateBackup(b);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.join('\n')).toMatch(/notes\[0\]\.text[\s\S]*reminders\[1\]\.dueAt/);
  });

  it('leaves everything as it was when the write itself fails half-way (storage full)', async () => {
    const before = await dump(db);
    const b = await good();
    let n = 0;
    const fullDisk = () => {
      if (++n === 1) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    db.cases.hook('creating', fullDisk); // cases are restored last, after every other table was cleared and refilled
    const err = await restoreBackup(db, b).catch((e) => e);
    db.cases.hook('creating').unsubscribe(fullDisk);
    expect(n).toBeGreaterThan(0);
    expect(err).toBeInstanceOf(StorageFullError);
    expect(await dump(db)).toEqual(before);
  });
});

describe('safeWrite', () => {
  let db: CopilotDb;
  beforeEach(async () => {
    db = new CopilotDb(`quota-test-${Math.random()}`);
    await db.open();
  });

  it('turns a quota error mid-transaction into a clear message and keeps nothing of the write', async () => {
    await db.notes.add({ platform: 'jd', text: 'existing', tags: [], pinned: false, createdAt: 1, updatedAt: 1 });
    let calls = 0;
    const hook = () => {
      if (++calls === 3) throw new DOMException('quota', 'QuotaExceededError');
    };
    db.notes.hook('creating', hook);
    const err = await safeTransaction(db, ['notes', 'reminders'] as BackupTable[], async () => {
      await db.reminders.add({ text: 'r', dueAt: 5, status: 'pending', createdAt: 1, updatedAt: 1 });
      for (let i = 0; i < 5; i++) await db.notes.add({ platform: 'jd', text: `n${i}`, tags: [], pinned: false, createdAt: 2, updatedAt: 2 });
    }).catch((e) => e);
    db.notes.hook('creating').unsubscribe(hook);
    expect(err).toBeInstanceOf(StorageFullError);
    expect(err.message).toContain('Storage is full');
    expect(err.message).toContain('存储空间已满');
    expect(isQuotaError(err.cause)).toBe(true);
    expect(await db.notes.count()).toBe(1);
    expect(await db.reminders.count()).toBe(0);
  });

  it('passes other errors through and results back', async () => {
    await expect(safeWrite(async () => 42)).resolves.toBe(42);
    await expect(safeWrite(async () => { throw new TypeError('boom'); })).rejects.toThrow(TypeError);
  });

  it('recognises quota errors however they are wrapped', () => {
    expect(isQuotaError({ name: 'QuotaExceededError' })).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true);
    expect(isQuotaError({ name: 'BulkError', failures: [{ name: 'ConstraintError' }, { name: 'QuotaExceededError' }] })).toBe(true);
    expect(isQuotaError(new Error('QuotaExceededError in text only'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });
});
