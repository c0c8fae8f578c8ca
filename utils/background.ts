/** The background service worker's wiring: panel opening, tab tracking, snapshots. */
import { browser } from 'wxt/browser';
import { applyDelta } from '../lib/snapshot-delta';
import { cleanSnapshot } from '../lib/snapshot-clean';
import type { ChatMessage, PageSnapshot } from '../lib/snapshot';
import { mergeFrames, sameMerge } from '../lib/snapshot-frames';
import { onBackgroundMessages } from './bg-messages';
import { onSnapshots } from './messaging';
import { startMaintenanceBackground } from './bg-maintenance';
import { startMappingBackground } from './bg-mapping';
import { startRemindersBackground } from './bg-reminders';
import { startScriptsBackground } from './bg-replies';
import { dropTab, followedTab, saveSnapshot, touchTab } from './tab-state';

/** Registers every background listener (synchronously, so a restarted worker gets its events). */
export function startBackground(): void {
  // Chrome and Edge: the side panel. Firefox has none: the same page is its sidebar, opened from the
  // toolbar button and the shortcut (sidebarAction needs the user's gesture: both are one).
  const sidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void>; toggle?(): Promise<void> } }).sidebarAction;
  if (browser.sidePanel) browser.sidePanel.setPanelBehavior?.({ openPanelOnActionClick: true }).catch(() => {});
  else if (sidebar) browser.action?.onClicked.addListener(() => void (sidebar.toggle ?? sidebar.open).call(sidebar).catch(() => {}));

  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== 'open-panel') return;
    if (browser.sidePanel && tab?.windowId !== undefined) browser.sidePanel.open({ windowId: tab.windowId }).catch(() => {});
    else void sidebar?.open().catch(() => {});
  });

  browser.tabs.onActivated.addListener(({ tabId }) => void touchTab(tabId));
  browser.windows?.onFocusChanged.addListener(async (windowId) => {
    if (windowId < 0) return;
    const [tab] = await browser.tabs.query({ active: true, windowId });
    if (tab?.id !== undefined) await touchTab(tab.id);
  });

  // A page's snapshots arrive as deltas on its own port, one per frame the page script runs in; the
  // messages held so far live with the port (a new port, after a stopped worker, starts from a whole
  // snapshot). Each tab keeps its frames' latest snapshots; the one holding the most of the page, with
  // what the other frames read of the same order (lib/snapshot-frames.ts), is saved with the frame to
  // insert into, in arrival order.
  const frames = new Map<number, Map<number, PageSnapshot>>();
  // The merge last saved per tab: a merge that keeps the same frames' fields is not saved again.
  const last = new Map<number, ReturnType<typeof mergeFrames>>();
  browser.tabs.onRemoved.addListener((tabId) => {
    frames.delete(tabId);
    last.delete(tabId);
    void dropTab(tabId);
  });
  let saved = Promise.resolve();
  const saveBest = (tabId: number) => {
    const of = frames.get(tabId);
    const merged = of && mergeFrames(of);
    if (!merged || sameMerge(last.get(tabId), merged)) return;
    last.set(tabId, merged);
    saved = saved
      .then(() => saveSnapshot(tabId, merged.snapshot, merged.frameId))
      .catch((e) => {
        // Not saved (storage full…): the next read saves it again, even if it holds the same.
        if (last.get(tabId) === merged) last.delete(tabId);
        console.warn('snapshot not saved', e);
      });
  };
  onSnapshots((tabId, frameId) => {
    let messages: ChatMessage[] = [];
    let mine: PageSnapshot | undefined;
    return {
      delta(d) {
        const snap = applyDelta(messages, d);
        messages = snap.messages ?? [];
        const of = frames.get(tabId) ?? frames.set(tabId, new Map()).get(tabId)!;
        // Cleaned here, where a page's data enters the extension (lib/snapshot-clean.ts).
        of.set(frameId, (mine = cleanSnapshot(snap)));
        saveBest(tabId);
      },
      // This port's frame navigated away or was removed (a new page in it has a port of its own): the
      // tab's best frame may be another now.
      gone() {
        const of = frames.get(tabId);
        if (!mine || of?.get(frameId) !== mine) return;
        of.delete(frameId);
        saveBest(tabId);
      },
    };
  });
  onBackgroundMessages({
    focusTab: ({ exclude }) => followedTab(exclude),
  });
  // Each area registers its own listeners and message handlers (onMessages ignores other types).
  startRemindersBackground();
  startScriptsBackground();
  startMappingBackground();
  startMaintenanceBackground(); // daily: prune old usage, purge scripts deleted 30+ days ago
}
