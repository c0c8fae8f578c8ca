/**
 * Evaluation figures for a labelled set: top-1 accuracy, top-3 recall, risk precision/recall/F1,
 * sentiment accuracy, per-scenario recall and a confusion table (primary → predicted top-1).
 */
import { SCENARIO_IDS, type ScenarioId } from '../scenarios';
import type { Classification, Sentiment } from './types';

export interface LabelledCase {
  id: string;
  messages: string[];
  primary: ScenarioId;
  labels: ScenarioId[];
  risk: boolean;
  sentiment: Sentiment;
  /** Where the case comes from (a corpus's `source`, or our `register`), for per-source figures. */
  source?: string;
}

export interface EvalReport {
  n: number;
  top1: number;
  top3: number;
  risk: { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number };
  sentiment: number;
  /** Per labelled primary: how many, the share read first (recall) and the share among the first three (recall3). */
  perScenario: { id: ScenarioId; n: number; recall: number; recall3: number }[];
  /** confusion[primary][predicted] = count */
  confusion: Record<string, Record<string, number>>;
  /** sentimentConfusion[labelled][predicted] = count */
  sentimentConfusion: Record<Sentiment, Record<Sentiment, number>>;
  errors: { id: string; predicted: ScenarioId[]; labels: ScenarioId[] }[];
}

/** Scores predictions against labelled cases (predictions[i] belongs to cases[i]). */
export function evaluate(cases: LabelledCase[], predictions: Classification[]): EvalReport {
  let top1 = 0;
  let top3 = 0;
  let sent = 0;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const perN: Record<string, number> = {};
  const perHit: Record<string, number> = {};
  const perHit3: Record<string, number> = {};
  const confusion: Record<string, Record<string, number>> = {};
  const errors: EvalReport['errors'] = [];
  const zero = (): Record<Sentiment, number> => ({ calm: 0, anxious: 0, angry: 0 });
  const sentimentConfusion: EvalReport['sentimentConfusion'] = { calm: zero(), anxious: zero(), angry: zero() };
  cases.forEach((c, i) => {
    const p = predictions[i];
    const ids = p.scenarios.map((s) => s.id);
    const first = ids[0] ?? 'other';
    const ok1 = c.labels.includes(first);
    if (ok1) top1++;
    else errors.push({ id: c.id, predicted: ids.slice(0, 3), labels: c.labels });
    const ok3 = ids.slice(0, 3).some((id) => c.labels.includes(id));
    if (ok3) top3++;
    perN[c.primary] = (perN[c.primary] ?? 0) + 1;
    if (ok1) perHit[c.primary] = (perHit[c.primary] ?? 0) + 1;
    if (ok3) perHit3[c.primary] = (perHit3[c.primary] ?? 0) + 1;
    const row = (confusion[c.primary] ??= {});
    row[first] = (row[first] ?? 0) + 1;
    const predRisk = p.risk.flags.length > 0;
    if (predRisk && c.risk) tp++;
    else if (predRisk) fp++;
    else if (c.risk) fn++;
    if (p.sentiment === c.sentiment) sent++;
    sentimentConfusion[c.sentiment][p.sentiment]++;
  });
  const n = cases.length || 1;
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const perScenario = SCENARIO_IDS.filter((id) => perN[id]).map((id) => ({ id, n: perN[id], recall: (perHit[id] ?? 0) / perN[id], recall3: (perHit3[id] ?? 0) / perN[id] }));
  return { n: cases.length, top1: top1 / n, top3: top3 / n, risk: { precision, recall, f1, tp, fp, fn }, sentiment: sent / n, perScenario, confusion, sentimentConfusion, errors };
}

/** Parses one labelled JSONL line; throws with a reason when it is not a usable case. */
export function parseCase(line: string): LabelledCase {
  const o = JSON.parse(line) as Record<string, unknown>;
  const messages = Array.isArray(o.messages) ? o.messages.map((m) => (typeof m === 'string' ? m : String((m as { text?: unknown })?.text ?? ''))) : typeof o.text === 'string' ? [o.text] : null;
  if (!messages) throw new Error('no messages');
  const labels = Array.isArray(o.labels) ? (o.labels.filter((l) => SCENARIO_IDS.includes(l as ScenarioId)) as ScenarioId[]) : [];
  const primary = (SCENARIO_IDS.includes(o.primary as ScenarioId) ? o.primary : labels[0]) as ScenarioId | undefined;
  if (!primary) throw new Error('no primary label');
  if (!labels.includes(primary)) labels.unshift(primary);
  const sentiment = o.sentiment === 'angry' || o.sentiment === 'anxious' ? o.sentiment : 'calm';
  const source = typeof o.source === 'string' ? o.source : typeof o.register === 'string' ? o.register : undefined;
  return { id: String(o.id ?? ''), messages, primary, labels, risk: o.risk === true, sentiment, ...(source ? { source } : {}) };
}
