import { describe, expect, it } from 'vitest';
import { buyerSide, smallTalk } from './turns';
import { classify } from './index';

describe('buyerSide', () => {
  it('leaves out greetings and the answer to the closing question', () => {
    expect(buyerSide(['在吗', '快递一直不更新', '没有了，谢谢'])).toEqual(['快递一直不更新']);
    expect(buyerSide(['我的订单到哪了', '不用啦  谢谢'])).toEqual(['我的订单到哪了']);
    expect(buyerSide(['发票开了吗', '没别的问题了'])).toEqual(['发票开了吗']);
  });
  it('keeps answers that may carry the need', () => {
    // A bare "没有" may answer "收到了吗?"; a withdrawn request is read by classify's retractions.
    expect(buyerSide(['收到了吗那个', '没有'])).toEqual(['收到了吗那个', '没有']);
    expect(buyerSide(['地址填错了', '不用改了'])).toEqual(['地址填错了', '不用改了']);
  });
  it('keeps small talk when nothing else is left', () => {
    expect(buyerSide(['没有了 谢谢'])).toEqual(['没有了 谢谢']);
  });
  it('a closing answer does not change the reading', () => {
    const need = ['我的快递三天没动了'];
    expect(classify({ messages: [...need, '没有了谢谢'] }).scenarios).toEqual(classify({ messages: need }).scenarios);
  });
});

describe('smallTalk', () => {
  it('names what a turn of small talk says, and nothing for a turn that says more', () => {
    expect(['在吗', '您好', 'hi', '谢谢亲', 'ok thanks', '好的', '嗯嗯', '没有了 谢谢', '不用啦'].map(smallTalk)).toEqual(['are_you_there', 'greeting', 'greeting', 'thanks', 'thanks', 'ack', 'ack', 'closing', 'closing']);
    for (const t of ['在吗 快递到哪了', '谢谢 发票开一下', 'thanks for nothing', '没有收到', '']) expect(smallTalk(t), t).toBeUndefined();
  });
});
