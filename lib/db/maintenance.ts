/**
 * Daily housekeeping of the database, run by the background (utils/bg-maintenance.ts): usage events
 * the ranking no longer reads are deleted, and scripts deleted more than DELETED_KEEP_MS ago (kept
 * that long for undo) are purged. Without it both tables only ever grow.
 */
import type { CopilotDb } from './schema';
import { purgeDeleted } from './replies';
import { pruneUsage, USAGE_KEEP_MS } from './usage';

/** How long a deleted script of the agent's own stays restorable. */
export const DELETED_KEEP_MS = 30 * 24 * 3600 * 1000;

export interface MaintenanceResult {
  /** Usage events deleted (older than USAGE_KEEP_MS). */
  usage: number;
  /** Deleted scripts purged (deleted more than DELETED_KEEP_MS ago). */
  scripts: number;
}

/** Prunes usage and purges old deleted scripts as of `now`. */
export async function runMaintenance(db: CopilotDb, now = Date.now()): Promise<MaintenanceResult> {
  const usage = await pruneUsage(db, now - USAGE_KEEP_MS);
  const scripts = await purgeDeleted(db, now - DELETED_KEEP_MS);
  return { usage, scripts };
}
