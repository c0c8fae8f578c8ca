import { describe, expect, it } from 'vitest';
import { numeral } from './numerals';

describe('numeral', () => {
  it.each([
    ['三', 3], ['两', 2], ['十', 10], ['十一', 11], ['二十', 20], ['二十三', 23], ['三十一', 31], ['零', 0], ['12', 12], ['07', 7],
  ] as const)('%s → %d', (s, n) => expect(numeral(s)).toBe(n));
  it.each(['二三', '十十', '', 'abc'])('%j is not a number', (s) => expect(numeral(s)).toBeNaN());
});
