/**
 * The end-of-day review and handover: what came due, what got done, notes written, cases looked at
 * by scenario, and the follow-ups still open (so that the next shift picks them up).
 */
import { SCENARIO_IDS, SCENARIO_LABELS, isScenarioId, type ScenarioId } from '../scenarios';
import type { PageSnapshot } from '../snapshot';
import { formatDateTime } from '../time/format';
import { dayBounds, defaultTimeZone, localDate } from '../time/zone';
import { buyerKeyOf, orderKeyOf } from './keys';
import type { CaseRecord, CopilotDb, Reminder } from './schema';
import type { Lang } from '../i18n';

export interface DailyReview {
  /** Local day covered: [start, end) epoch ms. */
  day: { start: number; end: number };
  /** Reminders whose due time falls on the day. */
  remindersDue: number;
  /** Reminders marked done on the day. */
  remindersDone: number;
  /** Of the due ones, those that fired while the browser was closed. */
  remindersMissed: number;
  /** Notes created on the day. */
  notesWritten: number;
  /** Cases first or last seen on the day, by scenario (every id present, 0 when none). */
  casesByScenario: Record<ScenarioId, number>;
  /** Cases seen on the day with no scenario recorded. */
  casesUnclassified: number;
  /** Every reminder not done yet (whatever its day), soonest first. */
  openFollowUps: Reminder[];
}

/**
 * Records that the agent looked at this page's case (order, else buyer). Keeps the first-seen time;
 * updates the scenario when one is given. Returns the case key, or undefined when the page has neither.
 */
export async function recordCase(db: CopilotDb, snap: PageSnapshot, scenario: string | undefined, now = Date.now()): Promise<string | undefined> {
  const key = orderKeyOf(snap) ?? buyerKeyOf(snap);
  if (!key) return undefined;
  await db.transaction('rw', db.cases, async () => {
    const prev = await db.cases.get(key);
    const row: CaseRecord = {
      key,
      platform: snap.platform,
      orderId: snap.orderId ?? prev?.orderId,
      buyerNick: snap.buyer?.nick ?? prev?.buyerNick,
      scenario: scenario ?? prev?.scenario,
      url: snap.url || prev?.url,
      firstSeenAt: prev?.firstSeenAt ?? now,
      lastSeenAt: Math.max(now, prev?.lastSeenAt ?? now),
    };
    for (const k of Object.keys(row) as (keyof CaseRecord)[]) if (row[k] === undefined) delete row[k];
    await db.cases.put(row);
  });
  return key;
}

/**
 * The review of one local day (the day containing `day`, in `timeZone`).
 * A case counts for the day when it was first or last seen on it (cases keep only those two times,
 * so a case seen Monday, Tuesday and Wednesday does not count for Tuesday's review).
 */
export async function dailyReview(db: CopilotDb, day: Date | number, opts: { timeZone?: string } = {}): Promise<DailyReview> {
  const { start, end } = dayBounds(+day, opts.timeZone ?? defaultTimeZone());
  const inDay = (t: number | undefined) => t !== undefined && t >= start && t < end;
  return db.transaction('r', [db.reminders, db.notes, db.cases], async () => {
    const [due, all, notes, cases] = await Promise.all([
      db.reminders.where('dueAt').between(start, end, true, false).toArray(),
      // Open follow-ups and done counts need every non-pending row too; reminders stay few (thousands).
      db.reminders.toArray(),
      // createdAt ≤ updatedAt, so every note created on the day has updatedAt ≥ start.
      db.notes.where('updatedAt').aboveOrEqual(start).toArray(),
      db.cases.where('lastSeenAt').aboveOrEqual(start).toArray(),
    ]);
    const casesByScenario = Object.fromEntries(SCENARIO_IDS.map((id) => [id, 0])) as Record<ScenarioId, number>;
    let casesUnclassified = 0;
    for (const c of cases) {
      if (!inDay(c.firstSeenAt) && !inDay(c.lastSeenAt)) continue;
      if (c.scenario && isScenarioId(c.scenario)) casesByScenario[c.scenario]++;
      else casesUnclassified++;
    }
    return {
      day: { start, end },
      remindersDue: due.length,
      remindersDone: all.filter((r) => r.status === 'done' && inDay(r.doneAt)).length,
      remindersMissed: due.filter((r) => r.missed).length,
      notesWritten: notes.filter((n) => inDay(n.createdAt)).length,
      casesByScenario,
      casesUnclassified,
      openFollowUps: all.filter((r) => r.status !== 'done').sort((a, b) => a.dueAt - b.dueAt || a.id! - b.id!),
    };
  });
}

const T = {
  zh: {
    title: (d: string) => `售后交接 · ${d}`,
    counts: (r: DailyReview) =>
      `今日到期提醒 ${r.remindersDue} 条（已完成 ${r.remindersDone} 条${r.remindersMissed ? `，浏览器关闭期间错过 ${r.remindersMissed} 条` : ''}），新写笔记 ${r.notesWritten} 条。`,
    cases: '今日处理的会话/订单：',
    unclassified: '未分类',
    noCases: '今日没有记录的会话。',
    open: (n: number) => `待跟进 ${n} 条：`,
    noOpen: '没有待跟进的事项。',
    overdue: '已逾期',
    order: '订单',
  },
  en: {
    title: (d: string) => `After-sales handover · ${d}`,
    counts: (r: DailyReview) =>
      `Reminders due today: ${r.remindersDue} (done: ${r.remindersDone}${r.remindersMissed ? `, missed while the browser was closed: ${r.remindersMissed}` : ''}). Notes written: ${r.notesWritten}.`,
    cases: 'Cases handled today:',
    unclassified: 'Unclassified',
    noCases: 'No cases recorded today.',
    open: (n: number) => `Open follow-ups (${n}):`,
    noOpen: 'Nothing left to follow up.',
    overdue: 'overdue',
    order: 'order',
  },
};

/** The handover's file name: the review's day in the agent's zone (handover-2026-12-03.txt), never the UTC date. */
export function handoverFileName(review: Pick<DailyReview, 'day'>, timeZone = defaultTimeZone()): string {
  return `handover-${localDate(review.day.start, timeZone)}.txt`;
}

/**
 * A plain-text handover of the review in zh or en: counts, cases by scenario, then every open
 * follow-up with its local time, order id and buyer. `now` marks which follow-ups are overdue.
 */
export function reviewAsText(review: DailyReview, lang: Lang, opts: { timeZone?: string; now?: Date | number } = {}): string {
  const tz = opts.timeZone ?? defaultTimeZone();
  const now = opts.now === undefined ? review.day.end : +opts.now;
  const t = T[lang];
  const dayLabel = formatDateTime(review.day.start, lang, tz).replace(/\s*\d{2}:\d{2}/, '');
  const lines = [t.title(dayLabel), '', t.counts(review), ''];
  const counted = SCENARIO_IDS.filter((id) => review.casesByScenario[id] > 0).sort((a, b) => review.casesByScenario[b] - review.casesByScenario[a]);
  if (counted.length || review.casesUnclassified) {
    lines.push(t.cases);
    for (const id of counted) lines.push(`  - ${SCENARIO_LABELS[id][lang]}: ${review.casesByScenario[id]}`);
    if (review.casesUnclassified) lines.push(`  - ${t.unclassified}: ${review.casesUnclassified}`);
  } else lines.push(t.noCases);
  lines.push('');
  if (review.openFollowUps.length) {
    lines.push(t.open(review.openFollowUps.length));
    for (const r of review.openFollowUps) {
      const bits = [formatDateTime(r.dueAt, lang, tz)];
      if (r.dueAt <= now) bits.push(t.overdue);
      if (r.orderId) bits.push(`${t.order} ${r.orderId}`);
      if (r.buyerNick) bits.push(r.buyerNick);
      lines.push(`  - ${bits.join(' · ')}: ${oneLine(r.text)}`);
    }
  } else lines.push(t.noOpen);
  return lines.join('\n') + '\n';
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
