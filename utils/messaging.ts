/**
 * The one typed message protocol. One map per receiving context; the compiler checks both ends.
 * No other file calls runtime.sendMessage / tabs.sendMessage.
 */
import { browser } from 'wxt/browser';
import type { InsertResult } from '../lib/insert/insert';
import type { PageSnapshot } from '../lib/snapshot';
import type { SnapshotDelta } from '../lib/snapshot-delta';

/** Messages the content script answers (sent by the panel to one tab). */
export interface ContentProtocol {
  readPage: { req: void; res: PageSnapshot };
  insertText: { req: { text: string }; res: InsertResult };
  /** Starts pick mode for mapping an unknown site (answered by picker.js): the pick, or null on Esc/cancel. */
  pickField: { req: { field: string; label: string }; res: { selector: string; text: string; extra?: Record<string, string> } | null };
  /** Ends pick mode without a pick (the agent skipped or closed the mapping). */
  cancelPick: { req: void; res: void };
  /** The agent saved a fix for this site: read its fields again and re-read the page. */
  mappingChanged: { req: void; res: boolean };
}

/** Messages the background answers (sent by content scripts and the panel). */
export interface BackgroundProtocol {
  /** The panel asks for the tab it should follow. */
  focusTab: { req: { exclude?: number }; res: { tabId: number; url?: string } | null };
  /** Re-arm the reminder alarm after the panel changed reminders. */
  remindersChanged: { req: void; res: void };
  /** Focus a tab showing this page (reminder / note link), else open it. */
  openPage: { req: { url: string }; res: void };
  /** In-page expansion: the content script asks for a script by its shortcut (for the page the browser says it is on). */
  expandShortcut: { req: { shortcut: string }; res: { text: string } | null };
  /** In-page expansion: the pattern of the agent's shortcuts as typed on the sending page (a RegExp source; null: expansion off there). */
  shortcutPattern: { req: void; res: string | null };
  /** A mapped site's page script asks for its host's mapping (only its own host is answered). */
  getMapping: { req: { host: string }; res: { fields: Record<string, string> } | null };
  /** The panel saved or deleted a site mapping: re-sync the dynamic page-script registrations. */
  mappingsChanged: { req: void; res: void };
}

/** Messages the side panel answers (sent by content scripts of the tab it follows). */
export interface PanelProtocol {
  /**
   * Alt+1…5 pressed with the caret in the page's chat box (utils/insert-keys): the panel inserts its
   * n-th suggestion there, as if pressed in the panel. True when it did (or asked for missing values).
   */
  insertNth: { req: { n: number }; res: boolean };
}

/**
 * Who sent a message, from what the browser reports (never from the message itself): 'extension' for
 * this extension's own pages (the side panel), 'page' for its content scripts in a web page's tab,
 * 'other' for anything else (another extension, an unexpected context).
 */
export interface Sender {
  from: 'extension' | 'page' | 'other';
  tabId?: number;
  frameId?: number;
  /** The sending document's URL: the page's address, or the extension page's. */
  url?: string;
}

/** The sender fields of runtime.onMessage that the guards read. */
export interface RawSender {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/**
 * Decides whether a message may reach its handler: returns the Sender to hand it, or throws (the error
 * is the answer). The background's guard (utils/bg-messages.ts) lives apart so the page scripts do not carry it.
 */
export type Guard = (type: string, data: unknown, raw: RawSender | undefined) => Sender;

type Envelope<P, K extends keyof P = keyof P> = { to: string; type: K; data: P[K] extends { req: infer R } ? R : never };
/** The handlers of one context; background handlers get the checked Sender, content handlers nothing. */
export type Handlers<P, S = Sender> = { [K in keyof P]?: (data: P[K] extends { req: infer R } ? R : never, sender: S) => Promise<P[K] extends { res: infer S } ? S : never> | (P[K] extends { res: infer S } ? S : never) };

/** Sends a message to the content script of one frame of a tab (the top frame by default). */
export async function sendToContent<K extends keyof ContentProtocol>(tabId: number, type: K, data: ContentProtocol[K]['req'], frameId = 0): Promise<ContentProtocol[K]['res']> {
  const res = await browser.tabs.sendMessage(tabId, { to: 'content', type, data }, { frameId });
  return unwrap(res);
}

/** Sends a message to the side panel (from a content script; rejects when no panel is open). */
export async function sendToPanel<K extends keyof PanelProtocol>(type: K, data: PanelProtocol[K]['req']): Promise<PanelProtocol[K]['res']> {
  const res = await browser.runtime.sendMessage({ to: 'panel', type, data });
  return unwrap(res);
}

/** Sends a message to the background service worker. */
export async function sendToBackground<K extends keyof BackgroundProtocol>(type: K, data: BackgroundProtocol[K]['req']): Promise<BackgroundProtocol[K]['res']> {
  const res = await browser.runtime.sendMessage({ to: 'background', type, data });
  return unwrap(res);
}

/** The port a content script pushes its page's snapshots on (deltas: lib/snapshot-delta.ts). */
const SNAPSHOTS = 'snapshots';

/**
 * A content script's sender of snapshot deltas, over one port it opens when first needed. `lost` runs
 * when the port is gone (a stopped or updated service worker): the background then holds nothing of
 * this page, so the caller starts again from a whole snapshot.
 */
export function snapshotSender(lost: () => void): (d: SnapshotDelta) => void {
  let port: ReturnType<typeof browser.runtime.connect> | undefined;
  return (d) => {
    try {
      if (!port) {
        const p = (port = browser.runtime.connect({ name: SNAPSHOTS }));
        p.onDisconnect.addListener(() => {
          if (port === p) (port = undefined), lost();
        });
      }
      port.postMessage(d);
    } catch {
      port = undefined;
      lost();
    }
  };
}

/**
 * The background's end: for each page's port (one per frame the page script runs in), `open(tabId,
 * frameId)` gives the handler of its deltas, in order, and what to do when the frame is gone.
 */
export function onSnapshots(open: (tabId: number, frameId: number) => { delta: (d: SnapshotDelta) => void; gone: () => void }): void {
  browser.runtime.onConnect.addListener((port) => {
    const tabId = port.sender?.tab?.id;
    if (port.name !== SNAPSHOTS || tabId === undefined) return;
    const h = open(tabId, port.sender?.frameId ?? 0);
    port.onMessage.addListener(h.delta as never);
    port.onDisconnect.addListener(h.gone);
  });
}

function unwrap<T>(res: unknown): T {
  if (res && typeof res === 'object' && 'error' in res && Object.keys(res).length === 1) throw new Error(String((res as { error: unknown }).error));
  return res as T;
}

/**
 * Registers the handlers of one receiving context. Works with real Chrome (sendResponse + return true)
 * and with WXT's fake browser (returned Promise) — stack.md pitfall 7. A message the guard refuses (it
 * throws) is answered with the error and never reaches its handler. The background must pass a guard (it
 * registers through onBackgroundMessages, utils/bg-messages.ts, which checks each message's sender and
 * shape); a content script needs none: only this extension can message it (tabs.sendMessage).
 */
export function onMessages<P>(to: 'content', handlers: Handlers<P, undefined>): () => void;
export function onMessages<P>(to: 'background' | 'panel', handlers: Handlers<P>, guard: Guard): () => void;
export function onMessages<P>(to: 'content' | 'background' | 'panel', handlers: Handlers<P, never>, guard?: Guard): () => void {
  const listener = (msg: unknown, raw: RawSender, sendResponse?: (r: unknown) => void): true | Promise<unknown> | undefined => {
    const m = msg as Envelope<P>;
    if (!m || m.to !== to) return undefined;
    const h = handlers[m.type] as ((d: unknown, s?: Sender) => unknown) | undefined;
    if (!h) return undefined;
    const p = Promise.resolve().then(() => h(m.data, guard && guard(String(m.type), m.data, raw)));
    const safe = p.then((r) => r ?? null, (e) => ({ error: e instanceof Error ? e.message : String(e) }));
    if (typeof sendResponse !== 'function') return safe;
    safe.then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}
