import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { shortcutPattern } from './bg-replies';
import { startExpander, typedShortcut } from './expander';
import { createPageContext } from './page-context';

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

describe('startExpander in the page', () => {
  let asked: { type: string; data: unknown }[];
  let codes: string[] | null;
  let box: HTMLTextAreaElement;
  let ctx: ReturnType<typeof createPageContext>;
  beforeEach(() => {
    asked = [];
    codes = ['thdz'];
    fakeBrowser.reset();
    // The background: answers the page script's two questions.
    fakeBrowser.runtime.onMessage.addListener(((msg: { type: string; data: unknown }) => {
      asked.push(msg);
      if (msg.type === 'shortcutPattern') return Promise.resolve(codes && shortcutPattern(';', codes));
      if (msg.type === 'expandShortcut') return Promise.resolve({ text: '亲，退货地址是云朵路8号' });
      return undefined;
    }) as never);
    box = document.createElement('textarea');
    document.body.append(box);
    ctx = createPageContext();
  });
  afterEach(() => {
    box.remove();
    (globalThis as { __aftersalesCopilotStop?: () => void }).__aftersalesCopilotStop?.();
  });

  /** Types `text` (caret at the end) and presses Space: trusted as the agent's key, or synthetic as a page's script would make it. */
  const space = (text: string, trusted: boolean) => {
    box.value = text;
    box.focus();
    box.setSelectionRange(text.length, text.length);
    const ev = new KeyboardEvent('keydown', { key: ' ', bubbles: true, cancelable: true });
    if (trusted) Object.defineProperty(ev, 'isTrusted', { value: true }); // happy-dom has no trusted events
    box.dispatchEvent(ev);
    return ev.defaultPrevented;
  };
  const expansions = () => asked.filter((m) => m.type === 'expandShortcut');

  it('expands one of the agent\'s shortcuts on a real Space', async () => {
    await startExpander(ctx)();
    expect(space('好的;thdz', true)).toBe(true);
    expect(expansions()).toHaveLength(1);
    await vi.waitFor(() => expect(box.value).toBe('好的亲，退货地址是云朵路8号'));
  });

  it.each(['$20', '¥99', '3.5', '#123', '，ok', ';zzzq'])('leaves ordinary typing alone: %j + Space is typed at once, no round trip', async (text) => {
    await startExpander(ctx)();
    expect(space(text, true)).toBe(false);
    expect(expansions()).toEqual([]);
  });

  it('ignores a synthetic Space the page dispatches after a shortcut', async () => {
    await startExpander(ctx)();
    expect(space(';thdz', false)).toBe(false);
    expect(expansions()).toEqual([]);
    expect(box.value).toBe(';thdz');
  });

  it('does nothing where expansion is off (no list from the background)', async () => {
    codes = null;
    await startExpander(ctx)();
    expect(space(';thdz', true)).toBe(false);
    expect(expansions()).toEqual([]);
  });

  it('without an answer from the background nothing is intercepted; the next refresh (a chat box focused) brings the list', async () => {
    let down = true;
    fakeBrowser.reset();
    fakeBrowser.runtime.onMessage.addListener(((msg: { type: string; data: unknown }) => {
      asked.push(msg);
      if (down) return Promise.resolve({ error: 'Could not establish connection. Receiving end does not exist.' });
      if (msg.type === 'shortcutPattern') return Promise.resolve(shortcutPattern(';', ['thdz']));
      return Promise.resolve({ text: '亲' });
    }) as never);
    const refresh = startExpander(ctx);
    await refresh();
    expect(space(';thdz', true)).toBe(false);
    down = false;
    await refresh();
    expect(space(';thdz', true)).toBe(true);
  });

  it('refresh asks for the shortcuts again (a shortcut made in the panel meanwhile works then)', async () => {
    codes = [];
    const refresh = startExpander(ctx);
    await refresh();
    expect(space(';thdz', true)).toBe(false);
    codes = ['thdz'];
    await refresh();
    expect(space(';thdz', true)).toBe(true);
    expect(asked.filter((m) => m.type === 'shortcutPattern')).toHaveLength(3); // at start, then each refresh
  });
});
