/**
 * Next steps: a checklist for the situation in front of the agent, built from the risk flags, the
 * after-sales state and the ranked scenarios (shared/spec/scenarios.md: all four parts decide, not
 * the scenario alone). Order: de-escalation first when there is risk, then the open case's steps
 * (they carry the platform's timers), then each scenario's steps, best scenario first; a step that
 * two sources share appears once, where it first came up.
 */
import { goodsKind, type GoodsKind } from '../goods-kind';
import { isScenarioId, type ScenarioId } from '../scenarios';
import type { AfterSalesState, OrderStage, Platform } from '../snapshot';
import {
  CASE_SCENARIOS, RISK_AFTER_FLAGS, RISK_BY_FLAG, RISK_HEAD, RISK_TAIL, SCENARIO_RULES, STATE_RULES,
  type CaseFamily,
} from './data/playbooks';
import { PLATFORM_TEXT } from './data/platform-text';
import { STEP_DEFS, type StepId } from './data/steps';
import { stateNotice } from './deadlines';
import type { Lang, PlaybookInput, StageRule, Step, StepDef } from './types';

export type { StepId } from './data/steps';

/** Every step id the playbooks can produce (for settings, tick clean-up and tests). */
export const STEP_IDS = Object.freeze(Object.keys(STEP_DEFS)) as readonly StepId[];

/** Scenarios scoring below this share of the top score add no steps (they are the classifier's noise). */
const MIN_RELATIVE_SCORE = 0.5;
/** At most this many scenarios contribute, so the list stays a checklist and not a manual. */
const MAX_SCENARIOS = 3;

/** The next steps for a situation, in the agent's language, merged and without duplicates. */
export function nextSteps(input: PlaybookInput, lang: Lang = 'zh'): Step[] {
  const stage = input.stage ?? input.snapshot?.orderStage;
  const platform = input.platform ?? input.snapshot?.platform;
  const state = input.state ?? input.snapshot?.afterSales?.state;
  const goods = input.goods ?? goodsKind(input.snapshot?.items);
  const ranked = rankScenarios(input.scenarios);
  const picked: { id: StepId; origin: Step['origin'] }[] = [];
  const add = (ids: readonly StepId[], origin: Step['origin']) => ids.forEach((id) => picked.push({ id, origin }));

  const risk = riskKinds(input.risk.flags);
  if (risk.size > 0) {
    add(RISK_HEAD, 'risk');
    for (const kind of ['legal', 'media', 'abuse', 'bad_review'] as const) if (risk.has(kind)) add(RISK_BY_FLAG[kind], 'risk');
    add(RISK_AFTER_FLAGS, 'risk');
  }

  const caseOpen = state !== undefined && state !== 'none';
  if (caseOpen) {
    // The page's status words and the notice that opened the state both may name the case type
    // (PDD: "已发货，退款中" says nothing, "发起了售后申请：仅退款" does).
    const snap = input.snapshot;
    const hint = snap ? [snap.afterSales?.state === state ? snap.afterSales.raw : undefined, stateNotice(snap)?.text] : [];
    const family = caseFamily(state, ranked, stage, hint.filter(Boolean).join(' ') || undefined);
    const byFamily = STATE_RULES[state];
    add(pickRule(byFamily[family] ?? byFamily.return, stage), 'state');
  }

  ranked.forEach((id, i) => {
    // With a case open, its state says exactly where the refund stands; the generic
    // "how to apply for a return" steps would only contradict it.
    if (caseOpen && CASE_SCENARIOS.includes(id)) return;
    // `other` only speaks when nothing better was recognised.
    if (id === 'other' && i > 0) return;
    add(pickRule(SCENARIO_RULES[id], stage, goods), id);
  });

  if (risk.size > 0) add(RISK_TAIL, 'risk');
  if (picked.length === 0) add(pickRule(SCENARIO_RULES.other, stage), 'other');

  const seen = new Set<StepId>();
  const steps: Step[] = [];
  for (const { id, origin } of picked) {
    if (seen.has(id)) continue;
    seen.add(id);
    steps.push(renderStep(id, origin, lang, platform));
  }
  return steps;
}

/** One step of the catalogue in the given language (undefined for an unknown id). */
export function stepById(id: string, lang: Lang = 'zh', origin: Step['origin'] = 'other', platform?: Platform): Step | undefined {
  return id in STEP_DEFS ? renderStep(id as StepId, origin, lang, platform) : undefined;
}

/**
 * Which refund-type case the after-sales state belongs to. The page's own wording wins (it names
 * the case type), then the best refund-type scenario, then the order stage: a request on an order
 * that has not shipped can only be a refund without a return.
 */
export function caseFamily(
  state: AfterSalesState,
  ranked: readonly ScenarioId[],
  stage: OrderStage | undefined,
  raw?: string,
): CaseFamily {
  if (raw) {
    if (/换货|exchange|replacement/i.test(raw)) return 'exchange';
    if (/仅退款|refund only/i.test(raw)) return 'refund_only';
    if (/退货|return/i.test(raw)) return 'return';
  }
  for (const id of ranked) {
    if (id === 'return_refund') return 'return';
    if (id === 'refund_only') return 'refund_only';
    if (id === 'exchange') return 'exchange';
  }
  if (state === 'requested' && (stage === 'unpaid' || stage === 'to_ship')) return 'refund_only';
  return 'return';
}

function rankScenarios(scenarios: PlaybookInput['scenarios']): ScenarioId[] {
  const valid = scenarios.filter((s) => isScenarioId(s.id) && Number.isFinite(s.score));
  // Stable sort: equal scores keep the classifier's order.
  const sorted = [...valid].sort((a, b) => b.score - a.score);
  const top = sorted[0]?.score ?? 0;
  const kept = sorted.filter((s, i) => i === 0 || (top > 0 && s.score >= top * MIN_RELATIVE_SCORE));
  return [...new Set(kept.map((s) => s.id))].slice(0, MAX_SCENARIOS);
}

type RiskKind = 'complaint' | 'bad_review' | 'legal' | 'media' | 'abuse';

/** Accepts the classifier's flag names (`complaint_threat`, `bad_review_threat`, …) and the short forms. */
function riskKinds(flags: readonly string[]): Set<RiskKind> {
  const out = new Set<RiskKind>();
  for (const raw of flags) {
    const f = raw.trim().toLowerCase().replace(/_threat$/, '');
    if (f === 'complaint' || f === 'bad_review' || f === 'legal' || f === 'media' || f === 'abuse') out.add(f);
  }
  return out;
}

function pickRule<R extends StageRule>(all: readonly R[], stage: OrderStage | undefined, goods?: GoodsKind): R['steps'] {
  // A rule written for some kinds of goods applies only to those (and never while the kind is unknown).
  const rules = all.filter((r) => !r.goods || (goods !== undefined && r.goods.includes(goods)));
  const byStage = stage ? rules.find((r) => r.stages?.includes(stage)) : undefined;
  const fallback = rules.find((r) => !r.stages) ?? rules[0];
  return (byStage ?? fallback)?.steps ?? [];
}

function renderStep(id: StepId, origin: Step['origin'], lang: Lang, platform?: Platform): Step {
  const def: StepDef = STEP_DEFS[id];
  const text = (platform && PLATFORM_TEXT[platform]?.[id]) || def.text;
  const step: Step = { id, actor: def.actor, text: text[lang], origin };
  if (def.check) step.check = def.check[lang];
  if (def.offer) step.offer = def.offer[lang];
  if (def.due) step.due = { ...def.due };
  return step;
}
