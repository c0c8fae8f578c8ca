import { describe, expect, it } from 'vitest';
import { decodeWeights, WEIGHT_MAX } from '../../lib/classify/model';
import { codeLengths, encodeWeights } from './huffman';

/** Deterministic weights, most of them small as the trained ones are. */
function weights(n: number, seed: number): Int8Array {
  const out = new Int8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    const u = x / 2 ** 31;
    out[i] = Math.max(-WEIGHT_MAX, Math.min(WEIGHT_MAX, Math.round((u - 0.5) ** 3 * 60)));
  }
  return out;
}

describe('Huffman-coded model weights', () => {
  it('decodes what it encodes: skewed levels, one level only, every level', () => {
    const cases = [weights(5000, 1), new Int8Array(37), Int8Array.from({ length: 300 }, (_, i) => (i % 15) - WEIGHT_MAX)];
    for (const q of cases) {
      const { lengths, bits } = encodeWeights(q);
      expect(decodeWeights(lengths, bits, q.length)).toEqual(q);
    }
  });

  it('gives frequent levels the short codes and beats a fixed 4 bits on skewed weights', () => {
    const q = weights(20000, 7);
    const { lengths, bits } = encodeWeights(q);
    const len = Array.from(lengths, (c) => parseInt(c, 36));
    expect(len[WEIGHT_MAX]).toBe(Math.min(...len.filter((l) => l > 0))); // 0 is the most frequent level
    expect((bits.length * 6) / 8).toBeLessThan(q.length / 2);
    // Kraft: a complete prefix code.
    expect(len.filter((l) => l > 0).reduce((s, l) => s + 2 ** -l, 0)).toBe(1);
  });

  it('refuses bits that end before the weights do', () => {
    const q = weights(1000, 3);
    const { lengths, bits } = encodeWeights(q);
    expect(() => decodeWeights(lengths, bits.slice(0, 40), q.length)).toThrow(/bad code/);
  });

  it('code lengths follow the counts', () => {
    expect(codeLengths([0, 5, 0])).toEqual([0, 1, 0]);
    expect(codeLengths([8, 4, 2, 2])).toEqual([1, 2, 3, 3]);
  });
});
