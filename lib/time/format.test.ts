import { describe, expect, it } from 'vitest';
import { formatDateTime, formatRelative, formatWhen } from './format';

const TZ = 'Asia/Shanghai';
const NOW = new Date('2026-11-23T09:15:00+08:00'); // Monday

describe('formatWhen', () => {
  it.each([
    ['2026-11-24T10:00:00+08:00', 'zh', '明天 10:00 (周二)'],
    ['2026-11-23T11:15:00+08:00', 'zh', '今天 11:15 (周一)'],
    ['2026-11-22T18:00:00+08:00', 'zh', '昨天 18:00 (周日)'],
    ['2026-11-30T15:00:00+08:00', 'zh', '11月30日 15:00 (周一)'],
    ['2027-01-05T10:00:00+08:00', 'zh', '2027年1月5日 10:00 (周二)'],
    ['2026-11-23T11:15:00+08:00', 'en', 'in 2 h · today 11:15'],
    ['2026-11-24T10:00:00+08:00', 'en', 'in 25 h · tomorrow 10:00'],
    ['2026-11-26T10:00:00+08:00', 'en', 'in 3 d · Thu 10:00'],
    ['2026-11-23T09:45:00+08:00', 'en', 'in 30 min · today 09:45'],
    ['2026-11-23T09:00:00+08:00', 'en', '15 min ago · today 09:00'],
    ['2026-12-04T10:00:00+08:00', 'en', 'in 11 d · Fri 4 Dec 10:00'],
  ] as const)('%s (%s) → %s', (iso, lang, expected) => {
    expect(formatWhen(new Date(iso), NOW, lang, TZ)).toBe(expected);
  });

  it('uses the zone, not the process clock', () => {
    // Same instant, New York: Sunday 21:00 the day before.
    expect(formatWhen(new Date('2026-11-23T10:00:00+08:00'), NOW, 'zh', 'America/New_York')).toBe('今天 21:00 (周日)');
  });
});

describe('formatRelative / formatDateTime', () => {
  it('says how far away, both ways', () => {
    expect(formatRelative(new Date('2026-11-23T10:45:00+08:00'), NOW, 'zh')).toBe('1小时30分钟后');
    expect(formatRelative(new Date('2026-11-23T09:10:00+08:00'), NOW, 'zh')).toBe('已过5分钟');
    expect(formatRelative(NOW, NOW, 'en')).toBe('now');
  });
  it('prints a full local date', () => {
    expect(formatDateTime(new Date('2026-11-24T10:00:00+08:00'), 'zh', TZ)).toBe('11月24日 10:00 (周二)');
    expect(formatDateTime(new Date('2026-11-24T10:00:00+08:00'), 'en', TZ)).toBe('Tue 24 Nov 10:00');
  });
});

describe('formatIsoLocal', () => {
  it('writes the zone offset', async () => {
    const { formatIsoLocal } = await import('./format');
    expect(formatIsoLocal(new Date('2026-11-24T02:00:00Z'), TZ)).toBe('2026-11-24T10:00:00+08:00');
    expect(formatIsoLocal(new Date('2026-11-24T02:00:00Z'), 'America/New_York')).toBe('2026-11-23T21:00:00-05:00');
    expect(formatIsoLocal(new Date('2026-11-24T02:00:00Z'), 'Asia/Kolkata')).toBe('2026-11-24T07:30:00+05:30');
  });
});
