/**
 * Follow-up reminders. Every write goes through here.
 *
 * Life of a reminder: pending → (due) fired → done. Snooze and reschedule put it back to pending.
 * "Never fire twice" rests on markFired/claimDue: the pending→fired step is a compare-and-set inside
 * one rw transaction, so when two windows, or a restarted service worker, race on the same alarm,
 * exactly one of them wins and shows the notification.
 * "Never lost": a reminder that came due while the browser was closed is claimed by catchUpMissed on
 * the next start, flagged `missed`, and stays in the overdue list and the badge until marked done.
 * A claimed reminder counts as shown only after the notification call succeeded (markShown): until
 * then `showState` says 'claimed' or 'failed', and claimUnshown hands it out again (a failed call at
 * once, a claim whose worker stopped before showing it after CLAIM_STALE_MS), flagged `missed`.
 */
import Dexie from 'dexie';
import type { PageSnapshot } from '../snapshot';
import { dayBounds, defaultTimeZone } from '../time/zone';
import { buyerIdsOf, buyerKeyOf, orderKeyOf, rowsOfBuyer } from './keys';
import type { CopilotDb, Reminder } from './schema';

export interface NewReminder {
  text: string;
  dueAt: Date | number;
  /** The page the reminder is about: order, buyer and URL are taken from it. */
  snapshot?: PageSnapshot;
  /** The time as the agent wrote it ("明天上午10点"). */
  timeText?: string;
}

const ms = (t: Date | number) => (typeof t === 'number' ? t : t.getTime());
const MAX_TEXT = 2000;

function checkTime(t: number, what: string): number {
  if (!Number.isFinite(t)) throw new Error(`${what} is not a valid time`);
  return t;
}

/** Adds a pending reminder and returns its id. Throws on empty text or an invalid time. */
export async function createReminder(db: CopilotDb, input: NewReminder, now = Date.now()): Promise<number> {
  const text = input.text.trim().slice(0, MAX_TEXT);
  if (!text) throw new Error('empty reminder');
  const dueAt = checkTime(ms(input.dueAt), 'dueAt');
  const s = input.snapshot;
  const orderKey = s ? orderKeyOf(s) : undefined;
  const r: Reminder = {
    text,
    dueAt,
    status: 'pending',
    platform: s?.platform,
    orderId: orderKey ? s!.orderId : undefined,
    orderKey,
    buyerKey: s ? buyerKeyOf(s) : undefined,
    who: s && buyerKeyOf(s) ? buyerIdsOf(s) : undefined,
    buyerId: s?.buyer?.id,
    buyerNick: s?.buyer?.nick,
    url: s?.url,
    timeText: input.timeText?.trim() || undefined,
    createdAt: now,
    updatedAt: now,
  };
  // Dexie stores explicit undefined as a missing key; drop them so rows stay tidy in backups.
  for (const k of Object.keys(r) as (keyof Reminder)[]) if (r[k] === undefined) delete r[k];
  return (await db.reminders.add(r)) as number;
}

/** Pending reminders whose time has come (dueAt ≤ now), oldest first. */
export async function listDue(db: CopilotDb, now = Date.now()): Promise<Reminder[]> {
  return db.reminders.where('[status+dueAt]').between(['pending', Dexie.minKey], ['pending', now], true, true).toArray();
}

export interface ReminderViews {
  /** Shown but not done, or due and not yet shown; oldest first. */
  overdue: Reminder[];
  /** Pending, later today (local day); soonest first. */
  today: Reminder[];
  /** Pending, after today; soonest first. */
  upcoming: Reminder[];
  /** Done, most recently done first (at most `doneLimit`). */
  done: Reminder[];
}

/** The reminder list as the panel shows it, for a given now and zone. */
export async function reminderViews(
  db: CopilotDb,
  now = Date.now(),
  opts: { timeZone?: string; doneLimit?: number } = {},
): Promise<ReminderViews> {
  const { end } = dayBounds(now, opts.timeZone ?? defaultTimeZone());
  return db.transaction('r', db.reminders, async () => {
    const [fired, pending, done] = await Promise.all([
      db.reminders.where('[status+dueAt]').between(['fired', Dexie.minKey], ['fired', Dexie.maxKey]).toArray(),
      db.reminders.where('[status+dueAt]').between(['pending', Dexie.minKey], ['pending', Dexie.maxKey]).toArray(),
      db.reminders.where('status').equals('done').toArray(),
    ]);
    const overdue = [...fired, ...pending.filter((r) => r.dueAt <= now)].sort(byDue);
    const today = pending.filter((r) => r.dueAt > now && r.dueAt < end);
    const upcoming = pending.filter((r) => r.dueAt >= end);
    done.sort((a, b) => (b.doneAt ?? 0) - (a.doneAt ?? 0) || b.id! - a.id!);
    return { overdue, today, upcoming, done: done.slice(0, opts.doneLimit ?? 50) };
  });
}

const byDue = (a: Reminder, b: Reminder) => a.dueAt - b.dueAt || a.id! - b.id!;

/**
 * Marks one reminder fired, once: true only for the caller that moved it pending → fired.
 * False when it is not pending any more (another context fired it, it was done or removed) or when
 * it is not due yet (it was rescheduled after the alarm was armed).
 */
export async function markFired(db: CopilotDb, id: number, now = Date.now()): Promise<boolean> {
  return db.transaction('rw', db.reminders, async () => {
    const r = await db.reminders.get(id);
    if (!r || r.status !== 'pending' || r.dueAt > now) return false;
    await db.reminders.update(id, { status: 'fired', firedAt: now, updatedAt: now });
    return true;
  });
}

/** Claims every due pending reminder in one transaction and returns those this caller fired. */
export async function claimDue(db: CopilotDb, now = Date.now()): Promise<Reminder[]> {
  return claim(db, now, false);
}

/**
 * On start: reminders that came due before this context started (`startedAt`) were missed while the
 * browser was closed. Marks them fired + missed, once, and returns them so they can be shown and
 * counted. Ones due between startedAt and now are left to the normal alarm path (claimDue).
 */
export async function catchUpMissed(db: CopilotDb, now = Date.now(), startedAt = now): Promise<Reminder[]> {
  return claim(db, Math.min(now, startedAt), true, now);
}

async function claim(db: CopilotDb, upTo: number, missed: boolean, now = upTo): Promise<Reminder[]> {
  return db.transaction('rw', db.reminders, async () => {
    const due = await listDue(db, upTo);
    const out: Reminder[] = [];
    for (const r of due) {
      const patch: Partial<Reminder> = { status: 'fired', firedAt: now, updatedAt: now, showState: 'claimed' };
      if (missed) patch.missed = true;
      await db.reminders.update(r.id!, patch);
      out.push({ ...r, ...patch });
    }
    return out;
  });
}

/** A claim older than this whose notification was never confirmed: its worker stopped in between. */
export const CLAIM_STALE_MS = 60_000;

/**
 * Claims again, once, the fired reminders whose notification was not shown: the call failed, or the
 * claim is older than `staleMs` (its worker stopped before showing it). They come back flagged
 * `missed` with a new firedAt, for the caller to show and then markShown.
 */
export async function claimUnshown(db: CopilotDb, now = Date.now(), staleMs = CLAIM_STALE_MS): Promise<Reminder[]> {
  return db.transaction('rw', db.reminders, async () => {
    const fired = await db.reminders.where('[status+dueAt]').between(['fired', Dexie.minKey], ['fired', Dexie.maxKey]).toArray();
    const out: Reminder[] = [];
    for (const r of fired) {
      if (r.showState !== 'failed' && !(r.showState === 'claimed' && (r.firedAt ?? 0) <= now - staleMs)) continue;
      const patch: Partial<Reminder> = { firedAt: now, updatedAt: now, missed: true, showState: 'claimed' };
      await db.reminders.update(r.id!, patch);
      out.push({ ...r, ...patch });
    }
    return out;
  });
}

/** Records that the notification of the claim made at `firedAt` was shown (nothing when the reminder moved on since). */
export async function markShown(db: CopilotDb, id: number, firedAt: number | undefined): Promise<boolean> {
  return db.transaction('rw', db.reminders, async () => {
    const r = await db.reminders.get(id);
    if (!r || r.status !== 'fired' || r.firedAt !== firedAt || !r.showState) return false;
    await db.reminders.update(id, { showState: undefined });
    return true;
  });
}

/** Records that showing the notification of the claim made at `firedAt` failed: listed as missed, retried by claimUnshown. */
export async function markShowFailed(db: CopilotDb, id: number, firedAt: number | undefined, now = Date.now()): Promise<boolean> {
  return db.transaction('rw', db.reminders, async () => {
    const r = await db.reminders.get(id);
    if (!r || r.status !== 'fired' || r.firedAt !== firedAt) return false;
    await db.reminders.update(id, { showState: 'failed', missed: true, updatedAt: now });
    return true;
  });
}

/**
 * Puts a reminder back to pending at a later time: `{ minutes }` after now, or after its due time when
 * that is still ahead (a snooze never moves a reminder earlier than it was due: "+15 min" on one due
 * tomorrow means tomorrow + 15 min, not today); or `{ until }`, which must be in the future and not
 * before the due time. Returns the new dueAt.
 */
export async function snooze(db: CopilotDb, id: number, by: { minutes: number } | { until: Date | number }, now = Date.now()): Promise<number> {
  if ('minutes' in by && !(checkTime(by.minutes, 'minutes') > 0)) throw new Error('snooze time must be in the future');
  return db.transaction('rw', db.reminders, async () => {
    const r = await db.reminders.get(id);
    if (!r) throw new Error(`reminder ${id} not found`);
    const dueAt = 'minutes' in by ? Math.max(now, r.dueAt) + by.minutes * 60000 : checkTime(ms(by.until), 'until');
    if (dueAt <= now) throw new Error('snooze time must be in the future');
    if (dueAt < r.dueAt) throw new Error('snooze never moves a reminder earlier than it was due (change its time instead)');
    await reopen(db, id, { dueAt }, now);
    return dueAt;
  });
}

/** Moves a reminder to a new time (back to pending), keeping the agent's words for it. */
export async function reschedule(db: CopilotDb, id: number, newDueAt: Date | number, timeText?: string, now = Date.now()): Promise<void> {
  const dueAt = checkTime(ms(newDueAt), 'newDueAt');
  await reopen(db, id, { dueAt, timeText: timeText?.trim() || undefined }, now);
}

async function reopen(db: CopilotDb, id: number, patch: Partial<Reminder>, now: number): Promise<void> {
  await db.transaction('rw', db.reminders, async () => {
    const r = await db.reminders.get(id);
    if (!r) throw new Error(`reminder ${id} not found`);
    const next: Reminder = { ...r, ...patch, status: 'pending', updatedAt: now };
    delete next.firedAt;
    delete next.doneAt;
    delete next.missed;
    delete next.showState;
    if (next.timeText === undefined) delete next.timeText;
    await db.reminders.put(next);
  });
}

/** Marks a reminder done. Returns false when it does not exist. */
export async function done(db: CopilotDb, id: number, now = Date.now()): Promise<boolean> {
  return (await db.reminders.update(id, { status: 'done', doneAt: now, updatedAt: now, showState: undefined })) > 0;
}

/** Edits a reminder's text. */
export async function updateReminderText(db: CopilotDb, id: number, text: string, now = Date.now()): Promise<void> {
  const t = text.trim().slice(0, MAX_TEXT);
  if (!t) throw new Error('empty reminder');
  if (!(await db.reminders.update(id, { text: t, updatedAt: now }))) throw new Error(`reminder ${id} not found`);
}

/** Deletes a reminder and returns it, so that the caller can offer undo with restoreReminder. */
export async function removeReminder(db: CopilotDb, id: number): Promise<Reminder | undefined> {
  return db.transaction('rw', db.reminders, async () => {
    const r = await db.reminders.get(id);
    if (r) await db.reminders.delete(id);
    return r;
  });
}

/** Puts a removed reminder back with its original id and state. */
export async function restoreReminder(db: CopilotDb, r: Reminder): Promise<void> {
  await db.reminders.put(r);
}

/** The earliest dueAt among pending reminders (to arm the one chrome.alarms alarm), or undefined. */
export async function nextDueAt(db: CopilotDb): Promise<number | undefined> {
  const r = await db.reminders.where('[status+dueAt]').between(['pending', Dexie.minKey], ['pending', Dexie.maxKey]).first();
  return r?.dueAt;
}

/** Badge number: reminders shown but not done, plus pending ones already due. */
export async function badgeCount(db: CopilotDb, now = Date.now()): Promise<number> {
  return db.transaction('r', db.reminders, async () => {
    const [fired, due] = await Promise.all([
      db.reminders.where('status').equals('fired').count(),
      db.reminders.where('[status+dueAt]').between(['pending', Dexie.minKey], ['pending', now], true, true).count(),
    ]);
    return fired + due;
  });
}

/** Open (not done) reminders about this page's order or buyer (by id or nickname), soonest first. */
export async function remindersFor(db: CopilotDb, snap: PageSnapshot): Promise<Reminder[]> {
  const ok = orderKeyOf(snap);
  const [byOrder, byBuyer] = await Promise.all([
    ok ? db.reminders.where('orderKey').equals(ok).toArray() : [],
    rowsOfBuyer(db.reminders, snap),
  ]);
  const seen = new Map<number, Reminder>();
  for (const r of [...byOrder, ...byBuyer]) if (r.status !== 'done') seen.set(r.id!, r);
  return [...seen.values()].sort(byDue);
}
