import { describe, expect, it } from 'vitest';
import { applyDelta, deltaOf, dropCount, type Held } from './snapshot-delta';
import type { ChatMessage, PageSnapshot } from './snapshot';

const msg = (i: number, role: ChatMessage['role'] = 'buyer'): ChatMessage => ({ role, text: `第${i}条`, time: `2026-11-23T10:${String(i % 60).padStart(2, '0')}:00+08:00` });
const snap = (messages: ChatMessage[], extra: Partial<PageSnapshot> = {}): PageSnapshot => ({
  platform: 'pinduoduo', pageKind: 'chat', url: 'https://mms.pinduoduo.com/chat-merchant/index.html', confidence: { messages: 0.9 }, ...extra,
  ...(messages.length ? { messages } : {}),
});
const range = (a: number, b: number) => Array.from({ length: b - a }, (_, i) => msg(a + i));

/** Sends each snapshot in turn as the page agent does and rebuilds it as the background does. */
function relay(snaps: PageSnapshot[]) {
  const held: Held = { head: '', messages: [] };
  let messages: ChatMessage[] = [];
  const sent: { drop: number; added: number }[] = [];
  const got: PageSnapshot[] = [];
  for (const s of snaps) {
    const d = deltaOf(s, held);
    if (!d) continue;
    const r = applyDelta(messages, d);
    messages = r.messages ?? [];
    sent.push({ drop: d.drop, added: JSON.parse(d.add).length });
    got.push(r);
  }
  return { sent, got };
}

describe('snapshot deltas', () => {
  it('the background rebuilds every snapshot the page sent, field for field', () => {
    const snaps = [snap(range(0, 3)), snap(range(0, 4)), snap(range(0, 4), { orderId: '241123-123456789012345' }), snap(range(2, 6)), snap([]), snap(range(9, 12))];
    const { got } = relay(snaps);
    expect(got).toEqual(snaps);
  });

  it('a new message sends only that message; at the cap the oldest is dropped, not resent', () => {
    const { sent } = relay([snap(range(0, 200)), snap(range(1, 201)), snap(range(2, 202))]);
    expect(sent).toEqual([{ drop: 0, added: 200 }, { drop: 1, added: 1 }, { drop: 1, added: 1 }]);
  });

  it('an unchanged page sends nothing; a change outside the messages sends no message', () => {
    const { sent } = relay([snap(range(0, 5)), snap(range(0, 5)), snap(range(0, 5), { buyer: { nick: '小满' } })]);
    expect(sent).toEqual([{ drop: 0, added: 5 }, { drop: 0, added: 0 }]);
  });

  it('another conversation replaces the messages; an edited message (recalled) resends them all', () => {
    const other = [msg(0, 'seller'), msg(1, 'seller')];
    const edited = [...range(0, 3), { ...msg(3), text: '（已撤回）' }];
    const { sent, got } = relay([snap(range(0, 4)), snap(other), snap(range(0, 4)), snap(edited)]);
    expect(sent.map((s) => s.drop)).toEqual([0, 4, 2, 4]);
    expect(sent.map((s) => s.added)).toEqual([4, 2, 4, 4]);
    expect(got[3].messages?.[3].text).toBe('（已撤回）');
  });

  it('repeated messages (the same words twice in a minute) still line up', () => {
    const m = (text: string): ChatMessage => ({ role: 'buyer', text, time: '2026-11-23T10:00:00+08:00' });
    const [a, b, c, x] = ['在吗', '好的', '谢谢', '亲'].map(m);
    expect(dropCount([x, a, a], [a, a, a])).toBe(1);
    expect(dropCount([a, b, a], [a, c])).toBe(2);
    expect(dropCount([a, b], [])).toBe(2);
    expect(dropCount([], [a])).toBe(0);
    // The same words at another time, or from the other side, are another message.
    expect(dropCount([a], [{ ...a, time: '2026-11-23T10:01:00+08:00' }])).toBe(1);
    expect(dropCount([a], [{ ...a, role: 'seller' }])).toBe(1);
  });
});
