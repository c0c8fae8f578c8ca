/**
 * Service timers from the chat's own timestamps: how long the buyer has been waiting for a human
 * answer, and how old the case is, against the shop's service standards (first response 30 s,
 * resolution 2 h by default: shared/spec/domain.md).
 */
import type { ChatMessage } from '../snapshot';
import { AUTO_REPLY_PREFIX } from '../auto-reply';

export { formatDuration } from './duration';

export type TimerLevel = 'green' | 'amber' | 'red';

export interface TimerLimits {
  /** The buyer should get a human answer within this many seconds. */
  firstResponseSec: number;
  /** A normal issue should be closed within this many minutes of the buyer's first message. */
  resolutionMin: number;
  /**
   * Silence longer than this (hours) ends a case: the next buyer message opens a new one, so a chat
   * that ran over several days does not count as one endless case.
   */
  caseGapHours: number;
}

export const DEFAULT_TIMER_LIMITS: Readonly<TimerLimits> = Object.freeze({
  firstResponseSec: 30,
  resolutionMin: 120,
  caseGapHours: 24,
});

export interface ServiceTimers {
  /** Since the oldest buyer message after the last human answer; null when nothing is waiting. */
  waiting: { since: Date; seconds: number; level: TimerLevel } | null;
  /** Since the first buyer message of the current case; null without a timed buyer message. */
  caseAge: { since: Date; minutes: number; level: TimerLevel } | null;
}

/** Amber from half the limit, red from the limit on. */
export function timerLevel(value: number, limit: number): TimerLevel {
  if (value >= limit) return 'red';
  if (value >= limit / 2) return 'amber';
  return 'green';
}

/**
 * Bots and auto-replies do not answer anyone: page readers record them as `system`, and some shops'
 * auto-replies still come through as seller messages with a tell-tale prefix (lib/auto-reply.ts).
 */
/** True when a message is a real answer from a person on the shop's side. */
export function isHumanAnswer(m: ChatMessage): boolean {
  return m.role === 'seller' && !AUTO_REPLY_PREFIX.test(m.text);
}

/** Waiting time and case age from the messages (oldest first) at `now`, against the given limits. */
export function serviceTimers(
  messages: readonly ChatMessage[],
  now: Date | number,
  limits: Partial<TimerLimits> = {},
): ServiceTimers {
  const lim = sanitiseLimits(limits);
  const nowMs = typeof now === 'number' ? now : now.getTime();

  let lastAnswer = -1;
  messages.forEach((m, i) => {
    if (isHumanAnswer(m)) lastAnswer = i;
  });
  // Timeless messages cannot be measured; the oldest *timed* unanswered one is the best we know.
  const waitingSince = firstTime(messages.slice(lastAnswer + 1).filter((m) => m.role === 'buyer'));
  const waiting = waitingSince
    ? (() => {
        const seconds = Math.max(0, Math.floor((nowMs - waitingSince.getTime()) / 1000));
        return { since: waitingSince, seconds, level: timerLevel(seconds, lim.firstResponseSec) };
      })()
    : null;

  const caseStart = caseStartTime(messages, lim.caseGapHours * 3600_000);
  const caseAge = caseStart
    ? (() => {
        const minutes = Math.max(0, Math.floor((nowMs - caseStart.getTime()) / 60_000));
        return { since: caseStart, minutes, level: timerLevel(minutes, lim.resolutionMin) };
      })()
    : null;

  return { waiting, caseAge };
}

/** The first buyer message after the last long silence (or the first one at all). */
function caseStartTime(messages: readonly ChatMessage[], gapMs: number): Date | undefined {
  let start: Date | undefined;
  let prev: number | undefined;
  let newCase = true;
  for (const m of messages) {
    const t = parseTime(m.time);
    if (!t) continue;
    if (prev !== undefined && t.getTime() - prev > gapMs) newCase = true;
    prev = t.getTime();
    if (newCase && m.role === 'buyer') {
      start = t;
      newCase = false;
    }
  }
  return start;
}

function firstTime(messages: readonly ChatMessage[]): Date | undefined {
  for (const m of messages) {
    const t = parseTime(m.time);
    if (t) return t;
  }
  return undefined;
}

function parseTime(iso: string | undefined): Date | undefined {
  if (!iso) return undefined;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** Settings come from storage: a missing, zero or nonsensical limit falls back to the standard one. */
function sanitiseLimits(limits: Partial<TimerLimits>): TimerLimits {
  const pick = (v: number | undefined, d: number) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : d);
  return {
    firstResponseSec: pick(limits.firstResponseSec, DEFAULT_TIMER_LIMITS.firstResponseSec),
    resolutionMin: pick(limits.resolutionMin, DEFAULT_TIMER_LIMITS.resolutionMin),
    caseGapHours: pick(limits.caseGapHours, DEFAULT_TIMER_LIMITS.caseGapHours),
  };
}
