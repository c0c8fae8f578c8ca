import { beforeEach, describe, expect, it } from 'vitest';
import { applyTicks } from '../playbook/ticks';
import { nextSteps } from '../playbook/steps';
import { CopilotDb } from './schema';
import { clearTicks, setTick, ticksFor } from './ticks';

const ORDER = 'pinduoduo:241118-083155271036412';
const OTHER = 'taobao:3668803670628269143';

describe('ticks in Dexie', () => {
  let db: CopilotDb;
  beforeEach(async () => {
    db = new CopilotDb(`ticks-test-${Math.random()}`);
    await db.open();
  });

  it('stores ticks per order under `${orderKey}|${stepId}`', async () => {
    await setTick(db, ORDER, 'return.inspect', true, 10);
    await setTick(db, ORDER, 'return.confirm_receipt', true, 5);
    await setTick(db, OTHER, 'return.inspect', true, 7);
    const rows = await ticksFor(db, ORDER);
    expect(rows.map((r) => [r.key, r.done, r.at])).toEqual([
      [`${ORDER}|return.confirm_receipt`, true, 5],
      [`${ORDER}|return.inspect`, true, 10],
    ]);
    expect((await ticksFor(db, OTHER)).map((r) => r.stepId)).toEqual(['return.inspect']);
  });

  it('unticking overwrites the same row with done: false', async () => {
    await setTick(db, ORDER, 'return.refund', true, 1);
    await setTick(db, ORDER, 'return.refund', false, 2);
    const rows = await ticksFor(db, ORDER);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ stepId: 'return.refund', done: false, at: 2 });
  });

  it('round-trips with applyTicks for the panel', async () => {
    const steps = nextSteps({ scenarios: [{ id: 'return_refund', score: 1 }], state: 'returned', risk: { flags: [] } });
    await setTick(db, ORDER, steps[1].id, true);
    const ticked = applyTicks(steps, await ticksFor(db, ORDER));
    expect(ticked.map((s) => s.done)).toEqual(steps.map((_, i) => i === 1));
  });

  it('rejects an empty order key or step id, and clears one order only', async () => {
    await expect(setTick(db, '  ', 'return.refund', true)).rejects.toThrow('empty order key');
    await expect(setTick(db, ORDER, '', true)).rejects.toThrow('empty step id');
    await setTick(db, ORDER, 'a.b', true);
    await setTick(db, ORDER, 'c.d', true);
    await setTick(db, OTHER, 'a.b', true);
    expect(await clearTicks(db, ORDER)).toBe(2);
    expect(await ticksFor(db, ORDER)).toEqual([]);
    expect(await ticksFor(db, OTHER)).toHaveLength(1);
  });
});
