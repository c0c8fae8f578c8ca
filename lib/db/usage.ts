/** Usage events of scripts (`usage` table): recorded on insert/copy, summarised for ranking. */
import type { CopilotDb, UsageEvent } from './schema';

/** Per script: how often it was used, when last, and a recency-weighted count. */
export interface UsageStat {
  count: number;
  lastAt: number;
  /** Sum over uses of 2^(-age / half-life): recent uses count more (see usageStats). */
  recent: number;
}

export const USAGE_HALF_LIFE_MS = 14 * 24 * 3600 * 1000;

/**
 * How long usage events are kept: the ranking reads only this window (usageStats), so older events
 * change nothing and are deleted by the daily maintenance (pruneUsage) and left out of a restore.
 */
export const USAGE_KEEP_MS = 180 * 24 * 3600 * 1000;

/** Records one use of a script; returns the event id. */
export async function recordUsage(
  db: CopilotDb,
  scriptId: string,
  kind: UsageEvent['kind'] = 'insert',
  scenario?: string,
  now = Date.now(),
): Promise<number> {
  const ev: UsageEvent = { scriptId, at: now, kind };
  if (scenario) ev.scenario = scenario;
  return (await db.usage.add(ev)) as number;
}

/** Folds events into per-script stats (pure; exported for tests and the benchmark). */
export function foldUsage(events: readonly Pick<UsageEvent, 'scriptId' | 'at'>[], now: number, halfLifeMs = USAGE_HALF_LIFE_MS): Map<string, UsageStat> {
  const out = new Map<string, UsageStat>();
  for (const e of events) {
    const age = Math.max(0, now - e.at);
    const w = 2 ** (-age / halfLifeMs);
    const s = out.get(e.scriptId);
    if (s) {
      s.count++;
      s.lastAt = Math.max(s.lastAt, e.at);
      s.recent += w;
    } else out.set(e.scriptId, { count: 1, lastAt: e.at, recent: w });
  }
  return out;
}

/** Usage stats of every script used within `windowMs` (default USAGE_KEEP_MS, 180 days), for rank.ts. */
export async function usageStats(db: CopilotDb, now = Date.now(), windowMs = USAGE_KEEP_MS): Promise<Map<string, UsageStat>> {
  const events = await db.usage.where('at').aboveOrEqual(now - windowMs).toArray();
  return foldUsage(events, now);
}

/**
 * Deletes events older than `before` (keeps the table small); returns how many. With
 * `before = now - USAGE_KEEP_MS` the ranking is unchanged: usageStats never reads them.
 */
export async function pruneUsage(db: CopilotDb, before: number): Promise<number> {
  return db.usage.where('at').below(before).delete();
}

/** Moves usage from one id to another (a script duplicated to replace an old one, or an id fixed on import). */
export async function moveUsage(db: CopilotDb, fromId: string, toId: string): Promise<number> {
  return db.usage.where('scriptId').equals(fromId).modify({ scriptId: toId });
}
