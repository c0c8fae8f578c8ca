import { LABELS, normText, stripLabel } from './text';

describe('normText', () => {
  it.each([
    ['  订单\u00a0编号 ', '订单 编号'],
    ['\u3000买家：\u3000小鹿\n\t乱撞 ', '买家： 小鹿 乱撞'],
    ['a\u200b\u200b b', 'a b'],
    ['', ''],
  ])('%j → %j', (s, want) => expect(normText(s)).toBe(want));
});

describe('stripLabel', () => {
  it.each([
    ['订单编号：241118-083155271036412', '订单编号', '241118-083155271036412'],
    ['订单编号: 123', '订单编号', '123'],
    [' 买家昵称 小鹿乱撞', '买家昵称', '小鹿乱撞'],
    ['Order ID: 112-1234567-1234567', 'order id', '112-1234567-1234567'],
    ['实付款 ¥129', '实收', '实付款 ¥129'],
  ])('%j minus %j → %j', (s, label, want) => expect(stripLabel(s, label)).toBe(want));
});

describe('LABELS', () => {
  it('keeps 实收/应收 out of the paid labels', () => {
    expect(LABELS.paid).toContain('实付款');
    expect(LABELS.paid).toContain('Order total');
    for (const l of ['实收', '实收款', '应收']) {
      expect(LABELS.paid).not.toContain(l);
      expect(LABELS.shopReceives).toContain(l);
    }
  });
  it('keeps after-sales ids apart from order ids', () => {
    for (const l of ['售后单号', '售后编号', '退款编号', '服务单号', 'Return ID']) {
      expect(LABELS.afterSalesId).toContain(l);
      expect(LABELS.orderId).not.toContain(l);
    }
    expect(LABELS.orderId).toEqual(expect.arrayContaining(['订单编号', '订单号', '交易单号', '订单ID', 'Order ID', 'Order #', 'Order number']));
  });
  it('has zh and en labels for every key', () => {
    for (const [key, list] of Object.entries(LABELS)) {
      expect(list.some((l) => /[\u4e00-\u9fff]/.test(l)), key).toBe(true);
      expect(list.some((l) => /^[A-Za-z]/.test(l)), key).toBe(true);
    }
  });
});
