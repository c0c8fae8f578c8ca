/** The panel's UI state (zustand). Persisted data lives in Dexie or extension storage, not here. */
import { create } from 'zustand';
import type { Lang } from '../lib/i18n';
import type { PageSnapshot } from '../lib/snapshot';

export type Theme = 'auto' | 'light' | 'dark';
export type PageStatus = 'loading' | 'no-tab' | 'not-seller' | 'ready';

export interface Notice {
  text: string;
  kind: 'ok' | 'warn' | 'error';
  action?: { label: string; run: () => void };
  /** Increases with every notice so the same text shown twice re-renders. */
  seq: number;
}

export interface PanelState {
  lang: Lang;
  theme: Theme;
  tabId: number | null;
  status: PageStatus;
  snapshot: PageSnapshot | null;
  notice: Notice | null;
  setLang(lang: Lang): void;
  setTheme(theme: Theme): void;
  setPage(p: { tabId: number | null; status: PageStatus; snapshot: PageSnapshot | null }): void;
  notify(n: Omit<Notice, 'seq'> | null): void;
}

let seq = 0;

/** Creates a store (one per panel; tests make their own). */
export const createPanelStore = (init: Partial<Pick<PanelState, 'lang' | 'theme'>> = {}) =>
  create<PanelState>()((set) => ({
    lang: init.lang ?? 'zh',
    theme: init.theme ?? 'auto',
    tabId: null,
    status: 'loading',
    snapshot: null,
    notice: null,
    setLang: (lang) => set({ lang }),
    setTheme: (theme) => set({ theme }),
    setPage: (p) => set(p),
    notify: (n) => set({ notice: n ? { ...n, seq: ++seq } : null }),
  }));

export type PanelStore = ReturnType<typeof createPanelStore>;
