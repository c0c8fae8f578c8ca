/** The panel's UI state (zustand). Persisted data lives in Dexie or extension storage, not here. */
import { createStore } from 'zustand/vanilla';
import type { Lang } from '../lib/i18n';
import type { ScenarioId } from '../lib/scenarios';
import type { PageSnapshot } from '../lib/snapshot';

import type { Theme } from '../utils/settings';
export type { Theme };
export type PageStatus = 'loading' | 'no-tab' | 'not-seller' | 'ready';

export interface Notice {
  text: string;
  kind: 'ok' | 'warn' | 'error';
  action?: { label: string; run: () => void };
  /** Increases with every notice so the same text shown twice re-renders. */
  seq: number;
}

/** The panel's top-level views (tabs in the header). */
export type View = 'page' | 'reminders' | 'library' | 'review' | 'settings';

export interface PanelState {
  view: View;
  /** The scenario the agent picked by hand for this page (overrides the top one), if any. */
  chosenScenario: ScenarioId | null;
  /** The scenario that choice replaced (the one shown as current when the agent picked). */
  replacedScenario: ScenarioId | null;
  setView(view: View): void;
  /** A new reply to open in the library's editor, prefilled for the situation on the page (then cleared). */
  replyDraft: { scenarios: ScenarioId[]; lang: Lang } | null;
  /** Opens the library with a new reply for these scenarios (ScriptsSection's "write one for this case"). */
  startReply(d: { scenarios: ScenarioId[]; lang: Lang } | null): void;
  /** The reply language the agent picked for this conversation (null: the buyer's language). */
  replyLang: Lang | null;
  setReplyLang(lang: Lang | null): void;
  /** The free reply the agent is writing (Compose): kept here so a re-rendered section never loses it. */
  composeText: string;
  setComposeText(text: string): void;
  chooseScenario(id: ScenarioId | null, replaced?: ScenarioId | null): void;
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
  createStore<PanelState>()((set) => ({
    view: 'page',
    replyLang: null,
    chosenScenario: null,
    replacedScenario: null,
    setView: (view) => set({ view }),
    replyDraft: null,
    startReply: (replyDraft) => set(replyDraft ? { replyDraft, view: 'library' } : { replyDraft }),
    setReplyLang: (replyLang) => set({ replyLang }),
    composeText: '',
    setComposeText: (composeText) => set({ composeText }),
    chooseScenario: (chosenScenario, replacedScenario = null) => set({ chosenScenario, replacedScenario }),
    lang: init.lang ?? 'zh',
    theme: init.theme ?? 'auto',
    tabId: null,
    status: 'loading',
    snapshot: null,
    notice: null,
    setLang: (lang) => set({ lang }),
    setTheme: (theme) => set({ theme }),
    // A different page or order resets the agent's manual scenario choice.
    setPage: (p) =>
      set((s) => {
        const same = s.snapshot?.url === p.snapshot?.url && s.snapshot?.orderId === p.snapshot?.orderId;
        return { ...p, chosenScenario: same ? s.chosenScenario : null, replacedScenario: same ? s.replacedScenario : null, replyLang: same ? s.replyLang : null };
      }),
    notify: (n) => set({ notice: n ? { ...n, seq: ++seq } : null }),
  }));

export type PanelStore = ReturnType<typeof createPanelStore>;
