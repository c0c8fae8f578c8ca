import { ALL_DATES, EN_DATES, ZH_DATES, dateIn, parseDateTime } from './datetime';

// Wednesday 2026-11-18 09:30:00 in China.
const NOW = new Date('2026-11-18T01:30:00Z');

describe('parseDateTime (China page, +08:00)', () => {
  it.each([
    ['2026-08-06 01:22:42', '2026-08-06T01:22:42+08:00'],
    ['2026/08/08 19:34:20', '2026-08-08T19:34:20+08:00'],
    ['2026/08/08 19:34:20 付款', '2026-08-08T19:34:20+08:00'],
    ['2026年09月08日 17:30:17', '2026-09-08T17:30:17+08:00'],
    ['2026年9月8日', '2026-09-08T00:00:00+08:00'],
    ['订单成交时间：2026-11-01 08:05', '2026-11-01T08:05:00+08:00'],
    ['2026.11.02 10:00', '2026-11-02T10:00:00+08:00'],
    ['09-08 17:30', '2026-09-08T17:30:00+08:00'],
    ['9月8日 17:30', '2026-09-08T17:30:00+08:00'],
    ['11月18日', '2026-11-18T00:00:00+08:00'],
    ['12-25 10:00', '2025-12-25T10:00:00+08:00'],
    ['11月19日 08:00', '2026-11-19T08:00:00+08:00'],
    ['11月20日 10:00', '2025-11-20T10:00:00+08:00'],
    ['17:30', '2026-11-18T17:30:00+08:00'],
    ['08:15:05', '2026-11-18T08:15:05+08:00'],
    ['今天 10:01', '2026-11-18T10:01:00+08:00'],
    ['昨天 14:32', '2026-11-17T14:32:00+08:00'],
    ['前天 09:00', '2026-11-16T09:00:00+08:00'],
    ['昨天', '2026-11-17T00:00:00+08:00'],
    ['昨天 下午 2:32', '2026-11-17T14:32:00+08:00'],
    ['上午 12:10', '2026-11-18T00:10:00+08:00'],
    ['刚刚', '2026-11-18T09:30:00+08:00'],
    ['3分钟前', '2026-11-18T09:27:00+08:00'],
    ['2小时前', '2026-11-18T07:30:00+08:00'],
    ['30秒前', '2026-11-18T09:29:30+08:00'],
    ['3天前', '2026-11-15T09:30:00+08:00'],
    ['周一 18:00', '2026-11-16T18:00:00+08:00'],
    ['星期三 08:00', '2026-11-11T08:00:00+08:00'],
    ['2026-11-18T01:12:00Z', '2026-11-18T09:12:00+08:00'],
    ['2026-11-18T09:12:00+08:00', '2026-11-18T09:12:00+08:00'],
    ['2026-11-17T20:12:00-05:00', '2026-11-18T09:12:00+08:00'],
    ['2026-11-18T09:12:00.123+0800', '2026-11-18T09:12:00+08:00'],
  ])('%s → %s', (text, want) => {
    expect(parseDateTime(text, NOW)).toBe(want);
  });
});

describe('parseDateTime (English pages)', () => {
  // Tuesday 2026-11-17 18:30 in New York (-05:00).
  const NY = new Date('2026-11-17T23:30:00Z');
  it.each([
    ['5 min ago', '2026-11-17T18:25:00-05:00'],
    ['1 hour ago', '2026-11-17T17:30:00-05:00'],
    ['just now', '2026-11-17T18:30:00-05:00'],
    ['Yesterday 2:32 PM', '2026-11-16T14:32:00-05:00'],
    ['Today at 9:05 am', '2026-11-17T09:05:00-05:00'],
    ['Nov 18, 2026 3:04 PM', '2026-11-18T15:04:00-05:00'],
    ['Nov 16, 2026 at 12:04 AM', '2026-11-16T00:04:00-05:00'],
    ['18 Nov 2026', '2026-11-18T00:00:00-05:00'],
    ['November 18, 2026', '2026-11-18T00:00:00-05:00'],
    ['Sat, Nov 7, 2026', '2026-11-07T00:00:00-05:00'],
    ['Sept. 3rd 2026', '2026-09-03T00:00:00-05:00'],
    ['Nov 10', '2026-11-10T00:00:00-05:00'],
    ['Dec 24', '2025-12-24T00:00:00-05:00'],
    ['11/18/2026', '2026-11-18T00:00:00-05:00'],
    ['18/11/2026', '2026-11-18T00:00:00-05:00'],
    ['03/04/2026 10:00', '2026-03-04T10:00:00-05:00'],
  ])('%s → %s', (text, want) => {
    expect(parseDateTime(text, NY, -300, 'en')).toBe(want);
  });

  it('keeps a zero offset as +00:00', () => {
    expect(parseDateTime('2026-11-18 09:12', NOW, 0)).toBe('2026-11-18T09:12:00+00:00');
  });
  it('resolves relative forms in the page zone, not UTC', () => {
    // 01:30 UTC on the 18th is already the 18th in China but still the 17th in New York.
    expect(parseDateTime('昨天 14:32', NOW, 480)).toBe('2026-11-17T14:32:00+08:00');
    expect(parseDateTime('yesterday 14:32', NOW, -300)).toBe('2026-11-16T14:32:00-05:00');
    expect(parseDateTime('17:30', NOW, -300)).toBe('2026-11-17T17:30:00-05:00');
  });
  it('reads an ambiguous day/month only on English pages', () => {
    expect(parseDateTime('03/04/2026', NOW, 480, 'zh')).toBeUndefined();
    expect(parseDateTime('13/04/2026', NOW, 480, 'zh')).toBe('2026-04-13T00:00:00+08:00');
  });
});

describe('parseDateTime near-misses', () => {
  it.each([
    [''],
    ['暂无'],
    ['订单编号：241118-083155271036412'],
    ['6955070819967571696'],
    ['2026-02-30'],
    ['25:61'],
    ['1-10件'],
    ['¥129.00'],
    ['配送时段 1/2'],
  ])('%j → undefined', (text) => {
    expect(parseDateTime(text, NOW)).toBeUndefined();
  });
});

describe('dateIn across re-reads of the same page (answers kept for the day)', () => {
  const at = (iso: string) => new Date(iso);
  const read = (text: string, now: string) => dateIn(ZH_DATES, text, at(now), 480, 'zh');

  it('gives each re-read the answer a fresh parse would give', () => {
    expect(read('14:32', '2026-11-23T09:00:00+08:00')).toBe('2026-11-23T14:32:00+08:00');
    expect(read('14:32', '2026-11-23T23:59:00+08:00')).toBe('2026-11-23T14:32:00+08:00');
    // The next day in the page's zone: today's clock time is a new date.
    expect(read('14:32', '2026-11-24T00:01:00+08:00')).toBe('2026-11-24T14:32:00+08:00');
    expect(read('昨天 20:10', '2026-11-23T10:00:00+08:00')).toBe('2026-11-22T20:10:00+08:00');
    expect(read('昨天 20:10', '2026-11-24T10:00:00+08:00')).toBe('2026-11-23T20:10:00+08:00');
  });

  it('never keeps answers that move during the day: 刚刚, N 分钟前', () => {
    expect(read('刚刚', '2026-11-23T10:00:00+08:00')).toBe('2026-11-23T10:00:00+08:00');
    expect(read('刚刚', '2026-11-23T10:07:30+08:00')).toBe('2026-11-23T10:07:30+08:00');
    expect(read('5分钟前', '2026-11-23T10:00:00+08:00')).toBe('2026-11-23T09:55:00+08:00');
    expect(read('5分钟前', '2026-11-23T11:00:00+08:00')).toBe('2026-11-23T10:55:00+08:00');
  });

  it('a year-less date just after today moves from last year to this year as the day goes on', () => {
    // Over a day ahead at 09:00 (a year-less date is never in the future: last year) ...
    expect(read('11-24 10:00', '2026-11-23T09:00:00+08:00')).toBe('2025-11-24T10:00:00+08:00');
    // ... and within a day at 11:00 (clock skew between shop and buyer: this year).
    expect(read('11-24 10:00', '2026-11-23T11:00:00+08:00')).toBe('2026-11-24T10:00:00+08:00');
  });

  it('keeps zones and rule lists apart', () => {
    expect(dateIn(ZH_DATES, '2026-11-20 08:00', at('2026-11-23T10:00:00+08:00'), 480, 'zh')).toBe('2026-11-20T08:00:00+08:00');
    expect(dateIn(ZH_DATES, '2026-11-20 08:00', at('2026-11-23T10:00:00+08:00'), -300, 'zh')).toBe('2026-11-20T08:00:00-05:00');
    expect(dateIn(EN_DATES, '11/05/2026', at('2026-11-23T10:00:00Z'), 0, 'en')).toBe('2026-11-05T00:00:00+00:00');
    expect(dateIn(ALL_DATES, '11/05/2026', at('2026-11-23T10:00:00Z'), 0, 'zh')).toBeUndefined(); // ambiguous on a Chinese page
  });
});

describe('dates as printed (line breaks, indentation, nbsp between the parts)', () => {
  const now = new Date('2026-11-23T10:00:00+08:00');
  it.each([
    ['2026-11-20\n      10:32', 480, 'zh', '2026-11-20T10:32:00+08:00'],
    ['昨天\u00a0\u00a014:05', 480, 'zh', '2026-11-22T14:05:00+08:00'],
    ['\n  11-21\t18:40:05\n', 480, 'zh', '2026-11-21T18:40:05+08:00'],
    ['Nov 19, 2026\n    at 10:03 AM PST', -480, 'en', '2026-11-19T10:03:00-08:00'],
    ['just\u00a0now', 0, 'en', '2026-11-23T02:00:00+00:00'],
  ] as const)('%j', (text, tz, locale, want) => {
    expect(dateIn(locale === 'zh' ? ZH_DATES : EN_DATES, text, now, tz, locale)).toBe(want);
  });
});
