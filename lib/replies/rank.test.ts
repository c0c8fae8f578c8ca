import { describe, expect, it } from 'vitest';
import { suggest, usageBoost, type SuggestContext } from './rank';
import type { Script } from './types';

const DAY = 24 * 3600 * 1000;
const NOW = 1_000 * DAY;
const sc = (id: string, extra: Partial<Script>): Script => ({
  id, title: id, body: id, scenarios: [], stages: [], states: [], lang: 'zh', tags: [], ...extra,
});

const LIB: Script[] = [
  sc('refund.requested', { scenarios: ['refund_only'], states: ['requested'] }),
  sc('refund.refunded', { scenarios: ['refund_only'], states: ['refunded'] }),
  sc('refund.any', { scenarios: ['refund_only'] }),
  sc('return.address', { scenarios: ['return_refund'], states: ['awaiting_return'] }),
  sc('ship.where', { scenarios: ['shipping_query'], stages: ['shipped'] }),
  sc('ship.where.todo', { scenarios: ['shipping_query'], stages: ['to_ship'] }),
  sc('calm', { scenarios: ['complaint'], tags: ['risk'] }),
  sc('thanks', {}),
  sc('invoice', { scenarios: ['invoice'] }),
  sc('en.refund', { scenarios: ['refund_only'], lang: 'en' }),
  sc('pdd.refund', { scenarios: ['refund_only'], platform: 'pinduoduo' }),
  sc('jd.refund', { scenarios: ['refund_only'], platform: 'jd' }),
];

const ctx = (over: Partial<SuggestContext>): SuggestContext => ({
  scenarios: [], risk: false, lang: 'zh', usage: new Map(), favourites: new Set(), now: NOW, ...over,
});
const ids = (xs: { script: Script }[]): string[] => xs.map((x) => x.script.id);

/** `first` is ranked above `then`, and both are there (indexOf alone passes when one is missing: -1). */
function expectBefore(list: string[], first: string, then: string): void {
  expect(list).toContain(first);
  expect(list).toContain(then);
  expect(list.indexOf(first)).toBeLessThan(list.indexOf(then));
}

describe('suggest', () => {
  it('leaves out a reply meant for other kinds of page; any page when the kind is unknown', () => {
    const lib = [sc('chat.only', { scenarios: ['refund_only'], pageKinds: ['chat'] }), sc('anywhere', { scenarios: ['refund_only'] })];
    const on = (pageKind?: 'chat' | 'order_detail') => ids(suggest(lib, ctx({ scenarios: [{ id: 'refund_only', score: 1 }], ...(pageKind ? { pageKind } : {}) })));
    expect(on('chat')).toEqual(expect.arrayContaining(['chat.only', 'anywhere']));
    expect(on('order_detail')).toEqual(['anywhere']);
    expect(on()).toEqual(expect.arrayContaining(['chat.only', 'anywhere']));
  });

  it('a reply written for the case\'s state alone comes before one written for that state and others', () => {
    const lib = [sc('a.broad', { scenarios: ['return_refund'], states: ['requested', 'awaiting_return'] }), sc('z.address', { scenarios: ['return_refund'], states: ['awaiting_return'] })];
    expect(ids(suggest(lib, ctx({ scenarios: [{ id: 'return_refund', score: 1 }], state: 'awaiting_return' })))).toEqual(['z.address', 'a.broad']);
  });

  it('a calming reply comes after a plain one of the next scenario while the buyer has said nothing (a page-only case)', () => {
    const scenarios = [{ id: 'complaint', score: 0.55 }, { id: 'refund_only', score: 0.4 }];
    expectBefore(ids(suggest(LIB, ctx({ scenarios }))), 'calm', 'refund.any');
    expectBefore(ids(suggest(LIB, ctx({ scenarios, quiet: true }))), 'refund.any', 'calm');
  });

  it('a reply to something the buyer did (a bad review) comes after the others while the buyer has said nothing', () => {
    const lib = [sc('a.bad_review', { scenarios: ['review'], stages: ['completed'], tags: ['reactive'] }), sc('z.care', { scenarios: ['warranty_usage'] })];
    const scenarios = [{ id: 'review', score: 0.6 }, { id: 'warranty_usage', score: 0.5 }];
    expectBefore(ids(suggest(lib, ctx({ scenarios, stage: 'completed' }))), 'a.bad_review', 'z.care');
    expectBefore(ids(suggest(lib, ctx({ scenarios, stage: 'completed', quiet: true }))), 'z.care', 'a.bad_review');
  });

  it('a reply written for the scenario comes before one that also covers it (a customs reply also answers "where is it")', () => {
    const lib = [sc('a.customs', { scenarios: ['cross_border', 'shipping_query'] }), sc('z.eta', { scenarios: ['shipping_query'] })];
    expect(ids(suggest(lib, ctx({ scenarios: [{ id: 'shipping_query', score: 1 }] })))).toEqual(['z.eta', 'a.customs']);
    expect(ids(suggest(lib, ctx({ scenarios: [{ id: 'cross_border', score: 1 }] })))[0]).toBe('a.customs');
  });

  it('leaves out a reply written for other kinds of goods; any goods while the kind is unknown', () => {
    const lib = [sc('appliance', { scenarios: ['warranty_usage'], goods: ['electrical', 'furniture'] }), sc('care', { scenarios: ['warranty_usage'], goods: ['textile'] }), sc('any', { scenarios: ['warranty_usage'] })];
    const on = (goods?: 'electrical' | 'textile' | 'food') => ids(suggest(lib, ctx({ scenarios: [{ id: 'warranty_usage', score: 1 }], ...(goods ? { goods } : {}) })));
    expect(on('textile').sort()).toEqual(['any', 'care']);
    expect(on('electrical').sort()).toEqual(['any', 'appliance']);
    expect(on('food')).toEqual(['any']);
    expect(on().sort()).toEqual(['any', 'appliance', 'care']);
    // The one written for these goods comes first, and says so.
    const r = suggest(lib, ctx({ scenarios: [{ id: 'warranty_usage', score: 1 }], goods: 'textile', uiLang: 'zh' }));
    expect(r[0].script.id).toBe('care');
    expect(r[0].reasons).toContain('goods');
    expect(r[0].reason).toContain('家纺');
  });

  it('puts the script for the current after-sales state first and a different state last', () => {
    const r = suggest(LIB, ctx({ scenarios: [{ id: 'refund_only', score: 0.9 }], state: 'requested', platform: 'pinduoduo' }));
    expect(ids(r)).toEqual(['refund.requested', 'pdd.refund', 'refund.any', 'thanks', 'refund.refunded']);
    expect(r[0].reasons).toEqual(['scenario', 'state']);
    expect(r[0].reason).toBe('场景：仅退款；符合当前售后进度');
    expect(r.at(-1)!.reasons).toContain('state_mismatch');
  });

  it('leaves out other languages and other platforms', () => {
    const r = suggest(LIB, ctx({ scenarios: [{ id: 'refund_only', score: 1 }], platform: 'taobao' }));
    expect(ids(r)).not.toContain('en.refund');
    expect(ids(r)).not.toContain('pdd.refund');
    expect(ids(r)).not.toContain('jd.refund');
    expect(ids(suggest(LIB, ctx({ scenarios: [{ id: 'refund_only', score: 1 }], lang: 'en' })))).toEqual(['en.refund']);
  });

  it('weighs scenarios by their score', () => {
    const r = suggest(LIB, ctx({ scenarios: [{ id: 'shipping_query', score: 0.3 }, { id: 'invoice', score: 0.6 }] }));
    expect(ids(r).slice(0, 3)).toEqual(['invoice', 'ship.where', 'ship.where.todo']);
  });

  it('uses the order stage', () => {
    const r = suggest(LIB, ctx({ scenarios: [{ id: 'shipping_query', score: 1 }], stage: 'to_ship' }));
    expect(ids(r).slice(0, 2)).toEqual(['ship.where.todo', 'ship.where']);
  });

  it('brings de-escalation scripts first when the buyer is at risk, even off-scenario', () => {
    const r = suggest(LIB, ctx({ scenarios: [{ id: 'refund_only', score: 1 }], state: 'requested', risk: true }));
    expect(ids(r)[0]).toBe('calm');
    expect(r[0].reasons[0]).toBe('risk');
    expect(ids(suggest(LIB, ctx({ scenarios: [{ id: 'refund_only', score: 1 }] })))).not.toContain('calm');
  });

  it('a pressing buyer lifts the fitting reply that answers urgency, and only then', () => {
    const lib = [sc('ship.when', { scenarios: ['urge_dispatch'] }), sc('ship.rush', { scenarios: ['urge_dispatch'], tags: ['加急'] }), sc('rush.other', { scenarios: ['invoice'], tags: ['加急'] })];
    const score = (xs: { script: Script; score: number }[], id: string) => xs.find((x) => x.script.id === id)?.score;
    const calm = suggest(lib, ctx({ scenarios: [{ id: 'urge_dispatch', score: 1 }] }));
    const urgent = suggest(lib, ctx({ scenarios: [{ id: 'urge_dispatch', score: 1 }], urgent: true }));
    expect(score(calm, 'ship.rush')).toBe(score(calm, 'ship.when'));
    expect(score(urgent, 'ship.rush')!).toBeGreaterThan(score(urgent, 'ship.when')!);
    expect(ids(urgent)[0]).toBe('ship.rush');
    expect(urgent[0].reasons).toContain('urgent');
    expect(ids(urgent)).not.toContain('rush.other');
  });

  it('lifts what the agent uses (recent use counts more) and favourites', () => {
    const base = ctx({ scenarios: [{ id: 'refund_only', score: 1 }] });
    expect(ids(suggest(LIB, base)).slice(0, 2)).toEqual(['refund.any', 'refund.refunded']);
    const usage = new Map([['refund.refunded', { count: 5, lastAt: NOW - DAY }], ['refund.any', { count: 20, lastAt: NOW - 200 * DAY }]]);
    const r = suggest(LIB, { ...base, usage });
    expect(ids(r)[0]).toBe('refund.refunded');
    expect(r[0].reasons).toContain('used');
    const fav = suggest(LIB, { ...base, favourites: new Set(['refund.requested', 'invoice']) });
    expect(ids(fav)[0]).toBe('refund.requested');
    expect(ids(fav)).toContain('invoice'); // a favourite stays reachable off-scenario
  });

  it('ranks the script about what the buyer just asked first among the same scenario', () => {
    const lib = [
      sc('ret.policy', { title: '七天无理由', body: '签收后七天内商品完好可以退货', scenarios: ['return_refund'] }),
      sc('ret.fee', { title: '退货运费说明', body: '质量问题来回运费由我们承担，个人原因寄回运费自理', scenarios: ['return_refund'] }),
      sc('ret.address', { title: '退货地址', body: '请寄到这个地址并填写单号', scenarios: ['return_refund'] }),
    ];
    const base = ctx({ scenarios: [{ id: 'return_refund', score: 1 }] });
    expect(ids(suggest(lib, { ...base, query: '退回去的运费谁出' }))[0]).toBe('ret.fee');
    expect(ids(suggest(lib, { ...base, query: '寄到哪个地址' }))[0]).toBe('ret.address');
    const r = suggest(lib, { ...base, query: '运费' });
    expect(r[0].reasons).toContain('topic');
    // Without words to go on, the order falls back to the ids (deterministic).
    expect(ids(suggest(lib, base))).toEqual(['ret.address', 'ret.fee', 'ret.policy']);
  });

  it('lowers scripts that presume a case when the page was read and shows none', () => {
    const r = suggest(LIB, ctx({ scenarios: [{ id: 'refund_only', score: 1 }], stage: 'delivered' }));
    expectBefore(ids(r), 'refund.any', 'refund.requested');
    expect(r.find((x) => x.script.id === 'refund.requested')!.reasons).toContain('state_mismatch');
  });

  it('is deterministic and honours the limit', () => {
    const c = ctx({ scenarios: [{ id: 'refund_only', score: 1 }] });
    const a = suggest(LIB, c);
    const b = suggest([...LIB].reverse(), c);
    expect(ids(a)).toEqual(ids(b));
    expect(suggest(LIB, c, { limit: 2 })).toHaveLength(2);
  });

  it('usage boost grows with use and decays with age', () => {
    expect(usageBoost(undefined, NOW)).toBe(0);
    const fresh = usageBoost({ count: 3, lastAt: NOW }, NOW);
    expect(fresh).toBeGreaterThan(usageBoost({ count: 1, lastAt: NOW }, NOW));
    expect(fresh).toBeGreaterThan(usageBoost({ count: 3, lastAt: NOW - 60 * DAY }, NOW));
    expect(usageBoost({ count: 1e6, lastAt: NOW }, NOW)).toBe(30);
  });
});
