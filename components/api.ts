/**
 * What the panel's views may ask of the extension, as one interface: the real one talks to the
 * browser (utils/panel-connector.ts); tests pass a fake. Views never call browser.* themselves.
 */
import { createContext } from 'preact';
import { useContext, useLayoutEffect, useReducer, useRef } from 'preact/hooks';
import type { CopilotDb } from '../lib/db/schema';
import type { PanelStore } from './store';
import type { MappingApi } from '../utils/mapping-api';
import type { Lang } from '../lib/i18n';

export type InsertOutcome = 'inserted' | 'copied' | 'failed';

export interface PanelApi {
  store: PanelStore;
  db: CopilotDb;
  /** Puts text into the followed page's chat box (never sends); falls back to the clipboard. */
  insert(text: string): Promise<InsertOutcome>;
  /** Copies text to the clipboard. */
  copy(text: string): Promise<boolean>;
  /** Persists the UI language / theme choice. */
  savePrefs(p: { lang?: Lang; theme?: 'auto' | 'light' | 'dark' }): void;
  /** Mapping an unknown site by hand; absent in fakes that do not test it. */
  mapping?: MappingApi;
  /** Tells the background that reminders changed (re-arm the alarm, refresh the badge). Optional: fakes may omit it. */
  remindersChanged?(): void;
  /**
   * Alt+1…5 pressed in the followed page's chat box: `run(n)` inserts the n-th suggestion (the
   * replies view registers it; returns the unsubscribe). Optional: fakes may omit it.
   */
  onInsertKey?(run: (n: number) => Promise<boolean>): () => void;
  /** Focuses a tab showing `url`, else opens it. Optional: without it the link opens a new tab. */
  openPage?(url: string): Promise<void>;
}

export const ApiContext = createContext<PanelApi | null>(null);

/** The panel API from context (throws outside <ApiContext.Provider>, a programming error). */
export function useApi(): PanelApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('PanelApi missing');
  return api;
}

/**
 * Selects from the panel store, re-rendering when the selected value changes. (zustand's React hook
 * needs preact/compat's useSyncExternalStore: 3.4 kB gzip in the panel's first chunk for this.)
 */
export function usePanel<T>(sel: (s: ReturnType<PanelStore['getState']>) => T): T {
  const { store } = useApi();
  const value = sel(store.getState());
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const latest = useRef({ sel, value });
  latest.current = { sel, value };
  useLayoutEffect(() => {
    const check = () => {
      const { sel: s, value: v } = latest.current;
      if (!Object.is(s(store.getState()), v)) rerender(0);
    };
    check(); // a change between this render and the subscription
    return store.subscribe(check);
  }, [store]);
  return value;
}
