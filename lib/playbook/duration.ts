/** Short, human durations in Chinese and English, shared by deadlines and service timers. */
import type { Lang } from './types';

const S = 1000;
const MIN = 60 * S;
const H = 60 * MIN;
const D = 24 * H;

/**
 * "1天3小时", "2小时5分钟", "45秒" / "1 d 3 h", "2 h 5 min", "45 s". Two units at most, rounded down:
 * a countdown must never look longer than it is.
 */
export function formatDuration(ms: number, lang: Lang = 'zh'): string {
  const t = Math.max(0, Number.isFinite(ms) ? ms : 0);
  const zh = lang === 'zh';
  const pair = (big: number, bigUnit: [string, string], small: number, smallUnit: [string, string]) => {
    const a = zh ? `${big}${bigUnit[0]}` : `${big} ${bigUnit[1]}`;
    if (small === 0) return a;
    return zh ? `${a}${small}${smallUnit[0]}` : `${a} ${small} ${smallUnit[1]}`;
  };
  if (t >= D) return pair(Math.floor(t / D), ['天', 'd'], Math.floor((t % D) / H), ['小时', 'h']);
  if (t >= H) return pair(Math.floor(t / H), ['小时', 'h'], Math.floor((t % H) / MIN), ['分钟', 'min']);
  if (t >= MIN) return pair(Math.floor(t / MIN), ['分钟', 'min'], 0, ['', '']);
  return pair(Math.floor(t / S), ['秒', 's'], 0, ['', '']);
}
