import { cleanup, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import chat from '../../fixtures/demo/chat.json';
import { CopilotDb } from '../../lib/db/schema';
import type { PageSnapshot } from '../../lib/snapshot';
import { ApiContext, type PanelApi } from '../api';
import { createPanelStore } from '../store';
import { useChoice, type Choice } from './useChoice';

const snap = { ...JSON.parse(JSON.stringify(chat)), confidence: { orderId: 1 } } as PageSnapshot;
// The top scenario as the stored correction re-ranks it: the choice already on top.
const learnedTop = 'wrong_item' as const;

function run(pick: (store: ReturnType<typeof createPanelStore>) => void): { current: Choice | null } {
  const store = createPanelStore({ lang: 'zh' });
  const api: PanelApi = { store, db: new CopilotDb(`choice-${Math.random()}`), insert: vi.fn(async () => 'inserted' as const), copy: async () => true, savePrefs: () => {} };
  store.getState().setPage({ tabId: 1, status: 'ready', snapshot: snap });
  pick(store);
  const out: { current: Choice | null } = { current: null };
  function Probe() {
    out.current = useChoice(snap, learnedTop);
    return null;
  }
  render(<ApiContext.Provider value={api}><Probe /></ApiContext.Provider>);
  return out;
}

afterEach(cleanup);

describe('useChoice', () => {
  it('a choice made here keeps what it replaced while its correction is being stored', async () => {
    const out = run((s) => s.getState().chooseScenario('wrong_item', 'return_refund'));
    await waitFor(() => expect(out.current).toEqual({ chosen: 'wrong_item', replaced: 'return_refund' }));
  });

  it('without a choice nothing is chosen or replaced', async () => {
    const out = run(() => {});
    await waitFor(() => expect(out.current).toEqual({ chosen: null, replaced: null }));
  });

  it('a new page forgets the choice', async () => {
    const out = run((s) => {
      s.getState().chooseScenario('wrong_item', 'return_refund');
      s.getState().setPage({ tabId: 1, status: 'ready', snapshot: { ...snap, url: 'https://demo.example/other', orderId: 'X1' } });
      expect(s.getState().replacedScenario).toBeNull();
    });
    await waitFor(() => expect(out.current?.chosen).toBeNull());
  });
});
