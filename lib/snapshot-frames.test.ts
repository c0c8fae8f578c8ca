import { describe, expect, it } from 'vitest';
import { emptySnapshot, type PageSnapshot } from './snapshot';
import { bestFrame, mergeFrames, sameMerge } from './snapshot-frames';

describe('bestFrame', () => {
  const shell: PageSnapshot = { ...emptySnapshot('https://admin.shopify.com/store/x/apps/inbox', 'shopify'), shop: 'Tallow & Tread' };
  const chat: PageSnapshot = { ...emptySnapshot('https://inbox.shopifyapps.com/conversations/1', 'shopify', 'chat'), orderId: '#2318', messages: [{ role: 'buyer' as const, text: 'Can I swap the size?' }] };
  it('follows the frame that holds the conversation and its order, not the console\'s shell', () => {
    expect(bestFrame(new Map([[0, shell], [7, chat]]))).toBe(7);
  });
  it('keeps the top frame on a tie, and when it alone holds the page', () => {
    expect(bestFrame(new Map([[3, shell], [0, shell]]))).toBe(0);
    expect(bestFrame(new Map([[0, chat], [5, shell]]))).toBe(0);
    expect(bestFrame(new Map())).toBeUndefined();
  });
});

describe('mergeFrames', () => {
  const order: PageSnapshot = { ...emptySnapshot('https://x.test/console', 'taobao', 'chat'), orderId: '4021873365512947718', orderStage: 'shipped', amounts: { paid: 268 }, buyer: { nick: '栗子酱' }, confidence: { orderId: 0.95 } };
  const talk: PageSnapshot = { ...emptySnapshot('https://x.test/im', 'taobao', 'chat'), buyer: { nick: '栗子酱' }, messages: [{ role: 'buyer', text: '退款什么时候到' }], confidence: { messages: 0.6 } };
  it('adds what another frame reads of the same order, and inserts where the conversation is', () => {
    const m = mergeFrames(new Map([[0, order], [4, talk]]))!;
    expect(m.snapshot.orderId).toBe('4021873365512947718');
    expect(m.snapshot.messages?.map((x) => x.text)).toEqual(['退款什么时候到']);
    expect(m.snapshot.confidence.messages).toBe(0.6);
    expect(m.frameId).toBe(4);
  });
  it('takes nothing from a frame that reads another order', () => {
    const other: PageSnapshot = { ...emptySnapshot('https://x.test/side', 'taobao'), orderId: '3956612087734401526', logistics: { courier: 'ZTO', trackingNo: '78316620584921' }, confidence: {} };
    const m = mergeFrames(new Map([[0, order], [4, other]]))!;
    expect([m.snapshot.orderId, m.snapshot.logistics]).toEqual(['4021873365512947718', undefined]);
    expect(m.frameId).toBe(0);
    expect(mergeFrames(new Map())).toBeUndefined();
  });
});

describe('sameMerge', () => {
  const order: PageSnapshot = { ...emptySnapshot('https://x.test/console', 'taobao', 'chat'), orderId: '4021873365512947718', orderStage: 'shipped', buyer: { nick: '栗子酱' }, confidence: { orderId: 0.95 } };
  const talk: PageSnapshot = { ...emptySnapshot('https://x.test/im', 'taobao', 'chat'), messages: [{ role: 'buyer', text: '退款什么时候到' }], confidence: { messages: 0.6 } };
  const ad: PageSnapshot = { ...emptySnapshot('https://x.test/ad', 'taobao'), shop: '' };
  it('a frame whose reads the merge does not keep changes nothing to save; a kept frame or the insert frame does', () => {
    const before = mergeFrames(new Map([[0, order], [4, talk], [9, ad]]))!;
    // The banner frame re-read (a new object, nothing the merge keeps).
    expect(sameMerge(before, mergeFrames(new Map([[0, order], [4, talk], [9, { ...ad }]]))!)).toBe(true);
    // The conversation frame re-read with a new message.
    const more = { ...talk, messages: [...talk.messages!, { role: 'buyer' as const, text: '在吗' }] };
    expect(sameMerge(before, mergeFrames(new Map([[0, order], [4, more], [9, ad]]))!)).toBe(false);
    // The order frame's stage changed.
    expect(sameMerge(before, mergeFrames(new Map([[0, { ...order, orderStage: 'delivered' as const }], [4, talk], [9, ad]]))!)).toBe(false);
    // Same fields, another frame to insert into.
    expect(sameMerge(before, { ...before, frameId: 0 })).toBe(false);
    expect(sameMerge(undefined, before)).toBe(false);
  });
});
