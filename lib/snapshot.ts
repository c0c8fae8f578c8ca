/**
 * PageSnapshot: the one model the page readers fill and everything else reads.
 * Field names are the contract of shared/spec/snapshot.md (the `extract` CLI prints exactly this);
 * the type may add fields but never renames these. A field the page does not show is left out.
 */

export const PLATFORMS = ['taobao', 'pinduoduo', 'douyin', 'jd', 'kuaishou', 'shopify', 'amazon', 'demo', 'unknown'] as const;
export type Platform = (typeof PLATFORMS)[number];

export const PAGE_KINDS = ['chat', 'order_detail', 'order_list', 'after_sales', 'unknown'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

export const ORDER_STAGES = ['unpaid', 'to_ship', 'shipped', 'delivered', 'completed', 'closed'] as const;
export type OrderStage = (typeof ORDER_STAGES)[number];

export const AFTER_SALES_STATES = ['none', 'requested', 'awaiting_return', 'returned', 'refunded', 'refused', 'platform', 'closed'] as const;
export type AfterSalesState = (typeof AFTER_SALES_STATES)[number];

/** What a case asks for, as its type label says (售后类型 仅退款 / 退货退款 / 换货 / 维修). */
export const AFTER_SALES_KINDS = ['refund', 'return', 'exchange', 'repair'] as const;
export type AfterSalesKind = (typeof AFTER_SALES_KINDS)[number];

export const COURIERS = ['SF', 'ZTO', 'YTO', 'STO', 'YUNDA', 'JT', 'JD', 'EMS', 'DEPPON', 'UPS', 'FEDEX', 'USPS', 'DHL', 'OTHER'] as const;
export type Courier = (typeof COURIERS)[number];

export const ROLES = ['buyer', 'seller', 'system'] as const;
export type Role = (typeof ROLES)[number];

export interface Buyer {
  nick?: string;
  id?: string;
}

export interface Item {
  title: string;
  sku?: string;
  qty?: number;
  price?: number;
}

export interface Amounts {
  /** What the buyer paid (not what the shop receives after subsidies). */
  paid?: number;
  refund?: number;
  /** ISO 4217, e.g. CNY, USD. */
  currency?: string;
}

export interface AfterSales {
  state: AfterSalesState;
  /** The page's own words, kept as shown. */
  raw?: string;
  kind?: AfterSalesKind;
}

export interface Logistics {
  courier?: Courier;
  trackingNo?: string;
  latestEvent?: string;
  /** ISO 8601 with offset. */
  latestTime?: string;
}

export interface ChatMessage {
  role: Role;
  text: string;
  /** ISO 8601 with offset, when the page gives a date or time. */
  time?: string;
}

/** Fields that carry a confidence (0–1) when read. */
export type ConfidenceKey =
  | 'shop' | 'orderId' | 'buyer' | 'items' | 'amounts' | 'orderStage' | 'afterSales' | 'logistics' | 'messages';

export interface PageSnapshot {
  platform: Platform;
  pageKind: PageKind;
  url: string;
  shop?: string;
  orderId?: string;
  buyer?: Buyer;
  items?: Item[];
  amounts?: Amounts;
  orderStage?: OrderStage;
  afterSales?: AfterSales;
  logistics?: Logistics;
  /** Oldest first. */
  messages?: ChatMessage[];
  confidence: Partial<Record<ConfidenceKey, number>>;
}

/** The largest order amount believed in any currency read (yen and rupees included); anything above is a misread (an id, a phone number). */
export const MAX_AMOUNT = 100_000_000;

/** True for an amount a page can really show for an order: a finite number from 0 to MAX_AMOUNT. */
export function plausibleAmount(n: unknown): n is number {
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 && n <= MAX_AMOUNT;
}

/** An empty snapshot for a page nothing could be read from. */
export function emptySnapshot(url: string, platform: Platform = 'unknown', pageKind: PageKind = 'unknown'): PageSnapshot {
  return { platform, pageKind, url, confidence: {} };
}

/** The buyer's messages, oldest first. */
export function buyerMessages(s: Pick<PageSnapshot, 'messages'>): ChatMessage[] {
  return (s.messages ?? []).filter((m) => m.role === 'buyer');
}

/** The last message written by the buyer, if any. */
export function lastBuyerMessage(s: Pick<PageSnapshot, 'messages'>): ChatMessage | undefined {
  const b = buyerMessages(s);
  return b[b.length - 1];
}

const KEY_ORDER: (keyof PageSnapshot)[] = [
  'platform', 'pageKind', 'url', 'shop', 'orderId', 'buyer', 'items', 'amounts', 'orderStage', 'afterSales', 'logistics', 'messages', 'confidence',
];

const LOGISTICS_ORDER: (keyof Logistics)[] = ['courier', 'trackingNo', 'latestEvent', 'latestTime'];

/** `o` with the keys of `order` first, in that order, then any others; undefined values left out. */
function ordered<T extends object>(o: T, order: (keyof T)[]): T {
  const out = {} as T;
  for (const k of [...order, ...(Object.keys(o) as (keyof T)[])]) if (o[k] !== undefined) out[k] = o[k];
  return out;
}

/**
 * The snapshot with its keys in the order of snapshot.md, logistics' keys too (stable JSON for the CLI
 * and comparisons, whatever order the adapter filled them in).
 */
export function canonical(s: PageSnapshot): PageSnapshot {
  const out = ordered(s, KEY_ORDER);
  if (out.logistics) out.logistics = ordered(out.logistics, LOGISTICS_ORDER);
  return out;
}
