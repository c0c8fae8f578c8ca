import { describe, expect, it } from 'vitest';
import { jd } from './jd';
import { adapterFor } from './registry';
import { FIXTURE_NOW, diffSnapshot, fixturesOf, toDocument } from './testkit';

const fixtures = fixturesOf('jd');
const byName = (n: string) => {
  const f = fixtures.find((x) => x.name === n);
  if (!f) throw new Error(`no fixture ${n}`);
  return { ...f, snap: jd.read(toDocument(f.html), f.url, FIXTURE_NOW) };
};

describe('jd adapter', () => {
  it('has fixtures for 咚咚 chat, order detail and order list', () => {
    expect(fixtures.map((f) => f.expected.pageKind).sort()).toEqual(['chat', 'order_detail', 'order_list']);
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('reads %s field by field', (_n, fx) => {
    const snap = jd.read(toDocument(fx.html), fx.url, FIXTURE_NOW);
    expect(diffSnapshot(snap, fx.expected)).toEqual([]);
  });

  it('reads the live 咚咚 thread and header (real-pages.md [J1]): message_left buyer, message_right agent, the header name without its badges', () => {
    const msg = (side: string, t: string) => `<div class="message message_${side}"><div class="message__inner"><div class="message__nickname">x<span class="message__time_str">10:0${side.length}:00</span></div><pre class="message__text"><span class="message__content">${t}</span></pre></div></div>`;
    const doc = toDocument(`<html><body><div class="chat-head"><span class="chat-head-name">橘子汽水qwq<span class="consult-type">售中</span><span class="chatHead-entering"></span></span></div>
      <div id="t-chat-scroll"><div><div class="c-wrap"><div class="c-c">${msg('left', '怎么还没发货')}${msg('right', '亲，明天发出')}<div class="message message_center"><div class="message__system_box"><span class="message__system">客服修改了备注</span></div></div>${msg('left', '好吧')}</div></div></div></div>
      <div class="pell-editor-wrapper"><div class="EditorContent" contenteditable="true"></div></div></body></html>`);
    const s = jd.read(doc, 'https://dongdong.jd.com/', FIXTURE_NOW);
    expect(s.messages?.map((m) => [m.role, m.text])).toEqual([['buyer', '怎么还没发货'], ['seller', '亲，明天发出'], ['system', '客服修改了备注'], ['buyer', '好吧']]);
    expect(s.buyer?.nick).toBe('橘子汽水qwq');
    expect(doc.querySelector(jd.chatBox.join(','))?.className).toBe('EditorContent');
  });

  it('is the adapter for shop.jd.com and dongdong.jd.com only', () => {
    expect(adapterFor('https://dongdong.jd.com/')?.id).toBe('jd');
    expect(jd.pageKind(new URL('https://shop.jd.com/jdm/trade/orders/order-list?tabType=allOrders'))).toBe('order_list');
    expect(adapterFor('https://item.jd.com/100012345678.html')).toBeUndefined();
  });

  it('reads a long chat with robot and auto-replies as system, and resolves 昨天/今天 dividers', () => {
    const msgs = byName('chat-dongdong').snap.messages ?? [];
    expect(msgs.length).toBeGreaterThanOrEqual(40);
    expect(msgs.filter((m) => /京小智|自动回复/.test(m.text)).map((m) => m.role)).toEqual(['system', 'system']);
    expect(msgs[1].time).toBe('2026-11-22T20:11:05+08:00');
    expect(msgs[msgs.length - 1]).toEqual({ role: 'buyer', text: '还是没到，你们到底能不能送', time: '2026-11-23T10:12:09+08:00' });
  });

  it('takes the open conversation and its current order, not the session list or the order card the buyer sent', () => {
    const { snap, html } = byName('chat-dongdong');
    expect(html).toContain('data-pin="jd_xiaoyu_88"');
    expect(snap.buyer).toEqual({ nick: 'jd_5f8a2c91e07b' });
    expect(snap.orderId).toBe('312345678901');
    expect(snap.messages?.find((m) => m.text.includes('309988776655'))?.role).toBe('system');
  });

  it('never takes the 12-digit 商品编号 or 父订单号 as the order id', () => {
    const { html } = byName('order_detail-saved');
    // Without the URL's orderId the page's own 订单编号 still wins over the same-shaped numbers.
    expect(jd.read(toDocument(html), 'https://shop.jd.com/jdm/trade/orders/order-details', FIXTURE_NOW).orderId).toBe('298765432101');
  });

  it('takes 实付金额 as paid, not 应收金额 or 商品总额', () => {
    expect(byName('order_detail-saved').snap.amounts).toEqual({ paid: 363, currency: 'CNY' });
    expect(byName('order_list-wait-out').snap.amounts).toBeUndefined();
  });

  it('reads no order on a list page with nothing selected', () => {
    const { html, url } = byName('order_list-wait-out');
    const snap = jd.read(toDocument(html.replace(' is-selected', '')), url, FIXTURE_NOW);
    expect(snap.orderId).toBeUndefined();
    expect(snap.buyer).toBeUndefined();
    expect(snap.shop).toBe('北山户外旗舰店');
  });

  it('gives a partial snapshot, without throwing, on a logged-out page', () => {
    const url = 'https://shop.jd.com/jdm/trade/orders/order-details?orderId=298765432101';
    const snap = jd.read(toDocument('<div id="jdm-app"><p>抱歉主人，您访问的页面不存在</p></div>'), url, FIXTURE_NOW);
    expect(snap).toEqual({ platform: 'jd', pageKind: 'order_detail', url, orderId: '298765432101', confidence: { orderId: 0.95 } });
  });
});
