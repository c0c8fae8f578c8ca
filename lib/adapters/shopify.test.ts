import { describe, expect, it } from 'vitest';
import { shopify, storeInTitle } from './shopify';
import { adapterFor } from './registry';
import { FIXTURE_NOW, diffSnapshot, fixturesOf, toDocument } from './testkit';

const fixtures = fixturesOf('shopify');
const byName = (n: string) => {
  const f = fixtures.find((x) => x.name === n);
  if (!f) throw new Error(`no fixture ${n}`);
  return { ...f, snap: shopify.read(toDocument(f.html), f.url, FIXTURE_NOW) };
};

describe('shopify adapter', () => {
  it('reads the customer from a card whose link is an action ("View profile"), and from an <s-link>', () => {
    const page = (card: string) => toDocument(`<html><head><title>#1001 · Orders · Fern · Shopify</title></head><body><main><h1>#1001</h1>${card}</main></body></html>`);
    const url = 'https://admin.shopify.com/store/fern/orders/5812034519087';
    const a = shopify.read(page('<div class="Polaris-LegacyCard"><div class="Polaris-LegacyCard__Header"><h2>Customer</h2><a href="/store/fern/customers/729">View profile</a></div><div><div>Astrid Holmberg</div><div><a href="mailto:a@b.se">a@b.se</a></div><div>+46 70 412 58 19</div></div></div>'), url, FIXTURE_NOW);
    expect(a.buyer).toEqual({ nick: 'Astrid Holmberg', id: '729' });
    // An avatar's initials beside the name are not the name.
    const i = shopify.read(page('<div class="Polaris-LegacyCard"><h3><span>Customer</span><a href="/store/fern/customers/731">View profile</a></h3><div><span class="_Avatar_x">SL</span><div><div>Sofia Lindqvist</div><span>Portland OR</span></div></div></div>'), url, FIXTURE_NOW);
    expect(i.buyer?.nick).toBe('Sofia Lindqvist');
    const b = shopify.read(page('<s-section><s-heading>Customer</s-heading><s-stack><s-link href="/store/fern/customers/730">Nora Callaghan</s-link><s-text>5 orders</s-text></s-stack></s-section>'), url, FIXTURE_NOW);
    expect(b.buyer?.nick).toBe('Nora Callaghan');
    // The action in Chinese (查看客户资料: blind set 39).
    const z = shopify.read(page('<div class="Polaris-LegacyCard"><div><h2>客户</h2><a href="/store/fern/customers/732">查看客户资料</a></div><div><div>Emily Carter</div></div></div>'), url, FIXTURE_NOW);
    expect(z.buyer?.nick).toBe('Emily Carter');
  });

  it('reads the admin in Chinese: the heading\'s <s-internal-badge>s and the store before 订单 in the tab title (blind set 39)', () => {
    const doc = toDocument(`<html lang="zh-CN"><head><title>Mooncrest Lighting · 订单 · #1487 · Shopify</title></head><body><main><div><h1 class="Polaris-Header-Title">#1487</h1>
      <s-internal-badge progress="complete"><span class="Polaris-Text--visuallyHidden">完成</span>已付款</s-internal-badge><s-internal-badge tone="attention"><span class="Polaris-Text--visuallyHidden">注意 未完成</span>未发货</s-internal-badge></div></main></body></html>`);
    expect(shopify.read(doc, 'https://admin.shopify.com/store/mooncrest/orders/6118502334671', FIXTURE_NOW)).toMatchObject({ shop: 'Mooncrest Lighting', orderStage: 'to_ship' });
    // Paid and refunded after a fulfilment: the badges say shipped and refunded.
    const refunded = toDocument(doc.documentElement.outerHTML.replace('未发货', '已发货').replace('已付款', '已退款').replace('</main>', '<section><h2><s-internal-badge>已发货 (1)</s-internal-badge></h2><p>订单状态：已付款</p></section></main>'));
    expect(shopify.read(refunded, 'https://admin.shopify.com/store/mooncrest/orders/6118502334671', FIXTURE_NOW)).toMatchObject({ orderStage: 'shipped', afterSales: { state: 'refunded' } });
  });

  it('reads the order name from a heading that holds its badges', () => {
    const doc = toDocument(`<html><head><title>#LP1163 · Orders · Fern · Shopify</title></head><body><main><div class="Polaris-Page-Header"><h1>#LP1163
      <s-badge><span class="Polaris-Text--visuallyHidden">Complete </span>Paid</s-badge><s-badge>Fulfilled</s-badge></h1></div></main></body></html>`);
    const s = shopify.read(doc, 'https://admin.shopify.com/store/fern/orders/5869014327609', FIXTURE_NOW);
    expect([s.orderId, s.orderStage]).toEqual(['#LP1163', 'shipped']);
  });

  it('reads the admin in 简体中文 (<html lang="zh-CN">) with both languages\' words: 已付款 · 未发货 is to ship', () => {
    const page = (lang: string) => toDocument(`<html lang="${lang}"><head><title>#1058 · 订单 · Pinecrest · Shopify</title></head><body><main><div class="Polaris-Page-Header"><h1>#1058
      <s-badge>已付款</s-badge><s-badge>未发货</s-badge></h1></div><div><span>总计</span><span></span><span>US$181.20</span><span>已付款</span><span>PayPal</span><span>US$181.20</span></div></main></body></html>`);
    const url = 'https://admin.shopify.com/store/pinecrest/orders/6741859201234';
    expect(shopify.read(page('zh-CN'), url, FIXTURE_NOW)).toMatchObject({ orderStage: 'to_ship', amounts: { paid: 181.2, currency: 'USD' } });
    // The same words on a page that says it is English are none of its words.
    expect(shopify.read(page('en'), url, FIXTURE_NOW).orderStage).toBeUndefined();
  });

  it('reads the admin in German and French beside the English words: Bezahlt · Nicht ausgeführt, Payé · Traité', () => {
    const page = (lang: string, a: string, b: string) => toDocument(`<html lang="${lang}"><head><title>#1583 · Shopify</title></head><body><main><div class="Polaris-Page-Header"><h1>#1583
      <s-badge>${a}</s-badge><s-badge>${b}</s-badge></h1></div></main></body></html>`);
    const url = 'https://admin.shopify.com/store/kaffee/orders/6318452907221';
    expect(shopify.read(page('de', 'Bezahlt', 'Nicht ausgeführt'), url, FIXTURE_NOW).orderStage).toBe('to_ship');
    expect(shopify.read(page('fr', 'Payé', 'Traité'), url, FIXTURE_NOW).orderStage).toBe('shipped');
    expect(shopify.read(page('en', 'Payé', 'Traité'), url, FIXTURE_NOW).orderStage).toBeUndefined();
  });

  it('reads the order of a return page headed by the return\'s name (#1047-R1 is a return of #1047)', () => {
    const doc = toDocument(`<html><head><title>Return #1047-R1 · Shopify</title></head><body><main><div class="Polaris-Page-Header"><h1 class="Polaris-Header-Title">#1047-R1</h1></div></main></body></html>`);
    const s = shopify.read(doc, 'https://admin.shopify.com/store/fern/orders/5921837465712/returns/14386790512', FIXTURE_NOW);
    expect([s.pageKind, s.orderId]).toEqual(['after_sales', '#1047']);
  });

  it('a return page whose badges say the parcel moves (Return in progress · In transit) is returned; an order page keeps awaiting_return', () => {
    const page = (h: string) => toDocument(`<html><head><title>${h} · Shopify</title></head><body><main><div class="Polaris-Page-Header"><h1>${h}
      <s-badge><span class="Polaris-Text--visuallyHidden">Attention </span>Return in progress</s-badge><s-badge>In transit</s-badge></h1></div></main></body></html>`);
    expect(shopify.read(page('#1047-R1'), 'https://admin.shopify.com/store/fern/orders/5921837465712/returns/14386790512', FIXTURE_NOW).afterSales?.state).toBe('returned');
    expect(shopify.read(page('#1047'), 'https://admin.shopify.com/store/fern/orders/5921837465712', FIXTURE_NOW).afterSales?.state).toBe('awaiting_return');
  });

  it('reads a payment summary drawn as a flat grid (label, description, amount), the refund as a positive amount', () => {
    const doc = toDocument(`<html><head><title>#1002 · Orders · Fern · Shopify</title></head><body><main><h1>#1002</h1><div class="_SummaryGrid_x">
      <span>Subtotal</span><span>4 items</span><span>$224.00</span><span>Paid by customer</span><span></span><span>$205.63</span>
      <span>Refunded</span><span>Wool Hiking Socks 3-Pack</span><span>−$22.03</span><span>Net payment</span><span></span><span>$183.60</span></div></main></body></html>`);
    const s = shopify.read(doc, 'https://admin.shopify.com/store/fern/orders/5812034519088', FIXTURE_NOW);
    expect(s.amounts).toEqual({ paid: 205.63, refund: 22.03, currency: 'USD' });
  });

  it('a "Paid" badge (an older order\'s row: Paid · Fulfilled · $83.10) is a status, not the money label', () => {
    const doc = toDocument(`<html><head><title>#1002 · Orders · Fern · Shopify</title></head><body><main><h1>#1002</h1>
      <div class="row"><a>#1001</a><span class="Polaris-Badge">Paid</span><span class="Polaris-Badge">Fulfilled</span><span>$83.10</span></div></main></body></html>`);
    expect(shopify.read(doc, 'https://admin.shopify.com/store/fern/orders/5812034519088', FIXTURE_NOW).amounts?.paid).toBeUndefined();
  });

  it('takes the store name from the admin tab title when the top bar shows none', () => {
    expect(storeInTitle('#FH2079 · Orders · Fernhill Ceramics · Shopify')).toBe('Fernhill Ceramics');
    expect(storeInTitle('Inbox · Kestrel & Pine · Shopify')).toBe('Kestrel & Pine');
    expect(storeInTitle('Nordlicht Kaffee · Orders · #1187 · Shopify')).toBe('Nordlicht Kaffee');
    expect(storeInTitle('Orders · Shopify')).toBeUndefined();
    expect(storeInTitle('Shopify')).toBeUndefined();
    expect(storeInTitle('Orders · Fernhill Ceramics')).toBeUndefined();
  });

  it('has fixtures for two order pages and the order list', () => {
    expect(fixtures.map((f) => f.expected.pageKind).sort()).toEqual(['order_detail', 'order_detail', 'order_list']);
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('reads %s field by field', (_n, fx) => {
    const snap = shopify.read(toDocument(fx.html), fx.url, FIXTURE_NOW);
    expect(diffSnapshot(snap, fx.expected)).toEqual([]);
  });

  it('names the page kind from admin URLs', () => {
    expect(adapterFor('https://admin.shopify.com/store/x/orders/1/refund')?.pageKind(new URL('https://admin.shopify.com/store/x/orders/1/refund'))).toBe('after_sales');
    expect(shopify.pageKind(new URL('https://admin.shopify.com/store/x/orders'))).toBe('order_list');
    expect(shopify.pageKind(new URL('https://admin.shopify.com/store/x/products/9'))).toBe('unknown');
    expect(adapterFor('https://maple-and-moss.myshopify.com/orders/1')).toBeUndefined();
  });

  it('takes the order name from the heading, not the URL id, checkout number or fulfilment name', () => {
    const { snap, html } = byName('order_detail-refunded-saved');
    expect(html).toContain('#1039-F1');
    expect(snap.orderId).toBe('#1039');
  });

  it('takes "Paid by customer" as paid, not Total or Net payment, and a refund as a positive amount', () => {
    expect(byName('order_detail-refunded-saved').snap.amounts).toEqual({ paid: 103.68, refund: 51.84, currency: 'USD' });
  });

  it('reads badges without the hidden tone words, payment stage before fulfilment', () => {
    expect(byName('order_detail-refunded-saved').snap.afterSales).toEqual({ state: 'refunded', raw: 'Partially refunded' });
    expect(byName('order_list-all').snap.orderStage).toBe('unpaid');
  });

  it('takes the buyer from the customer card, not a staff comment that starts with "Customer"', () => {
    expect(byName('order_detail-unfulfilled').snap.buyer).toEqual({ nick: 'Olivia Bennett', id: '7012345678901' });
  });

  it('keeps the times in the offset the page shows, and UTC when it shows none', () => {
    expect(byName('order_detail-unfulfilled').snap.messages?.[0].time).toBe('2026-11-21T15:42:18-05:00');
    const doc = toDocument('<main id="AppFrameMain"><ol><li class="_TimelineEvent_8rj2x"><div class="_EventMessage_w1n4q">Note</div><time datetime="2026-11-21">Nov 21</time></li></ol></main>');
    expect(shopify.read(doc, 'https://admin.shopify.com/store/x/orders/1', FIXTURE_NOW).messages?.[0].time).toBe('2026-11-21T00:00:00+00:00');
  });

  it('reads only the selected row of the order list, and nothing when no row is selected', () => {
    const { html, url, snap } = byName('order_list-all');
    expect(snap.buyer).toEqual({ nick: 'Noah Kim' });
    const none = shopify.read(toDocument(html.replace(/ Polaris-IndexTable__TableRow--selected" aria-selected="true"/, '"')), url, FIXTURE_NOW);
    expect(none).toEqual({ platform: 'shopify', pageKind: 'order_list', url, shop: 'Maple & Moss', confidence: { shop: 0.8 } });
  });

  it('gives a partial snapshot, without throwing, while the SPA has not rendered the order yet', () => {
    const url = 'https://admin.shopify.com/store/maple-and-moss/orders/5512345678901';
    const doc = toDocument('<div id="app"><main id="AppFrameMain"><div class="Polaris-SkeletonPage__Page"><h1 class="Polaris-Header-Title"></h1></div></main></div>');
    expect(shopify.read(doc, url, FIXTURE_NOW)).toEqual({ platform: 'shopify', pageKind: 'order_detail', url, confidence: {} });
  });

  it('reads the web-component admin (s-page, s-badge) by structure: heading, badges beside it, customer link, summary rows', () => {
    const url = 'https://admin.shopify.com/store/acme/orders/5512345678999';
    const doc = toDocument(`<div id="app"><main id="AppFrameMain"><s-page><div class="_Head_x1"><h1><span>#1207</span></h1>
      <div><s-badge tone="success">Paid</s-badge><s-badge>Fulfilled</s-badge></div></div>
      <s-section><s-badge>Unfulfilled (0)</s-badge><a class="_T_9" href="/store/acme/products/77">Linen Apron</a><span>$40.00 × 1</span></s-section>
      <s-section><div role="table"><div role="row"><span role="cell">Total</span><span role="cell">$45.00</span></div>
      <div role="row"><span role="cell">Paid</span><span role="cell">Visa •••• 4242</span><span role="cell">$45.00</span></div></div></s-section>
      <s-section heading="Customer"><a href="/store/acme/customers/9001">Ada Lovelace</a></s-section></s-page></main></div>`);
    const s = shopify.read(doc, url, FIXTURE_NOW);
    expect([s.orderId, s.orderStage, s.buyer?.nick, s.amounts?.paid, s.items?.[0]?.title]).toEqual(['#1207', 'shipped', 'Ada Lovelace', 45, 'Linen Apron']);
  });
});
