import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, describe, expect, it } from 'vitest';
import { createPageContext } from './page-context';

const START = 'aftersales-copilot:start';
const stopCurrent = () => (globalThis as { __aftersalesCopilotStop?: () => void }).__aftersalesCopilotStop?.();

describe('page context', () => {
  afterEach(() => {
    stopCurrent();
    fakeBrowser.reset();
  });

  it('a page cannot switch the page script off with the start event', () => {
    const ctx = createPageContext();
    let stopped = false;
    ctx.onInvalidated(() => (stopped = true));
    let keys = 0;
    ctx.on(document, 'keydown', () => keys++);
    // What any page can run: the old code stopped on any detail but its own.
    for (const detail of [1, 'x', undefined, null, { id: 1 }]) window.dispatchEvent(new CustomEvent(START, { detail }));
    expect(stopped).toBe(false);
    expect(ctx.isInvalid).toBe(false);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    expect(keys).toBe(1);
  });

  it('a newer instance in the same world stops the older one', () => {
    const older = createPageContext();
    let keys = 0;
    older.on(document, 'keydown', () => keys++);
    const newer = createPageContext();
    expect(older.isInvalid).toBe(true);
    expect(newer.isInvalid).toBe(false);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    expect(keys).toBe(0);
  });

  it('after an extension update the old instance (its runtime gone) stops at its next check', () => {
    const older = createPageContext();
    let stopped = false;
    older.onInvalidated(() => (stopped = true));
    (fakeBrowser.runtime as { id?: string }).id = undefined; // what an orphaned content script sees
    expect(older.isInvalid).toBe(true);
    expect(stopped).toBe(true);
  });
});
