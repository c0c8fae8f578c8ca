/** Dates and times as printed on seller pages and chats, resolved to ISO 8601 with the page's offset. No date library. */
import type { Lang } from '../../i18n';

const MIN = 6e4;
const DAY = 864e5;
const p2 = (n: number) => String(n).padStart(2, '0');

// Time of day; groups: zh half-day word, hour, minute, second, zone, en am/pm letter. A zone is taken
// only after seconds (ISO), so a range such as 10:00-12:00 is not read as an offset.
const T =
  '(?:(上午|下午|晚上|凌晨|早上|中午)\\s*)?(\\d{1,2})[:：](\\d{2})(?:[:：](\\d{2})(?:\\.\\d+)?(Z|[+-]\\d{2}:?\\d{2})?)?(?:\\s*([ap])\\.?m\\b\\.?)?';
const OPT_T = `(?:[\\sT,]*(?:at\\s+)?${T})?`;
const MON = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec';
const WEEK = '一二三四五六日';

type Hit = RegExpExecArray;
interface Ctx {
  /** The current time as wall ms in the page's zone. */
  now: number;
  tz: number;
  locale?: Lang;
  /** Set by a rule whose answer may change within the day (刚刚, 5 分钟前, a date after today). */
  live?: 1;
}
/** A rule returns wall-clock ms (the page's local time written as if it were UTC), or NaN for an invalid date. */
type Rule = [RegExp, (m: Hit, c: Ctx) => number];

/** ms since midnight for the time groups starting at `i`; 0 when there is no time; NaN when out of range. */
function tod(m: Hit, i: number, c: Ctx): number {
  if (!m[i + 1]) return 0;
  let h = +m[i + 1];
  const mi = +m[i + 2];
  const s = +(m[i + 3] ?? 0);
  const half = (m[i] ?? m[i + 5] ?? '').toLowerCase();
  if (half && h > 12) return NaN;
  if (/下午|晚上|p/.test(half) && h < 12) h += 12;
  else if (half === '中午' && h < 11) h += 12;
  else if (/上午|凌晨|早上|a/.test(half) && h === 12) h = 0;
  if (h > 23 || mi > 59 || s > 59) return NaN;
  // An explicit zone (ISO `Z`, `+08:00`) is moved into the page's zone.
  const z = m[i + 4];
  const zone = !z ? c.tz : /z/i.test(z) ? 0 : (z[0] === '-' ? -1 : 1) * (+z.slice(1, 3) * 60 + +z.slice(-2));
  return (h * 60 + mi + c.tz - zone) * MIN + s * 1e3;
}

/** Wall ms for y-mo-d, NaN when the date does not exist (e.g. 2026-02-30). */
function ymd(y: number, mo: number, d: number): number {
  const t = Date.UTC(y, mo - 1, d);
  return new Date(t).getUTCDate() === d && mo >= 1 && mo <= 12 && y > 1990 && y < 2200 ? t : NaN;
}

/** A month/day without a year: this year, or last year when that would be over a day in the future. */
function noYear(c: Ctx, mo: number, d: number, m: Hit, i: number): number {
  const y = new Date(c.now).getUTCFullYear();
  const t = ymd(y, mo, d) + tod(m, i, c);
  if (t > day0(c.now) + DAY) c.live = 1; // the year it resolves to may change later today
  return t > c.now + DAY ? ymd(y - 1, mo, d) + tod(m, i, c) : t;
}

const day0 = (now: number) => now - (now % DAY);
const mon = (s: string) => MON.indexOf(s.slice(0, 3).toLowerCase()) / 4 + 1;

// Each rule on its own so a page script takes only its language's list (ZH_DATES / EN_DATES, lexicon.ts);
// each pattern is built in a pure closure, so an unused rule leaves nothing behind in the bundle.
const YMD: Rule = [/* @__PURE__ */ (() => RegExp(`(?<!\\d)(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})(?!\\d)\\s*日?${OPT_T}`, 'i'))(),
  (m, c) => ymd(+m[1], +m[2], +m[3]) + tod(m, 4, c)];
const MON_D: Rule = [/* @__PURE__ */ (() => RegExp(`\\b(${MON})[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?${OPT_T}`, 'i'))(),
  (m, c) => (m[3] ? ymd(+m[3], mon(m[1]), +m[2]) + tod(m, 4, c) : noYear(c, mon(m[1]), +m[2], m, 4))];
const D_MON: Rule = [/* @__PURE__ */ (() => RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MON})[a-z]*\\.?,?(?:\\s+(\\d{4}))?${OPT_T}`, 'i'))(),
  (m, c) => (m[3] ? ymd(+m[3], mon(m[2]), +m[1]) + tod(m, 4, c) : noYear(c, mon(m[2]), +m[1], m, 4))];
// 11/18/2026: month first on English pages (US); a Chinese page gets only unambiguous dates.
const MDY: Rule = [/* @__PURE__ */ (() => RegExp(`(?<!\\d)(\\d{1,2})/(\\d{1,2})/(\\d{4})(?!\\d)${OPT_T}`, 'i'))(), (m, c) => {
  const a = +m[1];
  const b = +m[2];
  if (c.locale === 'zh' && a <= 12 && b <= 12 && a !== b) return NaN;
  return (a > 12 ? ymd(+m[3], b, a) : ymd(+m[3], a, b)) + tod(m, 4, c);
}];
const ZH_MD: Rule = [/* @__PURE__ */ (() => RegExp(`(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]${OPT_T}`, 'i'))(), (m, c) => noYear(c, +m[1], +m[2], m, 3)];
// 09-08 17:30 only with a time, so ranges such as 1-10 are not dates.
const MD_TIME: Rule = [/* @__PURE__ */ (() => RegExp(`(?<![\\d/-])(\\d{1,2})[-/](\\d{1,2})\\s+${T}`, 'i'))(), (m, c) => noYear(c, +m[1], +m[2], m, 3)];
const UNIT: Record<string, number> = { 秒: 1e3, s: 1e3, 分: MIN, m: MIN, 小: 60 * MIN, h: 60 * MIN, 天: DAY, d: DAY };
const ago = (m: Hit, c: Ctx) => ((c.live = 1), c.now - +m[1] * (UNIT[m[2][0].toLowerCase()] ?? 7 * DAY));
const ZH_AGO: Rule = [/(\d+)\s*(秒|分钟|分|小时|天|周)\s*之?前/, ago];
const EN_AGO: Rule = [/(\d+)\s*(sec(?:ond)?|min(?:ute)?|h(?:ou)?r|day|week)s?\s*ago/i, ago];
const now = (_: Hit, c: Ctx) => ((c.live = 1), c.now);
const ZH_NOW: Rule = [/刚刚/, now];
const EN_NOW: Rule = [/just\s+now/i, now];
const dayWord = (m: Hit, c: Ctx) => day0(c.now) - (/^[昨y]/i.test(m[1]) ? 1 : m[1] === '前天' ? 2 : 0) * DAY + tod(m, 2, c);
const ZH_DAY: Rule = [/* @__PURE__ */ (() => RegExp(`(今天|昨天|前天)${OPT_T}`, 'i'))(), dayWord];
const EN_DAY: Rule = [/* @__PURE__ */ (() => RegExp(`(today|yesterday)${OPT_T}`, 'i'))(), dayWord];
// Chat lists show a weekday for the past week: the latest such day before today.
const WEEKDAY: Rule = [/* @__PURE__ */ (() => RegExp(`(?:星期|周|礼拜)([${WEEK}天])${OPT_T}`, 'i'))(), (m, c) => {
  const dow = (WEEK.indexOf(m[1]) + 1) % 7; // 日/天 → -1+1 = 0 (Sunday)
  const back = (new Date(c.now).getUTCDay() - dow + 7) % 7 || 7;
  return day0(c.now) - back * DAY + tod(m, 2, c);
}];
const TIME: Rule = [/* @__PURE__ */ (() => RegExp(`(?<![\\d:])${T}(?![\\d:])`, 'i'))(), (m, c) => day0(c.now) + tod(m, 1, c)];

/** A list of date rules, tried in order; the first that yields a valid date wins. */
export type DateRules = readonly Rule[];
/** Chinese pages (no English month names, no m/d/yyyy). */
export const ZH_DATES: DateRules = [YMD, ZH_MD, MD_TIME, ZH_AGO, ZH_NOW, ZH_DAY, WEEKDAY, TIME];
/** English pages (no 月/日 or 星期 forms). */
export const EN_DATES: DateRules = [YMD, MON_D, D_MON, MDY, MD_TIME, EN_AGO, EN_NOW, EN_DAY, TIME];
/** Both languages (unknown pages, tests). */
export const ALL_DATES: DateRules = [YMD, MON_D, D_MON, MDY, ZH_MD, MD_TIME, ZH_AGO, EN_AGO, ZH_NOW, EN_NOW, ZH_DAY, EN_DAY, WEEKDAY, TIME];

/** Wall ms as ISO 8601 with the given offset, e.g. 2026-11-18T09:12:00+08:00. */
function iso(wall: number, tz: number): string {
  const o = Math.abs(tz);
  return `${new Date(wall).toISOString().slice(0, 19)}${tz < 0 ? '-' : '+'}${p2((o / 60) | 0)}:${p2(o % 60)}`;
}

/**
 * The first date/time in `text` as ISO 8601 with the page's offset (`tzOffsetMinutes`, China +480).
 * Relative and year-less forms resolve against `now` in that zone; undefined when there is none.
 */
export function parseDateTime(text: string, now: Date, tzOffsetMinutes = 480, locale?: Lang): string | undefined {
  return dateIn(ALL_DATES, text, now, tzOffsetMinutes, locale);
}

/** parseDateTime with one language's rules (page readers: their lexicon's `dates`). */
export function dateIn(rules: DateRules, text: string, now: Date, tzOffsetMinutes: number, locale?: Lang): string | undefined {
  const wall = Math.floor(now.getTime() / 1e3) * 1e3 + tzOffsetMinutes * MIN;
  // A page is re-read on every change with the same times on it: an answer that holds all day (the
  // page's day) is kept, per rule list, keyed by language, day, zone and text (at most 2,000).
  let kept = caches.get(rules);
  if (!kept || kept.size > 2e3) caches.set(rules, (kept = new Map()));
  const key = `${locale}${day0(wall) + tzOffsetMinutes} ${text}`;
  let out = kept.get(key);
  if (out === undefined) {
    const c: Ctx = { now: wall, tz: tzOffsetMinutes, locale };
    out = '';
    for (const [re, fn] of rules) {
      const m = re.exec(text);
      const t = m ? fn(m, c) : NaN;
      if (!Number.isNaN(t)) {
        out = iso(t, tzOffsetMinutes);
        break;
      }
    }
    if (!c.live) kept.set(key, out);
  }
  return out || undefined;
}

/** Kept answers per rule list ('' for text without a date). */
const caches = new WeakMap<DateRules, Map<string, string>>();
