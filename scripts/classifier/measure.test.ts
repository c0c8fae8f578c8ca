import { describe, expect, it } from 'vitest';
import { SEED, trainArgs } from '../train-classifier';
import { measure, report } from './measure';
import type { LabelledCase } from '../../lib/classify/metrics';

describe('experiments: training from another seed, and measuring models side by side', () => {
  it('trains the shipped model unless a seed or an output file is given', () => {
    expect(trainArgs([])).toEqual({ seed: SEED });
    expect(trainArgs(['--seed', '17', '--out', 'runs/a.json'])).toEqual({ seed: 17, out: 'runs/a.json' });
    expect(() => trainArgs(['--seed'])).toThrow(/needs a value/);
    expect(() => trainArgs(['--seed', 'x'])).toThrow(/whole number/);
    expect(() => trainArgs(['--out', '--seed', '3'])).toThrow(/needs a value/);
  });

  it('measures a model on each set and prints each model and the means', () => {
    const cases: LabelledCase[] = [
      { id: '1', messages: ['发票抬头写错了，能重开吗'], primary: 'invoice', labels: ['invoice'], risk: false, sentiment: 'calm' },
      { id: '2', messages: ['发票抬头写错了，能重开吗'], primary: 'exchange', labels: ['exchange'], risk: false, sentiment: 'angry' },
    ];
    const [shipped] = measure(['shipped'], new Map([['validation', cases]]));
    expect(shipped.sets.get('validation')).toMatchObject({ top1: 50, sentiment: 50 });
    const other = { name: 'other', sets: new Map([['a', { top1: 70, top3: 90, sentiment: 80, riskF1: 0.5 }], ['validation', { top1: 60, top3: 80, sentiment: 70, riskF1: 0.4 }]]) };
    const first = { name: 'first', sets: new Map([['a', { top1: 80, top3: 95, sentiment: 85, riskF1: 0.7 }], ['validation', { top1: 50, top3: 90, sentiment: 60, riskF1: 0.6 }]]) };
    const lines = report([first, other], ['a']);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^first · public top-1 80\.00 \[a 80\.00\] top-3 95\.00 mood 85\.00 · validation top-1 50\.00/);
    expect(lines[2]).toMatch(/^mean of 2 · public top-1 75\.00 .* validation top-1 55\.00 top-3 85\.00 mood 65\.00 risk F1 0\.500$/);
  });
});
