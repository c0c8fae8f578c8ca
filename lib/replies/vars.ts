/** Maps a PageSnapshot and the agent's settings to script variables (see template.ts). */
import { COURIER_NAMES } from '../extract/parse/courier';
import { plausibleAmount, type Courier, type PageSnapshot, type Platform } from '../snapshot';
import { cleanLine } from '../snapshot-clean';
import { CHINESE_PLATFORMS, PLATFORM_INFO } from '../platforms';
import type { ScriptVariable } from './types';
import type { Lang } from '../i18n';

export interface VarSettings {
  shop?: string;
  agent?: string;
  returnAddress?: string;
  now?: Date;
  lang?: Lang;
}


const CURRENCY_SIGNS: Readonly<Record<string, string>> = Object.freeze({
  CNY: '¥', RMB: '¥', USD: '$', EUR: '€', GBP: '£', JPY: 'JP¥', HKD: 'HK$', CAD: 'CA$', AUD: 'A$',
});
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The courier's display name (one table: lib/extract/parse/courier.ts); '' for OTHER, so a fallback applies. */
export function courierName(c: Courier, lang: Lang): string {
  return c === 'OTHER' ? '' : COURIER_NAMES[c]?.[lang] ?? '';
}

/** The platform's display name ('' for unknown). */
export function platformName(p: Platform, lang: Lang): string {
  return PLATFORM_INFO[p]?.replyName[lang] ?? '';
}

/** `¥129.00`, `$12.50`; an unknown currency code goes after the number; no currency = bare number. */
export function formatMoney(n: number, currency?: string): string {
  const num = n.toFixed(2);
  if (!currency) return num;
  const sign = CURRENCY_SIGNS[currency.toUpperCase()];
  return sign ? `${sign}${num}` : `${num} ${currency.toUpperCase()}`;
}

/**
 * A product title short enough for a chat line. Listing titles are keyword-stuffed
 * ("【包邮】2026新款加厚珊瑚绒四件套 冬季保暖 床上用品…"), so drop bracketed promo tags and cut at a
 * word boundary before `max` characters rather than mid-word.
 */
export function shortenProduct(title: string, maxWidth = 40): string {
  let t = title.replace(/[【[][^】\]]{0,12}[】\]]/g, ' ').replace(/\s+/g, ' ').trim();
  if (!t) t = title.trim();
  // Width, not length: a CJK character takes about two Latin ones on screen.
  let width = 0;
  let end = 0;
  while (end < t.length) {
    const w = t.charCodeAt(end) > 0x2e80 ? 2 : 1;
    if (width + w > maxWidth) break;
    width += w;
    end++;
  }
  if (end >= t.length) return t;
  const head = t.slice(0, end + 1);
  const cut = Math.max(head.lastIndexOf(' '), head.lastIndexOf('，'), head.lastIndexOf(','), head.lastIndexOf('|'), head.lastIndexOf('/'));
  return (cut >= end / 3 ? head.slice(0, cut) : t.slice(0, end)).replace(/[\s,，|/]+$/, '').trim();
}

/** Today's local date as agents write it: zh `11月23日`, en `Nov 23`. */
export function formatToday(d: Date, lang: Lang): string {
  return lang === 'zh' ? `${d.getMonth() + 1}月${d.getDate()}日` : `${MONTHS_EN[d.getMonth()]} ${d.getDate()}`;
}

/** Largest quantity believed for one order line; more is a misread. */
const MAX_QTY = 100_000;

/**
 * The variables a page fills. A field the page does not show is left out, so the template's
 * fallback or the "missing" marker applies instead of an empty string. Every value from the page is
 * cleaned again here (cleanLine: a snapshot may reach a reply without passing lib/snapshot-clean) and
 * amounts must be plausible (0 … MAX_AMOUNT): the page is not trusted.
 */
export function varsFromSnapshot(
  snap: PageSnapshot,
  settings: VarSettings = {},
  extra: { deadline?: string } = {},
): Partial<Record<ScriptVariable, string>> {
  const lang = settings.lang ?? 'zh';
  const v: Partial<Record<ScriptVariable, string>> = {};
  const set = (k: ScriptVariable, x: string | undefined): void => {
    const t = typeof x === 'string' ? cleanLine(x) : '';
    if (t) v[k] = t;
  };
  set('buyer', snap.buyer?.nick);
  set('order_id', snap.orderId);
  const item = snap.items?.[0];
  if (item) {
    if (typeof item.title === 'string') set('product', shortenProduct(cleanLine(item.title)));
    set('sku', item.sku);
    if (Number.isInteger(item.qty) && item.qty! > 0 && item.qty! <= MAX_QTY) set('qty', String(item.qty));
  }
  const cur = snap.amounts?.currency;
  const currency = (typeof cur === 'string' && /^[A-Za-z]{3}$/.test(cur) ? cur : undefined) ?? (CHINESE_PLATFORMS.has(snap.platform) ? 'CNY' : undefined);
  const paid = snap.amounts?.paid;
  if (plausibleAmount(paid)) set('amount', formatMoney(paid, currency));
  const refund = snap.amounts?.refund;
  if (plausibleAmount(refund)) set('refund_amount', formatMoney(refund, currency));
  if (snap.logistics?.courier) set('courier', courierName(snap.logistics.courier, lang));
  set('tracking_no', snap.logistics?.trackingNo);
  set('latest_event', snap.logistics?.latestEvent);
  set('return_address', settings.returnAddress);
  set('shop', settings.shop ?? snap.shop);
  set('agent', settings.agent);
  set('today', formatToday(settings.now ?? new Date(), lang));
  set('platform', platformName(snap.platform, lang));
  set('deadline', extra.deadline);
  return v;
}
