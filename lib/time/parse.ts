/**
 * Natural time phrases → an instant, for follow-up reminders ("明天上午10点", "in 2 hours").
 *
 * Chinese goes through our own small grammar (date · part of day · clock time · 前/下班前). chrono's zh
 * parsers (chrono.zh.hans) were tried and are not used: they split "下周一下午", put "明天晚上" at 22:00,
 * read "48小时内" as a clock time and know neither 月底 nor "12/1".
 * English goes through our own small grammar too (date · part of day · clock, in either order; offsets;
 * end of day / month). chrono-node did this until session 29 and was dropped for size: its English
 * parser was 15 kB gzip of a 300 kB store zip (issue #18), for phrases this grammar reads the same
 * (lib/time/parse.test.ts). Either language falls back to the other.
 *
 * Defaults and rules (the agent sees the result before saving, so they favour the obvious reading):
 * - A date without a time → 10:00 that day (time to act on it during the working day). This holds
 *   for 月底/end of month and deadline forms like 周五前 ("by Friday" → Friday 10:00).
 * - Parts of day without a time: 早上/morning 9:00, 上午 10:00, 中午/noon 12:00, 下午/afternoon 15:00,
 *   傍晚 18:00, evening 19:00, 晚上/今晚/tonight 20:00, 凌晨 6:00, 深夜 23:00.
 * - 下班前 / end of day / EOD → 18:00 (a typical end of the working day).
 * - Minute and hour offsets ("半小时后", "in 2 hours") are now + offset, cut to the minute;
 *   day/week/month offsets ("3天后") name a date and take the date defaults.
 * - Rolling past times forward, only where the reading is unambiguous:
 *   · a clock time with no date that has passed today: with a part of day or 24-hour form
 *     ("下午3点", "15:00", "3pm") → tomorrow; a bare hour 1–11 ("8点") → the pm reading today if that
 *     is still ahead (20:00), else tomorrow at the stated hour;
 *   · a bare weekday ("周一", "Monday") → that weekday's next occurrence, today included while the
 *     time is still ahead;
 *   · a month/day without year already past → next year; "N号" already past → next month;
 *   · when the text says today (今天, 今晚, today, tonight) nothing rolls: a bare hour may take its
 *     pm reading, otherwise the result is in the past and flagged `past` with low confidence.
 * - Text with no time in it returns null; nothing is guessed.
 */
import { addDays, daysInMonth, defaultTimeZone, fromWall, wallOf, type Wall } from './zone';
import { NUM, numeral } from './numerals';
import type { Lang } from '../i18n';

export type { Lang };

export interface ParseOptions {
  now: Date;
  /** The language tried first (default: zh when the text has CJK characters). */
  lang?: Lang;
  /** IANA zone the phrase is meant in (default: the runtime's zone). */
  timeZone?: string;
}

export interface ParsedWhen {
  at: Date;
  /** The words that named the time, as written. */
  text: string;
  /** Where those words start in the input. */
  index: number;
  /** 0–1: lower when defaults filled in missing parts or the reading was ambiguous. */
  confidence: number;
  /** True when the phrase names a time that has already passed (e.g. "今天9点" at 10:00). */
  past: boolean;
}

type Part = 'dawn' | 'early' | 'morning' | 'forenoon' | 'noon' | 'afternoon' | 'dusk' | 'evening' | 'night' | 'late';

/** Default hour of each part of day, and how a 12-hour clock reading shifts inside it. */
const PART_HOUR: Record<Part, number> = {
  dawn: 6, early: 9, morning: 9, forenoon: 10, noon: 12, afternoon: 15, dusk: 18, evening: 19, night: 20, late: 23,
};

const EOD_HOUR = 18;
const DATE_DEFAULT_HOUR = 10;

interface YMD {
  year: number;
  month: number;
  day: number;
}

/** What a phrase said, before resolving against now. */
interface Spec {
  index: number;
  end: number;
  /** Minute/hour offsets: the instant is now + offsetMs. */
  offsetMs?: number;
  date?: YMD;
  /** 'today' = the text says today; 'bare-weekday' may roll a week; 'md' may roll a year; 'd' a month. */
  dateKind?: 'today' | 'fixed' | 'bare-weekday' | 'md' | 'd';
  part?: Part;
  hour?: number;
  minute?: number;
  eod?: boolean;
  /** Confidence of the words themselves (defaults and ambiguity lower it further). */
  confidence: number;
}

/** Parses the first time phrase in `text`, or returns null when there is none. */
export function parseWhen(text: string, opts: ParseOptions): ParsedWhen | null {
  const tz = opts.timeZone ?? defaultTimeZone();
  const now = opts.now.getTime();
  if (!Number.isFinite(now) || !text.trim()) return null;
  const first: Lang = opts.lang ?? (/[\u3400-\u9fff]/.test(text) ? 'zh' : 'en');
  const order: Lang[] = first === 'zh' ? ['zh', 'en'] : ['en', 'zh'];
  for (const lang of order) {
    const spec = lang === 'zh' ? bestZh(text, now, tz) : bestEn(text, now, tz);
    if (spec) return resolve(spec, text, now, tz);
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Resolving a spec against now

function resolve(spec: Spec, text: string, now: number, tz: string): ParsedWhen {
  const out = (ms: number, confidence: number): ParsedWhen => ({
    at: new Date(ms),
    text: text.slice(spec.index, spec.end),
    index: spec.index,
    confidence: Math.round(confidence * 100) / 100,
    past: ms <= now,
  });
  if (spec.offsetMs !== undefined) return out(Math.floor((now + spec.offsetMs) / 60000) * 60000, spec.confidence);

  const today = wallOf(now, tz);
  let conf = spec.confidence;
  const hasClock = spec.hour !== undefined;
  let hour: number;
  const minute = spec.minute ?? 0;
  // A clock hour is "ambiguous" when it could be am or pm: 1–11 with no part of day.
  const ambiguous = hasClock && spec.part === undefined && spec.hour! >= 1 && spec.hour! <= 11;
  if (hasClock) hour = spec.part ? shiftByPart(spec.hour!, spec.part) : spec.hour!;
  else if (spec.eod) hour = EOD_HOUR;
  else if (spec.part) {
    hour = PART_HOUR[spec.part];
    conf -= 0.1;
  } else {
    hour = DATE_DEFAULT_HOUR;
    conf -= 0.15;
  }
  if (ambiguous && !spec.date) conf -= 0.2;

  const at = (d: YMD, h = hour, m = minute) => fromWall(d.year, d.month, d.day, h, m, tz);
  const todayYmd: YMD = { year: today.year, month: today.month, day: today.day };

  if (!spec.date) {
    // No date: today, rolled forward by the rules in the header.
    let ms = at(todayYmd);
    if (ms > now) return out(ms, conf);
    if (ambiguous && hour < 12) {
      ms = at(todayYmd, hour + 12);
      if (ms > now) return out(ms, conf);
    }
    return out(at(addDays(today.year, today.month, today.day, 1)), conf);
  }

  const d = spec.date;
  let ms = at(d);
  if (ms > now) return out(ms, conf);
  switch (spec.dateKind) {
    case 'today':
      if (ambiguous && hour < 12 && at(d, hour + 12) > now) return out(at(d, hour + 12), conf);
      if (!hasClock && !spec.eod && !spec.part && at(d, EOD_HOUR, 0) > now) return out(at(d, EOD_HOUR, 0), conf);
      break;
    case 'bare-weekday':
      if (isSameDay(d, today)) return out(at(addDays(d.year, d.month, d.day, 7)), conf);
      break;
    case 'md':
      if (ymdBefore(d, today)) return out(at({ ...d, year: d.year + 1 }), conf);
      break;
    case 'd':
      if (ymdBefore(d, today)) {
        const m = d.month === 12 ? { year: d.year + 1, month: 1 } : { year: d.year, month: d.month + 1 };
        if (d.day <= daysInMonth(m.year, m.month)) return out(at({ ...m, day: d.day }), conf);
      }
      break;
  }
  ms = at(d);
  return out(ms, Math.min(conf, 0.4));
}

function shiftByPart(h: number, part: Part): number {
  switch (part) {
    case 'noon':
      return h >= 1 && h <= 4 ? h + 12 : h;
    case 'afternoon':
    case 'dusk':
      return h >= 1 && h <= 11 ? h + 12 : h;
    case 'evening':
    case 'night':
    case 'late':
      // 晚上12点 is midnight; 深夜1点 is early next morning.
      if (h >= 5 && h <= 11) return h + 12;
      if (h === 12) return 24;
      if (h >= 0 && h <= 4) return 24 + h;
      return h;
    default:
      return h === 12 && (part === 'dawn' || part === 'early') ? 0 : h;
  }
}

function isSameDay(d: YMD, w: Wall): boolean {
  return d.year === w.year && d.month === w.month && d.day === w.day;
}

function ymdBefore(d: YMD, w: Wall): boolean {
  return Date.UTC(d.year, d.month - 1, d.day) < Date.UTC(w.year, w.month - 1, w.day);
}

// ---------------------------------------------------------------------------------------------
// Chinese grammar: [date] [part of day] [clock] [下班] [前]

const ZH_WEEKDAY: Record<string, number> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, '1': 1, '2': 2, '3': 3, '4': 4, '5': 5, '6': 6, '7': 0 };

const ZH_PARTS: [RegExp, Part][] = [
  [/凌晨/y, 'dawn'],
  [/(?:清晨|早上|早晨|一早|大早)/y, 'early'],
  [/(?:上午|早午)/y, 'forenoon'],
  [/(?:中午|午间|正午)/y, 'noon'],
  [/下午/y, 'afternoon'],
  [/傍晚/y, 'dusk'],
  [/(?:晚上|晚间|夜里|夜间|晚)/y, 'night'],
  [/(?:深夜|半夜|午夜)/y, 'late'],
];

const RE = {
  relative: new RegExp(`(?:过\\s*)?(?:(?<n>${NUM}|\\d+(?:\\.\\d+)?)\\s*个?\\s*(?<half>半)?|(?<onlyHalf>半)\\s*个?)\\s*(?<unit>分钟|分|小时|钟头|个钟|天|日|周|星期|礼拜|月)\\s*(?<after>后|以后|之后|以内|之内|内)?`, 'y'),
  combo: /(?<w>今晚|今夜|今早|今晨|明早|明晨|明晚|明夜)/y,
  dayWord: /(?<w>大后天|后天|明天|明日|明儿|今天|今日|今儿|当天)/y,
  weekday: /(?<pre>下下个?|下个?|本|这个?|今)?\s*(?:周|星期|礼拜)(?<wd>[一二三四五六日天1-7])/y,
  weekWord: /(?<pre>下下个?|下个?|本|这个?)?\s*(?:周末|星期天?末|礼拜末)|(?<next>下下个?|下个?)(?:周|星期|礼拜)(?![一二三四五六日天1-7])/y,
  ymd: /(?<y>\d{4})\s*[-/.年]\s*(?<mo>\d{1,2})\s*[-/.月]\s*(?<d>\d{1,2})\s*[日号]?/y,
  md: new RegExp(`(?<mo>${NUM})\\s*月\\s*(?<d>${NUM})\\s*[日号]?|(?<mo2>\\d{1,2})/(?<d2>\\d{1,2})(?![\\d/])`, 'y'),
  dom: new RegExp(`(?<d>${NUM})\\s*[日号](?![后以之楼线门店仓院床码机位台房室栋单座])`, 'y'),
  monthEdge: /(?<pre>下下个?|下个?|本|这个?)?\s*月\s*(?<e>底|末|初)|(?<year>年)\s*(?:底|末)/y,
  clock: new RegExp(`(?<h>${NUM})\\s*(?:(?<sep>[:：])\\s*(?<mm>\\d{2})|(?:点钟|点|點|时)(?:\\s*(?<half>半)|\\s*(?<q>一刻|1刻)|\\s*(?<q3>三刻|3刻)|\\s*(?<m>\\d{1,2}|[零〇一二三四五六七八九十]{1,3})\\s*分?)?)`, 'y'),
  eod: /(?:下班|收工)\s*(?:之前|以前|前)/y,
  suffix: /\s*(?:之前|以前|前|左右)/y,
  gap: /[\s,，的]*/y,
};

function stickyMatch(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  const m = re.exec(text);
  return m && m[0].length > 0 ? m : null;
}

function skipGap(text: string, pos: number): number {
  const m = stickyMatch(RE.gap, text, pos);
  return m ? pos + m[0].length : pos;
}

function bestZh(text: string, now: number, tz: string): Spec | null {
  const today = wallOf(now, tz);
  let best: Spec | null = null;
  for (let i = 0; i < text.length; i++) {
    const s = zhAt(text, i, today);
    if (s && (!best || s.end - s.index > best.end - best.index)) best = s;
  }
  return best;
}

/** Reads the longest phrase starting exactly at `i`. */
function zhAt(text: string, i: number, today: Wall): Spec | null {
  const rel = zhRelative(text, i, today);
  if (rel && rel.offsetMs !== undefined) return rel;

  const spec: Spec = { index: i, end: i, confidence: 0.9 };
  let pos = i;
  const d = rel ?? zhDate(text, i, today);
  if (d) {
    Object.assign(spec, { date: d.date, dateKind: d.dateKind, part: d.part, confidence: d.confidence });
    pos = d.end;
  }
  const afterDate = d ? skipGap(text, pos) : pos;
  if (!spec.part) {
    for (const [re, part] of ZH_PARTS) {
      const m = stickyMatch(re, text, afterDate);
      // A lone 晚 only counts right after a date ("明天晚"), never inside words like 晚了.
      // 早上好 / 下午好 are greetings, not times.
      if (m && !(m[0] === '晚' && !d) && text[afterDate + m[0].length] !== '好') {
        spec.part = part;
        pos = afterDate + m[0].length;
        break;
      }
    }
  }
  const beforeClock = spec.part || d ? skipGap(text, pos) : pos;
  const c = zhClock(text, beforeClock);
  if (c) {
    spec.hour = c.hour;
    spec.minute = c.minute;
    pos = c.end;
  }
  const beforeEod = skipGap(text, pos);
  const eod = stickyMatch(RE.eod, text, beforeEod);
  if (eod && !c) {
    spec.eod = true;
    pos = beforeEod + eod[0].length;
  }
  if (!d && !spec.part && !c && !spec.eod) return null;
  // A bare hour with no minutes and nothing else ("3点") is often a list item ("有3点问题").
  if (c && !d && !spec.part && c.bareHour) spec.confidence = 0.6;
  const suf = stickyMatch(RE.suffix, text, pos);
  if (suf) pos += suf[0].length;
  spec.end = pos;
  return spec;
}

interface DatePart {
  date: YMD;
  dateKind: Spec['dateKind'];
  part?: Part;
  end: number;
  confidence: number;
}

function zhRelative(text: string, i: number, today: Wall): (Spec & DatePart) | null {
  const m = stickyMatch(RE.relative, text, i);
  if (!m) return null;
  const g = m.groups!;
  const after = !!g.after || m[0].startsWith('过');
  if (!after) return null;
  let n = g.onlyHalf ? 0.5 : numeral(g.n!);
  if (g.half) n += 0.5;
  if (!Number.isFinite(n) || n <= 0) return null;
  const end = i + m[0].length;
  const unit = g.unit!;
  const base = { index: i, end, confidence: 0.95 };
  if (unit === '分钟' || unit === '分') return { ...base, offsetMs: n * 60000 } as Spec & DatePart;
  if (unit === '小时' || unit === '钟头' || unit === '个钟') return { ...base, offsetMs: n * 3600000 } as Spec & DatePart;
  if (!Number.isInteger(n)) return null;
  let date: YMD;
  if (unit === '月') {
    const m2 = today.month - 1 + n;
    const y = today.year + Math.floor(m2 / 12);
    const mo = (m2 % 12) + 1;
    date = { year: y, month: mo, day: Math.min(today.day, daysInMonth(y, mo)) };
  } else date = addDays(today.year, today.month, today.day, unit === '天' || unit === '日' ? n : n * 7);
  return { ...base, date, dateKind: 'fixed', confidence: 0.9 };
}

function zhDate(text: string, i: number, today: Wall): DatePart | null {
  const t = today;
  const plus = (n: number) => addDays(t.year, t.month, t.day, n);
  let m: RegExpExecArray | null;
  if ((m = stickyMatch(RE.combo, text, i))) {
    const w = m.groups!.w;
    const tomorrow = w.startsWith('明');
    const part: Part = /[早晨]/.test(w[1]) ? 'early' : 'night';
    return { date: plus(tomorrow ? 1 : 0), dateKind: tomorrow ? 'fixed' : 'today', part, end: i + m[0].length, confidence: 0.9 };
  }
  if ((m = stickyMatch(RE.dayWord, text, i))) {
    const w = m.groups!.w;
    const n = w === '大后天' ? 3 : w === '后天' ? 2 : w.startsWith('明') ? 1 : 0;
    return { date: plus(n), dateKind: n === 0 ? 'today' : 'fixed', end: i + m[0].length, confidence: 0.9 };
  }
  if ((m = stickyMatch(RE.weekday, text, i))) {
    const pre = m.groups!.pre ?? '';
    const wd = ZH_WEEKDAY[m.groups!.wd];
    const end = i + m[0].length;
    if (!pre || pre === '今') {
      const ahead = (wd - t.weekday + 7) % 7;
      return { date: plus(ahead), dateKind: 'bare-weekday', end, confidence: 0.9 };
    }
    const weeks = pre.startsWith('下下') ? 2 : pre.startsWith('下') ? 1 : 0;
    return { date: plus(mondayOffset(t.weekday) + weeks * 7 + isoIndex(wd)), dateKind: 'fixed', end, confidence: 0.9 };
  }
  if ((m = stickyMatch(RE.weekWord, text, i))) {
    const g = m.groups!;
    const end = i + m[0].length;
    if (g.next !== undefined) {
      const weeks = g.next.startsWith('下下') ? 2 : 1;
      return { date: plus(mondayOffset(t.weekday) + weeks * 7), dateKind: 'fixed', end, confidence: 0.8 };
    }
    const weeks = (g.pre ?? '').startsWith('下下') ? 2 : (g.pre ?? '').startsWith('下') ? 1 : 0;
    return { date: plus(mondayOffset(t.weekday) + weeks * 7 + 5), dateKind: 'fixed', end, confidence: 0.8 };
  }
  if ((m = stickyMatch(RE.ymd, text, i))) {
    const g = m.groups!;
    const date = { year: +g.y, month: +g.mo, day: +g.d };
    if (!validDate(date)) return null;
    return { date, dateKind: 'fixed', end: i + m[0].length, confidence: 0.95 };
  }
  if ((m = stickyMatch(RE.md, text, i))) {
    const g = m.groups!;
    const date = { year: t.year, month: numeral(g.mo ?? g.mo2!), day: numeral(g.d ?? g.d2!) };
    if (!validDate(date)) return null;
    return { date, dateKind: 'md', end: i + m[0].length, confidence: 0.9 };
  }
  if ((m = stickyMatch(RE.monthEdge, text, i))) {
    const g = m.groups!;
    const end = i + m[0].length;
    if (g.year) return { date: { year: t.year, month: 12, day: 31 }, dateKind: 'fixed', end, confidence: 0.8 };
    const pre = g.pre ?? '';
    let months = pre.startsWith('下下') ? 2 : pre.startsWith('下') ? 1 : 0;
    // 月初 with no qualifier means the coming start of a month.
    if (g.e === '初' && !pre) months = 1;
    const mi = t.month - 1 + months;
    const y = t.year + Math.floor(mi / 12);
    const mo = (mi % 12) + 1;
    return { date: { year: y, month: mo, day: g.e === '初' ? 1 : daysInMonth(y, mo) }, dateKind: 'fixed', end, confidence: 0.8 };
  }
  if ((m = stickyMatch(RE.dom, text, i))) {
    const date = { year: t.year, month: t.month, day: numeral(m.groups!.d) };
    if (!validDate(date)) return null;
    return { date, dateKind: 'd', end: i + m[0].length, confidence: 0.8 };
  }
  return null;
}

const NOT_OCLOCK = /^(?:都|也|儿|多|建议|问题|意见|小|要求|不|点|事|内容|东西|原因|理由)/;

function zhClock(text: string, i: number): { hour: number; minute: number; end: number; bareHour: boolean } | null {
  const m = stickyMatch(RE.clock, text, i);
  if (!m) return null;
  const g = m.groups!;
  const hour = numeral(g.h!);
  let minute = 0;
  if (g.mm) minute = Number(g.mm);
  else if (g.half) minute = 30;
  else if (g.q) minute = 15;
  else if (g.q3) minute = 45;
  else if (g.m) minute = numeral(g.m);
  // "3时" only with a digit hour: Chinese-numeral + 时 is usually a word (e.g. 三时三刻 is rare, 及时 is not a time).
  if (!(hour >= 0 && hour <= 24 && minute >= 0 && minute <= 59)) return null;
  // "两个小时" must not read as 两点 etc.: the clock regex requires 点/时/: right after the number.
  const bareHour = !g.mm && !g.half && !g.q && !g.q3 && !g.m;
  // "一点都不好", "两点建议", "3点问题": 点 as "a bit" or "points", not o'clock.
  if (bareHour && NOT_OCLOCK.test(text.slice(i + m[0].length, i + m[0].length + 2))) return null;
  return { hour, minute, end: i + m[0].length, bareHour };
}

/** Days from today back to this calendar week's Monday (weeks run Monday–Sunday in China). */
function mondayOffset(weekday: number): number {
  return -((weekday + 6) % 7);
}

/** Monday = 0 … Sunday = 6. */
function isoIndex(wd: number): number {
  return (wd + 6) % 7;
}

function validDate(d: YMD): boolean {
  return d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= daysInMonth(d.year, d.month);
}

// ---------------------------------------------------------------------------------------------
// English: [date] [part of day] [at clock] or [clock] [date], offsets, end of day / month

const EN_NUM: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  fifteen: 15, twenty: 20, thirty: 30, 'forty-five': 45, 'half an': 0.5, 'half a': 0.5,
};

const EN_REL = /\b(?:in|within)\s+(?<n>\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty-five|half an?)\s*(?<unit>minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|wks?)\b(?<more>\s+and\s+a\s+half)?|\b(?<n2>\d+(?:\.\d+)?|an?|one|two|three|four|five|ten|twenty|thirty)\s*(?<unit2>minutes?|mins?|hours?|hrs?|days?|weeks?)\s+(?:from\s+now|later)\b/gi;
const EN_EOD = /\b(?:by\s+)?(?:the\s+)?(?:end\s+of\s+(?:the\s+)?(?:work(?:ing)?\s+|business\s+)?day|eod|cob|close\s+of\s+business)\b(?:\s+(?<tomorrow>tomorrow))?/gi;
const EN_EOM = /\b(?:by\s+)?(?:the\s+)?(?:end\s+of\s+(?:the\s+|this\s+)?month|eom)\b/gi;

const EN_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const EN_WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const MONTH = '(?<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const EN = {
  combo: /(?<w>tonight|this\s+(?:morning|afternoon|evening)|tomorrow\s+(?:morning|afternoon|evening|night)|tmrw|tmr|tomorrow|today|the\s+day\s+after\s+tomorrow)\b/iy,
  weekday: /(?:(?<pre>next|this|on|coming)\s+)?(?<wd>sun|mon|tue|wed|thu|fri|sat)(?:day|\.|s|nesday|rsday|urday|sday)?\b/iy,
  nextWeek: /next\s+week\b/iy,
  md: new RegExp(`(?:on\\s+)?${MONTH}\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(?<y>\\d{4})\\b)?|(?:on\\s+)?(?:the\\s+)?(?<d2>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH.replace('<mon>', '<mon2>')}(?:\\s+(?<y2>\\d{4}))?\\b`, 'iy'),
  ymd: /(?<y>\d{4})-(?<mo>\d{1,2})-(?<d>\d{1,2})\b/y,
  slash: /(?<mo>\d{1,2})\/(?<d>\d{1,2})(?:\/(?<y>\d{4}))?(?![\d/])/y,
  // A clock: "at 8", "3pm", "10:30", "2:30 p.m.", "noon", "midnight"; a bare number only after at/by/around.
  clock: /(?:(?<at>at|by|around|@)\s*)?(?:(?<h>\d{1,2})(?::(?<mm>\d{2}))?\s*(?<ap>[ap])\.?\s?m\.?\b|(?<h2>\d{1,2}):(?<mm2>\d{2})\b|(?<noon>noon|midday|midnight)\b)/iy,
  bareAt: /(?:at|by|around)\s+(?<h>\d{1,2})(?:\s*o'?clock)?(?![\d:.,]|\s*(?:%|items?|pcs|days?|hours?|minutes?|dollars?|usd|\$))/iy,
  part: /(?:in\s+the\s+)?(?<p>morning|afternoon|evening|night|tonight)\b/iy,
  gap: /[\s,]*(?:on\s+(?=[a-z\d]))?/iy,
};
const EN_PART: Record<string, Part> = { morning: 'morning', afternoon: 'afternoon', evening: 'evening', night: 'night', tonight: 'night' };

function enSkip(text: string, pos: number): number {
  const m = stickyMatch(EN.gap, text, pos);
  return m ? pos + m[0].length : pos;
}

function enDate(text: string, i: number, today: Wall): DatePart | null {
  const t = today;
  const plus = (n: number) => addDays(t.year, t.month, t.day, n);
  let m: RegExpExecArray | null;
  if ((m = stickyMatch(EN.combo, text, i))) {
    const w = m.groups!.w.toLowerCase().replace(/\s+/g, ' ');
    const n = w.startsWith('the day after') ? 2 : /^(?:tomorrow|tmrw?)/.test(w) ? 1 : 0;
    const word = /(morning|afternoon|evening|night)$/.exec(w)?.[1] ?? (w === 'tonight' ? 'night' : undefined);
    return { date: plus(n), dateKind: n === 0 ? 'today' : 'fixed', ...(word && { part: EN_PART[word] }), end: i + m[0].length, confidence: 0.9 };
  }
  if ((m = stickyMatch(EN.nextWeek, text, i))) return { date: plus(mondayOffset(t.weekday) + 7), dateKind: 'fixed', end: i + m[0].length, confidence: 0.8 };
  if ((m = stickyMatch(EN.weekday, text, i))) {
    const wd = EN_WEEKDAYS.indexOf(m.groups!.wd.toLowerCase());
    const pre = (m.groups!.pre ?? '').toLowerCase();
    const end = i + m[0].length;
    // "next Monday": next week's, as 下周一; a bare or "this" weekday: its next occurrence.
    if (pre === 'next') return { date: plus(mondayOffset(t.weekday) + 7 + isoIndex(wd)), dateKind: 'fixed', end, confidence: 0.9 };
    return { date: plus((wd - t.weekday + 7) % 7), dateKind: 'bare-weekday', end, confidence: 0.9 };
  }
  if ((m = stickyMatch(EN.md, text, i))) {
    const g = m.groups!;
    const month = EN_MONTHS.indexOf((g.mon ?? g.mon2!).slice(0, 3).toLowerCase()) + 1;
    const y = g.y ?? g.y2;
    const date = { year: y ? +y : t.year, month, day: +(g.d ?? g.d2!) };
    if (!validDate(date)) return null;
    return { date, dateKind: y ? 'fixed' : 'md', end: i + m[0].length, confidence: 0.9 };
  }
  if ((m = stickyMatch(EN.ymd, text, i)) || (m = stickyMatch(EN.slash, text, i))) {
    const g = m.groups!;
    const date = { year: g.y ? +g.y : t.year, month: +g.mo, day: +g.d };
    if (!validDate(date)) return null;
    return { date, dateKind: g.y ? 'fixed' : 'md', end: i + m[0].length, confidence: 0.85 };
  }
  return null;
}

function enClock(text: string, i: number): { hour: number; minute: number; part?: Part; end: number } | null {
  let m = stickyMatch(EN.clock, text, i);
  if (m) {
    const g = m.groups!;
    if (g.noon) return { hour: g.noon.toLowerCase() === 'midnight' ? 24 : 12, minute: 0, end: i + m[0].length };
    let hour = +(g.h ?? g.h2!);
    const minute = +(g.mm ?? g.mm2 ?? 0);
    if (hour > 24 || minute > 59 || (g.ap && (hour < 1 || hour > 12))) return null;
    if (g.ap) {
      const pm = g.ap.toLowerCase() === 'p';
      hour = pm ? (hour % 12) + 12 : hour % 12;
      // An am/pm hour is no longer ambiguous: morning keeps it as it is, pm hours are past 12 already.
      return { hour, minute, ...(!pm && hour >= 1 && { part: 'morning' as Part }), end: i + m[0].length };
    }
    return { hour, minute, end: i + m[0].length };
  }
  m = stickyMatch(EN.bareAt, text, i);
  if (!m) return null;
  const hour = +m.groups!.h;
  return hour <= 24 ? { hour, minute: 0, end: i + m[0].length } : null;
}

/** Reads the longest English phrase starting exactly at `i`: a date, a part of day and a clock, in either order. */
function enAt(text: string, i: number, today: Wall): Spec | null {
  const spec: Spec = { index: i, end: i, confidence: 0.9 };
  let pos = i;
  const lead = enClock(text, i);
  if (lead) Object.assign(spec, { hour: lead.hour, minute: lead.minute, part: lead.part }), (pos = lead.end);
  const d = enDate(text, lead ? enSkip(text, pos) : pos, today);
  if (d) {
    Object.assign(spec, { date: d.date, dateKind: d.dateKind, confidence: d.confidence });
    if (d.part && !lead) spec.part = d.part;
    pos = d.end;
  }
  if (!lead) {
    const afterDate = d ? enSkip(text, pos) : pos;
    const p = !spec.part ? stickyMatch(EN.part, text, afterDate) : null;
    // A part of day alone counts only with its article or as "tonight" ("in the morning"), or after a date.
    if (p && (d || /^in\s|tonight/i.test(p[0]))) (spec.part = EN_PART[p.groups!.p.toLowerCase()]), (pos = afterDate + p[0].length);
    const c = enClock(text, spec.part || d ? enSkip(text, pos) : pos);
    if (c) {
      spec.hour = c.hour;
      spec.minute = c.minute;
      if (c.part && !spec.part) spec.part = c.part;
      pos = c.end;
    }
  }
  if (spec.hour !== undefined) {
    // "8 in the evening", "3 tonight": a part after the clock.
    const p = stickyMatch(EN.part, text, enSkip(text, pos));
    if (p && !spec.part) (spec.part = EN_PART[p.groups!.p.toLowerCase()]), (pos = enSkip(text, pos) + p[0].length);
  }
  if (!spec.date && spec.hour === undefined && !spec.part) return null;
  // A pm/24-hour clock needs no part of day; midnight is the end of the day it names.
  if (spec.hour !== undefined && spec.hour >= 12) spec.part = undefined;
  spec.end = pos;
  return spec;
}

function bestEn(text: string, now: number, tz: string): Spec | null {
  const today = wallOf(now, tz);
  const cands: Spec[] = [];
  for (const m of text.matchAll(EN_REL)) {
    const g = m.groups!;
    let n = EN_NUM[(g.n ?? g.n2 ?? '').toLowerCase()] ?? Number(g.n ?? g.n2);
    if (g.more) n += 0.5;
    const unit = (g.unit ?? g.unit2 ?? '').toLowerCase();
    if (!Number.isFinite(n) || n <= 0) continue;
    const base = { index: m.index!, end: m.index! + m[0].length, confidence: 0.95 };
    if (unit.startsWith('m')) cands.push({ ...base, offsetMs: n * 60000 });
    else if (unit.startsWith('h')) cands.push({ ...base, offsetMs: n * 3600000 });
    else if (Number.isInteger(n)) {
      const days = unit.startsWith('d') ? n : n * 7;
      cands.push({ ...base, date: addDays(today.year, today.month, today.day, days), dateKind: 'fixed', confidence: 0.9 });
    }
  }
  for (const m of text.matchAll(EN_EOD)) {
    const tomorrow = !!m.groups!.tomorrow;
    cands.push({
      index: m.index!, end: m.index! + m[0].length, eod: true, confidence: 0.9,
      ...(tomorrow ? { date: addDays(today.year, today.month, today.day, 1), dateKind: 'fixed' as const } : {}),
    });
  }
  for (const m of text.matchAll(EN_EOM)) {
    cands.push({
      index: m.index!, end: m.index! + m[0].length, confidence: 0.8,
      date: { year: today.year, month: today.month, day: daysInMonth(today.year, today.month) }, dateKind: 'fixed',
    });
  }
  // The grammar from each word's start.
  for (const w of text.matchAll(/(?<![A-Za-z0-9])(?=[A-Za-z0-9@])/g)) {
    const s = enAt(text, w.index!, today);
    if (s) cands.push(s);
  }
  let best: Spec | null = null;
  for (const c of cands) if (!best || c.end - c.index > best.end - best.index) best = c;
  return best;
}

// ---------------------------------------------------------------------------------------------
// Presets

export interface Preset {
  id: '30m' | '2h' | 'tomorrow10' | 'beforeDeadline';
  label: { zh: string; en: string };
  at: Date;
}

/** Quick picks for a reminder: in 30 min, in 2 h, tomorrow 10:00, and 2 h before a known deadline. */
export function presets(now: Date, opts: { deadline?: Date; timeZone?: string } = {}): Preset[] {
  const tz = opts.timeZone ?? defaultTimeZone();
  const ms = now.getTime();
  const t = wallOf(ms, tz);
  const tomorrow = addDays(t.year, t.month, t.day, 1);
  const out: Preset[] = [
    { id: '30m', label: { zh: '30分钟后', en: 'In 30 min' }, at: new Date(Math.floor(ms / 60000) * 60000 + 30 * 60000) },
    { id: '2h', label: { zh: '2小时后', en: 'In 2 hours' }, at: new Date(Math.floor(ms / 60000) * 60000 + 2 * 3600000) },
    { id: 'tomorrow10', label: { zh: '明天 10:00', en: 'Tomorrow 10:00' }, at: new Date(fromWall(tomorrow.year, tomorrow.month, tomorrow.day, 10, 0, tz)) },
  ];
  if (opts.deadline) {
    const before = opts.deadline.getTime() - 2 * 3600000;
    // Only offer it when there is still time to act; otherwise the agent should act now.
    if (before > ms) out.push({ id: 'beforeDeadline', label: { zh: '售后截止前2小时', en: '2 h before the deadline' }, at: new Date(before) });
  }
  return out;
}

export { formatWhen, formatRelative } from './format';
