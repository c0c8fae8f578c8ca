/** Ticks on next steps, kept per order: pure helpers shared by the panel and lib/db/ticks.ts. */
import type { Step } from './types';

/** The Dexie key of one tick: `${orderKey}|${stepId}`. */
export function tickKey(orderKey: string, stepId: string): string {
  return `${orderKey}|${stepId}`;
}

export type TickedStep = Step & { done: boolean };

/**
 * Marks each step done or not from stored ticks (a list of `{stepId, done}` or a map stepId → done).
 * Ticks of steps no longer in the list are ignored; they come back if the step does.
 */
export function applyTicks(
  steps: readonly Step[],
  ticks: Iterable<{ stepId: string; done: boolean }> | Readonly<Record<string, boolean>>,
): TickedStep[] {
  const done = new Map<string, boolean>();
  if (isIterable(ticks)) for (const t of ticks) done.set(t.stepId, t.done);
  else for (const [id, d] of Object.entries(ticks)) done.set(id, d);
  return steps.map((s) => ({ ...s, done: done.get(s.id) === true }));
}

/** How many steps are done, for the "2/5" badge. */
export function progress(steps: readonly { done: boolean }[]): { done: number; total: number } {
  return { done: steps.filter((s) => s.done).length, total: steps.length };
}

function isIterable<T>(x: unknown): x is Iterable<T> {
  return typeof x === 'object' && x !== null && typeof (x as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function';
}
