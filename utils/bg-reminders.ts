/**
 * Background side of follow-up reminders: ONE alarm armed at the next due time, system
 * notifications with Done / Snooze, the toolbar badge, and catch-up of reminders that came due while
 * the browser was closed.
 *
 * The logic lives in small functions that take the database, the time and a `ReminderBrowser` (the few
 * browser calls used), so that tests run them on fake-indexeddb with a fake browser. "Never twice"
 * rests on lib/db/reminders' claimDue/catchUpMissed (a compare-and-set in one transaction); the
 * in-worker queue only avoids needless work when several events arrive together.
 *
 * Why a boot marker in storage.session: a MV3 worker stops after ~30 s idle and restarts on the next
 * event, which is not a browser start. storage.session survives worker restarts and is emptied when
 * the browser closes, so "no marker" means this is the first start of a browser session: reminders
 * due before it were missed while the browser was closed and get the summary notification.
 */
import { browser } from 'wxt/browser';
import { catchUpMissed, claimDue, claimUnshown, badgeCount, done, markShowFailed, markShown, nextDueAt, snooze } from '../lib/db/reminders';
import { getDb, type CopilotDb, type Reminder } from '../lib/db/schema';
import { langOf, type Lang } from '../lib/i18n';
import { formatWhen } from '../lib/time/format';
import { onBackgroundMessages } from './bg-messages';
import { langPref } from './settings';
import { loadSnapshot } from './tab-state';

export const ALARM = 'reminders.next';
export const HEARTBEAT = 'reminders.heartbeat';
export const SUMMARY_ID = 'reminders.missed';
const BOOT_KEY = 'reminders.bootAt';
export const SNOOZE_MINUTES = 15;

/** The browser calls this area uses (real ones in startRemindersBackground, fakes in tests). */
export interface ReminderBrowser {
  createAlarm(name: string, info: { when?: number; periodInMinutes?: number }): Promise<void> | void;
  clearAlarm(name: string): Promise<unknown> | void;
  hasAlarm(name: string): Promise<boolean>;
  notify(id: string, opts: NotificationOptions): Promise<unknown> | void;
  clearNotification(id: string): Promise<unknown> | void;
  notificationIds(): Promise<string[]>;
  setBadge(text: string): Promise<void> | void;
  /** Focuses a tab showing `url` (ignoring the #hash), or opens one. */
  openUrl(url: string): Promise<void>;
  lang(): Promise<Lang>;
}

export interface NotificationOptions {
  type: 'basic';
  iconUrl: string;
  title: string;
  message: string;
  contextMessage?: string;
  buttons?: { title: string }[];
  requireInteraction?: boolean;
  priority?: number;
}

/** Notification id of a reminder, and back. */
export const notificationId = (id: number) => `reminder:${id}`;
export const reminderIdOf = (nid: string): number | undefined => {
  const m = /^reminder:(\d+)$/.exec(nid);
  return m ? Number(m[1]) : undefined;
};

const TEXT = {
  zh: {
    title: '跟进提醒',
    missedTitle: '错过的提醒',
    done: '完成',
    snooze: `${SNOOZE_MINUTES} 分钟后再提醒`,
    order: '订单',
    summary: (n: number) => `浏览器关闭期间有 ${n} 条提醒到期`,
    summaryMsg: '它们已放进“提醒 → 已到期”，完成前会一直显示在那里。',
  },
  en: {
    title: 'Follow-up reminder',
    missedTitle: 'Missed reminder',
    done: 'Done',
    snooze: `Snooze ${SNOOZE_MINUTES} min`,
    order: 'order',
    summary: (n: number) => `${n} reminder${n === 1 ? '' : 's'} came due while the browser was closed`,
    summaryMsg: 'They are under Reminders → Overdue and stay there until marked done.',
  },
};

/** The notification of one reminder. */
export function reminderNotification(r: Reminder, lang: Lang, iconUrl: string, now: number): NotificationOptions {
  const T = TEXT[lang];
  const ctx = [formatWhen(r.dueAt, now, lang)];
  if (r.orderId) ctx.push(`${T.order} ${r.orderId}`);
  if (r.buyerNick) ctx.push(r.buyerNick);
  return {
    type: 'basic',
    iconUrl,
    title: r.missed ? T.missedTitle : T.title,
    message: r.text,
    contextMessage: ctx.join(' · '),
    buttons: [{ title: T.done }, { title: T.snooze }],
    requireInteraction: true,
    priority: 2,
  };
}

/**
 * Shows the notification of each claimed reminder (and a summary first when they were missed) and
 * returns the ones shown. A reminder is recorded as shown only after its notification call
 * succeeded; a failed call is recorded as failed (retried by the next sync, listed as missed) and
 * does not keep the others from being shown.
 */
export async function showReminders(db: CopilotDb, b: ReminderBrowser, list: Reminder[], iconUrl: string, now: number, missed = false): Promise<Reminder[]> {
  if (!list.length) return [];
  const lang = await b.lang().catch((): Lang => 'zh');
  if (missed) {
    const T = TEXT[lang];
    await Promise.resolve()
      .then(() => b.notify(SUMMARY_ID, { type: 'basic', iconUrl, title: T.summary(list.length), message: T.summaryMsg, requireInteraction: true, priority: 2 }))
      .catch((e) => console.warn('reminders: summary not shown', e));
  }
  const shown: Reminder[] = [];
  for (const r of list) {
    try {
      await b.notify(notificationId(r.id!), reminderNotification(r, lang, iconUrl, now));
    } catch (e) {
      console.warn(`reminders: notification of ${r.id} not shown`, e);
      await markShowFailed(db, r.id!, r.firedAt, now);
      continue;
    }
    await markShown(db, r.id!, r.firedAt);
    shown.push(r);
  }
  return shown;
}

/**
 * Fires every due reminder once (claimDue), and again those whose notification failed or whose
 * worker stopped before showing it (claimUnshown); returns the ones this call showed.
 */
export async function fireDue(db: CopilotDb, b: ReminderBrowser, iconUrl: string, now: number): Promise<Reminder[]> {
  const again = await claimUnshown(db, now);
  const fired = await claimDue(db, now);
  return showReminders(db, b, [...again, ...fired], iconUrl, now);
}

/** Claims and shows reminders that came due before this browser session started; returns the ones shown. */
export async function catchUp(db: CopilotDb, b: ReminderBrowser, iconUrl: string, now: number, startedAt: number): Promise<Reminder[]> {
  const missed = await catchUpMissed(db, now, startedAt);
  return showReminders(db, b, missed, iconUrl, now, true);
}

/** Arms the one alarm at the next pending due time (or clears it when nothing is pending). */
export async function armNext(db: CopilotDb, b: ReminderBrowser): Promise<number | undefined> {
  const next = await nextDueAt(db);
  if (next === undefined) await b.clearAlarm(ALARM);
  else await b.createAlarm(ALARM, { when: next });
  return next;
}

/** Badge = reminders shown but not done + pending ones already due. */
export async function refreshBadge(db: CopilotDb, b: ReminderBrowser, now: number): Promise<number> {
  const n = await badgeCount(db, now);
  await b.setBadge(n > 0 ? String(n > 99 ? '99+' : n) : '');
  return n;
}

/** Removes notifications of reminders that are no longer waiting (done, snoozed or deleted elsewhere). */
export async function clearStale(db: CopilotDb, b: ReminderBrowser): Promise<void> {
  for (const nid of await b.notificationIds()) {
    const id = reminderIdOf(nid);
    if (id === undefined) continue;
    const r = await db.reminders.get(id);
    if (!r || r.status !== 'fired') await b.clearNotification(nid);
  }
}

/** After any change or alarm: fire what is due, re-arm, refresh the badge, tidy notifications. */
export async function sync(db: CopilotDb, b: ReminderBrowser, iconUrl: string, now: number): Promise<Reminder[]> {
  const fired = await fireDue(db, b, iconUrl, now);
  await armNext(db, b);
  await refreshBadge(db, b, now);
  await clearStale(db, b).catch(() => {});
  return fired;
}

/** Worker or browser start: catch up what was missed before `startedAt`, then the normal sync. */
export async function startup(db: CopilotDb, b: ReminderBrowser, iconUrl: string, now: number, startedAt: number): Promise<{ missed: Reminder[]; fired: Reminder[] }> {
  const missed = await catchUp(db, b, iconUrl, now, startedAt);
  const fired = await sync(db, b, iconUrl, now);
  if (!(await b.hasAlarm(HEARTBEAT))) await b.createAlarm(HEARTBEAT, { periodInMinutes: 1 });
  return { missed, fired };
}

/** A notification button: 0 = Done, 1 = Snooze. */
export async function onButton(db: CopilotDb, b: ReminderBrowser, iconUrl: string, nid: string, index: number, now: number): Promise<void> {
  const id = reminderIdOf(nid);
  await b.clearNotification(nid);
  if (id === undefined) return;
  if (index === 0) await done(db, id, now);
  else await snooze(db, id, { minutes: SNOOZE_MINUTES }, now).catch(() => {});
  await sync(db, b, iconUrl, now);
}

/** A click on a notification's body: open the reminder's page. */
export async function onClick(db: CopilotDb, b: ReminderBrowser, nid: string): Promise<void> {
  const id = reminderIdOf(nid);
  if (id === undefined) return void (await b.clearNotification(nid));
  const r = await db.reminders.get(id);
  if (r?.url) await b.openUrl(r.url);
}

const noHash = (u: string) => u.replace(/#.*$/, '');

/** Focuses a tab that shows `url` (ignoring the hash) in its window, else opens a new tab. */
export async function focusOrOpen(url: string): Promise<void> {
  if (!/^https?:/.test(url)) return;
  const tabs = await browser.tabs.query({});
  // tab.url is hidden without the "tabs" permission; the snapshots our page scripts pushed know each tab's URL.
  const urlOf = async (t: (typeof tabs)[number]) => t.url ?? (t.id !== undefined ? (await loadSnapshot(t.id))?.url : undefined);
  let tab: (typeof tabs)[number] | undefined;
  for (const t of tabs) {
    const u = await urlOf(t);
    if (u && noHash(u) === noHash(url)) {
      tab = t;
      break;
    }
  }
  if (tab?.id !== undefined) {
    await browser.tabs.update(tab.id, { active: true });
    if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true }).catch(() => {});
  } else await browser.tabs.create({ url });
}

function realBrowser(): ReminderBrowser {
  return {
    createAlarm: (name, info) => browser.alarms.create(name, info as never),
    clearAlarm: (name) => browser.alarms.clear(name),
    hasAlarm: async (name) => !!(await browser.alarms.get(name)),
    notify: (id, opts) => browser.notifications.create(id, opts),
    clearNotification: (id) => browser.notifications.clear(id),
    notificationIds: async () => Object.keys((await browser.notifications.getAll()) ?? {}),
    setBadge: async (text) => {
      await browser.action.setBadgeBackgroundColor({ color: '#d93025' });
      await browser.action.setBadgeText({ text });
    },
    openUrl: focusOrOpen,
    lang: async () => (await langPref.getValue().catch(() => null)) ?? langOf(navigator.language || browser.i18n?.getUILanguage?.()),
  };
}

/** Runs tasks one after another in this worker (events often arrive together). */
function queue() {
  let last: Promise<unknown> = Promise.resolve();
  return <T>(fn: () => Promise<T>): Promise<T> => {
    const p = last.then(fn, fn);
    last = p.catch((e) => console.warn('reminders:', e));
    return p;
  };
}

/** When this browser session started (set by the first worker start of the session). */
async function sessionStart(now: number): Promise<number> {
  const got = (await browser.storage.session.get(BOOT_KEY))[BOOT_KEY];
  if (typeof got === 'number') return got;
  await browser.storage.session.set({ [BOOT_KEY]: now });
  return now;
}

/** Background wiring for alarms → notifications, badge, catch-up on start. Called synchronously at worker start. */
export function startRemindersBackground(): void {
  const db = getDb();
  const b = realBrowser();
  const icon = browser.runtime.getURL('/icon/128.png' as never);
  const run = queue();
  const doSync = () => run(() => sync(db, b, icon, Date.now()));

  browser.alarms.onAlarm.addListener((a) => {
    if (a.name === ALARM || a.name === HEARTBEAT) void doSync();
  });
  browser.notifications?.onButtonClicked.addListener((nid, index) => void run(() => onButton(db, b, icon, nid, index, Date.now())));
  browser.notifications?.onClicked.addListener((nid) => void run(() => onClick(db, b, nid)));
  browser.runtime.onStartup.addListener(() => void run(() => startup(db, b, icon, Date.now(), Date.now())));
  onBackgroundMessages({
    remindersChanged: async () => void (await doSync()),
    openPage: ({ url }) => focusOrOpen(url),
  });
  void run(async () => startup(db, b, icon, Date.now(), await sessionStart(Date.now())));
}
