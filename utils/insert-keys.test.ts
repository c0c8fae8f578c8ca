import { describe, expect, it } from 'vitest';
import { insertKeyOf } from './insert-keys';

const key = (code: string, mods: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'isComposing', boolean>> = {}) =>
  insertKeyOf({ code, altKey: true, ctrlKey: false, metaKey: false, shiftKey: false, isComposing: false, ...mods });

describe('insert keys in the page', () => {
  it('reads Alt+1…Alt+5 (by key position, whatever the layout types) and nothing else', () => {
    expect([1, 2, 3, 4, 5].map((d) => key(`Digit${d}`))).toEqual([1, 2, 3, 4, 5]);
    expect(key('Digit6')).toBe(0);
    expect(key('Numpad1')).toBe(0);
    expect(key('Digit1', { altKey: false })).toBe(0);
    expect(key('Digit1', { ctrlKey: true })).toBe(0);
    expect(key('Digit1', { shiftKey: true })).toBe(0);
    expect(key('Digit1', { isComposing: true })).toBe(0);
  });
});
