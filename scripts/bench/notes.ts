/**
 * Notes and reminders at scale on fake-indexeddb: 100,000 notes over 20,000 buyers and 20,000
 * reminders, then notesFor(one buyer) and listDue(now), median and p95 over 50 runs each (target
 * ≤ 20 ms), against a naive full-table filter measured in the same run.
 * fake-indexeddb is slower than Chrome's IndexedDB, so the figures are an upper bound for the panel.
 * Run: npx tsx -e "import('./scripts/bench/notes.ts').then(m=>m.run())"
 */
import 'fake-indexeddb/auto';
import { addWho, CopilotDb, type Note, type Reminder } from '../../lib/db/schema';
import { notesFor } from '../../lib/db/notes';
import { listDue } from '../../lib/db/reminders';
import { buyerIdsOf, buyerKeyOf, orderKeyOf, sameBuyer } from '../../lib/db/keys';
import type { PageSnapshot } from '../../lib/snapshot';
import { rng } from './rng';

const NOTES = 100_000;
const BUYERS = 20_000;
const REMINDERS = 20_000;
const RUNS = 50;
const TARGET_MS = 20;
const NOW = Date.parse('2026-11-23T09:15:00+08:00');

const snapFor = (buyer: number, order: number): PageSnapshot => ({
  platform: 'pinduoduo', pageKind: 'chat', url: 'https://mms.pinduoduo.com/chat-merchant/index.html#/', shop: '示例小店',
  orderId: `O${order}`, buyer: { nick: `买家${buyer}`, id: String(buyer) }, confidence: {},
});

async function fill(db: CopilotDb): Promise<void> {
  const r = rng(7);
  const notes: Note[] = [];
  for (let i = 0; i < NOTES; i++) {
    const buyer = Math.floor(r() * BUYERS);
    const s = snapFor(buyer, buyer * 10 + Math.floor(r() * 3));
    const t = NOW - Math.floor(r() * 90 * 86400000);
    notes.push({
      platform: 'pinduoduo', shop: s.shop, buyerKey: buyerKeyOf(s), orderKey: orderKeyOf(s), orderId: s.orderId, buyerNick: s.buyer!.nick,
      text: `买家反馈第${i}条：包裹外箱破损，已拍照留证，等待快递公司理赔回复`, tags: i % 5 ? [] : ['理赔'], pinned: i % 97 === 0,
      createdAt: t, updatedAt: t,
    });
    addWho(notes[notes.length - 1]); // the buyer index notesFor looks through, as addNote writes it
  }
  const reminders: Reminder[] = [];
  for (let i = 0; i < REMINDERS; i++) {
    // About 5% already due, the rest over the next 30 days; some fired or done.
    const due = NOW + Math.floor((r() - 0.05) * 30 * 86400000);
    const status = r() < 0.1 ? 'done' : r() < 0.05 ? 'fired' : 'pending';
    reminders.push({ text: `跟进退货 ${i}`, dueAt: due, status, createdAt: NOW - 86400000, updatedAt: NOW - 86400000 });
  }
  for (let i = 0; i < notes.length; i += 10_000) await db.notes.bulkAdd(notes.slice(i, i + 10_000));
  await db.reminders.bulkAdd(reminders);
}

async function time(runs: number, fn: () => Promise<unknown>): Promise<{ median: number; p95: number }> {
  for (let i = 0; i < 10; i++) await fn(); // warm-up (JIT, fake-indexeddb caches)
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    t.push(performance.now() - t0);
  }
  t.sort((a, b) => a - b);
  return { median: t[Math.floor(runs / 2)], p95: t[Math.min(runs - 1, Math.ceil(runs * 0.95) - 1)] };
}

const f = (ms: number) => `${ms.toFixed(2)} ms`;

/** Prints notesFor and listDue timings with the naive full-table filter and the ratio. */
export async function run(): Promise<void> {
  const db = new CopilotDb(`bench-notes-${Date.now()}`);
  const t0 = performance.now();
  await fill(db);
  console.log(`notes bench: ${NOTES.toLocaleString('en')} notes over ${BUYERS.toLocaleString('en')} buyers, ${REMINDERS.toLocaleString('en')} reminders (fake-indexeddb, filled in ${((performance.now() - t0) / 1000).toFixed(1)} s)`);

  // Let the bulk load's garbage and fake-indexeddb's deferred work settle before timing.
  (globalThis as { gc?: () => void }).gc?.();
  await new Promise((res) => setTimeout(res, 1000));

  const snap = snapFor(4242, 42420);
  const ok = orderKeyOf(snap)!;
  const got = await notesFor(db, snap);
  const who = buyerIdsOf(snap);
  const naiveNotes = async () => {
    const all = await db.notes.toArray();
    return all.filter((n) => ((n.who ?? []).some((w) => who.includes(w)) && sameBuyer(n, snap)) || n.orderKey === ok);
  };
  if ((await naiveNotes()).length !== got.length) throw new Error('notesFor and the naive filter disagree');
  const due = await listDue(db, NOW);
  const naiveDue = async () => (await db.reminders.toArray()).filter((r) => r.status === 'pending' && r.dueAt <= NOW);
  if ((await naiveDue()).length !== due.length) throw new Error('listDue and the naive filter disagree');

  // Indexed queries first: the naive scans allocate the whole table and would bill their GC to them.
  const a = await time(RUNS, () => notesFor(db, snap));
  const b = await time(RUNS, () => listDue(db, NOW));
  const aBase = await time(Math.min(RUNS, 10), naiveNotes);
  const bBase = await time(Math.min(RUNS, 10), naiveDue);
  console.log(`notesFor(one buyer, ${got.length} notes): median ${f(a.median)}, p95 ${f(a.p95)} (target ≤ ${TARGET_MS} ms) ${a.p95 <= TARGET_MS ? 'OK' : 'OVER'}`);
  console.log(`notesFor naive full-table filter: median ${f(aBase.median)}; indexed query is ${(aBase.median / a.median).toFixed(0)}× faster`);
  console.log(`listDue(now, ${due.length} due): median ${f(b.median)}, p95 ${f(b.p95)} (target ≤ ${TARGET_MS} ms) ${b.p95 <= TARGET_MS ? 'OK' : 'OVER'}`);
  console.log(`listDue naive full-table filter: median ${f(bBase.median)}; indexed query is ${(bBase.median / b.median).toFixed(0)}× faster`);
  db.close();
  await new Promise<void>((res) => {
    const req = indexedDB.deleteDatabase(db.name);
    req.onsuccess = req.onerror = () => res();
  });
}
