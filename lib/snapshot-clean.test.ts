import { describe, expect, it } from 'vitest';
import { readPage } from './adapters/registry';
import { cleanSnapshot, looksLikeLabel } from './snapshot-clean';
import type { PageSnapshot } from './snapshot';

const NOW = new Date('2026-11-23T10:15:00+08:00');
/** What the extension keeps of a page: read (an unknown site: label reading only), then cleaned. */
const read = (html: string) => readPage(new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html'), 'https://shop.example.cn/order/1', NOW);

describe('snapshots from a page are cleaned where they enter the extension', () => {
  it.each([
    ['the next label in its own node', '<p><span>买家：</span><span></span></p><p><span>收货人：</span><span>张三</span></p>'],
    ['a label and its value in one node', '<p>买家： </p><p>收货人：张三 138****0000</p>'],
    ['a label without a colon in a grid', '<div>买家昵称</div><div></div><div>收货人</div><div>张三</div>'],
    ['a label no lexicon knows', '<p><span>买家：</span><span></span></p><p><span>开票抬头：</span><span>某公司</span></p>'],
  ])('an empty buyer field does not give %s as the buyer', (_name, html) => {
    const snap = read(html);
    expect(snap.buyer).toBeUndefined();
    expect(snap.confidence.buyer).toBeUndefined();
  });

  it('a buyer field with a value still gives it', () => {
    expect(read('<p><span>买家：</span><span>小鹿乱撞</span></p><p><span>收货人：</span><span>张三</span></p>').buyer?.nick).toBe('小鹿乱撞');
  });

  it('a negative or absurd amount is not the order amount', () => {
    expect(read('<p>实付款：-¥20.00</p><p>退款金额：¥99999999999</p>').amounts).toBeUndefined();
    // A refund row printed negative (Refund total: -£5.60) is the amount refunded; a paid amount never is.
    const a = read('<p>实付款：¥129.00</p><p>退款金额：-¥5.00</p>').amounts;
    expect(a?.paid).toBe(129);
    expect(a?.refund).toBe(5);
    expect(read('<p>实付款：¥0.00</p>').amounts?.paid).toBe(0);
  });

  it('removes control and bidi characters from what the page wrote, and implausible item figures', () => {
    const snap = {
      platform: 'demo', pageKind: 'chat', url: 'https://x/', confidence: { buyer: 0.85, amounts: 0.9 },
      orderId: '2411\n18\u2066-001\u2069', shop: '\u202E云朵\u202C家居',
      buyer: { nick: '\u202Eevil\u202C小\u200B鹿\u0007' },
      items: [{ title: '四件套\u202D 奶白', sku: 'M\u0000', qty: -2, price: -9 }, { title: '\u200B' }],
      amounts: { paid: Infinity, refund: 5, currency: 'CNY' },
      logistics: { courier: 'SF', trackingNo: 'SF\u0000123', latestEvent: '已签收\u2028请评价' },
      messages: [{ role: 'buyer', text: '退款\u202E吗' }],
    } as unknown as PageSnapshot;
    const before = JSON.stringify(snap);
    const c = cleanSnapshot(snap);
    expect(c).toMatchObject({
      orderId: '2411 18-001', shop: '云朵家居', buyer: { nick: 'evil小鹿' }, items: [{ title: '四件套 奶白', sku: 'M' }],
      amounts: { refund: 5, currency: 'CNY' }, logistics: { courier: 'SF', trackingNo: 'SF123', latestEvent: '已签收 请评价' },
      messages: [{ role: 'buyer', text: '退款吗' }],
    });
    expect(c.items![0]).not.toHaveProperty('qty');
    expect(c.items![0]).not.toHaveProperty('price');
    expect(c.items).toHaveLength(1);
    expect(c.amounts).not.toHaveProperty('paid');
    expect(JSON.stringify(snap)).toBe(before); // the input is left as it was
  });

  it('tells labels from names', () => {
    for (const s of ['收货人', '收货人：张三', '开票抬头：', 'Ship to: Ann', '订单编号']) expect(looksLikeLabel(s)).toBe(true);
    for (const s of ['小鹿乱撞', 'tb_8812', 'Ann Lee', '收货快的小王']) expect(looksLikeLabel(s)).toBe(false);
  });
});
