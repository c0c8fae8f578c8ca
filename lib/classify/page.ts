/**
 * What the page alone says the case is about, for an order or after-sales page where the buyer has
 * written nothing (yet): the open after-sales case first, then the order stage and its logistics.
 * Cues are `state:…`, `stage:…` and `logistics:…` so the panel can say "page: 待发货".
 */
import type { ScenarioId } from '../scenarios';
import type { AfterSalesKind, PageSnapshot } from '../snapshot';
import type { ScenarioScore } from './types';

/** Tracking that has not moved for this long reads as stuck (platforms treat 48–72 h as 异常). */
export const STALLED_MS = 72 * 3600_000;
/** Courier words for a parcel in trouble (held, returned, refused, damaged, lost). */
const TROUBLE = /异常|滞留|退回|拒收|破损|丢失|丢件|问题件|无法派送|派送失败|exception|returned to sender|refused|damaged|lost|delivery attempt/i;
// A case that only asks for the money back (no goods travel).
const REFUND_ONLY = /仅退款|refund only|未发货|没收到货/i;

type Reading = [ScenarioId, number, string][];

/** An open case's need and its usual alternative, by the case's type (售后类型: 仅退款, 退货退款, 换货, 维修). */
export const CASE_NEEDS: Readonly<Record<AfterSalesKind, readonly [ScenarioId, ScenarioId]>> = {
  refund: ['refund_only', 'return_refund'],
  return: ['return_refund', 'refund_only'],
  exchange: ['exchange', 'return_refund'],
  repair: ['warranty_usage', 'quality_issue'],
};

/** Ranked needs read from the page state; empty when the page shows no stage and no case. */
export function pageNeeds(snap: Partial<PageSnapshot> | undefined, now: number = Date.now()): ScenarioScore[] {
  if (!snap) return [];
  const stage = snap.orderStage;
  const state = snap.afterSales?.state;
  const out: Reading = [];
  const st = `state:${state}`;
  if (state && state !== 'none') {
    const kind = snap.afterSales?.kind;
    // The case's own need: its type, else money only (a refund asked before shipping) or goods back.
    const onlyMoney = state === 'requested' && (REFUND_ONLY.test(snap.afterSales?.raw ?? '') || stage === 'to_ship' || stage === 'unpaid');
    const [need, alt] = CASE_NEEDS[kind ?? (onlyMoney ? 'refund' : 'return')];
    if (state === 'requested' || state === 'awaiting_return' || state === 'returned') {
      out.push([need, 0.6, st], [alt, 0.3, st]);
      out.push(['quality_issue', 0.2, st]);
    } else if (state === 'refunded') out.push(['refund_only', 0.55, st], ['review', 0.3, st], ['return_refund', 0.2, st]);
    else if (state === 'refused' || state === 'platform') out.push(['complaint', 0.55, st], [need, 0.4, st], [alt, 0.25, st]);
    else if (state === 'closed') out.push(['refund_only', 0.4, st], ['return_refund', 0.3, st]);
  }
  const sg = `stage:${stage}`;
  const fromCase = out.length;
  const trace = snap.logistics;
  const age = trace?.latestTime ? now - Date.parse(trace.latestTime) : NaN;
  const troubled = !!trace?.latestEvent && TROUBLE.test(trace.latestEvent);
  const stalled = Number.isFinite(age) && age > STALLED_MS;
  switch (stage) {
    case 'unpaid': out.push(['payment', 0.5, sg], ['presale', 0.35, sg], ['change_order', 0.2, sg]); break;
    case 'to_ship': out.push(['urge_dispatch', 0.5, sg], ['change_order', 0.3, sg], ['refund_only', 0.2, sg]); break;
    case 'shipped':
      if (troubled || stalled) out.push(['shipping_exception', 0.6, troubled ? 'logistics:exception' : 'logistics:stalled'], ['shipping_query', 0.35, sg]);
      else out.push(['shipping_query', 0.5, sg], ['shipping_exception', 0.25, sg]);
      out.push(['return_refund', 0.15, sg]);
      break;
    case 'delivered':
      if (troubled) out.push(['shipping_exception', 0.5, 'logistics:exception']);
      // Nobody has complained: how to use it and a follow-up first, a fault report as the likely next need.
      out.push(['warranty_usage', 0.4, sg], ['quality_issue', 0.3, sg], ['review', 0.25, sg]);
      break;
    case 'completed': out.push(['review', 0.4, sg], ['warranty_usage', 0.35, sg], ['return_refund', 0.25, sg]); break;
    case 'closed': out.push(['refund_only', 0.35, sg], ['other', 0.2, sg]); break;
  }
  // An open case is the point: what the stage alone suggests (how to use it, a review) comes after it.
  if (state && state !== 'none' && state !== 'closed') for (let i = fromCase; i < out.length; i++) out[i][1] /= 2;
  const seen = new Map<ScenarioId, ScenarioScore>();
  for (const [id, score, cue] of out) {
    const had = seen.get(id);
    if (had) {
      if (!had.cues.includes(cue)) had.cues.push(cue);
      continue;
    }
    seen.set(id, { id, score, cues: [cue] });
  }
  return [...seen.values()].sort((a, b) => b.score - a.score).slice(0, 5);
}
