/**
 * Per-tab snapshots and the tab the panel follows, kept in storage.session so they survive a stopped
 * service worker (but not a browser restart, when every page is read again anyway).
 */
import { browser } from 'wxt/browser';
import type { PageSnapshot } from '../lib/snapshot';

const SNAP = 'snap:';
const RECENT = 'recentTabs';

/** The storage key of a tab's snapshot. */
export const snapKey = (tabId: number) => `${SNAP}${tabId}`;
export const RECENT_KEY = RECENT;

/** A tab's snapshot as stored: when it was read, and in which frame (the one the panel inserts into). */
export type StoredSnapshot = PageSnapshot & { readAt: number; frameId?: number };

/** Stores the snapshot a tab's content script just read (in frame `frameId`, the followed one). */
export async function saveSnapshot(tabId: number, snapshot: PageSnapshot, frameId = 0): Promise<void> {
  const stored: StoredSnapshot = { ...snapshot, readAt: Date.now(), ...(frameId ? { frameId } : {}) };
  await browser.storage.session.set({ [snapKey(tabId)]: stored });
}

/** The last snapshot of a tab, if its content script has read one. */
export async function loadSnapshot(tabId: number): Promise<StoredSnapshot | undefined> {
  const r = await browser.storage.session.get(snapKey(tabId));
  return r[snapKey(tabId)] as StoredSnapshot | undefined;
}

// The recent list is read, changed and written back. Two changes at once (a tab activated while its
// window gains focus, a tab closed meanwhile) would each write their own copy and one would be lost,
// leaving the panel on the previous tab: changes run one at a time, in the order they were asked for.
let recentQueue: Promise<unknown> = Promise.resolve();
function changeRecent(change: (recent: number[]) => number[]): Promise<void> {
  const run = recentQueue.then(async () => {
    await browser.storage.session.set({ [RECENT]: change(await recentTabs()) });
  });
  recentQueue = run.catch(() => {});
  return run;
}

/** Forgets a closed tab. */
export async function dropTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(snapKey(tabId));
  await changeRecent((recent) => recent.filter((t) => t !== tabId));
}

/** Tab ids, most recently activated first. */
export async function recentTabs(): Promise<number[]> {
  const r = await browser.storage.session.get(RECENT);
  return Array.isArray(r[RECENT]) ? (r[RECENT] as number[]) : [];
}

/** Records that a tab became active. */
export async function touchTab(tabId: number): Promise<void> {
  await changeRecent((recent) => [tabId, ...recent.filter((t) => t !== tabId)].slice(0, 20));
}

/**
 * The tab the panel should follow: the most recently active tab other than `exclude` (the panel's
 * own tab when it is open as a tab) that still exists.
 */
export async function followedTab(exclude?: number): Promise<{ tabId: number; url?: string } | null> {
  for (const id of await recentTabs()) {
    if (id === exclude) continue;
    try {
      const tab = await browser.tabs.get(id);
      if (tab.url?.startsWith(browser.runtime.getURL('/'))) continue;
      return { tabId: id, url: tab.url };
    } catch {
      /* closed */
    }
  }
  // Nothing recorded yet (e.g. the worker just started): any active tab of a normal window.
  for (const tab of await browser.tabs.query({ active: true, windowType: 'normal' })) {
    if (tab.id !== undefined && tab.id !== exclude && !tab.url?.startsWith(browser.runtime.getURL('/'))) return { tabId: tab.id, url: tab.url };
  }
  return null;
}
