/**
 * Background wiring of the daily database housekeeping (lib/db/maintenance.ts): one periodic alarm,
 * like the reminders' heartbeat (utils/bg-reminders.ts). Alarms may be dropped on a browser restart,
 * so every worker start re-creates it when it is missing; a day missed while the browser was closed
 * fires once on the next start.
 */
import { browser } from 'wxt/browser';
import { runMaintenance, type MaintenanceResult } from '../lib/db/maintenance';
import { getDb, type CopilotDb } from '../lib/db/schema';

export const MAINTENANCE_ALARM = 'maintenance.daily';
export const MAINTENANCE_PERIOD_MINUTES = 24 * 60;

/** The browser calls used here (real ones in startMaintenanceBackground, fakes in tests). */
export interface MaintenanceBrowser {
  hasAlarm(name: string): Promise<boolean>;
  createAlarm(name: string, info: { delayInMinutes?: number; periodInMinutes?: number }): Promise<void> | void;
  /** Registers the alarm listener; the listener's promise settles when its work is done. */
  onAlarm(cb: (name: string) => Promise<unknown> | undefined): void;
}

/** Registers the alarm listener and makes sure the daily alarm exists. */
export async function startMaintenance(db: CopilotDb, b: MaintenanceBrowser, clock: () => number = Date.now): Promise<void> {
  b.onAlarm((name) => {
    if (name !== MAINTENANCE_ALARM) return undefined;
    return runMaintenance(db, clock()).catch((e: unknown): MaintenanceResult | undefined => void console.warn('maintenance:', e));
  });
  if (!(await b.hasAlarm(MAINTENANCE_ALARM))) await b.createAlarm(MAINTENANCE_ALARM, { delayInMinutes: 1, periodInMinutes: MAINTENANCE_PERIOD_MINUTES });
}

/** Called synchronously at worker start (the listener must be registered in the first turn). */
export function startMaintenanceBackground(): void {
  void startMaintenance(getDb(), {
    hasAlarm: async (name) => !!(await browser.alarms.get(name)),
    createAlarm: (name, info) => browser.alarms.create(name, info as never),
    onAlarm: (cb) => browser.alarms.onAlarm.addListener((a) => void cb(a.name)),
  }).catch((e: unknown) => console.warn('maintenance:', e));
}
