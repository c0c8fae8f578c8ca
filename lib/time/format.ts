/** Showing stored instants (epoch ms, UTC) as the agent's local time, in zh or en. */
import { calendarDaysBetween, defaultTimeZone, offsetMinutes, wallOf } from './zone';
import type { Lang } from '../i18n';

export type { Lang };

const ZH_WD = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
const EN_WD = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const EN_MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const pad = (n: number) => String(n).padStart(2, '0');

/** "10:00" in the zone. */
export function formatClock(at: Date | number, timeZone = defaultTimeZone()): string {
  const w = wallOf(+at, timeZone);
  return `${pad(w.hour)}:${pad(w.minute)}`;
}

/** Local date and time for lists and handovers: "11月24日 10:00 (周二)" / "Tue 24 Nov 10:00". */
export function formatDateTime(at: Date | number, lang: Lang, timeZone = defaultTimeZone()): string {
  const w = wallOf(+at, timeZone);
  const hm = `${pad(w.hour)}:${pad(w.minute)}`;
  return lang === 'zh'
    ? `${w.month}月${w.day}日 ${hm} (${ZH_WD[w.weekday]})`
    : `${EN_WD[w.weekday]} ${w.day} ${EN_MON[w.month - 1]} ${hm}`;
}

/** How far away `at` is: "2小时后" / "in 2 h", "已过 5 分钟" / "5 min ago". */
export function formatRelative(at: Date | number, now: Date | number, lang: Lang): string {
  const diff = +at - +now;
  const mins = Math.round(Math.abs(diff) / 60000);
  let zh: string;
  let en: string;
  if (mins < 1) return lang === 'zh' ? '现在' : 'now';
  if (mins < 60) {
    zh = `${mins}分钟`;
    en = `${mins} min`;
  } else if (mins < 48 * 60) {
    const h = Math.floor(mins / 60);
    const m = mins % 60;
    // Minutes matter for the next few hours only; beyond that the hour is enough.
    const showMin = m !== 0 && h < 10;
    zh = showMin ? `${h}小时${m}分钟` : `${Math.round(mins / 60)}小时`;
    en = showMin ? `${h} h ${m} min` : `${Math.round(mins / 60)} h`;
  } else {
    const d = Math.round(mins / 1440);
    zh = `${d}天`;
    en = `${d} d`;
  }
  if (lang === 'zh') return diff > 0 ? `${zh}后` : `已过${zh}`;
  return diff > 0 ? `in ${en}` : `${en} ago`;
}

/**
 * A reminder time as the agent reads it: zh "明天 10:00 (周二)", en "in 2 h · Tue 10:00".
 * Days within a week show the weekday; further away the date; another year adds the year.
 */
export function formatWhen(at: Date | number, now: Date | number, lang: Lang, timeZone = defaultTimeZone()): string {
  const w = wallOf(+at, timeZone);
  const n = wallOf(+now, timeZone);
  const days = calendarDaysBetween(+now, +at, timeZone);
  const hm = `${pad(w.hour)}:${pad(w.minute)}`;
  if (lang === 'zh') {
    const names: Record<number, string> = { [-2]: '前天', [-1]: '昨天', 0: '今天', 1: '明天', 2: '后天' };
    const year = w.year !== n.year ? `${w.year}年` : '';
    const day = names[days] ?? `${year}${w.month}月${w.day}日`;
    return `${day} ${hm} (${ZH_WD[w.weekday]})`;
  }
  let day: string;
  if (days === 0) day = 'today';
  else if (days === 1) day = 'tomorrow';
  else if (days > 1 && days < 7) day = EN_WD[w.weekday];
  else day = `${EN_WD[w.weekday]} ${w.day} ${EN_MON[w.month - 1]}${w.year !== n.year ? ` ${w.year}` : ''}`;
  return `${formatRelative(at, now, 'en')} · ${day} ${hm}`;
}

/** ISO 8601 with the zone's offset: "2026-11-24T10:00:00+08:00". */
export function formatIsoLocal(at: Date | number, timeZone = defaultTimeZone()): string {
  const t = +at;
  const w = wallOf(t, timeZone);
  const off = offsetMinutes(t, timeZone);
  const sign = off < 0 ? '-' : '+';
  const a = Math.abs(off);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}
