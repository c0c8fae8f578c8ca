/**
 * Classifies the followed page whenever its snapshot changes (and the agent's corrections, stored in
 * Dexie, change), putting the result in the store for every section (situation, replies, next steps).
 */
import { useLayoutEffect, useMemo } from 'preact/hooks';
import { buildLearned, classify } from '../../lib/classify';
import { usePanel, useApi } from '../api';
import { useLive } from '../hooks';

export function useSituation(): void {
  const api = useApi();
  const snap = usePanel((s) => s.snapshot);
  const feedback = useLive(() => api.db.feedback.toArray(), [], []);
  const learned = useMemo(() => buildLearned(feedback), [feedback]);
  // A layout effect: the store is updated right after this render, not a frame later (speed budget).
  useLayoutEffect(() => {
    const set = api.store.getState().setSituation;
    if (!snap) return set(null);
    const messages = snap.messages ?? [];
    set(messages.some((m) => m.role === 'buyer') ? classify({ messages, snapshot: snap, learned }) : null);
  }, [snap, learned]);
}
