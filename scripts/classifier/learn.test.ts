import { describe, expect, it } from 'vitest';
import { infoGain, logits, ranked, trainNet, trainSoftmax, type Learned } from './learn';

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

describe('the scenario head\'s net (trainNet)', () => {
  it('learns what one weight per class cannot: two words that each mean one thing and together another', () => {
    // Row 3 is in every text (like a common word); "0" alone or "1" alone is class 0, both or neither class 1.
    const X: number[][] = [], Y: number[] = [];
    for (let i = 0; i < 50; i++) {
      X.push([0, 3], [1, 3], [0, 1, 3], [3]);
      Y.push(0, 0, 1, 1);
    }
    const texts = [[0, 3], [1, 3], [0, 1, 3], [3]];
    const read = (m: Learned) => texts.map((xs) => ranked(logits(m, xs))[0]);
    const net = trainNet({ X, Y }, 4, 2, { H: 16, epochs: 200, lr: 0.1, l2: 0, seed: 7, floor: 1, drop: 0 });
    expect(read(net)).toEqual([0, 0, 1, 1]);
    expect(read(trainSoftmax({ X, Y }, 4, 2, { epochs: 200, lr: 0.5, l2: 0, seed: 7 }))).not.toEqual([0, 0, 1, 1]);
  });
});
