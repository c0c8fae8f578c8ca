import { describe, expect, it } from 'vitest';
import chat from '../../fixtures/demo/chat.json';
import order from '../../fixtures/demo/order.json';
import pddReturned from '../../fixtures/pinduoduo/after_sales-returned.json';
import { buildLearned } from '../classify';
import type { ScenarioScore } from '../classify/types';
import { BUILTIN_SCRIPTS } from '../replies/builtin';
import { mergeLibrary, scriptHash } from '../replies/library';
import type { AfterSalesState, OrderStage, PageSnapshot } from '../snapshot';
import { effectiveRanking, situationOf } from './index';

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x));
const scripts = mergeLibrary(BUILTIN_SCRIPTS, []).scripts;
const NOW = Date.parse('2026-11-25T10:00:00+08:00');
const snapOf = (x: unknown) => clone(x) as PageSnapshot;
const base = (over: Partial<PageSnapshot>): PageSnapshot => ({ platform: 'taobao', pageKind: 'order_detail', url: 'https://trade.taobao.com/x', orderId: '1', confidence: {}, ...over });

describe('situationOf: the page alone (no buyer messages)', () => {
  it('an order page gets scenarios from its stage, steps and at least three filled replies', () => {
    const s = situationOf({ snapshot: snapOf(order), lang: 'zh', now: NOW, replies: { scripts } });
    expect(s.source).toBe('page');
    expect(s.scenarios.length).toBeGreaterThan(0);
    expect(s.scenarios[0].cues).toContain('stage:delivered');
    expect(s.scenario).toBe('warranty_usage');
    expect(s.steps.length).toBeGreaterThan(0);
    expect(s.replies.length).toBeGreaterThanOrEqual(3);
    // A value the page lacks is listed as missing (the panel asks for it before inserting); otherwise no raw {…}.
    for (const r of s.replies) if (!r.filled.missing.length) expect(r.filled.text).not.toMatch(/\{[a-z_]+\}/);
    expect(s.replies.filter((r) => !r.filled.missing.length).length).toBeGreaterThanOrEqual(2);
    expect(s.replies[0].filled.text).toContain('小鹿乱撞');
  });

  it('an after-sales page gets the case: its state, the platform deadline and the state steps first', () => {
    const s = situationOf({ snapshot: snapOf(pddReturned), lang: 'zh', now: NOW, replies: { scripts } });
    expect(s.source).toBe('page');
    expect(s.afterSales).toBe('returned');
    expect(s.scenario).toBe('return_refund');
    expect(s.caseDeadline?.kind).toBe('confirm_return_receipt');
    expect(s.steps[0].origin).toBe('state');
    expect(s.replies.length).toBeGreaterThanOrEqual(3);
  });

  const cases: [string, Partial<PageSnapshot>, string][] = [
    ['unpaid', { orderStage: 'unpaid' }, 'payment'],
    ['to ship', { orderStage: 'to_ship' }, 'urge_dispatch'],
    ['shipped, tracking fresh', { orderStage: 'shipped', logistics: { latestEvent: '运输中', latestTime: '2026-11-25T08:00:00+08:00' } }, 'shipping_query'],
    ['shipped, tracking four days old', { orderStage: 'shipped', logistics: { latestEvent: '运输中', latestTime: '2026-11-21T08:00:00+08:00' } }, 'shipping_exception'],
    ['shipped, courier reports a problem', { orderStage: 'shipped', logistics: { latestEvent: '派送异常，包裹滞留', latestTime: '2026-11-25T08:00:00+08:00' } }, 'shipping_exception'],
    ['delivered', { orderStage: 'delivered' }, 'warranty_usage'],
    ['completed', { orderStage: 'completed' }, 'review'],
    ['refund requested', { orderStage: 'delivered', afterSales: { state: 'requested' } }, 'return_refund'],
    ['refund-only requested before shipping', { orderStage: 'to_ship', afterSales: { state: 'requested', raw: '买家申请仅退款' } }, 'refund_only'],
    ['refunded', { orderStage: 'closed', afterSales: { state: 'refunded' } }, 'refund_only'],
    ['platform stepped in', { orderStage: 'delivered', afterSales: { state: 'platform' } }, 'complaint'],
    // The case's type (售后类型) names its need: after delivery too, an exchange or a refund only.
    ['exchange requested', { orderStage: 'delivered', afterSales: { state: 'requested', kind: 'exchange' } }, 'exchange'],
    ['refund only after delivery', { orderStage: 'delivered', afterSales: { state: 'requested', kind: 'refund' } }, 'refund_only'],
    ['repair requested', { orderStage: 'completed', afterSales: { state: 'requested', kind: 'repair' } }, 'warranty_usage'],
  ];

  it('a case the platform took over offers its own need next: a refund only, not a return', () => {
    const s = situationOf({ snapshot: base({ orderStage: 'delivered', afterSales: { state: 'platform', kind: 'refund' } }), lang: 'zh', now: NOW, replies: { scripts } });
    expect(s.scenarios.map((x) => x.id).slice(0, 2)).toEqual(['complaint', 'refund_only']);
    // A vague turn inside an open exchange is about the exchange.
    const v = situationOf({ snapshot: base({ orderStage: 'delivered', afterSales: { state: 'requested', kind: 'exchange' }, messages: [{ role: 'buyer', text: '那现在怎么弄' }] }), lang: 'zh', now: NOW, replies: { scripts } });
    expect(v.scenario).toBe('exchange');
  });
  it.each(cases)('%s → %s', (_name, over, want) => {
    const s = situationOf({ snapshot: base(over), lang: 'zh', now: NOW, replies: { scripts } });
    expect(s.source).toBe('page');
    expect(s.scenario).toBe(want);
    expect(s.steps.length).toBeGreaterThan(0);
    expect(s.replies.length).toBeGreaterThan(0);
  });

  it('a shipped order without messages: a stalled trace gets the stalled-trace reply first, a moving one no customs reply', () => {
    const at = (latestTime: string) => situationOf({ snapshot: base({ orderStage: 'shipped', items: [{ title: '小熊养生壶 1.5L' }], logistics: { courier: 'ZTO', trackingNo: '78812345678901', latestEvent: '快件已发往杭州转运中心', latestTime } }), lang: 'zh', now: NOW, replies: { scripts, limit: 4 } });
    const stalled = at('2026-11-19T10:00:00+08:00');
    expect(stalled.scenario).toBe('shipping_exception');
    expect(stalled.replies[0].script.id).toBe('zh.shipping_exception.stuck');
    const moving = at('2026-11-25T08:00:00+08:00');
    expect(moving.scenario).toBe('shipping_query');
    expect(moving.replies.map((r) => r.script.scenarios[0])).not.toContain('cross_border');
  });

  it('a page that shows neither stage nor case names nothing and suggests nothing', () => {
    const s = situationOf({ snapshot: base({}), lang: 'zh', now: NOW, replies: { scripts } });
    expect(s.source).toBe('none');
    expect(s.scenarios).toEqual([]);
    expect(s.scenario).toBeNull();
    expect(s.steps).toEqual([]);
    expect(s.replies).toEqual([]);
  });
});

describe('situationOf: the buyer’s words', () => {
  it('reads the chat, with risk and mood, and ranks the replies for the top scenario', () => {
    const s = situationOf({ snapshot: snapOf(chat), lang: 'zh', now: NOW, replies: { scripts } });
    expect(s.source).toBe('messages');
    expect(s.scenario).toBe(s.scenarios[0].id);
    expect(s.replies[0].script.scenarios).toContain(s.scenario);
  });

  it('an English-speaking agent with a Chinese buyer gets Chinese replies with the reasons in English', () => {
    const s = situationOf({ snapshot: snapOf(chat), lang: 'en', now: NOW, replies: { scripts } });
    expect(s.replies.length).toBeGreaterThan(0);
    for (const r of s.replies) {
      expect(r.script.lang).toBe('zh');
      expect(r.reason).toMatch(/^[\x20-\x7e]+$/);
    }
  });

  it('the agent’s choice leads everything: ranking, steps and replies; the replaced scenario is left out', () => {
    const plain = situationOf({ snapshot: snapOf(chat), lang: 'zh', now: NOW, replies: { scripts } });
    const top = plain.scenario!;
    const s = situationOf({ snapshot: snapOf(chat), lang: 'zh', now: NOW, replies: { scripts }, choice: { chosen: 'invoice', replaced: top } });
    expect(s.scenario).toBe('invoice');
    expect(s.chosen).toBe('invoice');
    expect(s.ranking[0].id).toBe('invoice');
    expect(s.ranking.map((r) => r.id)).not.toContain(top);
    expect(s.steps[0].origin).toBe('invoice');
    expect(s.replies[0].script.scenarios).toContain('invoice');
    // The classifier's own ranking (the chips) is unchanged by the choice.
    expect(s.scenarios).toEqual(plain.scenarios);
  });

  it('learned corrections re-rank the scenarios', () => {
    const snap = snapOf(chat);
    const text = snap.messages!.filter((m) => m.role === 'buyer').slice(-3).map((m) => m.text).join(' ');
    const learned = buildLearned([{ text, from: 'return_refund', to: 'price_protection' }]);
    const s = situationOf({ snapshot: snap, lang: 'zh', now: NOW, learned, replies: { scripts } });
    expect(s.scenario).toBe('price_protection');
  });

  it('a buyer who has only greeted or thanked is answered in kind first, after shipping too; the page’s needs follow', () => {
    const say = (text: string, orderStage: OrderStage) => situationOf({ snapshot: base({ orderStage, messages: [{ role: 'buyer', text }] }), lang: 'zh', now: NOW, replies: { scripts } });
    const hello = say('在吗', 'delivered');
    expect(hello.scenario).toBe('other');
    expect(hello.replies[0].script.tags).toContain('在吗');
    expect(say('您好', 'delivered').replies[0].script.tags).toContain('问候');
    // The page's own need (a delivered order: usage and care) fills the rest.
    expect(hello.replies.slice(1).some((r) => r.script.scenarios[0] === 'warranty_usage')).toBe(true);
    expect(say('好的 谢谢', 'shipped').replies[0].script.tags).toContain('thanks');
    expect(say('没有了 谢谢', 'completed').replies[0].script.tags).toContain('thanks');
    const en = situationOf({ snapshot: base({ platform: 'demo', orderStage: 'shipped', messages: [{ role: 'buyer', text: 'ok thanks' }] }), lang: 'en', now: NOW, replies: { scripts } });
    expect(en.replies[0].script.id).toBe('en.other.thanks');
    // A need is answered, not the greeting around it.
    const need = say('在吗 快递三天没动了', 'shipped');
    expect(need.scenario).not.toBe('other');
    expect(need.replies[0].script.scenarios[0]).not.toBe('other');
  });

  it('a short line that names no need is answered by asking what it is about', () => {
    const say = (text: string, lang: 'zh' | 'en') => situationOf({ snapshot: base({ platform: 'demo', orderStage: 'delivered', messages: [{ role: 'buyer', text }] }), lang, now: NOW, replies: { scripts } });
    const zh = say('就说能不能吧', 'zh');
    expect(zh.scenario).toBe('other');
    expect(zh.replies[0].script.id).toBe('zh.other.clarify');
    expect(say('is it?', 'en').replies[0].script.id).toBe('en.other.clarify');
    // The replies after it follow the ranking (the page's needs first), not a larger guess further down.
    const second = zh.replies[1].script.scenarios[0];
    expect(zh.ranking.slice(1, 3).map((s) => s.id)).toContain(second);
    // A short line that names its need is answered by it.
    expect(say('退货', 'zh').replies[0].script.scenarios[0]).toBe('return_refund');
  });

  it('replies follow the buyer’s language unless the agent picked one for the conversation', () => {
    const snap = base({ platform: 'demo', messages: [{ role: 'buyer', text: 'where is my package, tracking has not updated for a week' }], orderStage: 'shipped' });
    expect(situationOf({ snapshot: snap, lang: 'zh', now: NOW, replies: { scripts } }).replyLang).toBe('en');
    const zh = situationOf({ snapshot: snap, lang: 'zh', now: NOW, replies: { scripts, lang: 'zh' } });
    expect(zh.replyLang).toBe('zh');
    expect(zh.replies.every((r) => r.script.lang === 'zh')).toBe(true);
  });
});

describe('effectiveRanking (the one rule for the scenario in effect)', () => {
  const list: ScenarioScore[] = [{ id: 'return_refund', score: 0.8, cues: [] }, { id: 'wrong_item', score: 0.5, cues: [] }, { id: 'exchange', score: 0.2, cues: [] }];
  it('without a choice it is the classifier’s ranking', () => {
    expect(effectiveRanking([...list], null).map((s) => s.id)).toEqual(['return_refund', 'wrong_item', 'exchange']);
  });
  it('the order decides: no scenario scores above one before it', () => {
    const reordered: ScenarioScore[] = [{ id: 'other', score: 0.14, cues: [] }, { id: 'warranty_usage', score: 0.03, cues: [] }, { id: 'payment', score: 0.137, cues: [] }];
    expect(effectiveRanking(reordered, null)).toEqual([{ id: 'other', score: 0.14 }, { id: 'warranty_usage', score: 0.03 }, { id: 'payment', score: 0.03 }]);
  });
  it('a choice goes first at the top score, the replaced one is dropped', () => {
    const r = effectiveRanking([...list], { chosen: 'exchange', replaced: 'return_refund' });
    expect(r).toEqual([{ id: 'exchange', score: 0.8 }, { id: 'wrong_item', score: 0.5 }]);
  });
  it('a choice outside the list still leads', () => {
    expect(effectiveRanking([...list], { chosen: 'invoice', replaced: null })[0]).toEqual({ id: 'invoice', score: 0.8 });
  });
});

describe('case deadline', () => {
  it.each<[AfterSalesState, OrderStage, string | undefined]>([
    ['requested', 'delivered', 'respond_refund_request'],
    ['awaiting_return', 'delivered', 'buyer_return_shipping'],
    ['refunded', 'closed', undefined],
  ])('%s → %s', (state, stage, kind) => {
    const s = situationOf({ snapshot: base({ orderStage: stage, afterSales: { state } }), lang: 'zh', now: NOW });
    expect(s.caseDeadline?.kind).toBe(kind);
  });
});

describe('advice that fits the case', () => {
  const chatOf = (texts: string[], over: Partial<PageSnapshot> = {}) => base({ platform: 'taobao', pageKind: 'chat', orderStage: 'delivered', messages: texts.map((text) => ({ role: 'buyer' as const, text })), ...over });
  const ids = (s: ReturnType<typeof situationOf>) => s.replies.map((r) => r.script.id);

  it('a not-as-described return never gets a buyer-pays-postage reply', () => {
    const s = situationOf({ snapshot: chatOf(['颜色和详情页差好多，偏黄，我想退货', '退回去的运费谁出？']), lang: 'zh', now: NOW, replies: { scripts, limit: 10 } });
    expect(s.cause).toBe('seller');
    expect(s.replies.length).toBeGreaterThan(0);
    for (const r of s.replies) expect(r.script.cause ?? 'any', r.script.id).toMatch(/^(seller|any)$/);
    // The library does hold buyer-pays replies for this scenario: they were left out, not absent.
    expect(scripts.some((x) => x.cause === 'buyer' && x.scenarios.includes('return_refund'))).toBe(true);
  });

  it('while the cause is unknown, the reply that states both postage policies and asks why fits; once named, it does not', () => {
    const unknown = situationOf({ snapshot: chatOf(['退货的话运费怎么算']), lang: 'zh', now: NOW, replies: { scripts, limit: 10 } });
    expect(unknown.cause).toBeUndefined();
    expect(ids(unknown)).toContain('zh.return_refund.policy');
    const named = situationOf({ snapshot: chatOf(['不想要了，退货的话运费怎么算']), lang: 'zh', now: NOW, replies: { scripts, limit: 10 } });
    expect(named.cause).toBe('buyer');
    expect(ids(named)).not.toContain('zh.return_refund.policy');
  });

  it('every built-in reply that tells the buyer to pay the postage is written for the buyer\'s own reason (or states both policies)', () => {
    const buyerPays = /(运费|邮费)(需要|要|得)?(由)?您(来)?(承担|出|付)|postage is (paid|covered) by you|you (pay|cover) the return/i;
    const offenders = scripts.filter((x) => buyerPays.test(x.body) && x.cause !== 'buyer' && x.cause !== 'unknown').map((x) => x.id);
    expect(offenders).toEqual([]);
    expect(scripts.filter((x) => buyerPays.test(x.body)).length).toBeGreaterThan(2);
  });

  it('a change-of-mind return gets no seller-fault reply', () => {
    const s = situationOf({ snapshot: chatOf(['不想要了，想退货，运费谁出']), lang: 'zh', now: NOW, replies: { scripts, limit: 10 } });
    expect(s.cause).toBe('buyer');
    for (const r of s.replies) expect(r.script.cause, r.script.id).not.toBe('seller');
  });

  it('the wrong-item sub-case the buyer names decides between wrong, missing and not-as-described replies', () => {
    const described = situationOf({ snapshot: chatOf(['实物颜色偏黄，和图片不一样，麻烦尽快处理'], { afterSales: { state: 'requested' } }), lang: 'zh', now: NOW, replies: { scripts, limit: 8 } });
    expect(ids(described)).toContain('zh.wrong_item.not_as_described');
    for (const r of described.replies) expect(r.script.subcase ?? 'described').toBe('described');
    const missing = situationOf({ snapshot: chatOf(['少发了一件，只收到一条裤子']), lang: 'zh', now: NOW, replies: { scripts, limit: 8 } });
    for (const r of missing.replies) expect(r.script.subcase ?? 'missing').toBe('missing');
  });

  it('usage and warranty advice follow the kind of goods: bedding is washed, an appliance is installed and repaired', () => {
    const ask = ['这个怎么用啊，第一次买'];
    const bedding = situationOf({ snapshot: chatOf(ask, { items: [{ title: '加厚珊瑚绒四件套' }] }), lang: 'zh', now: NOW, replies: { scripts, limit: 10 } });
    expect(bedding.goods).toBe('textile');
    expect(bedding.scenario).toBe('warranty_usage');
    expect(ids(bedding)).toContain('zh.warranty_usage.care');
    for (const r of bedding.replies) expect(r.script.goods ?? ['textile'], r.script.id).toContain('textile');
    expect(bedding.steps.map((x) => x.id)).toContain('warranty.care_guide');
    expect(bedding.steps.map((x) => x.id)).not.toContain('warranty.check_warranty');
    const kettle = situationOf({ snapshot: chatOf(ask, { items: [{ title: '智能电水壶 1.7L' }] }), lang: 'zh', now: NOW, replies: { scripts, limit: 10 } });
    expect(kettle.goods).toBe('electrical');
    expect(ids(kettle)).not.toContain('zh.warranty_usage.care');
    expect(ids(kettle)).toContain('zh.warranty_usage.terms');
    expect(kettle.steps.map((x) => x.id)).toContain('warranty.check_warranty');
    // Unknown goods: the general advice, every reply eligible.
    const unknown = situationOf({ snapshot: chatOf(ask), lang: 'zh', now: NOW, replies: { scripts, limit: 10 } });
    expect(unknown.goods).toBeUndefined();
    expect(unknown.steps.map((x) => x.id)).toContain('warranty.guide_usage');
  });

  it('an after-sales or delivered page gets no pre-sale steps or replies', () => {
    const s = situationOf({ snapshot: chatOf(['这个颜色有没有别的', '实物和图片不一样'], { afterSales: { state: 'requested' } }), lang: 'zh', now: NOW, replies: { scripts, limit: 10 } });
    expect(s.steps.some((x) => x.origin === 'presale')).toBe(false);
    expect(s.replies.some((r) => r.script.phase === 'presale')).toBe(false);
  });

  it('a buyer writing English on a Chinese platform gets English replies', () => {
    const s = situationOf({ snapshot: chatOf(['where is my package, tracking has not updated for a week'], { orderStage: 'shipped' }), lang: 'zh', now: NOW, replies: { scripts } });
    expect(s.replyLang).toBe('en');
    expect(s.replies.slice(0, 3).length).toBe(3);
    for (const r of s.replies.slice(0, 3)) expect(r.script.lang).toBe('en');
  });
});

describe('the agent’s own replies take part', () => {
  const row = (over: Record<string, unknown>) => ({ id: 'u.mine', title: '我的退货回复', body: '{buyer|亲}，您好，退货地址稍后发您，运费我们包了。', scenarios: ['return_refund'], stages: [], states: [], lang: 'zh', tags: [], createdAt: 1, updatedAt: 1, ...over });
  const snap = base({ platform: 'taobao', pageKind: 'chat', orderStage: 'delivered', messages: [{ role: 'buyer', text: '衣服不合适，我想退货' }] });

  it('an own reply written for the case is suggested first', () => {
    const lib = mergeLibrary(BUILTIN_SCRIPTS, [row({}) as never]).scripts;
    const s = situationOf({ snapshot: snap, lang: 'zh', now: NOW, replies: { scripts: lib } });
    expect(s.scenario).toBe('return_refund');
    expect(s.replies[0].script.id).toBe('u.mine');
    expect(s.replies[0].reasons).toContain('own');
  });

  it('an own reply for another case is not pushed in', () => {
    const lib = mergeLibrary(BUILTIN_SCRIPTS, [row({ scenarios: ['invoice'] }) as never]).scripts;
    const s = situationOf({ snapshot: snap, lang: 'zh', now: NOW, replies: { scripts: lib } });
    expect(s.replies.map((r) => r.script.id)).not.toContain('u.mine');
  });

  it('a favourite built-in for the case moves into the top three', () => {
    const plain = situationOf({ snapshot: snap, lang: 'zh', now: NOW, replies: { scripts, limit: 30 } });
    const fifth = plain.replies[4].script.id;
    const b = BUILTIN_SCRIPTS.find((x) => x.id === fifth)!;
    // What setFavourite stores for a built-in: an unedited copy with the mark.
    const lib = mergeLibrary(BUILTIN_SCRIPTS, [{ ...b, stages: [...b.stages], states: [...b.states], tags: [...b.tags], scenarios: [...b.scenarios], builtinId: fifth, baseHash: scriptHash(b), favourite: true, createdAt: 1, updatedAt: 1 } as never]).scripts;
    expect(lib.find((x) => x.id === fifth)?.source).toBe('builtin');
    const s = situationOf({ snapshot: snap, lang: 'zh', now: NOW, replies: { scripts: lib } });
    expect(s.replies.slice(0, 3).map((r) => r.script.id)).toContain(fifth);
    expect(s.replies.find((r) => r.script.id === fifth)?.reasons).toContain('favourite');
  });
});

describe('situationOf: the buyer writes in a language the classifier cannot read', () => {
  const dutch = [{ role: 'buyer' as const, text: 'hallo, het pakket kwam open aan en een van de twee onderdelen ontbreekt, wat moet ik nu doen' }];
  it('the page names the situation when it can, and the situation says the words were not read', () => {
    const page = { orderStage: 'delivered' as const, afterSales: { state: 'requested' as const } };
    const s = situationOf({ snapshot: base({ ...page, messages: dutch }), lang: 'zh', now: NOW, replies: { scripts } });
    expect(s.unread).toBe(true);
    expect(s.source).toBe('page');
    expect(s.scenario).toBe('return_refund');
    expect(s.scenarios).toEqual(situationOf({ snapshot: base(page), lang: 'zh', now: NOW }).scenarios);
    expect(s.steps.length).toBeGreaterThan(0);
  });
  it('with nothing on the page, the reading stays, marked as unread', () => {
    const s = situationOf({ snapshot: base({ messages: dutch }), lang: 'zh', now: NOW });
    expect(s.unread).toBe(true);
    expect(s.source).toBe('messages');
  });
  it('words it reads are not marked', () => {
    const s = situationOf({ snapshot: base({ messages: [{ role: 'buyer', text: '衣服不合适，我想退货' }] }), lang: 'zh', now: NOW });
    expect(s.unread).toBe(false);
    expect(s.source).toBe('messages');
  });
});
