import { describe, expect, it } from 'vitest';
import { typedShortcut } from './expander';

describe('typedShortcut', () => {
  it.each([
    ['好的;thdz', ';thdz'],
    [';tk', ';tk'],
    ['亲，；thdz', '，；thdz'],
    ['see //abc12', '//abc12'],
    ['thdz', null],
    ['; thdz', null],
    [';thdz ', null],
    [';abcdefghijklm', null],
    ['', null],
  ])('%j → %j', (before, want) => {
    expect(typedShortcut(before)).toBe(want);
  });
});
