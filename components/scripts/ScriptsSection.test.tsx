import { fireEvent, render, screen, waitFor, cleanup } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import chat from '../../fixtures/demo/chat.json';
import { classify } from '../../lib/classify';
import { CopilotDb } from '../../lib/db/schema';
import type { PageSnapshot } from '../../lib/snapshot';
import { ApiContext, type PanelApi } from '../api';
import { createPanelStore } from '../store';
import { savePrefs, defaultPrefs } from './core';
import { ScriptsSection } from './ScriptsSection';

let n = 0;
function setup(snap: PageSnapshot) {
  const store = createPanelStore({ lang: 'zh' });
  const db = new CopilotDb(`scripts-section-${n++}-${Math.random()}`);
  const inserted: string[] = [];
  const api: PanelApi = { store, db, insert: vi.fn(async (t: string) => { inserted.push(t); return 'inserted' as const; }), copy: async () => true, savePrefs: () => {} };
  store.getState().setPage({ tabId: 1, status: 'ready', snapshot: snap });
  store.getState().setSituation(classify({ messages: snap.messages ?? [], snapshot: snap }));
  render(<ApiContext.Provider value={api}><ScriptsSection snap={snap} /></ApiContext.Provider>);
  return { api, db, store, inserted };
}

const snap = chat as unknown as PageSnapshot;
afterEach(cleanup);

describe('ScriptsSection', () => {
  it('shows a filled return script first for a return question', async () => {
    const { store } = setup(snap);
    const first = await screen.findByTestId('suggestion-1');
    console.log(store.getState().situation?.scenarios.slice(0, 3), first.dataset.scriptId, first.textContent);
    for (let i = 2; i <= 5; i++) console.log(screen.queryByTestId(`suggestion-${i}`)?.dataset.scriptId);
  });
});
