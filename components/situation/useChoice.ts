/**
 * The agent's scenario choice for the page: the one clicked in this panel (store), else the stored
 * correction for exactly the buyer's latest messages (so the choice survives a panel reload), and the
 * scenario it replaced (left out of the next steps: the agent said it is not that).
 */
import { isScenarioId, type ScenarioId } from '../../lib/scenarios';
import type { AgentChoice } from '../../lib/situation';
import type { PageSnapshot } from '../../lib/snapshot';
import { useApi, usePanel } from '../api';
import { useLive } from '../hooks';
import { correctionFor, feedbackText } from '../../lib/classify/feedback';

export type Choice = AgentChoice;

export function useChoice(snap: PageSnapshot, top: ScenarioId | null): Choice {
  const api = useApi();
  const picked = usePanel((s) => s.chosenScenario);
  const pickedOver = usePanel((s) => s.replacedScenario);
  const text = feedbackText(snap);
  const rec = useLive(async () => (text ? correctionFor(api.db, text) : undefined), [text], undefined);
  const stored = rec && isScenarioId(rec.to) ? rec.to : null;
  const chosen = picked ?? stored;
  if (!chosen) return { chosen: null, replaced: null };
  if (rec && rec.to === chosen && isScenarioId(rec.from) && rec.from !== chosen) return { chosen, replaced: rec.from };
  // Picked here, its correction not read back yet: what it replaced is what was current at the click
  // (not the top now: the stored correction may already have put the choice on top).
  if (picked && pickedOver && pickedOver !== chosen) return { chosen, replaced: pickedOver };
  return { chosen, replaced: top && top !== chosen ? top : null };
}
