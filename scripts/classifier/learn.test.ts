import { describe, expect, it } from 'vitest';
import { infoGain } from './learn';

describe('information gain of a feature (how the shipped features are chosen)', () => {
  // Four texts, two classes. Feature 0 is in exactly the class-1 texts, feature 1 in every text,
  // feature 2 in one text of each class, feature 3 in one class-1 text only.
  const d = { X: [[1, 2], [1], [0, 1, 2, 3], [0, 1]], Y: [0, 0, 1, 1] };
  const g = infoGain(d, 4, 2);

  it('gives a feature that names the class the whole entropy, and one that says nothing none', () => {
    expect(g[0]).toBeCloseTo(1, 10);
    expect(g[1]).toBe(0);
    expect(g[2]).toBeCloseTo(0, 10);
  });

  it('ranks a common telling feature above a rare one', () => {
    // Feature 3 is in one text: knowing it is there settles that text's class, but most texts lack it.
    expect(g[3]).toBeGreaterThan(0);
    expect(g[3]).toBeLessThan(g[0]);
    // H(class) − P(r)·0 − P(¬r)·H(2 of class 0, 1 of class 1) = 1 − 0.75 · 0.918…
    expect(g[3]).toBeCloseTo(1 - 0.75 * (-(2 / 3) * Math.log2(2 / 3) - (1 / 3) * Math.log2(1 / 3)), 10);
  });
});
