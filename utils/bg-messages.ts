/**
 * The background's side of the message protocol: who may send each message and what shape its data
 * must have, checked before any handler runs. A content script can be driven by the page it runs in,
 * so it must not send the panel's messages, and the panel's messages cannot come from a page.
 * Kept out of utils/messaging.ts so the page scripts do not carry it.
 */
import { browser } from 'wxt/browser';
import { onMessages, type BackgroundProtocol, type Guard, type Handlers, type RawSender, type Sender } from './messaging';

/** Classifies a runtime.onMessage sender (see Sender). */
export function senderOf(s: RawSender | undefined): Sender {
  const own = browser.runtime.id;
  if (!s || !own || s.id !== own) return { from: 'other' };
  const out: Sender = { from: 'other', tabId: s.tab?.id, frameId: s.frameId, url: s.url };
  if (typeof s.url === 'string' && s.url.startsWith(browser.runtime.getURL('/' as never))) out.from = 'extension';
  else if (out.tabId !== undefined && typeof s.url === 'string' && /^https?:\/\//i.test(s.url)) out.from = 'page';
  return out;
}

const isObj = (d: unknown): d is Record<string, unknown> => typeof d === 'object' && d !== null && !Array.isArray(d);
const noData = (d: unknown) => d === undefined || d === null;
const text = (x: unknown, max: number): x is string => typeof x === 'string' && x.length <= max;

/** Who may send each background message and the shape its data must have. A new message needs a rule (compile error). */
export const BACKGROUND_RULES: { readonly [K in keyof BackgroundProtocol]: { from: 'extension' | 'page'; valid(data: unknown): boolean } } = {
  focusTab: { from: 'extension', valid: (d) => isObj(d) && (d.exclude === undefined || Number.isSafeInteger(d.exclude)) },
  remindersChanged: { from: 'extension', valid: noData },
  openPage: { from: 'extension', valid: (d) => isObj(d) && text(d.url, 4096) && /^https?:\/\//i.test(d.url) },
  expandShortcut: { from: 'page', valid: (d) => isObj(d) && text(d.shortcut, 16) },
  shortcutPattern: { from: 'page', valid: noData },
  getMapping: { from: 'page', valid: (d) => isObj(d) && text(d.host, 253) },
  mappingsChanged: { from: 'extension', valid: noData },
};

/** The background's guard: the sender as classified; throws why a message is refused. */
export const backgroundGuard: Guard = (type, data, raw) => {
  const refuse = (why: string): never => {
    throw new Error(`refused ${type}: ${why}`);
  };
  const rule = Object.hasOwn(BACKGROUND_RULES, type) ? BACKGROUND_RULES[type as keyof BackgroundProtocol] : refuse('unknown message');
  const sender = senderOf(raw);
  if (sender.from !== rule.from) refuse(`only ${rule.from === 'extension' ? "the extension's own pages" : 'page scripts in a tab'} may send it`);
  if (!rule.valid(data)) refuse('malformed data');
  return sender;
};

/** Registers background handlers behind backgroundGuard (the only way the background takes messages). */
export function onBackgroundMessages(handlers: Handlers<BackgroundProtocol>): () => void {
  return onMessages<BackgroundProtocol>('background', handlers, backgroundGuard);
}
