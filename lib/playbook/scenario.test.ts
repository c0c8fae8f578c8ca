/** One realistic chat end to end (modelled on a Pinduoduo refund chat): steps, deadlines, timers, ticks. */
import { describe, expect, it } from 'vitest';
import type { ChatMessage, PageSnapshot } from '../snapshot';
import { describeDue, stateSince, stepTimeLeft } from './deadlines';
import { nextSteps } from './steps';
import { applyTicks } from './ticks';
import { serviceTimers } from './timers';

const messages: ChatMessage[] = [
  { role: 'system', text: '系统提示：商家已发货，物流单号已同步给买家', time: '2026-11-20T16:02:37+08:00' },
  { role: 'buyer', text: '物流怎么两天没动了', time: '2026-11-22T20:10:05+08:00' },
  { role: 'system', text: '亲，当前为非工作时间，留言后客服上班会第一时间回复您', time: '2026-11-22T20:10:06+08:00' },
  { role: 'buyer', text: '人呢', time: '2026-11-22T20:31:40+08:00' },
  { role: 'seller', text: '亲，您好，不好意思让您久等了', time: '2026-11-23T08:31:12+08:00' },
  { role: 'buyer', text: '那算了，我申请退款吧', time: '2026-11-23T08:40:03+08:00' },
  { role: 'seller', text: '包裹在路上的话可以先申请退款，快递到了您拒收就行', time: '2026-11-23T08:42:27+08:00' },
  { role: 'system', text: '买家发起了售后申请：仅退款（未收到货）', time: '2026-11-23T09:05:48+08:00' },
  { role: 'buyer', text: '我申请了，你同意一下', time: '2026-11-23T09:06:20+08:00' },
  { role: 'seller', text: '收到，我这边看到了', time: '2026-11-23T09:10:01+08:00' },
  { role: 'system', text: '亲，您的问题已记录，如需人工服务请回复“人工”', time: '2026-11-23T10:01:30+08:00' },
  { role: 'buyer', text: '人工', time: '2026-11-23T10:01:30+08:00' },
  { role: 'buyer', text: '我之前买的那个枕套也能一起退吗', time: '2026-11-23T10:11:48+08:00' },
];

const snapshot: PageSnapshot = {
  platform: 'pinduoduo', pageKind: 'chat', url: 'https://mms.pinduoduo.com/chat-merchant/index.html#/',
  orderId: '241118-083155271036412', orderStage: 'shipped', afterSales: { state: 'requested', raw: '已发货，退款中' },
  messages, confidence: {},
};
const now = new Date('2026-11-23T10:12:18+08:00');

describe('a refund chat on Pinduoduo', () => {
  // The classifier saw a delivery problem first; the refund case on the page decides the flow.
  const steps = nextSteps({ scenarios: [{ id: 'shipping_exception', score: 0.8 }], risk: { flags: [] }, snapshot }, 'zh');

  it('reads the case type from the notice and gives the refund-only steps for a parcel in transit', () => {
    expect(steps.slice(0, 3).map((s) => s.id)).toEqual(['shipping.intercept', 'case.review_request', 'refund.agree']);
    expect(steps.map((s) => s.id)).toContain('shipping.check_tracking');
  });

  it('counts the refund deadline from the notice that opened the request', () => {
    expect(stateSince(snapshot)?.toISOString()).toBe('2026-11-23T01:05:48.000Z');
    const agree = steps.find((s) => s.id === 'refund.agree')!;
    const t = stepTimeLeft(agree, snapshot, now);
    expect(t?.kind).toBe('respond_refund_request');
    expect(t?.dueAt.toISOString()).toBe('2026-11-25T01:05:48.000Z');
    expect(describeDue(agree.due!, snapshot, now, 'zh')?.text).toBe('剩余 1天22小时');
  });

  it('shows the buyer waiting since "人工" (the bot answer does not count) and the case age since the first question', () => {
    const { waiting, caseAge } = serviceTimers(messages, now);
    expect(waiting?.since.toISOString()).toBe('2026-11-23T02:01:30.000Z');
    expect(waiting?.seconds).toBe(648);
    expect(waiting?.level).toBe('red');
    // The chat went quiet for 2 days after dispatch; the case began with the buyer's first worry.
    expect(caseAge?.since.toISOString()).toBe('2026-11-22T12:10:05.000Z');
    expect(caseAge?.level).toBe('red');
  });

  it('keeps ticks by step id', () => {
    const ticked = applyTicks(steps, [{ stepId: 'shipping.intercept', done: true }]);
    expect(ticked[0].done).toBe(true);
    expect(ticked.slice(1).every((s) => !s.done)).toBe(true);
  });
});
