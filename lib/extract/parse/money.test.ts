import { ALL_MONEY, CNY_MONEY, allMoneyIn, moneyIn, parseAllMoney, parseMoney } from './money';

describe('parseMoney', () => {
  it.each([
    ['¥1,299.00', 1299, 'CNY'],
    ['￥129', 129, 'CNY'],
    ['129元', 129, 'CNY'],
    ['129.00 元', 129, 'CNY'],
    ['RMB 50', 50, 'CNY'],
    ['CNY 88.8', 88.8, 'CNY'],
    ['US$12.50', 12.5, 'USD'],
    ['$12.50', 12.5, 'USD'],
    ['12.50 USD', 12.5, 'USD'],
    ['€9,99', 9.99, 'EUR'],
    ['9.999,00 €', 9999, 'EUR'],
    ['1.299 €', 1299, 'EUR'],
    ['£7.20', 7.2, 'GBP'],
    ['JP¥1,200', 1200, 'JPY'],
    ['CA$24.99', 24.99, 'CAD'],
    ['C$5', 5, 'CAD'],
    ['A$30.00', 30, 'AUD'],
    ['-¥20.00', -20, 'CNY'],
    ['优惠 -¥20.00', -20, 'CNY'],
    ['¥-5.5', -5.5, 'CNY'],
    ['实付款：¥129.00 (含运费¥0.00)', 129, 'CNY'],
    ['商品总价 ¥139.00 优惠 ¥10.00', 139, 'CNY'],
    ['Order total: ¥1,200', 1200, 'JPY'],
    ['1,234.5元', 1234.5, 'CNY'],
    ['500円', 500, 'JPY'],
  ])('%s → %d %s', (text, value, currency) => {
    expect(parseMoney(text)).toEqual({ value, currency });
  });

  it.each([
    ['包邮', 0, 'CNY'],
    ['运费：免费', 0, 'CNY'],
  ])('free shipping %s → 0', (text, value, currency) => {
    expect(parseMoney(text)).toEqual({ value, currency });
  });

  it('uses the hint for ¥ and $', () => {
    expect(parseMoney('¥1,200', { locale: 'en' })).toEqual({ value: 1200, currency: 'JPY' });
    expect(parseMoney('¥1,200', { locale: 'zh' })).toEqual({ value: 1200, currency: 'CNY' });
    expect(parseMoney('$19.99', { currency: 'CAD' })).toEqual({ value: 19.99, currency: 'CAD' });
    expect(parseMoney('$19.99', { currency: 'EUR' })).toEqual({ value: 19.99, currency: 'USD' });
    expect(parseMoney('Shipping: FREE', { currency: 'USD' })).toEqual({ value: 0, currency: 'USD' });
  });

  it.each([
    ['129.00', { value: 129 }],
    ['实付款：129.00', { value: 129 }],
    ['实付款 88', { value: 88 }],
  ])('a lone unmarked number %s is read without a currency', (text, want) => {
    expect(parseMoney(text)).toEqual(want);
    expect(parseMoney(text, { currency: 'CNY' })).toEqual({ ...want, currency: 'CNY' });
  });

  it.each([
    ['x2'],
    ['共2件'],
    ['订单编号：241118-083155271036412'],
    ['2026-08-06 01:22:42'],
    ['ID: 12 345'],
    ['共 12 件 3 色'],
    [''],
    ['暂无'],
  ])('%s is not money', (text) => {
    expect(parseMoney(text)).toBeUndefined();
  });
});

describe('parseAllMoney', () => {
  it('returns every amount in order', () => {
    expect(parseAllMoney('商品¥129.00 运费¥10 优惠-¥20.00 实付¥119.00')).toEqual([
      { value: 129, currency: 'CNY' },
      { value: 10, currency: 'CNY' },
      { value: -20, currency: 'CNY' },
      { value: 119, currency: 'CNY' },
    ]);
  });
  it('keeps European amounts apart', () => {
    expect(parseAllMoney('€9,99 €5')).toEqual([
      { value: 9.99, currency: 'EUR' },
      { value: 5, currency: 'EUR' },
    ]);
  });
  it('returns nothing for a text without marked amounts', () => {
    expect(parseAllMoney('共 3 件商品')).toEqual([]);
  });
});

describe('currency sets per page language', () => {
  it('a Chinese page reads yuan in every printed form', () => {
    expect(moneyIn(CNY_MONEY, '实付款：¥1,299.00', { locale: 'zh' })).toEqual({ value: 1299, currency: 'CNY' });
    expect(moneyIn(CNY_MONEY, '退款 ￥-20.50', { locale: 'zh' })).toEqual({ value: -20.5, currency: 'CNY' });
    expect(moneyIn(CNY_MONEY, '共 129元', { locale: 'zh' })).toEqual({ value: 129, currency: 'CNY' });
    expect(moneyIn(CNY_MONEY, 'RMB 88', { locale: 'zh' })).toEqual({ value: 88, currency: 'CNY' });
    expect(allMoneyIn(CNY_MONEY, '¥20 + 3 CNY', { locale: 'zh' }).map((m) => m.value)).toEqual([20, 3]);
  });

  it('other currencies are the English pages\' (a Chinese page script carries only the yuan)', () => {
    expect(allMoneyIn(CNY_MONEY, 'US$12.50 €9', { locale: 'zh' })).toEqual([]);
    expect(allMoneyIn(ALL_MONEY, 'US$12.50 €9', { locale: 'en' })).toEqual([{ value: 12.5, currency: 'USD' }, { value: 9, currency: 'EUR' }]);
    expect(parseMoney('CA$30.00')).toEqual({ value: 30, currency: 'CAD' });
  });
});
