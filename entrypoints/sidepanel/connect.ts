/**
 * Connects the panel's views to the browser: which tab to follow, its snapshot (live from
 * storage.session), inserting text through the content script, the clipboard, preferences.
 */
import { browser } from 'wxt/browser';
import type { PanelApi } from '../../components/api';
import { createPanelStore, type PanelStore } from '../../components/store';
import { getDb } from '../../lib/db/schema';
import { langOf } from '../../lib/i18n';
import type { PageSnapshot } from '../../lib/snapshot';
import { createMappingApi } from '../../utils/mapping-connector';
import { onMessages, sendToBackground, sendToContent, type PanelProtocol } from '../../utils/messaging';
import { senderOf } from '../../utils/bg-messages';
import { langPref, themePref } from '../../utils/settings';
import { RECENT_KEY, loadSnapshot, snapKey, type StoredSnapshot } from '../../utils/tab-state';
import { cleanSnapshot } from '../../lib/snapshot-clean';

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Clipboard API refused (panel not focused): fall back to a selected textarea + copy command.
    const ta = document.createElement('textarea');
    ta.value = text;
    ta.style.position = 'fixed';
    ta.style.opacity = '0';
    document.body.appendChild(ta);
    ta.select();
    const ok = document.execCommand('copy');
    ta.remove();
    return ok;
  }
}

/** Creates the panel store and API and starts following the active tab. */
export async function connectPanel(): Promise<PanelApi> {
  // The start-up reads are independent: asked together, the panel waits for the slowest, not the sum.
  // The window is asked for even when the panel turns out to be a tab: one round trip fewer in the side panel.
  const [langSaved, theme, current, win] = await Promise.all([
    langPref.getValue(), themePref.getValue(), browser.tabs.getCurrent?.(), browser.windows.getCurrent().catch(() => undefined),
  ]);
  const store: PanelStore = createPanelStore({
    // navigator.language is the browser's UI language; i18n.getUILanguage() was seen to lag at start-up (headless).
    lang: langSaved ?? langOf(navigator.language || browser.i18n?.getUILanguage?.()),
    theme,
  });
  // In the real side panel there is no own tab: follow the active tab of the panel's window. Opened as
  // a tab or popup (demo, E2E), follow the most recently active tab other than itself.
  const ownTab = current?.id;
  const ownWindow = ownTab === undefined ? win?.id : undefined;
  let followed: number | null = null;
  // The frame of the followed tab whose snapshot the panel shows (a console's chat frame): inserts go there.
  let frame = 0;

  const show = async (tabId: number | null, url?: string) => {
    followed = tabId;
    if (tabId === null) return store.getState().setPage({ tabId: null, status: 'no-tab', snapshot: null });
    const stored = await loadSnapshot(tabId);
    let snap: PageSnapshot | undefined = stored;
    if (!snap) snap = await sendToContent(tabId, 'readPage', undefined).then(cleanSnapshot, () => undefined);
    if (followed !== tabId) return; // the agent switched again meanwhile
    frame = stored?.frameId ?? 0;
    if (snap) store.getState().setPage({ tabId, status: 'ready', snapshot: snap });
    else store.getState().setPage({ tabId, status: url === undefined || /^https?:/.test(url) ? 'not-seller' : 'no-tab', snapshot: null });
  };

  const target = async (): Promise<{ tabId: number; url?: string } | null> => {
    if (ownWindow !== undefined) {
      const [tab] = await browser.tabs.query({ active: true, windowId: ownWindow });
      return tab?.id !== undefined ? { tabId: tab.id, url: tab.url } : null;
    }
    return sendToBackground('focusTab', { exclude: ownTab }).catch(() => null);
  };
  const refocusOnce = async () => {
    const f = await target();
    if (f?.tabId !== followed || store.getState().status === 'loading') await show(f?.tabId ?? null, f?.url);
  };
  // Activations arrive as several events at once (tab activated, window focused, the recent list
  // written). Answered concurrently, a slow answer computed before the last change could land last
  // and put the panel back on the previous tab: one look at a time, and one more after the last event.
  let looking: Promise<void> | null = null;
  let again = false;
  const refocus = (): Promise<void> => {
    if (looking) {
      again = true;
      return looking;
    }
    looking = (async () => {
      do {
        again = false;
        await refocusOnce().catch((e) => console.warn('refocus failed', e));
      } while (again);
    })().finally(() => {
      looking = null;
    });
    return looking;
  };

  browser.storage.session.onChanged.addListener((changes) => {
    if (changes[RECENT_KEY]) void refocus();
    if (followed !== null && changes[snapKey(followed)]) {
      const snap = changes[snapKey(followed)].newValue as StoredSnapshot | undefined;
      if (snap) (frame = snap.frameId ?? 0), store.getState().setPage({ tabId: followed, status: 'ready', snapshot: snap });
    }
  });
  browser.tabs.onActivated.addListener(() => void refocus());
  // A closed tab is never followed: look for the next one at once.
  browser.tabs.onRemoved.addListener((tabId) => {
    if (tabId === followed) {
      followed = null;
      void refocus();
    }
  });
  browser.windows?.onFocusChanged.addListener(() => void refocus());
  browser.tabs.onUpdated.addListener((tabId, info) => {
    // Read again a moment after the followed page loaded, if the panel still follows it then (the
    // agent may have switched meanwhile: the headless demo saw a late read put the previous tab back).
    if (tabId === followed && info.status === 'complete') setTimeout(() => tabId === followed && void show(tabId, info.url), 300);
  });
  await refocus();

  // Alt+1…5 from the page's chat box (utils/insert-keys): only from the page script of the followed tab.
  let insertKey: ((n: number) => Promise<boolean>) | null = null;
  onMessages<PanelProtocol>('panel', { insertNth: ({ n }) => insertKey?.(n) ?? false }, (type, data, raw) => {
    const s = senderOf(raw);
    const n = (data as { n?: unknown } | null)?.n;
    if (type !== 'insertNth' || s.from !== 'page' || s.tabId !== followed || (s.frameId ?? 0) !== frame) throw new Error(`refused ${type}`);
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > 5) throw new Error(`refused ${type}: malformed data`);
    return s;
  });

  return {
    store,
    db: getDb(),
    copy: copyText,
    async insert(text) {
      if (followed !== null) {
        const res = await sendToContent(followed, 'insertText', { text }, frame).catch(() => null);
        if (res?.ok) return 'inserted';
      }
      return (await copyText(text)) ? 'copied' : 'failed';
    },
    remindersChanged() {
      void sendToBackground('remindersChanged', undefined).catch(() => {});
    },
    openPage: (url) => sendToBackground('openPage', { url }),
    onInsertKey(run) {
      insertKey = run;
      return () => void (insertKey === run && (insertKey = null));
    },
    mapping: createMappingApi(() => followed),
    savePrefs(p) {
      if (p.lang) void langPref.setValue(p.lang);
      if (p.theme) void themePref.setValue(p.theme);
    },
  };
}
