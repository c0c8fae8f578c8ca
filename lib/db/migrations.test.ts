/**
 * Upgrade path of the extension's database: a database written by version-1 code (V1_STORES and
 * V1_ROWS, frozen as first shipped, written with a plain Dexie at version 1) is opened by the current
 * CopilotDb.
 *
 * What this covers while CopilotDb declares only version 1: the reopen an agent's browser does after
 * an update. (1) Every row of every table comes back unchanged. (2) The rows are still found through
 * the indexes the code queries. (3) Dexie found nothing to patch: the native version is verno × 10 and
 * the native stores and indexes are exactly the ones CopilotDb declares, so version(1) in schema.ts
 * still equals what shipped (editing it in place instead of adding version(2) fails here, because Dexie
 * then patches the schema and raises the native version to 11). (4) A backup of the reopened database
 * passes restore validation.
 *
 * When version(2) lands, the same tests run the real upgrade (native version 10 → 20, its .upgrade()
 * included); V2_STORES/V2_ROWS written the same way then cover the step from 2.
 */
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { CopilotDb } from './schema';
import { listDue, nextDueAt, remindersFor } from './reminders';
import { notesFor } from './notes';
import { validateBackup, exportBackup } from './backup';

/** The version-1 stores exactly as first shipped. Never edit: this is what agents' browsers hold. */
const V1_STORES = {
  notes: '++id, buyerKey, orderKey, updatedAt, *tags',
  reminders: '++id, status, dueAt, [status+dueAt], orderKey, buyerKey',
  scripts: 'id, updatedAt, folder, shortcut, builtinId',
  usage: '++id, scriptId, at',
  settings: 'key',
  feedback: '++id, at',
  ticks: 'key, orderKey',
  mappings: 'host',
  cases: 'key, lastSeenAt',
} as const;

const T0 = Date.parse('2026-11-23T09:15:00+08:00');

/** Rows as version-1 code wrote them, one or more per table. */
const V1_ROWS: Record<keyof typeof V1_STORES, Record<string, unknown>[]> = {
  notes: [
    { id: 1, platform: 'pinduoduo', shop: '示例小店', buyerKey: 'pinduoduo:示例小店:42', orderKey: 'pinduoduo:A1', orderId: 'A1', buyerNick: '阿青', text: '周末不在家，下周一再派送', tags: ['VIP', '易怒'], pinned: true, url: 'https://mms.pinduoduo.com/chat-merchant/index.html#/', createdAt: T0, updatedAt: T0 },
    { id: 7, platform: 'amazon', orderKey: 'amazon:112-0000000-0000001', orderId: '112-0000000-0000001', text: 'Asked for a replacement', tags: [], pinned: false, createdAt: T0 + 1, updatedAt: T0 + 1 },
  ],
  reminders: [
    { id: 1, text: '查退货包裹是否签收', dueAt: T0 + 3600000, status: 'pending', orderKey: 'pinduoduo:A1', buyerKey: 'pinduoduo:示例小店:42', orderId: 'A1', platform: 'pinduoduo', timeText: '1小时后', createdAt: T0, updatedAt: T0 },
    { id: 2, text: 'missed one', dueAt: T0 - 3600000, status: 'fired', firedAt: T0, missed: true, createdAt: T0 - 7200000, updatedAt: T0 },
    { id: 3, text: 'finished', dueAt: T0 - 7200000, status: 'done', doneAt: T0 - 100, createdAt: T0 - 9000000, updatedAt: T0 - 100 },
  ],
  scripts: [
    { id: 'u-1', title: '运费险说明', body: '亲，您的订单有运费险，退货运费会自动理赔哦', scenarios: ['return_refund'], stages: ['after'], states: ['requested'], lang: 'zh', tags: ['运费险'], shortcut: '/yfx', folder: '退货', favourite: true, createdAt: T0, updatedAt: T0 },
  ],
  usage: [{ id: 1, scriptId: 'u-1', at: T0, kind: 'insert', scenario: 'return_refund' }],
  settings: [{ key: 'lang', value: 'zh' }, { key: 'deadlines', value: { pinduoduo: { requested: 48 } } }],
  feedback: [{ id: 1, text: '怎么还不发货', from: 'shipping_query', to: 'urge_dispatch', at: T0 }],
  ticks: [{ key: 'pinduoduo:A1|agree', orderKey: 'pinduoduo:A1', stepId: 'agree', done: true, at: T0 }],
  mappings: [{ host: 'shop.example.com', fields: { orderId: '#order-no', buyer: '.nick' }, createdAt: T0, updatedAt: T0 }],
  cases: [{ key: 'pinduoduo:A1', platform: 'pinduoduo', orderId: 'A1', buyerNick: '阿青', scenario: 'return_refund', firstSeenAt: T0, lastSeenAt: T0 + 60000 }],
};

async function writeV1(name: string): Promise<void> {
  const old = new Dexie(name);
  old.version(1).stores(V1_STORES);
  await old.open();
  for (const [table, rows] of Object.entries(V1_ROWS)) await old.table(table).bulkAdd(rows);
  old.close();
}

describe('schema migrations', () => {
  it('opens a version-1 database with every row intact', async () => {
    const name = `migration-v1-${Math.random()}`;
    await writeV1(name);
    const db = new CopilotDb(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(1);
    for (const [table, rows] of Object.entries(V1_ROWS)) {
      const t = db.table(table);
      expect(await t.count(), table).toBe(rows.length);
      const pk = t.schema.primKey.keyPath as string;
      // Later versions may add fields in .upgrade(); every v1 field must survive unchanged.
      for (const row of rows) expect(await t.get(row[pk] as never), `${table} ${String(row[pk])}`).toMatchObject(row);
    }
    db.close();
  });

  it('reopens it under the current schema without Dexie patching it (version 1 unchanged since it shipped)', async () => {
    const name = `migration-v1-native-${Math.random()}`;
    await writeV1(name);
    const db = new CopilotDb(name);
    await db.open();
    const idb = db.backendDB();
    // Dexie keeps native version = declared × 10 unless it had to patch a schema edited without a new version().
    expect(idb.version).toBe(db.verno * 10);
    expect([...idb.objectStoreNames].sort()).toEqual(db.tables.map((t) => t.name).sort());
    const tx = idb.transaction([...idb.objectStoreNames], 'readonly');
    for (const t of db.tables) {
      const store = tx.objectStore(t.name);
      expect([...store.indexNames].sort(), t.name).toEqual(t.schema.indexes.map((i) => i.name).sort());
      expect(store.autoIncrement, t.name).toBe(t.schema.primKey.auto);
    }
    db.close();
  });

  it('keeps the old rows reachable through the indexes the code queries', async () => {
    const name = `migration-v1-idx-${Math.random()}`;
    await writeV1(name);
    const db = new CopilotDb(name);
    const notes = await notesFor(db, { platform: 'pinduoduo', pageKind: 'chat', url: '', shop: '示例小店', orderId: 'A1', buyer: { id: '42' }, confidence: {} });
    expect(notes.map((n) => n.id)).toEqual([1]);
    // Version 2's upgrade gave the old rows their buyer keys: a page that shows only the nickname finds them.
    const nickOnly = { platform: 'pinduoduo', pageKind: 'order_detail', url: '', orderId: 'B2', buyer: { nick: '阿青' }, confidence: {} } as const;
    expect((await notesFor(db, nickOnly)).map((n) => n.id)).toEqual([1]);
    expect((await remindersFor(db, { ...nickOnly, buyer: { id: '42' } })).map((r) => r.id)).toEqual([1]);
    expect(await db.notes.get(1)).toMatchObject({ who: ['pinduoduo:id:42', 'pinduoduo:nick:阿青'], buyerId: '42' });
    expect(await nextDueAt(db)).toBe(T0 + 3600000);
    expect((await listDue(db, T0 + 3600000)).map((r) => r.id)).toEqual([1]);
    expect(await db.notes.where('tags').equals('易怒').count()).toBe(1);
    // New rows continue after the old auto-increment ids.
    expect(await db.notes.add({ platform: 'jd', text: 'new', tags: [], pinned: false, createdAt: T0, updatedAt: T0 })).toBeGreaterThan(7);
    db.close();
  });

  it('a backup of a migrated database passes restore validation', async () => {
    const name = `migration-v1-backup-${Math.random()}`;
    await writeV1(name);
    const db = new CopilotDb(name);
    const r = validateBackup(await exportBackup(db, T0));
    expect(r.ok ? [] : r.problems).toEqual([]);
    db.close();
  });
});
