import { describe, expect, it } from 'vitest';
import { emptySnapshot } from './snapshot';
import { unreadFacts } from './snapshot-expect';

describe('unreadFacts', () => {
  it('names what an order page should show and did not', () => {
    const s = { ...emptySnapshot('https://x.test/o/1', 'jd', 'order_detail'), orderId: '123', orderStage: 'shipped' as const };
    expect(unreadFacts(s)).toEqual(['buyer', 'items', 'paid']);
    expect(unreadFacts({ ...s, buyer: { nick: 'a' }, items: [{ title: '杯子' }], amounts: { paid: 0 } })).toEqual([]);
  });

  it('asks a chat for the buyer and their words only; lists and unknown pages for nothing', () => {
    expect(unreadFacts(emptySnapshot('https://x.test/c', 'taobao', 'chat'))).toEqual(['buyer', 'lastBuyerMessage']);
    expect(unreadFacts(emptySnapshot('https://x.test/l', 'taobao', 'order_list'))).toEqual([]);
    expect(unreadFacts(emptySnapshot('https://x.test/'))).toEqual([]);
  });
});
