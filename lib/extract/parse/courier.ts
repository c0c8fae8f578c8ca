/** Couriers from printed names and, as a hint only, from tracking-number shapes (seller-pages.md §10). */
import type { Courier } from '../../snapshot';

/** Display names per courier. */
export const COURIER_NAMES: Record<Courier, { zh: string; en: string }> = {
  SF: { zh: '顺丰速运', en: 'SF Express' },
  ZTO: { zh: '中通快递', en: 'ZTO Express' },
  YTO: { zh: '圆通速递', en: 'YTO Express' },
  STO: { zh: '申通快递', en: 'STO Express' },
  YUNDA: { zh: '韵达快递', en: 'Yunda Express' },
  JT: { zh: '极兔速递', en: 'J&T Express' },
  JD: { zh: '京东物流', en: 'JD Logistics' },
  EMS: { zh: '中国邮政', en: 'China Post / EMS' },
  DEPPON: { zh: '德邦快递', en: 'Deppon Express' },
  UPS: { zh: 'UPS', en: 'UPS' },
  FEDEX: { zh: '联邦快递', en: 'FedEx' },
  USPS: { zh: '美国邮政', en: 'USPS' },
  DHL: { zh: 'DHL', en: 'DHL' },
  OTHER: { zh: '其他快递', en: 'Other courier' },
};

// First hit wins. Latin names need word edges (EMS inside "items", STO inside "store").
// 菜鸟 and a few couriers outside our list are OTHER: a known courier, just not one we model.
const NAMES: [Courier, RegExp][] = [
  ['SF', /顺丰|\bSF\b|SF ?Express/i],
  ['ZTO', /中通|\bZTO\b/i],
  ['YTO', /圆通|\bYTO\b/i],
  ['STO', /申通|\bSTO\b/i],
  ['YUNDA', /韵达|\bYunda\b/i],
  ['JT', /极兔|J\s*[&＆]\s*T/i],
  ['JD', /京东|\bJD\b/i],
  ['DEPPON', /德邦|\bDeppon\b/i],
  ['USPS', /\bUSPS\b|美国邮政/i],
  ['EMS', /\bEMS\b|邮政|China ?Post/i],
  ['UPS', /\bUPS\b/i],
  ['FEDEX', /\bFed ?Ex\b|联邦快递/i],
  ['DHL', /\bDHL\b/i],
  // (Carriers of the English-language stores: Royal Mail, Evri, Canada Post, Australia Post, DPD, GLS, PostNL…)
  ['OTHER', /菜鸟|Cainiao|百世|天天快递|优速|丹鸟|安能|跨越速运|宅急送|众邮|丰网|Royal Mail|\bEvri\b|\bHermes\b|Parcelforce|Canada Post|Australia Post|\bDPD\b|\bGLS\b|PostNL|La Poste|Colissimo|Deutsche Post|Japan Post|\bYodel\b|OnTrac|Purolator/i],
];

/** The courier named in `text` (顺丰速运, J&T, 邮政快递包裹, FedEx …); undefined when none is recognised. */
export function courierFromName(text: string): Courier | undefined {
  return NAMES.find(([, re]) => re.test(text))?.[0];
}

/** The tracking number in `text`, without its label, 复制/Copy, spaces or hyphens, upper-cased; '' when there is none. */
export function normaliseTracking(text: string): string {
  let best = '';
  // A date and time beside the number ("2026-11-15 10:02") is never part of it.
  text = text.replace(/\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|\b\d{1,2}:\d{2}(?::\d{2})?\b/g, ' ');
  // Runs of letters/digits that may hold spaces or hyphens (`SF 1234 5678 9012 3`); CJK and ：/: end a run.
  for (const m of text.matchAll(/[A-Za-z0-9]+(?:[\s\u00a0-]+[A-Za-z0-9]+)*/g)) {
    // After '#' it is a name (an order's #1001, a fulfilment's #LP1163-F1), not a parcel's number.
    if (text[m.index - 1] === '#') continue;
    const words = m[0].split(/[\s\u00a0-]+/);
    // Letter-only words at the edges are labels or names (Tracking ID, UPS, Copy); two-letter
    // prefixes (SF, YT, JT, JD) and DPK belong to the number, when the number follows them (a short word of a
    // sentence does not: "by buyer via UPS 1Z…").
    while (words.length && /^[A-Za-z]+$/.test(words[0]) && !/^dpk$/i.test(words[0]) && (words[0].length > 2 || /^[A-Za-z]+$/.test(words[1] ?? ''))) words.shift();
    while (words.length && /^[A-Za-z]+$/.test(words[words.length - 1])) words.pop();
    const id = words.join('').toUpperCase();
    if (/\d/.test(id) && id.length > best.length) best = id;
  }
  return best.length >= 8 ? best : '';
}

export type Shape = [Courier, RegExp];
const S10: Shape = ['EMS', /^[A-Z]{2}\d{9}[A-Z]{2}$/]; // UPU S10: any national post, China Post included

/** Tracking-number shapes of the couriers on Chinese platforms. */
export const CN_SHAPES: Shape[] = [
  ['SF', /^SF\d{13}$/],
  ['ZTO', /^7[3-68]\d{12}$/],
  ['YTO', /^YT\d{13}$/],
  ['STO', /^(?:77|43)\d{12,15}$/],
  ['YUNDA', /^(?:[34]\d{14}|5\d{12})$/],
  ['JT', /^JT\d{13}$/],
  ['JD', /^JD[A-Z0-9]{2}\d{11}$/],
  ['EMS', /^(?:[981]\d{12}|P[A-Z]\d{11})$/],
  S10,
  ['DEPPON', /^DPK\d{12}$/],
  ['OTHER', /^621\d{12}$/],
];

/** Tracking-number shapes of the international carriers (Amazon, Shopify). */
export const INTL_SHAPES: Shape[] = [
  S10,
  ['UPS', /^1Z[A-Z0-9]{16}$/],
  ['FEDEX', /^(?:\d{12}|\d{15}|96\d{20})$/],
  ['USPS', /^(?:\d{20}|(?:420\d{5}(?:\d{4})?)?9[2-5]\d{20})$/],
  ['DHL', /^(?:\d{10}|J[A-Z]{2,3}\d{9,10})$/],
];

/** The courier one of `shapes` gives a tracking number; undefined when several couriers fit (or none). */
export function courierByShape(shapes: readonly Shape[], no: string): Courier | undefined {
  const id = normaliseTracking(no);
  const hits = new Set(shapes.filter(([, re]) => re.test(id)).map(([c]) => c));
  return hits.size === 1 ? [...hits][0] : undefined;
}

/**
 * The courier a tracking number's shape points to: a hint only, below a printed name. Numbers that fit
 * several couriers give undefined; `region` ('cn' for Chinese platforms, 'intl' for Amazon/Shopify)
 * narrows the candidates.
 */
export function courierFromTracking(no: string, region?: 'cn' | 'intl'): Courier | undefined {
  return courierByShape(region === 'cn' ? CN_SHAPES : region ? INTL_SHAPES : [...CN_SHAPES, ...INTL_SHAPES], no);
}
