import { describe, expect, it } from 'vitest';
import type { PageSnapshot } from '../snapshot';
import { formatMoney, parseTemplate, render, shortenProduct, variablesIn, varsFromSnapshot } from './template';

describe('render', () => {
  it('fills known variables', () => {
    const r = render('{buyer}您好，订单{order_id}已发出', { buyer: '小林', order_id: '123' });
    expect(r.text).toBe('小林您好，订单123已发出');
    expect(r.missing).toEqual([]);
    expect(r.parts.map((p) => p.kind)).toEqual(['var', 'text', 'var', 'text']);
  });

  it('uses the fallback only when the value is missing or blank', () => {
    expect(render('走{courier|快递}', {}).text).toBe('走快递');
    expect(render('走{courier|快递}', { courier: '  ' }).text).toBe('走快递');
    expect(render('走{courier|快递}', { courier: '顺丰速运' }).text).toBe('走顺丰速运');
    expect(render('亲{buyer|}，', {}).text).toBe('亲，');
    expect(render('走{courier|快递}', {}).missing).toEqual([]);
  });

  it('keeps unfilled and unknown variables visible and lists them once', () => {
    const r = render('{buyer} {coupon} {buyer}', {});
    expect(r.text).toBe('{buyer} {coupon} {buyer}');
    expect(r.missing).toEqual(['buyer', 'coupon']);
    const coupon = r.parts.find((p) => p.kind === 'var' && p.name === 'coupon');
    expect(coupon).toMatchObject({ filled: false, known: false });
  });

  it('fills unknown names from values the agent typed', () => {
    const r = render('券码{coupon}', {}, { custom: { coupon: 'A1' } });
    expect(r).toMatchObject({ text: '券码A1', missing: [] });
  });

  it('treats doubled braces as literal braces', () => {
    expect(render('{{buyer}} {{x}} }}', { buyer: 'B' }).text).toBe('{buyer} {x} }');
    expect(render('{{buyer}}', { buyer: 'B' }).missing).toEqual([]);
  });

  it('leaves brace text that is not a name alone', () => {
    expect(render('a { 1 + 1 } b {', {}).text).toBe('a { 1 + 1 } b {');
    expect(render('{constructor.name}', {}).missing).toEqual(['constructor.name']);
    expect(render('{__proto__}', {}).missing).toEqual(['__proto__']);
    expect(render('{constructor}', {}, { custom: {} }).text).toBe('{constructor}');
  });

  it('never evaluates values or bodies', () => {
    const r = render('<b>{buyer}</b> ${1+1}', { buyer: '{order_id}<script>alert(1)</script>', order_id: 'X' });
    expect(r.text).toBe('<b>{order_id}<script>alert(1)</script></b> $' + '{1+1}');
    expect(r.missing).toEqual([]);
  });

  it('does not double the currency when the script already writes 元 or ¥', () => {
    expect(render('退款{refund_amount}元', { refund_amount: '¥64.50' }).text).toBe('退款64.50元');
    expect(render('共¥{amount}', { amount: '¥129.00' }).text).toBe('共¥129.00');
    expect(render('实付{amount}，', { amount: '¥129.00' }).text).toBe('实付¥129.00，');
    expect(render('paid {amount} 元', { amount: '$12.50' }).text).toBe('paid $12.50 元');
  });

  it('resolves Chinese aliases and case', () => {
    expect(render('{买家}/{快递单号}/{Buyer}', { buyer: 'x', tracking_no: '9' }).text).toBe('x/9/x');
    expect(variablesIn('{买家}{buyer}{订单号}')).toEqual(['buyer', 'order_id']);
  });

  it('parses fallbacks containing bars and spaces', () => {
    expect(parseTemplate('{deadline| 48小时 内}')).toEqual([{ kind: 'var', name: 'deadline', fallback: ' 48小时 内' }]);
  });
});

const snap: PageSnapshot = {
  platform: 'pinduoduo',
  pageKind: 'chat',
  url: 'https://mms.pinduoduo.com/chat',
  shop: '云朵家居旗舰店',
  orderId: '241118-083155271036412',
  buyer: { nick: '小鹿', id: '8812' },
  items: [{ title: '【包邮】加厚珊瑚绒四件套 冬季保暖 床上用品 宿舍 单人 双人 1.8m', sku: '1.8m床 / 奶白', qty: 2, price: 129 }],
  amounts: { paid: 129, refund: 64.5 },
  orderStage: 'shipped',
  logistics: { courier: 'SF', trackingNo: 'SF1234', latestEvent: '【杭州市】已发出' },
  confidence: {},
};

describe('varsFromSnapshot', () => {
  const now = new Date(2026, 10, 23, 10, 0);

  it('maps the page facts (zh)', () => {
    const v = varsFromSnapshot(snap, { agent: '小王', returnAddress: '杭州市…', now });
    expect(v).toMatchObject({
      buyer: '小鹿', order_id: '241118-083155271036412', sku: '1.8m床 / 奶白', qty: '2',
      amount: '¥129.00', refund_amount: '¥64.50', courier: '顺丰速运', tracking_no: 'SF1234',
      latest_event: '【杭州市】已发出', shop: '云朵家居旗舰店', agent: '小王', today: '11月23日', platform: '拼多多',
      return_address: '杭州市…',
    });
    expect(v.product).toBe('加厚珊瑚绒四件套 冬季保暖 床上用品 宿舍');
    expect(v.product).not.toContain('包邮');
    expect(v.product!.startsWith('加厚珊瑚绒四件套')).toBe(true);
    expect(v.deadline).toBeUndefined();
  });

  it('uses English names, USD and the settings shop', () => {
    const en: PageSnapshot = { ...snap, platform: 'shopify', amounts: { paid: 12.5, currency: 'USD' }, logistics: { courier: 'ZTO' } };
    const v = varsFromSnapshot(en, { lang: 'en', shop: 'Cloud Home', now }, { deadline: 'Nov 25' });
    expect(v).toMatchObject({ amount: '$12.50', courier: 'ZTO Express', today: 'Nov 23', platform: 'Shopify', shop: 'Cloud Home', deadline: 'Nov 25' });
    expect(v.refund_amount).toBeUndefined();
  });

  it('leaves out what the page does not show', () => {
    const v = varsFromSnapshot({ platform: 'unknown', pageKind: 'unknown', url: 'x', confidence: {} }, { now });
    expect(Object.keys(v).sort()).toEqual(['today']);
    expect(render('{buyer|亲}，{courier|快递}', v).text).toBe('亲，快递');
  });

  it('cleans page values before they reach a reply: no control or bidi characters', () => {
    const hostile: PageSnapshot = {
      ...snap,
      buyer: { nick: '\u202Eevil\u202C小\u200B鹿\u0007' },
      orderId: '2411\n18\u2066-001\u2069',
      items: [{ title: '四件套\u202D 奶白\r\n发顺丰', qty: 1 }],
      logistics: { courier: 'SF', trackingNo: 'SF\u0000123\uFEFF', latestEvent: '已签收\u2028请评价\u061C' },
    };
    const v = varsFromSnapshot(hostile, { now });
    expect(v).toMatchObject({ buyer: 'evil小鹿', order_id: '2411 18-001', product: '四件套 奶白 发顺丰', tracking_no: 'SF123', latest_event: '已签收 请评价' });
    const text = render('亲爱的{buyer}，订单{order_id}：{tracking_no}', v).text;
    expect(text).toBe('亲爱的evil小鹿，订单2411 18-001：SF123');
    for (const x of Object.values(v)) expect(x).not.toMatch(/[\u0000-\u001F\u007F-\u009F\u061C\u200B-\u200F\u2028\u202A-\u202E\u2066-\u2069\uFEFF]/);
    // A value made only of such characters is missing, not an empty slot.
    expect(varsFromSnapshot({ ...snap, buyer: { nick: '\u202E\u202C ' } }, { now }).buyer).toBeUndefined();
  });

  it.each([
    ['a negative amount', -20],
    ['an absurd amount', 1e12],
    ['not a number', Number.NaN],
    ['infinity', Infinity],
  ])('leaves out %s (the page is not trusted)', (_name, x) => {
    const v = varsFromSnapshot({ ...snap, amounts: { paid: x, refund: x } }, { now });
    expect(v.amount).toBeUndefined();
    expect(v.refund_amount).toBeUndefined();
    expect(render('退您{refund_amount}', v).missing).toEqual(['refund_amount']);
  });

  it('keeps plausible amounts (0 included) and whole positive quantities only', () => {
    expect(varsFromSnapshot({ ...snap, amounts: { paid: 0, refund: 99_999 } }, { now })).toMatchObject({ amount: '¥0.00', refund_amount: '¥99999.00' });
    for (const qty of [-3, 0, 2.5, 1e9]) expect(varsFromSnapshot({ ...snap, items: [{ title: 'x', qty }] }, { now }).qty).toBeUndefined();
    expect(varsFromSnapshot({ ...snap, amounts: { paid: 5, currency: '<b>' } }, { now }).amount).toBe('¥5.00');
  });

  it('formats money and shortens titles', () => {
    expect(formatMoney(3, 'eur')).toBe('€3.00');
    expect(formatMoney(3, 'XYZ')).toBe('3.00 XYZ');
    expect(shortenProduct('Short title')).toBe('Short title');
    expect(shortenProduct('Wireless Noise Cancelling Headphones with Microphone, Black')).toBe('Wireless Noise Cancelling Headphones');
    expect(shortenProduct('超长商品标题没有任何空格一直写下去写到很长很长很长很长')).toBe('超长商品标题没有任何空格一直写下去写到很');
  });
});
