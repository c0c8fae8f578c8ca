import { normalize } from './normalize';

describe('normalize', () => {
  it('folds full-width characters and case', () => {
    expect(normalize('ＡＢＣ１２３？')).toBe('abc123?');
  });
  it('reads a Latin letter with a mark as the bare letter (accents typed or not are one word); kana and Han unchanged', () => {
    expect(normalize('¿Dónde está mi envío? Rückerstattung für Straße, reçu')).toBe('¿donde esta mi envio? ruckerstattung fur strasse, recu');
    expect(normalize('がっかり 退货')).toBe('がっかり 退货');
  });
  it('maps traditional characters used in after-sales talk', () => {
    expect(normalize('發貨了嗎')).toBe('发货了吗');
    expect(normalize('退貨運費')).toBe('退货运费');
  });
  it('folds chat slang', () => {
    expect(normalize('肿么还木有到')).toBe('怎么还没有到');
    expect(normalize('咋回事')).toBe('怎么回事');
    expect(normalize('米有收到，神马情况')).toBe('没有收到,什么情况');
    expect(normalize('pls check ur order, i recieved nothing')).toBe('please check your order, i received nothing');
  });
  it('masks ids so digits never read as cues', () => {
    expect(normalize('订单[订单x]金额[金额x]')).toContain('#ord');
    expect(normalize('订单号 241118-083155271036412 怎么还没发')).toContain('#ord');
    expect(normalize('order 123-4567890-1234567 late')).toBe('order #ord late');
    expect(normalize('单号 78812345678901')).toBe('单号 #ord');
  });
  it('drops order-card boilerplate and transfer-to-human noise', () => {
    const t = normalize('咨询订单号:[订单x] 订单金额:[金额x] 下单时间:[日期x] 我要转人工 发票开了吗');
    expect(t).not.toContain('金额');
    expect(t).not.toContain('人工');
    expect(t).toContain('发票开了吗');
  });
  it("marks a shop menu's choice by what it says, and drops the chat client's own line", () => {
    expect(normalize('电热类-收货后疑问解答')).toBe('#used');
    expect(normalize('壶类---购买前咨询')).toBe('#pre');
    expect(normalize('未购买咨询组')).toBe('#pre');
    expect(normalize('顾客通过点击web咚咚[站点x]信息发送:[订单编号:[订单x]，订单金额:[金额x]，下单时间:[日期x] [时间x]]')).toBe('#ord');
    // The sound of a machine is no menu.
    expect(normalize('洗衣机排水的时候有咚咚咚的声音')).toBe('洗衣机排水的时候有咚咚咚的声音');
  });
  it("reads a tweet's handles as addressing, and another named account tagged after the first as #tag", () => {
    expect(normalize('@AmazonHelp @118374 same happened to me')).toBe('#at #at same happened to me');
    expect(normalize('@amazonIN @jagograhakjago @PiyushGoyal refund pending')).toBe('#at #tag #tag refund pending');
    expect(normalize('mail me at a.b@shop.com')).toBe('mail me at #email');
  });
  it('reads a hashtag as its words, and leaves JD\'s #E-s mark to the masks', () => {
    expect(normalize('@AmazonHelp late again #AmazonFail #refund')).toBe('#at late again amazon fail refund');
    expect(normalize('#prime_day deals?')).toBe('prime day deals?');
    expect(normalize('#E-s[数字x] 你好')).toBe('#n 你好');
  });
});
