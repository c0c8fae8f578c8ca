import { describe, expect, it } from 'vitest';
import { defaultReminderText, readTime } from './reminder-text';

const NOW = new Date('2026-11-23T09:20:00+08:00');
const TZ = 'Asia/Shanghai';

describe('readTime', () => {
  it('reads 明天上午10点 against a fixed now', () => {
    expect(readTime('明天上午10点', 'zh', NOW, TZ)?.at.toISOString()).toBe('2026-11-24T02:00:00.000Z');
  });
  it.each([
    ['30秒后', 30],
    ['十秒后', 10],
    ['5 秒钟之后', 5],
    ['in 8 seconds', 8],
    ['20s', 20],
  ])('reads second offsets: %s', (text, s) => {
    expect(readTime(text, 'zh', NOW, TZ)?.at.getTime()).toBe(NOW.getTime() + s * 1000);
  });
  it('flags past times and returns null for no time', () => {
    expect(readTime('今天8点', 'zh', new Date('2026-11-23T21:00:00+08:00'), TZ)?.past).toBe(true);
    expect(readTime('给买家回电话', 'zh', NOW, TZ)).toBeNull();
    expect(readTime('   ', 'zh', NOW, TZ)).toBeNull();
  });
  it('reads English', () => {
    expect(readTime('in 2 hours', 'en', NOW, TZ)?.at.getTime()).toBe(NOW.getTime() + 2 * 3600_000);
  });
});

describe('defaultReminderText', () => {
  const snap = { platform: 'taobao', pageKind: 'order', url: 'u', orderId: '123', confidence: {} } as never;
  it('names the situation and the order', () => {
    expect(defaultReminderText(snap, 'return_refund', 'zh')).toBe('跟进「退货退款」：订单 123');
    expect(defaultReminderText(snap, null, 'en')).toBe('Follow up: order 123');
  });
});
