import { describe, expect, it } from 'vitest';
import { SCENARIO_IDS, type ScenarioId } from '../scenarios';
import { AFTER_SALES_STATES, ORDER_STAGES, type AfterSalesState, type OrderStage, type PageSnapshot } from '../snapshot';
import { SCENARIO_RULES, STATE_RULES } from './data/playbooks';
import { PLATFORM_TEXT } from './data/platform-text';
import { STEP_DEFS } from './data/steps';
import { caseFamily, nextSteps, STEP_IDS, stepById } from './steps';
import type { DeadlineKind, PlaybookInput } from './types';

const input = (
  scenarios: ScenarioId[],
  stage?: OrderStage,
  state?: AfterSalesState,
  flags: string[] = [],
): PlaybookInput => ({
  scenarios: scenarios.map((id, i) => ({ id, score: 1 - i * 0.1 })),
  stage,
  state,
  risk: { flags },
  platform: 'taobao',
});

const ids = (inp: PlaybookInput) => nextSteps(inp, 'zh').map((s) => s.id);

/** `first` comes before `then` in `list`, and both are there (indexOf alone passes when one is missing: -1). */
function expectBefore(list: string[], first: string, then: string): void {
  expect(list).toContain(first);
  expect(list).toContain(then);
  expect(list.indexOf(first)).toBeLessThan(list.indexOf(then));
}

describe('nextSteps: scenario × stage × state', () => {
  // [scenarios, stage, state, expected first ids, due kinds expected among the steps]
  const cases: [ScenarioId[], OrderStage | undefined, AfterSalesState | undefined, string[], DeadlineKind[]][] = [
    [['return_refund'], 'delivered', 'requested', ['case.review_request', 'return.send_address', 'case.refuse_with_reason'], ['respond_refund_request']],
    [['return_refund'], 'delivered', 'awaiting_return', ['return.address_sent', 'return.remind_tracking', 'return.buyer_ships'], ['buyer_return_shipping']],
    [['return_refund'], 'completed', 'returned', ['return.confirm_receipt', 'return.inspect', 'return.refund'], ['confirm_return_receipt']],
    [['return_refund'], 'completed', 'refunded', ['refunded.confirm', 'refunded.follow_up', 'refunded.invite_review'], []],
    [['return_refund'], 'delivered', 'refused', ['refused.explain', 'refused.offer_alternatives', 'refused.prepare_evidence'], []],
    [['return_refund'], 'delivered', 'platform', ['platform.upload_evidence', 'platform.stay_calm'], ['upload_evidence']],
    [['return_refund'], 'delivered', 'closed', ['closed.check_reason', 'closed.ask_needs'], []],
    [['return_refund'], 'delivered', 'none', ['return.check_eligibility', 'return.guide_apply', 'return.send_address'], []],
    [['return_refund'], 'shipped', undefined, ['shipping.intercept', 'return.guide_apply'], []],
    [['refund_only'], 'to_ship', 'requested', ['refund.check_dispatch', 'refund.agree', 'case.refuse_with_reason'], ['respond_refund_request']],
    [['refund_only'], 'shipped', 'requested', ['shipping.intercept', 'case.review_request', 'refund.agree'], ['respond_refund_request']],
    [['refund_only'], 'delivered', 'requested', ['case.review_request', 'refund.partial_offer', 'refund.agree'], ['respond_refund_request']],
    [['refund_only'], 'closed', undefined, ['refund.check_status'], []],
    [['exchange'], 'delivered', 'requested', ['case.review_request', 'exchange.confirm_stock', 'exchange.send_address'], ['respond_refund_request']],
    [['exchange'], 'delivered', 'returned', ['return.confirm_receipt', 'return.inspect', 'exchange.send_replacement'], ['confirm_return_receipt']],
    [['exchange'], 'to_ship', undefined, ['change.check_dispatch', 'change.edit_order'], []],
    [['shipping_exception'], 'shipped', undefined, ['shipping.check_tracking', 'shipping.courier_ticket', 'shipping.update_buyer', 'shipping.offer_reship_refund'], []],
    [['shipping_exception'], 'delivered', undefined, ['shipping.check_tracking', 'shipping.proof_of_delivery'], []],
    [['urge_dispatch'], 'to_ship', undefined, ['dispatch.check_stock', 'dispatch.promise_time'], ['ship_after_payment']],
    [['urge_dispatch'], 'shipped', undefined, ['shipping.share_tracking'], []],
    [['quality_issue'], 'delivered', undefined, ['quality.ask_evidence', 'quality.troubleshoot', 'quality.offer_remedy'], []],
    [['wrong_item'], 'delivered', undefined, ['wrong.apologise', 'wrong.verify', 'wrong.reship', 'wrong.return_wrong'], []],
    [['change_order'], 'to_ship', undefined, ['change.check_dispatch', 'change.edit_order', 'change.note_order'], []],
    [['change_order'], 'shipped', undefined, ['change.redirect', 'shipping.intercept'], []],
    [['change_order'], 'delivered', undefined, ['change.after_delivery'], []],
    [['price_protection'], 'completed', undefined, ['price.check_rules', 'price.refund_difference'], []],
    [['invoice'], 'completed', undefined, ['invoice.collect_details', 'invoice.promise_time', 'invoice.send'], []],
    [['payment'], 'to_ship', undefined, ['payment.check_status', 'payment.duplicate'], []],
    [['cross_border'], 'shipped', undefined, ['xb.customs_id', 'xb.duty'], []],
    [['warranty_usage'], 'completed', undefined, ['warranty.guide_usage', 'warranty.check_warranty'], []],
    [['review'], 'completed', undefined, ['review.find_cause', 'review.solve_first'], []],
    [['presale'], undefined, undefined, ['presale.answer', 'presale.delivery'], ['reply_buyer_message']],
    [['complaint'], 'delivered', undefined, ['calm.acknowledge', 'calm.apologise', 'calm.facts', 'calm.solution_time'], ['reply_buyer_message']],
    [['other'], undefined, undefined, ['other.greet', 'other.check_context'], ['reply_buyer_message']],
    // The state drives the steps even when the scenario is vague.
    [['other'], 'delivered', 'returned', ['return.confirm_receipt', 'return.inspect', 'return.refund'], ['confirm_return_receipt']],
    [[], 'delivered', 'platform', ['platform.upload_evidence'], ['upload_evidence']],
  ];

  it.each(cases)('%j at %s / %s starts with %j', (scenarios, stage, state, first, dueKinds) => {
    const steps = nextSteps(input(scenarios, stage, state), 'zh');
    expect(steps.slice(0, first.length).map((s) => s.id)).toEqual(first);
    const kinds = new Set(steps.flatMap((s) => (s.due ? [s.due.kind] : [])));
    for (const k of dueKinds) expect(kinds).toContain(k);
  });

  it('quality issue with an open request: the case steps first, then the photos and the remedy', () => {
    const got = ids(input(['quality_issue', 'return_refund'], 'delivered', 'requested'));
    expect(got.slice(0, 3)).toEqual(['case.review_request', 'return.send_address', 'case.refuse_with_reason']);
    expect(got).toContain('quality.ask_evidence');
    // The generic "how to apply" steps of return_refund contradict an open case.
    expect(got).not.toContain('return.guide_apply');
  });

  it('merges several scenarios, best first, without duplicates', () => {
    const got = ids(input(['return_refund', 'quality_issue'], 'shipped'));
    expect(got.slice(0, 2)).toEqual(['shipping.intercept', 'return.guide_apply']);
    expectBefore(got, 'return.guide_apply', 'quality.ask_evidence');
    expect(new Set(got).size).toBe(got.length);
    // Sorting is by score, not by the array order the caller passed.
    const swapped = nextSteps({ scenarios: [{ id: 'quality_issue', score: 0.6 }, { id: 'return_refund', score: 0.9 }], stage: 'shipped', risk: { flags: [] } });
    expect(swapped.map((s) => s.id)).toEqual(got);
  });

  it('drops scenarios far below the top score and ignores `other` when something better is known', () => {
    const got = ids({ scenarios: [{ id: 'invoice', score: 0.9 }, { id: 'presale', score: 0.2 }, { id: 'other', score: 0.85 }], risk: { flags: [] } });
    expect(got).toEqual(['invoice.collect_details', 'invoice.promise_time', 'invoice.send']);
  });

  it('takes stage and state from the snapshot when not given', () => {
    const snapshot: PageSnapshot = {
      platform: 'pinduoduo', pageKind: 'after_sales', url: 'https://mms.pinduoduo.com/aftersales', confidence: {},
      orderStage: 'shipped', afterSales: { state: 'awaiting_return', raw: '已同意退货退款,待用户发货' },
    };
    expect(ids({ scenarios: [], risk: { flags: [] }, snapshot })[0]).toBe('return.address_sent');
  });

  it('falls back to greeting when nothing is known', () => {
    expect(ids({ scenarios: [], risk: { flags: [] } })).toEqual(['other.greet', 'other.check_context']);
  });
});

describe('nextSteps: risk', () => {
  it.each([
    [['complaint_threat'], []],
    [['bad_review_threat'], ['calm.no_review_trade']],
    [['legal'], ['calm.escalate_lead']],
    [['media'], ['calm.escalate_lead']],
    [['abuse'], ['calm.abuse_boundary']],
  ])('%j puts de-escalation before the case steps', (flags, extra) => {
    const steps = nextSteps(input(['return_refund'], 'completed', 'returned', flags), 'en');
    const got = steps.map((s) => s.id);
    expect(got.slice(0, 2)).toEqual(['calm.acknowledge', 'calm.apologise']);
    for (const e of extra) expectBefore(got, e, 'return.confirm_receipt');
    expectBefore(got, 'calm.solution_time', 'return.confirm_receipt');
    // Record the case at the end, after the case steps.
    expect(got.slice(-2)).toEqual(['calm.follow_up', 'calm.record']);
    expect(steps[0].origin).toBe('risk');
    expect(steps.find((s) => s.id === 'return.confirm_receipt')?.origin).toBe('state');
  });

  it('escalates to a lead only for legal or media threats', () => {
    expect(ids(input(['complaint'], 'delivered', undefined, ['complaint_threat']))).not.toContain('calm.escalate_lead');
    expect(ids(input(['complaint'], 'delivered', undefined, ['legal', 'media'])).filter((id) => id === 'calm.escalate_lead')).toHaveLength(1);
  });

  it('ignores flags it does not know (e.g. urgency) and accepts short flag names', () => {
    expect(ids(input(['invoice'], 'completed', undefined, ['urgent']))[0]).toBe('invoice.collect_details');
    expect(ids(input(['invoice'], 'completed', undefined, ['bad_review']))).toContain('calm.no_review_trade');
  });
});

describe('caseFamily', () => {
  it.each([
    ['requested', [], 'delivered', '买家申请换货，待商家处理', 'exchange'],
    ['requested', ['return_refund'], 'delivered', '买家申请仅退款', 'refund_only'],
    ['requested', ['refund_only'], 'delivered', '退货退款，待商家处理', 'return'],
    ['requested', ['quality_issue', 'exchange'], 'delivered', undefined, 'exchange'],
    ['requested', [], 'to_ship', '买家已申请退款，等待卖家同意', 'refund_only'],
    ['requested', [], 'delivered', undefined, 'return'],
  ] as const)('%s %j %s %s → %s', (state, ranked, stage, raw, want) => {
    expect(caseFamily(state, ranked, stage, raw)).toBe(want);
  });
});

describe('step catalogue', () => {
  it('every step referenced by a playbook exists, and every step is used somewhere', () => {
    const used = new Set<string>();
    for (const rules of Object.values(SCENARIO_RULES)) for (const r of rules) r.steps.forEach((s) => used.add(s));
    for (const byFamily of Object.values(STATE_RULES))
      for (const rules of Object.values(byFamily)) for (const r of rules ?? []) r.steps.forEach((s) => used.add(s));
    for (const id of used) expect(STEP_IDS).toContain(id);
    const unused = STEP_IDS.filter((id) => !used.has(id) && !id.startsWith('calm.'));
    expect(unused).toEqual([]);
  });

  it('has a playbook for every scenario and every state but none', () => {
    for (const id of SCENARIO_IDS) expect(SCENARIO_RULES[id].length).toBeGreaterThan(0);
    for (const st of AFTER_SALES_STATES) if (st !== 'none') expect(STATE_RULES[st].return.length).toBeGreaterThan(0);
  });

  it('gives every combination a non-empty list in both languages, with real text', () => {
    for (const sc of SCENARIO_IDS)
      for (const stage of [undefined, ...ORDER_STAGES])
        for (const state of [undefined, ...AFTER_SALES_STATES]) {
          const zh = nextSteps(input([sc], stage, state), 'zh');
          const en = nextSteps(input([sc], stage, state), 'en');
          expect(zh.length).toBeGreaterThan(0);
          expect(zh.map((s) => s.id)).toEqual(en.map((s) => s.id));
          for (const s of zh) expect(s.text).toMatch(/[\u4e00-\u9fff]/);
          for (const s of en) expect(s.text).not.toMatch(/[\u4e00-\u9fff]/);
        }
  });

  it('ids are dotted and stable-looking; texts in both languages differ', () => {
    for (const [id, def] of Object.entries(STEP_DEFS)) {
      expect(id).toMatch(/^[a-z]+\.[a-z_]+$/);
      expect(def.text.zh).not.toBe(def.text.en);
    }
    expect(stepById('return.send_address', 'en')?.text).toMatch(/return address/);
    expect(stepById('nope.nothing')).toBeUndefined();
  });

  it('renders check and offer in the chosen language', () => {
    const zh = stepById('quality.offer_remedy', 'zh');
    const en = stepById('quality.offer_remedy', 'en');
    expect(zh?.offer).toMatch(/维修/);
    expect(en?.offer).toMatch(/repair/);
    expect(stepById('return.inspect', 'en')?.check).toMatch(/unboxing/);
  });
});

describe('platform wording', () => {
  it('uses the A-to-z and chargeback wording on Amazon and Shopify, same ids', () => {
    const on = (platform: 'amazon' | 'shopify' | 'taobao', lang: 'zh' | 'en') =>
      nextSteps({ scenarios: [], state: 'platform', risk: { flags: [] }, platform }, lang)[0];
    expect(on('amazon', 'en')).toMatchObject({ id: 'platform.upload_evidence', due: { kind: 'upload_evidence' } });
    expect(on('amazon', 'en').text).toMatch(/A-to-z/);
    expect(on('shopify', 'en').text).toMatch(/Chargeback/);
    expect(on('shopify', 'zh').text).toMatch(/拒付/);
    expect(on('taobao', 'en').text).toBe(STEP_DEFS['platform.upload_evidence'].text.en);
  });

  it('every platform text is written in both languages', () => {
    for (const byStep of Object.values(PLATFORM_TEXT))
      for (const t of Object.values(byStep ?? {})) {
        expect(t?.zh).toMatch(/[\u4e00-\u9fff]/);
        expect(t?.en).not.toMatch(/[\u4e00-\u9fff]/);
      }
  });

  it('takes the platform from the snapshot when not given', () => {
    const snapshot: PageSnapshot = { platform: 'amazon', pageKind: 'order_detail', url: 'https://sellercentral.amazon.com/orders-v3/order/1', confidence: {} };
    const [first] = nextSteps({ scenarios: [{ id: 'return_refund', score: 1 }], stage: 'shipped', risk: { flags: [] }, snapshot }, 'en');
    expect(first.id).toBe('shipping.intercept');
    const guide = nextSteps({ scenarios: [{ id: 'return_refund', score: 1 }], stage: 'shipped', risk: { flags: [] }, snapshot }, 'en')[1];
    expect(guide.text).toMatch(/Your Orders/);
  });
});
