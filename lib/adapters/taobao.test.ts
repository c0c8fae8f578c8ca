import { describe, expect, it } from 'vitest';
import { taobao } from './taobao';
import { adapterFor } from './registry';
import { FIXTURE_NOW, diffSnapshot, fixturesOf, toDocument } from './testkit';

const fixtures = fixturesOf('taobao');
const byName = (n: string) => {
  const f = fixtures.find((x) => x.name === n);
  if (!f) throw new Error(`no fixture ${n}`);
  return { ...f, snap: taobao.read(toDocument(f.html), f.url, FIXTURE_NOW) };
};

describe('taobao adapter', () => {
  it('has fixtures for the new detail, the classic detail and the refund page', () => {
    expect(fixtures.map((f) => f.expected.pageKind).sort()).toEqual(['after_sales', 'order_detail', 'order_detail']);
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('reads %s field by field', (_n, fx) => {
    const snap = taobao.read(toDocument(fx.html), fx.url, FIXTURE_NOW);
    expect(diffSnapshot(snap, fx.expected)).toEqual([]);
  });

  it('is the adapter for every 千牛 / trade / refund2 host and names the page kind from the URL', () => {
    const kind = (u: string) => adapterFor(u)?.id === 'taobao' ? taobao.pageKind(new URL(u)) : 'not taobao';
    expect(kind('https://qn.taobao.com/home.htm/trade-platform/tp/sold')).toBe('order_list');
    expect(kind('https://myseller.taobao.com/home.htm/trade-platform/refund-list')).toBe('after_sales');
    expect(kind('https://trade.tmall.com/detail/orderDetail.htm?biz_order_id=1')).toBe('order_detail');
    expect(kind('https://refund2.tmall.com/dispute/sellerDisputeList.htm')).toBe('after_sales');
    // The web 消息 page (real-pages.md [T1 T2 T3 T5]), on qn and on myseller.
    expect(kind('https://qn.taobao.com/home.htm/app-customer-service/toolpage/Message')).toBe('chat');
    expect(kind('https://myseller.taobao.com/app/customer-service/toolPage/Message')).toBe('chat');
    expect(kind('https://www.taobao.com/')).toBe('not taobao');
  });

  it('takes the order id from bizOrderId, not the sub-order id, payment serial or item id beside it', () => {
    const { snap, html } = byName('order_detail-tp');
    expect(html).toContain('子订单编号：3668812345678901235');
    expect(snap.orderId).toBe('3668812345678901234');
  });

  it('takes the order id by label on the refund page, not the 18-digit 退款编号', () => {
    const { html, url } = byName('after_sales-refund2');
    // Without the URL query, the label alone must still find the order, never the refund id.
    const snap = taobao.read(toDocument(html), url.replace(/\?.*$/, ''), FIXTURE_NOW);
    expect(snap.orderId).toBe('2733456789012345678');
  });

  it('takes 实付款 as paid, not 商家实收 or 商品总价', () => {
    expect(byName('order_detail-tp').snap.amounts).toEqual({ paid: 240.9, currency: 'CNY' });
  });

  it('reads the buyer from data-nick, not the hidden 旺旺在线 text in the same cell', () => {
    expect(byName('order_detail-classic-saved').snap.buyer).toEqual({ nick: '小满爱吃鱼' });
  });

  it('puts the newest-first negotiation history oldest first, with 系统 rows as system', () => {
    const msgs = byName('after_sales-refund2').snap.messages ?? [];
    expect(msgs.map((m) => m.role)).toEqual(['buyer', 'system', 'seller', 'buyer', 'system']);
    expect(msgs.map((m) => m.time)).toEqual([...msgs.map((m) => m.time)].sort());
  });

  it('gives a partial snapshot, without throwing, when the labels are missing', () => {
    const url = 'https://myseller.taobao.com/home.htm/trade-platform/tp/detail?bizOrderId=3668812345678901234';
    const doc = toDocument('<div id="ice-container"><div class="detailPage--bV0sy">加载中…</div></div>');
    expect(taobao.read(doc, url, FIXTURE_NOW)).toEqual({
      platform: 'taobao', pageKind: 'order_detail', url, orderId: '3668812345678901234', confidence: { orderId: 0.95 },
    });
    expect(taobao.read(toDocument(''), 'not a url', FIXTURE_NOW).platform).toBe('taobao');
  });

  it('ignores a bizOrderId that is not an order id', () => {
    const url = 'https://myseller.taobao.com/home.htm/trade-platform/tp/detail?bizOrderId=abc';
    expect(taobao.read(toDocument('<p>订单详情</p>'), url, FIXTURE_NOW).orderId).toBeUndefined();
  });
});
