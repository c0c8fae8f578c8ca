/**
 * The generic reader: fills what it can of a snapshot from visible labels alone. Every adapter starts
 * from it and adds what its platform needs (chat rows, order cards, URL ids). It never guesses: a label
 * with two different values in scope gives nothing, and values that fail their format lower confidence.
 */
import type { ChatMessage, Item, PageSnapshot, Platform, Role } from '../snapshot';
import { findLabelled, labelSet, pickOne, readTableByHeaders, squash, textNodes, type LabelHit, type LabelSet } from './labels';
import {
  LABELS, afterSalesFromText, cleanId, courierFromName, courierFromTracking, findOrderId, looksLikeOrderId,
  normaliseTracking, parseDateTime, parseMoney, splitStatus, stageFromText,
} from './parse';

export interface ReadContext {
  platform: Platform;
  now: Date;
  /** The page's time zone as minutes east of UTC (China: 480). */
  tz: number;
  locale: 'zh' | 'en';
}

type LabelKey = keyof typeof LABELS;
const sets = new Map<LabelKey, LabelSet>();
/** The compiled label set for one dictionary key. */
export function labels(key: LabelKey): LabelSet {
  let s = sets.get(key);
  if (!s) sets.set(key, (s = labelSet(LABELS[key])));
  return s;
}
let all: LabelSet | undefined;
/** Every known label: a value search stops at any of them. */
export function anyLabel(): LabelSet {
  return (all ??= labelSet(Object.values(LABELS).flat()));
}

const ITEM_HEADERS = {
  title: ['商品', '商品名称', '宝贝', '商品信息', 'Product', 'Item', 'Product name'],
  sku: ['规格', 'SKU', '颜色分类', '商品规格', 'Variant', 'Options'],
  qty: ['数量', 'Qty', 'Quantity'],
  price: ['单价', '价格', 'Price', 'Unit price'],
} as const;

/** Reads items from a table with item headers (商品 / 规格 / 数量 / 单价). */
export function readItems(root: ParentNode): Item[] {
  return readTableByHeaders(root, ITEM_HEADERS).flatMap((r) => {
    if (!r.title) return [];
    const item: Item = { title: r.title.replace(/\s*(商家编码|货号)[:：].*$/, '').trim() };
    if (r.sku) item.sku = r.sku;
    const qty = r.qty ? parseInt(r.qty.replace(/^[x×*]/i, ''), 10) : NaN;
    if (qty > 0) item.qty = qty;
    const price = r.price ? parseMoney(r.price) : undefined;
    if (price) item.price = price.value;
    return [item];
  });
}

/** Fills order id, buyer, money, statuses and logistics from labels under `root`. */
export function readByLabels(root: Node, ctx: ReadContext, out: PageSnapshot): PageSnapshot {
  // One pass over the text with every label; each field then takes the hits of its own labels.
  const found = findLabelled(root, anyLabel(), null, 3, textNodes(root));
  const hits = (k: LabelKey): LabelHit[] => {
    const re = labels(k).re;
    return found.filter((h) => re.test(h.label));
  };

  const id = pickOne(hits('orderId'), (v) => findOrderId(ctx.platform, v) ?? (ctx.platform === 'unknown' ? cleanId(v) || undefined : undefined));
  if (id) {
    out.orderId = id.value;
    out.confidence.orderId = looksLikeOrderId(ctx.platform, id.value) ? 0.95 : 0.6;
  }
  const buyer = pickOne(hits('buyer'), (v) => squash(v).split(' ')[0] || undefined);
  if (buyer) {
    out.buyer = { ...out.buyer, nick: buyer.value };
    out.confidence.buyer = 0.85;
  }
  const paid = pickOne(hits('paid'), parseMoney, (m) => `${m.value}`);
  const refund = pickOne(hits('refund'), parseMoney, (m) => `${m.value}`);
  if (paid || refund) {
    out.amounts = { ...out.amounts };
    if (paid) out.amounts.paid = paid.value.value;
    if (refund) out.amounts.refund = refund.value.value;
    const cur = paid?.value.currency ?? refund?.value.currency ?? (ctx.locale === 'zh' ? 'CNY' : undefined);
    if (cur) out.amounts.currency = cur;
    out.confidence.amounts = 0.9;
  }
  const stage = pickOne(hits('orderStatus'), (v) => splitStatus(v, ctx.platform).stage ?? stageFromText(v, ctx.platform));
  if (stage) {
    out.orderStage = stage.value;
    out.confidence.orderStage = 0.9;
  }
  const asHits = hits('afterSalesStatus');
  const as = pickOne(asHits, (v) => afterSalesFromText(v, ctx.platform));
  if (as) {
    out.afterSales = { state: as.value, raw: squash(as.hit.value) };
    out.confidence.afterSales = 0.9;
  } else if (stage) {
    // Some platforms join stage and after-sales in one status string (PDD: 已签收，退款成功).
    const joined = splitStatus(stage.hit.value, ctx.platform).afterSales;
    if (joined) {
      out.afterSales = { state: joined, raw: squash(stage.hit.value) };
      out.confidence.afterSales = 0.8;
    }
  }
  const courier = pickOne(hits('courier'), courierFromName);
  const tracking = pickOne(hits('trackingNo'), (v) => normaliseTracking(v) || undefined);
  const event = pickOne(hits('latestEvent'), (v) => squash(v) || undefined);
  if (courier || tracking || event) {
    out.logistics = { ...out.logistics };
    if (tracking) out.logistics.trackingNo = tracking.value;
    const c = courier?.value ?? (tracking ? courierFromTracking(tracking.value) : undefined);
    if (c) out.logistics.courier = c;
    if (event) out.logistics.latestEvent = event.value;
    out.confidence.logistics = courier && tracking ? 0.9 : 0.7;
  }
  return out;
}

/** Parses a page time with the reader's zone and locale. */
export function pageTime(text: string | null | undefined, ctx: ReadContext): string | undefined {
  return text ? parseDateTime(squash(text), ctx.now, ctx.tz, ctx.locale) : undefined;
}

export interface MessageRowReader {
  role(row: Element): Role | undefined;
  text(row: Element): string | undefined;
  time?(row: Element): string | null | undefined;
}

/**
 * Reads chat rows (oldest first) into messages. Rows without a role or text (images, cards the
 * adapter does not read) are skipped; a row without its own time inherits the last group time.
 */
export function readMessages(rows: Iterable<Element>, r: MessageRowReader, ctx: ReadContext): ChatMessage[] {
  const out: ChatMessage[] = [];
  for (const row of rows) {
    const role = r.role(row);
    const text = role && r.text(row);
    if (!role || !text) continue;
    const m: ChatMessage = { role, text: squash(text) };
    const t = pageTime(r.time?.(row), ctx);
    if (t) m.time = t;
    out.push(m);
  }
  return out;
}

/** The first element matching any selector, in priority order. */
export function first(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const s of selectors) {
    const el = root.querySelector(s);
    if (el) return el;
  }
  return null;
}
