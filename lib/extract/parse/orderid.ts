/** Per-platform order-id formats (seller-pages.md §2–8), and picking the order id out of a label's text. */
import type { Platform } from '../../snapshot';
import { ANY, memo, type Lexicon } from '../lexicon';

// Taobao 18–19 and JD 11–13 digits are loose bounds: those ids are read by label, the pattern only validates (and a number
// right behind an order-id label is the order's whatever its length: idBehindLabel).
// Shopify shows the order *name*: '#' prefix by default, prefix and suffix configurable by the merchant.
// One constant per platform: a page script carries only its own (ReadContext.idFormat).
export const GENERIC_ID = '(?=[A-Z-]*\\d)[A-Z0-9][A-Z0-9-]{5,}';
export const PINDUODUO_ID = '\\d{6}-\\d{15}';
export const DOUYIN_ID = '\\d{19}';
export const TAOBAO_ID = '\\d{18,19}';
export const JD_ID = '\\d{11,13}';
export const KUAISHOU_ID = '\\d{16}';
export const AMAZON_ID = '\\d{3}-\\d{7}-\\d{7}';
export const SHOPIFY_ID = '#?[A-Za-z]{0,6}[-_]?\\d{3,12}(?:[-_][A-Za-z0-9]{1,6}|[A-Za-z]{1,6})?';
const FORMATS: Record<Platform, string> = {
  pinduoduo: PINDUODUO_ID,
  douyin: DOUYIN_ID,
  taobao: TAOBAO_ID,
  jd: JD_ID,
  kuaishou: KUAISHOU_ID,
  amazon: AMAZON_ID,
  shopify: SHOPIFY_ID,
  demo: GENERIC_ID,
  unknown: GENERIC_ID,
};

const COPY = /复制|拷贝|\bcopy\b/gi;
const FILE_EXT = /^\.(?:png|jpe?g|gif|webp|heic|bmp|pdf|mp4|mov)\b/i;

/** The id without spaces (incl. &nbsp;, full-width, zero-width) and without a 复制/Copy button's text. */
export function cleanId(text: string): string {
  return text.replace(COPY, '').replace(/[\s\u200b]+/g, '');
}

/** Whether `text` (after cleanId) is a whole order id in the platform's format. */
export function looksLikeOrderId(platform: Platform, text: string): boolean {
  return isId(FORMATS[platform], text);
}

/** Whether `text` (after cleanId) is a whole order id of this format (one of the *_ID constants). */
export function isId(format: string, text: string): boolean {
  return RegExp(`^(?:${format})$`).test(cleanId(text));
}

const esc = (s: string) => s.replace(/[#.]/g, '\\$&'); // on '|'-joined labels
// Labels that own the number after them. Anything that is not an order-id label (after-sales ids,
// product ids, tracking numbers, phones) makes the candidates behind it ineligible. The letter guards
// keep `ID` inside `Paid` from counting as a label.
const OTHER = '商品ID|商品编号|商品id|商家编码|货号|skuId|SKU|ASIN|ID|运单号|快递单号|物流单号|手机号?|电话|Tracking|Phone';
function labelRe(lex: Lexicon): RegExp {
  const l = lex.labels;
  return memo(lex, 'id', () => RegExp(`(?<![A-Za-z])(?:(${esc(l.orderId)})|${esc(`${l.afterSalesId}|${OTHER}`)})(?![a-z])`, 'gi'));
}

/**
 * The order id in a label's or card's text (`订单编号：241118-083155271036412 复制`). A candidate behind an
 * order-id label wins; otherwise one unlabelled candidate is taken only when it is the only one
 * (Douyin cards hold several 19-digit numbers). Ids behind after-sales or product labels never count.
 */
export function orderIdIn(lex: Lexicon, format: string, text: string): string | undefined {
  const t = text.replace(COPY, ' ');
  const re = RegExp(`(?<![A-Za-z0-9#-])(?:${format})(?![A-Za-z0-9-])`, 'g');
  const labels = [...t.matchAll(labelRe(lex))];
  const bare = new Set<string>();
  for (const m of t.matchAll(re)) {
    // A file's name is no order's ("IMG_4471.png", a picture the buyer sent).
    if (FILE_EXT.test(t.slice(m.index! + m[0].length))) continue;
    // The label right before this candidate decides who owns it.
    let owner: RegExpMatchArray | undefined;
    for (const l of labels) if (l.index! + l[0].length <= m.index!) owner = l;
    if (owner?.[1]) return m[0];
    // Shopify names without '#' or a merchant prefix are too like other numbers to take unlabelled
    // (a prefix and up to 7 digits: "my order LP1187", never a parcel's TT482913065GB).
    if (!owner && (format[0] !== '#' || m[0][0] === '#' || /^[A-Za-z]{1,6}[-_]?\d{3,7}$/.test(m[0]))) bare.add(m[0]);
  }
  // No candidate of the format behind an order-id label: the number right behind it, of any usual length (JD: real-pages.md
  // [J8] shows a 16-digit id and validators of 10–30 digits; unlabelled numbers keep the format, they are too many).
  for (const l of labels) {
    const id = l[1] && idBehindLabel(t.slice(l.index! + l[0].length));
    if (id) return id;
  }
  return bare.size === 1 ? [...bare][0] : undefined;
}

/** The number at the start of an order-id label's value, of any usual length ("3612049758813306 复制"; see orderIdIn). */
export const idBehindLabel = (v: string): string | undefined => /^\s*[:：]?\s*(\d{10,20})(?![\dA-Za-z-])/.exec(v.replace(COPY, ' '))?.[1];

/** orderIdIn with the labels of both languages (tests, CLI). */
export function findOrderId(platform: Platform, text: string): string | undefined {
  return orderIdIn(ANY, FORMATS[platform], text);
}
