/**
 * The agent's deadline table and service-timer limits, stored in the Dexie `settings` table under
 * 'deadlines' (overrides in hours, per platform and kind) and 'timers' ({firstResponseSec,
 * resolutionMin}). Stored values are validated on read: anything broken falls back to the defaults.
 */
import type { CopilotDb } from '../db/schema';
import {
  DEFAULT_DEADLINES, DEFAULT_TIMER_LIMITS, mergeDeadlines, parseDeadlineOverrides,
  type DeadlineOverrides, type DeadlineTable, type TimerLimits,
} from './index';

export const DEADLINES_KEY = 'deadlines';
export const TIMERS_KEY = 'timers';

/** What the agent may set for the service timers. */
export type TimerSettings = Pick<TimerLimits, 'firstResponseSec' | 'resolutionMin'>;

/** Bounds of the timer limits (seconds for first response, minutes for resolution). */
export const TIMER_BOUNDS = { firstResponseSec: [1, 3600], resolutionMin: [1, 7 * 24 * 60] } as const;

/** Checks timer settings; returns the problems by field (empty when fine). */
export function timerErrors(x: unknown): Partial<Record<keyof TimerSettings, 'number' | 'range'>> {
  const out: Partial<Record<keyof TimerSettings, 'number' | 'range'>> = {};
  const rec = typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as Record<string, unknown>) : {};
  for (const k of ['firstResponseSec', 'resolutionMin'] as const) {
    const v = rec[k];
    if (typeof v !== 'number' || !Number.isFinite(v)) out[k] = 'number';
    else if (v < TIMER_BOUNDS[k][0] || v > TIMER_BOUNDS[k][1]) out[k] = 'range';
  }
  return out;
}

/** Stored timer settings, or the standard ones when missing or invalid. */
export function timerLimitsFrom(stored: unknown): TimerSettings {
  const base = { firstResponseSec: DEFAULT_TIMER_LIMITS.firstResponseSec, resolutionMin: DEFAULT_TIMER_LIMITS.resolutionMin };
  if (stored === undefined || stored === null) return base;
  return Object.keys(timerErrors(stored)).length === 0 ? { ...base, ...(stored as TimerSettings) } : base;
}

/** The merged deadline table from stored overrides; invalid stored data gives the defaults. */
export function deadlineTableFrom(stored: unknown): DeadlineTable {
  try {
    return mergeDeadlines(DEFAULT_DEADLINES, stored ?? {});
  } catch {
    return DEFAULT_DEADLINES;
  }
}

/** Stored overrides when valid, else none. */
export function overridesFrom(stored: unknown): DeadlineOverrides {
  const r = parseDeadlineOverrides(stored ?? {});
  return r.ok ? r.overrides : {};
}

export interface DeadlineConfig {
  table: DeadlineTable;
  limits: TimerSettings;
  overrides: DeadlineOverrides;
}

/** Reads both settings once (for tests and non-UI callers). */
export async function loadDeadlineConfig(db: CopilotDb): Promise<DeadlineConfig> {
  const [d, tm] = await db.settings.bulkGet([DEADLINES_KEY, TIMERS_KEY]);
  return { table: deadlineTableFrom(d?.value), limits: timerLimitsFrom(tm?.value), overrides: overridesFrom(d?.value) };
}

/** Saves the deadline overrides after validation; nothing is written when they are invalid. */
export async function saveDeadlineOverrides(db: CopilotDb, overrides: unknown): Promise<{ ok: true } | { ok: false; errors: string[] }> {
  const r = parseDeadlineOverrides(overrides);
  if (!r.ok) return r;
  await db.settings.put({ key: DEADLINES_KEY, value: r.overrides });
  return { ok: true };
}

/** Saves the timer limits after validation; nothing is written when they are invalid. */
export async function saveTimerLimits(db: CopilotDb, limits: unknown): Promise<boolean> {
  if (Object.keys(timerErrors(limits)).length > 0) return false;
  const l = limits as TimerSettings;
  await db.settings.put({ key: TIMERS_KEY, value: { firstResponseSec: l.firstResponseSec, resolutionMin: l.resolutionMin } });
  return true;
}

/** Forgets both settings (back to the defaults). */
export async function resetDeadlineConfig(db: CopilotDb): Promise<void> {
  await db.settings.bulkDelete([DEADLINES_KEY, TIMERS_KEY]);
}

