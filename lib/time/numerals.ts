/** Chinese and Arabic numerals as written in chat ("三", "十一", "两", "二十三", "12"). */

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Regex source for one numeral up to 99 (Arabic or Chinese). */
export const NUM = '(?:\\d{1,2}|[零〇一二两三四五六七八九十]{1,3})';

/** Value of a numeral up to 99 ("十一" → 11, "二十" → 20, "两" → 2, "07" → 7), or NaN. */
export function numeral(s: string): number {
  const t = s.trim();
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  if (!t) return NaN;
  const ten = t.indexOf('十');
  if (ten < 0) {
    // "二三" is not a number; a single character is.
    return t.length === 1 && t in DIGITS ? DIGITS[t] : NaN;
  }
  const head = t.slice(0, ten);
  const tail = t.slice(ten + 1);
  const tens = head === '' ? 1 : head.length === 1 && head in DIGITS ? DIGITS[head] : NaN;
  const ones = tail === '' ? 0 : tail.length === 1 && tail in DIGITS ? DIGITS[tail] : NaN;
  return tens * 10 + ones;
}
