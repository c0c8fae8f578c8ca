/** The background service worker's wiring: panel opening, tab tracking, snapshots. */
import { browser } from 'wxt/browser';
import { onMessages, type BackgroundProtocol } from './messaging';
import { startMappingBackground } from './bg-mapping';
import { startRemindersBackground } from './bg-reminders';
import { startScriptsBackground } from './bg-scripts';
import { dropTab, followedTab, saveSnapshot, touchTab } from './tab-state';

/** Registers every background listener (synchronously, so a restarted worker gets its events). */
export function startBackground(): void {
  browser.sidePanel?.setPanelBehavior?.({ openPanelOnActionClick: true }).catch(() => {});

  browser.commands?.onCommand.addListener((command, tab) => {
    if (command === 'open-panel' && tab?.windowId !== undefined) browser.sidePanel.open({ windowId: tab.windowId }).catch(() => {});
  });

  browser.tabs.onActivated.addListener(({ tabId }) => void touchTab(tabId));
  browser.windows?.onFocusChanged.addListener(async (windowId) => {
    if (windowId < 0) return;
    const [tab] = await browser.tabs.query({ active: true, windowId });
    if (tab?.id !== undefined) await touchTab(tab.id);
  });
  browser.tabs.onRemoved.addListener((tabId) => void dropTab(tabId));

  onMessages<BackgroundProtocol>('background', {
    snapshot: async ({ snapshot }, sender) => {
      if (sender.tabId === undefined) return;
      await saveSnapshot(sender.tabId, snapshot);
    },
    focusTab: ({ exclude }) => followedTab(exclude),
  });
  // Each area registers its own listeners and message handlers (onMessages ignores other types).
  startRemindersBackground();
  startScriptsBackground();
  startMappingBackground();
}
