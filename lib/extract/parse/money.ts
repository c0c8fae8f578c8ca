/** Money amounts as printed on seller pages: ¥1,299.00, 129元, US$12.50, 9.999,00 €, -¥20.00, 包邮. */
import type { Lang } from '../../i18n';

export interface Money {
  value: number;
  /** ISO 4217; left out when the text carries no currency and the caller gave none. */
  currency?: string;
}

export interface MoneyHint {
  /** Page language: in an English page a bare ¥ is yen (Amazon JP), in a Chinese page yuan. */
  locale?: Lang;
  /** The page's currency (e.g. CAD on amazon.ca): used for bare numbers, `$` and `¥`. */
  currency?: string;
}

/**
 * The currency marks a page may print: symbol → ISO code (¥ and $ are placeholders resolved against
 * the hint in `resolve`; a 3-letter code stands for itself), and the patterns of marks before and
 * after the number. A page reader takes its lexicon's set (lexicon.ts), so a Chinese page script
 * carries only the yuan's.
 */
export interface Currencies {
  sym: Readonly<Record<string, string>>;
  pre: string;
  suf: string;
}
const ISO = 'CNY|USD|EUR|GBP|JPY|CAD|AUD|HKD|NZD|SGD|MXN|INR';
/** Every currency we read (English pages, unknown pages, tests, CLI). */
export const ALL_MONEY: Currencies = {
  sym: {
    'JP¥': 'JPY', 'CA$': 'CAD', 'C$': 'CAD', 'AU$': 'AUD', 'A$': 'AUD', 'US$': 'USD', 'HK$': 'HKD', 'NZ$': 'NZD',
    'S$': 'SGD', 'MX$': 'MXN', RMB: 'CNY', '元': 'CNY', '块': 'CNY', '円': 'JPY', '¥': '¥', '￥': '¥', '$': '$',
    '€': 'EUR', '£': 'GBP', '₹': 'INR',
  },
  pre: `JP¥|[A-Z]{1,2}\\$|RMB|${ISO}|[¥￥$€£₹]`,
  suf: `元|块|円|€|RMB|${ISO}`,
};
/** Chinese seller back offices price in yuan. */
export const CNY_MONEY: Currencies = {
  sym: { RMB: 'CNY', 元: 'CNY', 块: 'CNY', '¥': '¥', '￥': '¥' },
  pre: 'RMB|CNY|[¥￥]',
  suf: '元|块|RMB|CNY',
};
// Thousands groups, then an optional 1–2 digit decimal part; which mark is decimal is decided in `num`.
const NUM = `\\d{1,3}(?:[,.'\u00a0\u202f]\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?`;
const SIGN = '(?:(?<![\\d\\w])([-−])\\s*)?';
const RES = new WeakMap<Currencies, RegExp>();
const reOf = (c: Currencies) => {
  let re = RES.get(c);
  if (!re) RES.set(c, (re = RegExp(`${SIGN}(?:(?<![A-Za-z])(${c.pre})\\s*([-−])?\\s*(${NUM})(?!\\d)|(${NUM})(?!\\d)\\s*(${c.suf})(?![A-Za-z]))`, 'g')));
  return re;
};

/** The number in `s`: the last of two different marks, or a lone mark not followed by exactly 3 digits, is the decimal one. */
function num(s: string): number {
  const t = s.replace(/['\u00a0\u202f]/g, '');
  const i = Math.max(t.lastIndexOf('.'), t.lastIndexOf(','));
  let dec = -1;
  if (i >= 0) {
    const mark = t[i];
    const single = t.indexOf(mark) === i;
    const other = mark === '.' ? ',' : '.';
    if (t.includes(other) || (single && (t.length - i - 1 !== 3 || /^0[.,]/.test(t)))) dec = i;
  }
  const int = (dec < 0 ? t : t.slice(0, dec)).replace(/[.,]/g, '');
  return Number(dec < 0 ? int : `${int}.${t.slice(dec + 1)}`);
}

function resolve(iso: string, text: string, hint: MoneyHint): string {
  if (iso === '$') return /D$|MXN/.test(hint.currency ?? '') ? hint.currency! : 'USD';
  if (iso === '¥') {
    // An English page with ¥ is Amazon JP; the page's own words decide when no locale is given.
    const en = hint.locale ? hint.locale === 'en' : /[A-Za-z]{3}/.test(text) && !/[\u4e00-\u9fff]/.test(text);
    return hint.currency === 'JPY' || hint.currency === 'CNY' ? hint.currency : en ? 'JPY' : 'CNY';
  }
  return iso;
}

/** Every amount in `text` marked with one of `c`'s currencies, in order. */
export function allMoneyIn(c: Currencies, text: string, hint: MoneyHint = {}): Money[] {
  const out: Money[] = [];
  for (const m of text.matchAll(reOf(c))) {
    const sym = m[2] ?? m[6];
    const iso = c.sym[sym] ?? (/^[A-Z]{3}$/.test(sym) ? sym : ''); // [A-Z]{1,2}$ may match an unknown dollar prefix
    if (!iso) continue;
    const v = num(m[4] ?? m[5]);
    out.push({ value: m[1] || m[3] ? -v : v, currency: resolve(iso, text, hint) });
  }
  return out;
}

/** allMoneyIn with every currency. */
export function parseAllMoney(text: string, hint: MoneyHint = {}): Money[] {
  return allMoneyIn(ALL_MONEY, text, hint);
}

/** parseMoney with every currency. */
export function parseMoney(text: string, hint: MoneyHint = {}): Money | undefined {
  return moneyIn(ALL_MONEY, text, hint);
}

/**
 * The first amount in `text` marked with one of `c`'s currencies; a lone unmarked number (after an
 * optional label) takes the hint's currency; 免费/包邮 → 0.
 */
export function moneyIn(c: Currencies, text: string, hint: MoneyHint = {}): Money | undefined {
  const all = allMoneyIn(c, text, hint);
  if (all.length) return all[0];
  // The label part must end in ：/: or be Chinese words, so `x2` or `共2件` is not read as money.
  const bare = new RegExp(`^(?:[^\\d:：]*[:：]|[\\u4e00-\\u9fff ]*)\\s*([-−])?\\s*(${NUM})\\s*$`).exec(text.trim());
  if (bare) {
    const v = num(bare[2]);
    return { value: bare[1] ? -v : v, ...(hint.currency && { currency: hint.currency }) };
  }
  if (/免费|包邮|免运费/.test(text)) return { value: 0, currency: hint.currency ?? 'CNY' };
  if (/\bfree\b/i.test(text)) return { value: 0, ...(hint.currency && { currency: hint.currency }) };
  return undefined;
}
