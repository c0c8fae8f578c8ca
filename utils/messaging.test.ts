import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKGROUND_RULES, onBackgroundMessages, senderOf } from './bg-messages';
import { onMessages, type BackgroundProtocol, type RawSender } from './messaging';

const ID = fakeBrowser.runtime.id;
const PANEL: RawSender = { id: ID, url: `chrome-extension://${ID}/sidepanel.html` };
const PAGE: RawSender = { id: ID, url: 'https://mms.pinduoduo.com/chat', tab: { id: 7 }, frameId: 0 };
const OTHER_EXT: RawSender = { id: 'someone-else', url: 'chrome-extension://someone-else/x.html' };

/** A well-formed request of each background message. */
const GOOD: { [K in keyof BackgroundProtocol]: BackgroundProtocol[K]['req'] } = {
  focusTab: { exclude: 3 },
  remindersChanged: undefined,
  openPage: { url: 'https://mms.pinduoduo.com/order?id=1' },
  expandShortcut: { shortcut: ';thdz' },
  shortcutPattern: undefined,
  getMapping: { host: 'mms.pinduoduo.com' },
  mappingsChanged: undefined,
};
const TYPES = Object.keys(GOOD) as (keyof BackgroundProtocol)[];

let calls: { type: string; data: unknown; from: string }[];
let stop: () => void;
beforeEach(() => {
  fakeBrowser.reset();
  calls = [];
  const handlers = Object.fromEntries(TYPES.map((t) => [t, (data: unknown, s: { from: string }) => (calls.push({ type: t, data, from: s.from }), 'ok')]));
  stop = onBackgroundMessages(handlers as never);
});
afterEach(() => stop());

/** Delivers a message to the background as Chrome would, with the sender the browser reports. */
async function deliver(type: string, data: unknown, sender: RawSender): Promise<unknown> {
  const [res] = await fakeBrowser.runtime.onMessage.trigger({ to: 'background', type, data }, sender as never);
  return res;
}

describe('background messages check the sender and the shape', () => {
  it('every message has a rule', () => {
    expect(Object.keys(BACKGROUND_RULES).sort()).toEqual([...TYPES].sort());
  });

  it.each(TYPES)('%s: accepted only from its own kind of sender', async (type) => {
    const rule = BACKGROUND_RULES[type];
    const ok = rule.from === 'extension' ? PANEL : PAGE;
    const wrong = rule.from === 'extension' ? PAGE : PANEL;
    expect(await deliver(type, GOOD[type], ok)).toBe('ok');
    expect(await deliver(type, GOOD[type], wrong)).toEqual({ error: expect.stringMatching(/^refused /) });
    expect(await deliver(type, GOOD[type], OTHER_EXT)).toEqual({ error: expect.stringMatching(/^refused /) });
    expect(await deliver(type, GOOD[type], {})).toEqual({ error: expect.stringMatching(/^refused /) });
    expect(calls.map((c) => [c.type, c.from])).toEqual([[type, rule.from]]);
  });

  it('a content script cannot open pages, re-arm reminders or follow another tab', async () => {
    for (const type of ['openPage', 'remindersChanged', 'focusTab', 'mappingsChanged'] as const) {
      expect(await deliver(type, GOOD[type], PAGE)).toEqual({ error: expect.stringContaining('only the extension') });
    }
    expect(calls).toEqual([]);
  });

  it.each([
    ['openPage', { url: 'javascript:alert(1)' }],
    ['openPage', { url: 'chrome://settings' }],
    ['openPage', { url: 'https://x/'.padEnd(5000, 'a') }],
    ['openPage', 'https://x/'],
    ['focusTab', { exclude: 'all' }],
    ['focusTab', null],
    ['remindersChanged', { all: true }],
    ['expandShortcut', { shortcut: 'x'.repeat(40), url: 'https://x/' }],
    ['expandShortcut', { shortcut: 42 }],
    ['getMapping', { host: 42 }],
    ['getMapping', ['mms.pinduoduo.com']],
    ['shortcutPattern', { codes: ['x'] }],
  ])('%s refuses malformed data %j', async (type, data) => {
    const rule = BACKGROUND_RULES[type as keyof BackgroundProtocol];
    expect(await deliver(type, data, rule.from === 'extension' ? PANEL : PAGE)).toEqual({ error: expect.stringContaining('malformed') });
    expect(calls).toEqual([]);
  });

  it('the background takes no handlers without the guard (a compile error)', () => {
    // @ts-expect-error a background registration needs a guard
    const unguarded = () => onMessages<BackgroundProtocol>('background', {});
    expect(typeof unguarded).toBe('function');
  });

  it('tells senders apart by what the browser reports', () => {
    expect(senderOf(PANEL)).toMatchObject({ from: 'extension' });
    expect(senderOf(PAGE)).toEqual({ from: 'page', tabId: 7, frameId: 0, url: PAGE.url });
    expect(senderOf({ ...PAGE, url: 'file:///x.html' }).from).toBe('other');
    expect(senderOf({ id: ID, url: 'https://x/' }).from).toBe('other'); // a page URL without a tab
    expect(senderOf(OTHER_EXT).from).toBe('other');
    expect(senderOf(undefined).from).toBe('other');
  });
});
