/** Next steps, platform deadlines, service timers and ticks: the public surface of lib/playbook. */
export * from './types';
export { nextSteps, stepById, caseFamily, STEP_IDS, type StepId } from './steps';
export {
  DEFAULT_DEADLINES, mergeDeadlines, parseDeadlineOverrides, deadlineHours, timeLeft, deadlineLevel, formatTimeLeft,
  stateSince, stateNotice, paidSince, dueSince, stepTimeLeft, describeDue, DEADLINE_LABELS,
  type DeadlineTable, type DeadlineRow, type DeadlineOverrides, type DeadlineLevel, type TimeLeft, type OverridesResult, type DueDescription,
} from './deadlines';
export { serviceTimers, timerLevel, isHumanAnswer, DEFAULT_TIMER_LIMITS, type ServiceTimers, type TimerLimits, type TimerLevel } from './timers';
export { formatDuration } from './duration';
export { tickKey, applyTicks, progress, type TickedStep } from './ticks';
