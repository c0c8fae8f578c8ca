/** Queries on next-step ticks, per order. Keys come from lib/playbook/ticks.ts so panel and db agree. */
import { tickKey } from '../playbook/ticks';
import type { CopilotDb, Tick } from './schema';

/** Records a step as done or not done for an order (an untick is kept as `done: false`, not deleted). */
export async function setTick(db: CopilotDb, orderKey: string, stepId: string, done: boolean, now = Date.now()): Promise<Tick> {
  if (!orderKey.trim()) throw new Error('setTick: empty order key (the page shows no order id)');
  if (!stepId.trim()) throw new Error('setTick: empty step id');
  // A fresh object each time: Dexie's live queries miss in-place mutations of read objects (style.md).
  const tick: Tick = { key: tickKey(orderKey, stepId), orderKey, stepId, done, at: now };
  await db.ticks.put(tick);
  return tick;
}

/** All ticks of one order (done and undone), oldest change first. */
export async function ticksFor(db: CopilotDb, orderKey: string): Promise<Tick[]> {
  const rows = await db.ticks.where('orderKey').equals(orderKey).toArray();
  return rows.sort((a, b) => a.at - b.at);
}

/** Forgets every tick of an order (e.g. the agent resets the checklist). Returns how many went. */
export async function clearTicks(db: CopilotDb, orderKey: string): Promise<number> {
  return db.ticks.where('orderKey').equals(orderKey).delete();
}
