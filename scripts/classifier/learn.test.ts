import { describe, expect, it } from 'vitest';
import { infoGain, logits, ranked, softmax, trainNet, trainSoftmax, type Learned } from './learn';

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

  describe('distilled from teacher nets', () => {
    // "0" or "1" names class 0, "2" class 1, and "3" is in every text.
    const X: number[][] = [], Y: number[] = [];
    for (let i = 0; i < 30; i++) {
      X.push([0, 3], [1, 3], [2, 3]);
      Y.push(0, 0, 1);
    }
    const base = { H: 8, epochs: 30, lr: 0.1, l2: 0, seed: 7, floor: 1, drop: 0.2 };
    const probs = (m: Learned, xs: number[]) => softmax(logits(m, xs));
    it('learns the label alone when the label weighs 1, and its logits are then multiplied by the sharpening', () => {
      const plain = trainNet({ X, Y }, 4, 2, base);
      const own = trainNet({ X, Y }, 4, 2, { ...base, teachers: { count: 2, alpha: 1, T: 2, sharpen: 1 } });
      expect(Array.from(own.W)).toEqual(Array.from(plain.W));
      const sharp = trainNet({ X, Y }, 4, 2, { ...base, teachers: { count: 2, alpha: 1, T: 2, sharpen: 1.5 } });
      for (const xs of [[0, 3], [2, 3], [3]]) {
        const [a, b] = [logits(plain, xs), logits(sharp, xs)];
        expect(b[0] - b[1]).toBeCloseTo(1.5 * (a[0] - a[1]), 6);
      }
    });
    it('follows the teachers\' reading at their temperature when the label weighs 0', () => {
      // At temperature 1 the teachers are sure, and so is the student; at 50 their readings are near even, and so are the student's.
      const sure = trainNet({ X, Y }, 4, 2, { ...base, teachers: { count: 2, alpha: 0, T: 1, sharpen: 1 } });
      const even = trainNet({ X, Y }, 4, 2, { ...base, teachers: { count: 2, alpha: 0, T: 50, sharpen: 1 } });
      for (const [xs, y] of [[[0, 3], 0], [[1, 3], 0], [[2, 3], 1]] as const) {
        expect(probs(sure, [...xs])[y]).toBeGreaterThan(0.9);
        expect(Math.abs(probs(even, [...xs])[y] - 0.5)).toBeLessThan(0.1);
      }
    });
  });
});
