import { describe, expect, it } from 'vitest';
import { emptySnapshot, type PageSnapshot } from './snapshot';
import { bestFrame } from './snapshot-frames';

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
