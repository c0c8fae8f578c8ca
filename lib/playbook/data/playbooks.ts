/**
 * Which steps apply when: per scenario × order stage, and per after-sales state (following the case
 * state machine of shared/spec/domain.md). Pure data; steps.ts merges and orders them.
 * In each rule list the first rule whose `stages` include the order stage wins; a rule without
 * `stages` is the fallback (also used when the stage is unknown).
 */
import type { AfterSalesState } from '../../snapshot';
import type { ScenarioId } from '../../scenarios';
import type { StepId } from './steps';
import type { StageRule } from '../types';

interface Rule extends StageRule {
  steps: readonly StepId[];
}

const PRE_SHIP = ['unpaid', 'to_ship'] as const;
const AFTER_DELIVERY = ['delivered', 'completed'] as const;

/** Steps for the risk block, before anything else. Extra steps join per flag (see steps.ts). */
export const RISK_HEAD: readonly StepId[] = ['calm.acknowledge', 'calm.apologise'];
export const RISK_BY_FLAG: Readonly<Record<'legal' | 'media' | 'abuse' | 'bad_review', readonly StepId[]>> = {
  legal: ['calm.escalate_lead'],
  media: ['calm.escalate_lead'],
  abuse: ['calm.abuse_boundary'],
  bad_review: ['calm.no_review_trade'],
};
export const RISK_AFTER_FLAGS: readonly StepId[] = ['calm.solution_time'];
/** Closing steps of the risk block, after the case's own steps. */
export const RISK_TAIL: readonly StepId[] = ['calm.follow_up', 'calm.record'];

/** The refund-type case a request is about: decides the steps of `requested` and `returned`. */
export type CaseFamily = 'return' | 'refund_only' | 'exchange';

export const STATE_RULES: Readonly<Record<Exclude<AfterSalesState, 'none'>, Partial<Record<CaseFamily, readonly Rule[]>> & { return: readonly Rule[] }>> = {
  requested: {
    return: [{ steps: ['case.review_request', 'return.send_address', 'case.refuse_with_reason'] }],
    refund_only: [
      { stages: PRE_SHIP, steps: ['refund.check_dispatch', 'refund.agree', 'case.refuse_with_reason'] },
      { stages: ['shipped'], steps: ['shipping.intercept', 'case.review_request', 'refund.agree', 'case.refuse_with_reason'] },
      { steps: ['case.review_request', 'refund.partial_offer', 'refund.agree', 'case.refuse_with_reason'] },
    ],
    exchange: [{ steps: ['case.review_request', 'exchange.confirm_stock', 'exchange.send_address', 'case.refuse_with_reason'] }],
  },
  awaiting_return: {
    return: [{ steps: ['return.address_sent', 'return.remind_tracking', 'return.buyer_ships', 'return.set_watch'] }],
  },
  returned: {
    return: [{ steps: ['return.confirm_receipt', 'return.inspect', 'return.refund', 'return.dispute_condition'] }],
    exchange: [{ steps: ['return.confirm_receipt', 'return.inspect', 'exchange.send_replacement', 'return.dispute_condition'] }],
  },
  refunded: {
    return: [{ steps: ['refunded.confirm', 'refunded.follow_up', 'refunded.invite_review'] }],
  },
  refused: {
    return: [{ steps: ['refused.explain', 'refused.offer_alternatives', 'refused.prepare_evidence'] }],
  },
  platform: {
    return: [{ steps: ['platform.upload_evidence', 'platform.stay_calm', 'platform.offer_settlement', 'platform.follow_decision'] }],
  },
  closed: {
    return: [{ steps: ['closed.check_reason', 'closed.ask_needs'] }],
  },
};

/** Scenarios whose own steps describe the refund case itself; an open case's state replaces them. */
export const CASE_SCENARIOS: readonly ScenarioId[] = ['return_refund', 'refund_only', 'exchange'];

export const SCENARIO_RULES: Readonly<Record<ScenarioId, readonly Rule[]>> = {
  return_refund: [
    // Not shipped yet: nothing travels back, so it is a cancellation with a refund.
    { stages: PRE_SHIP, steps: ['refund.check_dispatch', 'refund.guide_apply', 'refund.agree'] },
    { stages: ['shipped'], steps: ['shipping.intercept', 'return.guide_apply'] },
    { steps: ['return.check_eligibility', 'return.guide_apply', 'return.send_address'] },
  ],
  refund_only: [
    { stages: ['unpaid'], steps: ['refund.unpaid'] },
    { stages: ['to_ship'], steps: ['refund.check_dispatch', 'refund.guide_apply', 'refund.agree'] },
    { stages: ['shipped'], steps: ['shipping.intercept', 'refund.guide_apply'] },
    { stages: AFTER_DELIVERY, steps: ['refund.ask_reason', 'refund.partial_offer', 'refund.guide_apply'] },
    { stages: ['closed'], steps: ['refund.check_status'] },
    { steps: ['refund.ask_reason', 'refund.guide_apply'] },
  ],
  exchange: [
    // Before dispatch an exchange is just an edit of the order.
    { stages: PRE_SHIP, steps: ['change.check_dispatch', 'change.edit_order', 'change.note_order'] },
    { steps: ['exchange.confirm_stock', 'exchange.guide_apply', 'exchange.send_address'] },
  ],
  quality_issue: [
    { steps: ['quality.ask_evidence', 'quality.troubleshoot', 'quality.offer_remedy', 'quality.record_batch'] },
  ],
  wrong_item: [
    { steps: ['wrong.apologise', 'wrong.verify', 'wrong.reship', 'wrong.return_wrong', 'wrong.record_warehouse'] },
  ],
  urge_dispatch: [
    { stages: ['unpaid'], steps: ['presale.confirm_payment'] },
    { stages: ['shipped', ...AFTER_DELIVERY], steps: ['shipping.share_tracking', 'shipping.estimate'] },
    { steps: ['dispatch.check_stock', 'dispatch.promise_time', 'dispatch.set_reminder', 'dispatch.offer_cancel'] },
  ],
  shipping_query: [
    { stages: ['unpaid'], steps: ['presale.confirm_payment'] },
    { stages: ['to_ship'], steps: ['dispatch.check_stock', 'dispatch.promise_time', 'dispatch.set_reminder'] },
    { stages: AFTER_DELIVERY, steps: ['shipping.share_tracking', 'shipping.pickup_point'] },
    { steps: ['shipping.share_tracking', 'shipping.estimate'] },
  ],
  shipping_exception: [
    // "Late" before dispatch is a dispatch problem, not a courier one.
    { stages: ['to_ship'], steps: ['dispatch.check_stock', 'dispatch.promise_time', 'dispatch.offer_cancel'] },
    { stages: AFTER_DELIVERY, steps: ['shipping.check_tracking', 'shipping.proof_of_delivery', 'shipping.courier_ticket', 'shipping.offer_reship_refund'] },
    { steps: ['shipping.check_tracking', 'shipping.courier_ticket', 'shipping.update_buyer', 'shipping.offer_reship_refund'] },
  ],
  change_order: [
    { stages: ['unpaid'], steps: ['change.unpaid'] },
    { stages: ['to_ship'], steps: ['change.check_dispatch', 'change.edit_order', 'change.note_order'] },
    { stages: ['shipped'], steps: ['change.redirect', 'shipping.intercept'] },
    { stages: AFTER_DELIVERY, steps: ['change.after_delivery'] },
    { steps: ['change.check_dispatch', 'change.edit_order', 'change.note_order'] },
  ],
  price_protection: [{ steps: ['price.check_rules', 'price.refund_difference', 'price.explain_goodwill'] }],
  warranty_usage: [
    // Clothes and bedding are washed, food is stored, cosmetics are tried on the skin: no serial number or repair.
    { goods: ['apparel', 'textile'], steps: ['warranty.care_guide', 'warranty.care_check'] },
    { goods: ['food'], steps: ['warranty.food_storage', 'warranty.food_check'] },
    { goods: ['beauty'], steps: ['warranty.beauty_usage', 'warranty.beauty_reaction'] },
    { steps: ['warranty.guide_usage', 'warranty.check_warranty', 'warranty.arrange_repair'] },
  ],
  invoice: [{ steps: ['invoice.collect_details', 'invoice.promise_time', 'invoice.send'] }],
  payment: [
    { stages: ['unpaid'], steps: ['payment.explain_methods', 'payment.check_status'] },
    { steps: ['payment.check_status', 'payment.duplicate', 'payment.explain_methods'] },
  ],
  complaint: [
    { steps: ['calm.acknowledge', 'calm.apologise', 'calm.facts', 'calm.solution_time', 'calm.follow_up', 'calm.record'] },
  ],
  review: [{ steps: ['review.find_cause', 'review.solve_first', 'review.public_reply', 'review.invite_update'] }],
  cross_border: [{ steps: ['xb.customs_id', 'xb.duty', 'xb.tracking', 'xb.returns'] }],
  presale: [
    { stages: ['unpaid'], steps: ['presale.answer', 'presale.confirm_payment'] },
    { steps: ['presale.answer', 'presale.delivery', 'presale.invite_order'] },
  ],
  other: [{ steps: ['other.greet', 'other.check_context'] }],
};
