// Fix the process zone too (read at call time by defaultTimeZone), so that any accidental use of
// local-time Date methods shows up as a failure in the cases that pass a different zone explicitly.
const previousTz = process.env.TZ;
process.env.TZ = 'Asia/Shanghai';
import { afterAll, describe, expect, it } from 'vitest';
import { parseWhen, presets } from './parse';
import { wallOf } from './zone';

const TZ = 'Asia/Shanghai';
/** Monday 2026-11-23 09:15 in Shanghai. */
const NOW = new Date('2026-11-23T09:15:00+08:00');

/** Local wall clock of a result as "YYYY-MM-DD HH:MM". */
function local(d: Date, tz = TZ): string {
  const w = wallOf(d.getTime(), tz);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${w.year}-${p(w.month)}-${p(w.day)} ${p(w.hour)}:${p(w.minute)}`;
}

// [phrase, expected local time, expected matched words (default: the whole phrase)]
const ZH: [string, string, string?][] = [
  ['明天上午10点', '2026-11-24 10:00'],
  ['3天后', '2026-11-26 10:00'],
  ['三天后', '2026-11-26 10:00'],
  ['下周一下午', '2026-11-30 15:00'],
  ['今晚8点', '2026-11-23 20:00'],
  ['后天', '2026-11-25 10:00'],
  ['大后天下午', '2026-11-26 15:00'],
  ['半小时后', '2026-11-23 09:45'],
  ['半个小时以后', '2026-11-23 09:45'],
  ['两个小时后', '2026-11-23 11:15'],
  ['1小时后', '2026-11-23 10:15'],
  ['一个半小时后', '2026-11-23 10:45'],
  ['20分钟后', '2026-11-23 09:35'],
  ['十五分钟之后', '2026-11-23 09:30'],
  ['周五前', '2026-11-27 10:00'],
  ['下午三点半', '2026-11-23 15:30'],
  ['下午3点一刻', '2026-11-23 15:15'],
  ['明早9点', '2026-11-24 09:00'],
  ['明晚', '2026-11-24 20:00'],
  ['今天下班前', '2026-11-23 18:00'],
  ['下班前', '2026-11-23 18:00'],
  ['周五下班前', '2026-11-27 18:00'],
  ['月底', '2026-11-30 10:00'],
  ['下个月底', '2026-12-31 10:00'],
  ['11月30日', '2026-11-30 10:00'],
  ['十一月三十日下午两点', '2026-11-30 14:00'],
  ['12月1日下午2点', '2026-12-01 14:00'],
  ['1月5日', '2027-01-05 10:00'], // already past this year → next year
  ['3号', '2026-12-03 10:00'], // 3rd already past this month → next month
  ['25号', '2026-11-25 10:00'],
  ['2026-12-01', '2026-12-01 10:00'],
  ['2026年12月2日 9:30', '2026-12-02 09:30'],
  ['12/1 14:00', '2026-12-01 14:00'],
  ['下午', '2026-11-23 15:00'],
  ['晚上', '2026-11-23 20:00'],
  ['晚上8点', '2026-11-23 20:00'],
  ['晚上12点', '2026-11-24 00:00'],
  ['中午12点半', '2026-11-23 12:30'],
  ['上午十一点', '2026-11-23 11:00'],
  ['10点', '2026-11-23 10:00'], // still ahead today
  ['8点', '2026-11-23 20:00'], // 08:00 passed, 20:00 still ahead
  ['9点', '2026-11-23 21:00'],
  ['上午9点', '2026-11-24 09:00'], // stated morning, already past → tomorrow
  ['15:00', '2026-11-23 15:00'],
  ['十点半', '2026-11-23 10:30'],
  ['今天8点', '2026-11-23 20:00'],
  ['周一', '2026-11-23 10:00'], // today is Monday, 10:00 still ahead
  ['周一上午9点', '2026-11-30 09:00'], // today's 09:00 passed → next Monday
  ['星期天', '2026-11-29 10:00'],
  ['礼拜三上午', '2026-11-25 10:00'],
  ['这周五', '2026-11-27 10:00'],
  ['下周五', '2026-12-04 10:00'],
  ['下下周二', '2026-12-08 10:00'],
  ['下周', '2026-11-30 10:00'],
  ['周末', '2026-11-28 10:00'],
  ['2周后', '2026-12-07 10:00'],
  ['过两天', '2026-11-25 10:00'],
  ['明天10点前', '2026-11-24 10:00'],
  ['48小时内', '2026-11-25 09:15'],
  ['3天内', '2026-11-26 10:00'],
  ['好的，我明天下午三点给您回电', '2026-11-24 15:00', '明天下午三点'],
  ['亲，物流3天后还不更新的话您再联系我', '2026-11-26 10:00', '3天后'],
];

const EN: [string, string, string?][] = [
  ['in 2 hours', '2026-11-23 11:15'],
  ['in 30 minutes', '2026-11-23 09:45'],
  ['in an hour', '2026-11-23 10:15'],
  ['in half an hour', '2026-11-23 09:45'],
  ['2 hours from now', '2026-11-23 11:15'],
  ['in 3 days', '2026-11-26 10:00'],
  ['tomorrow 9am', '2026-11-24 09:00'],
  ['tomorrow', '2026-11-24 10:00'],
  ['tomorrow morning', '2026-11-24 09:00'],
  ['tomorrow afternoon', '2026-11-24 15:00'],
  ['next Monday afternoon', '2026-11-30 15:00'],
  ['tonight at 8', '2026-11-23 20:00'],
  ['tonight', '2026-11-23 20:00'],
  ['this evening', '2026-11-23 19:00'],
  ['Friday 3pm', '2026-11-27 15:00'],
  ['friday', '2026-11-27 10:00'],
  ['end of day', '2026-11-23 18:00'],
  ['EOD tomorrow', '2026-11-24 18:00'],
  ['end of month', '2026-11-30 10:00'],
  ['at 3pm', '2026-11-23 15:00'],
  ['at 8', '2026-11-23 20:00'],
  ['Dec 1', '2026-12-01 10:00'],
  ['December 1 at 2:30pm', '2026-12-01 14:30'],
  ['call the buyer back Thursday at 10:30', '2026-11-26 10:30', 'Thursday at 10:30'],
  ['3pm tomorrow', '2026-11-24 15:00'],
  ['tomorrow at noon', '2026-11-24 12:00'],
  ['next week', '2026-11-30 10:00'],
  ['12/5', '2026-12-05 10:00'],
  ['5th December', '2026-12-05 10:00'],
  ['Monday 9:30am', '2026-11-23 09:30'],
  ['at 8 in the evening', '2026-11-23 20:00'],
  ['Dec 25, 2026 at 10am', '2026-12-25 10:00'],
  ['2026-12-05 14:00', '2026-12-05 14:00'],
  ["I'll check back on Wednesday", '2026-11-25 10:00', 'on Wednesday'],
  ['by 5pm', '2026-11-23 17:00'],
];

describe('parseWhen (zh), now = Mon 2026-11-23 09:15 Shanghai', () => {
  it.each(ZH)('%s → %s', (phrase, expected, words) => {
    const r = parseWhen(phrase, { now: NOW, timeZone: TZ });
    expect(r).not.toBeNull();
    expect(local(r!.at)).toBe(expected);
    expect(r!.text).toBe(words ?? phrase);
    expect(r!.past).toBe(false);
  });
});

describe('parseWhen (en)', () => {
  it.each(EN)('%s → %s', (phrase, expected, words) => {
    const r = parseWhen(phrase, { now: NOW, timeZone: TZ, lang: 'en' });
    expect(r).not.toBeNull();
    expect(local(r!.at)).toBe(expected);
    expect(r!.text).toBe(words ?? phrase);
  });
});

describe('parseWhen: edges', () => {
  it('has at least 60 table phrasings', () => {
    expect(ZH.length + EN.length).toBeGreaterThanOrEqual(60);
  });

  it.each([
    '', '   ', '谢谢亲', '好的收到', '请问有货吗', 'thanks!', 'where is my parcel', '订单号 241118-083155271036412',
    '7天无理由退货', '运费10元', '3号楼502', '一点都不好', '两点建议', '上午好', '你们几点下班', '已经等了3天了', '退款50元',
    'I want a refund of $20', 'size 8', '3 items missing', 'order 3 items at 20% off', 'may I have a refund', 'rated 4 out of 5',
  ])(
    'returns null for %j (no time in it)',
    (text) => {
      expect(parseWhen(text, { now: NOW, timeZone: TZ })).toBeNull();
    },
  );

  it('flags a time the agent explicitly put earlier today as past, with low confidence', () => {
    const r = parseWhen('今天上午9点', { now: NOW, timeZone: TZ })!;
    expect(local(r.at)).toBe('2026-11-23 09:00');
    expect(r.past).toBe(true);
    expect(r.confidence).toBeLessThan(0.5);
  });

  it('gives full phrases more confidence than bare hours', () => {
    const full = parseWhen('明天上午10点', { now: NOW, timeZone: TZ })!;
    const bare = parseWhen('10点', { now: NOW, timeZone: TZ })!;
    expect(full.confidence).toBeGreaterThan(bare.confidence);
  });

  it('rolls "today" forms only through the pm reading, and a bare weekday a week ahead once passed', () => {
    const late = new Date('2026-11-23T21:30:00+08:00');
    expect(local(parseWhen('8点', { now: late, timeZone: TZ })!.at)).toBe('2026-11-24 08:00');
    expect(local(parseWhen('周一', { now: late, timeZone: TZ })!.at)).toBe('2026-11-30 10:00');
    expect(parseWhen('今晚8点', { now: late, timeZone: TZ })!.past).toBe(true);
    // "今天" alone after 10:00 falls back to the end of the working day.
    expect(local(parseWhen('今天', { now: new Date('2026-11-23T11:00:00+08:00'), timeZone: TZ })!.at)).toBe('2026-11-23 18:00');
  });

  it('works in the given zone whatever the process zone is', () => {
    // 2026-11-23 09:15 Shanghai is 2026-11-22 20:15 in New York (Sunday evening).
    const r = parseWhen('tomorrow 9am', { now: NOW, timeZone: 'America/New_York' })!;
    expect(r.at.toISOString()).toBe('2026-11-23T14:00:00.000Z');
    const zh = parseWhen('明天上午10点', { now: NOW, timeZone: 'Europe/London' })!;
    expect(local(zh.at, 'Europe/London')).toBe('2026-11-24 10:00');
  });

  it('keeps the wall clock across a DST change (New York, 1 Nov 2026)', () => {
    const before = new Date('2026-10-31T12:00:00-04:00');
    const r = parseWhen('明天上午10点', { now: before, timeZone: 'America/New_York' })!;
    expect(r.at.toISOString()).toBe('2026-11-01T15:00:00.000Z'); // 10:00 EST (-05:00)
  });

  it('falls back to the default zone from process.env.TZ', () => {
    const r = parseWhen('明天上午10点', { now: NOW })!;
    expect(r.at.toISOString()).toBe('2026-11-24T02:00:00.000Z');
  });

  it('cuts minute offsets to the minute', () => {
    const r = parseWhen('半小时后', { now: new Date('2026-11-23T09:15:42.123+08:00'), timeZone: TZ })!;
    expect(r.at.toISOString()).toBe('2026-11-23T01:45:00.000Z');
  });
});

afterAll(() => {
  if (previousTz === undefined) delete process.env.TZ;
  else process.env.TZ = previousTz;
});

describe('presets', () => {
  it('offers 30 min, 2 h, tomorrow 10:00', () => {
    const p = presets(NOW, { timeZone: TZ });
    expect(p.map((x) => [x.id, local(x.at)])).toEqual([
      ['30m', '2026-11-23 09:45'],
      ['2h', '2026-11-23 11:15'],
      ['tomorrow10', '2026-11-24 10:00'],
    ]);
  });

  it('adds "2 h before the deadline" only while that is still ahead', () => {
    const deadline = new Date('2026-11-25T18:00:00+08:00');
    const p = presets(NOW, { timeZone: TZ, deadline });
    expect(local(p.find((x) => x.id === 'beforeDeadline')!.at)).toBe('2026-11-25 16:00');
    const soon = presets(NOW, { timeZone: TZ, deadline: new Date('2026-11-23T10:00:00+08:00') });
    expect(soon.some((x) => x.id === 'beforeDeadline')).toBe(false);
  });
});
