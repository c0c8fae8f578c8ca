/**
 * Pure helpers of the reminder UI: reading the agent's time words (with second offsets on top of
 * lib/time, for quick tests and "in 30 seconds" checks), the after-sales deadline the page shows,
 * and the default text of a new reminder.
 */
import { stepTimeLeft, type Step } from './playbook';
import { SCENARIO_LABELS, type ScenarioId } from './scenarios';
import type { PageSnapshot } from './snapshot';
import { parseWhen } from './time/parse';
import type { Lang } from './i18n';


export interface ReadTime {
  at: Date;
  /** True when the time has already passed (the UI refuses to save it). */
  past: boolean;
}

// "10秒后", "十秒钟之后", "in 10 seconds", "10 sec", "10s later": lib/time works to the minute.
const ZH_SECONDS = /^\s*(\d{1,4}|[一二两三四五六七八九十]{1,3})\s*秒(?:钟)?\s*(?:之)?后\s*$/;
const EN_SECONDS = /^\s*(?:in\s+)?(\d{1,4})\s*(?:s|secs?|seconds?)\s*(?:later|from now)?\s*$/i;
const ZH_NUM: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

function zhNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  const [a, b] = s.split('十');
  if (b === undefined) return ZH_NUM[a] ?? NaN;
  return (a ? ZH_NUM[a] ?? NaN : 1) * 10 + (b ? ZH_NUM[b] ?? NaN : 0);
}

/** Reads a reminder time from the agent's words ("明天上午10点", "in 2 hours", "30秒后"); null when no time is named. */
export function readTime(text: string, lang: Lang, now: Date, timeZone?: string): ReadTime | null {
  const s = text.trim();
  if (!s) return null;
  const m = ZH_SECONDS.exec(s) ?? EN_SECONDS.exec(s);
  if (m) {
    const n = zhNumber(m[1]);
    if (!Number.isFinite(n) || n <= 0) return null;
    return { at: new Date(now.getTime() + n * 1000), past: false };
  }
  const p = parseWhen(s, { now, lang, timeZone });
  if (!p) return null;
  return { at: p.at, past: p.past || p.at.getTime() <= now.getTime() };
}

/**
 * The nearest platform deadline the seller faces on this page (from the situation's steps and the
 * start time the page shows), or undefined when the page does not show when the clock started.
 */
export function pageDeadline(snap: PageSnapshot, steps: readonly Step[], now: number): Date | undefined {
  let best: Date | undefined;
  for (const step of steps) {
    if (step.actor !== 'seller') continue;
    const t = stepTimeLeft(step, snap, now);
    if (t && t.msLeft > 0 && (!best || t.dueAt < best)) best = t.dueAt;
  }
  return best;
}

/** The default text of a new reminder: what to follow up, from the situation, with the order or buyer. */
export function defaultReminderText(snap: PageSnapshot, scenario: ScenarioId | null, lang: Lang): string {
  const top = scenario;
  const what = top && top !== 'other' ? SCENARIO_LABELS[top][lang] : '';
  const who = snap.orderId ? (lang === 'zh' ? `订单 ${snap.orderId}` : `order ${snap.orderId}`) : snap.buyer?.nick ?? '';
  if (lang === 'zh') return `跟进${what ? `「${what}」` : ''}${who ? `：${who}` : ''}`;
  return `Follow up${what ? ` on ${what.toLowerCase()}` : ''}${who ? `: ${who}` : ''}`;
}
