import { describe, expect, it } from 'vitest';
import { nextSteps } from './steps';
import { applyTicks, progress, tickKey } from './ticks';

const steps = nextSteps({ scenarios: [{ id: 'return_refund', score: 1 }], state: 'returned', risk: { flags: [] } }, 'en');

describe('ticks', () => {
  it('tickKey joins order key and step id the way the Dexie table expects', () => {
    expect(tickKey('pinduoduo:241118-083155271036412', 'return.inspect')).toBe('pinduoduo:241118-083155271036412|return.inspect');
  });

  it('applyTicks marks steps from a list, the last tick of a step winning', () => {
    const got = applyTicks(steps, [
      { stepId: 'return.confirm_receipt', done: true },
      { stepId: 'return.inspect', done: true },
      { stepId: 'return.inspect', done: false },
      { stepId: 'gone.step', done: true },
    ]);
    expect(got.map((s) => [s.id, s.done])).toEqual(steps.map((s) => [s.id, s.id === 'return.confirm_receipt']));
    expect(progress(got)).toEqual({ done: 1, total: steps.length });
    // The input steps are not mutated.
    expect('done' in steps[0]).toBe(false);
  });

  it('applyTicks accepts a map of step id → done', () => {
    const got = applyTicks(steps, { 'return.refund': true, 'return.inspect': false });
    expect(got.filter((s) => s.done).map((s) => s.id)).toEqual(['return.refund']);
  });
});
