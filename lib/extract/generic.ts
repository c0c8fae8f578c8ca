/**
 * The generic reader: fills what it can of a snapshot from visible labels alone. Every adapter starts
 * from it and adds what its platform needs (chat rows, order cards, URL ids). It never guesses: a label
 * with two different values in scope gives nothing, and values that fail their format lower confidence.
 */
import type { ChatMessage, Item, PageSnapshot, Platform, Role } from '../snapshot';
import { findLabelled, labelSet, pickOne, readTableByHeaders, squash, textNodes, type LabelHit, type LabelSet } from './labels';
import type { LabelKey, Lexicon } from './lexicon';
import { courierByShape, courierFromName, normaliseTracking } from './parse/courier';
import { dateIn } from './parse/datetime';
import { parseMoney } from './parse/money';
import { cleanId, looksLikeOrderId, orderIdIn } from './parse/orderid';
import { statusIn } from './parse/status';

export interface ReadContext {
  platform: Platform;
  now: Date;
  /** The page's time zone as minutes east of UTC (China: 480). */
  tz: number;
  locale: 'zh' | 'en';
  /** The words of the page's language (lexicon.ts ZH / EN; ANY for unknown pages). */
  lex: Lexicon;
  /** The site's currency (CAD on amazon.ca): bare numbers and `$` take it. Chinese pages: CNY. */
  currency?: string;
}

const sets = new WeakMap<Lexicon, Map<string, LabelSet>>();
/** The compiled label set for one lexicon key ('*': every label, where a value search stops). */
export function labels(lex: Lexicon, key: LabelKey | '*'): LabelSet {
  let m = sets.get(lex);
  if (!m) sets.set(lex, (m = new Map()));
  let s = m.get(key);
  if (!s) m.set(key, (s = labelSet((key === '*' ? Object.values(lex.labels).join('|') : lex.labels[key]).split('|'))));
  return s;
}

/** Reads items from a table with item headers (商品 / 规格 / 数量 / 单价; Product / Qty / Price). */
export function readItems(root: ParentNode, ctx: Pick<ReadContext, 'lex' | 'locale' | 'currency'>): Item[] {
  const headers = Object.fromEntries(Object.entries(ctx.lex.items).map(([k, v]) => [k, v.split('|')]));
  return readTableByHeaders(root, headers).flatMap((r) => {
    if (!r.title) return [];
    const item: Item = { title: r.title.replace(/\s*(商家编码|货号|商品ID)[:：].*$/, '') };
    if (r.sku) item.sku = r.sku;
    const qty = r.qty ? parseInt(r.qty.replace(/^[x×*]/i, ''), 10) : NaN;
    if (qty > 0) item.qty = qty;
    const price = r.price && parseMoney(r.price, ctx);
    if (price) item.price = price.value;
    return [item];
  });
}

// Courier-label values that name no carrier at all (an empty field's placeholder or a link).
const NO_NAME = /^(?:暂无|无|未知|查看|-+|n\/?a|none|unknown|view)/i;

/** Fills order id, buyer, money, statuses and logistics from labels under `root`. */
export function readByLabels(root: Node, ctx: ReadContext, out: PageSnapshot): PageSnapshot {
  const { lex, platform } = ctx;
  // One pass over the text with every label; each field then takes the hits of its own labels.
  const found = findLabelled(root, labels(lex, '*'), null, 3, textNodes(root));
  const hits = (k: LabelKey): LabelHit[] => {
    const re = labels(lex, k).re;
    return found.filter((h) => re.test(h.label));
  };

  const id = pickOne(hits('orderId'), (v) => orderIdIn(lex, platform, v) ?? (platform === 'unknown' ? cleanId(v) || undefined : undefined));
  if (id) {
    out.orderId = id.value;
    out.confidence.orderId = looksLikeOrderId(platform, id.value) ? 0.95 : 0.6;
  }
  const buyer = pickOne(hits('buyer'), (v) => v.split(' ')[0] || undefined);
  if (buyer) {
    out.buyer = { ...out.buyer, nick: buyer.value };
    out.confidence.buyer = 0.85;
  }
  const money = (v: string) => parseMoney(v, ctx);
  const paid = pickOne(hits('paid'), money, (m) => `${m.value}`);
  const refund = pickOne(hits('refund'), money, (m) => `${m.value}`);
  if (paid || refund) {
    out.amounts = { ...out.amounts };
    if (paid) out.amounts.paid = paid.value.value;
    if (refund) out.amounts.refund = refund.value.value;
    const cur = paid?.value.currency ?? refund?.value.currency ?? (ctx.locale === 'zh' ? 'CNY' : undefined);
    if (cur) out.amounts.currency = cur;
    out.confidence.amounts = 0.9;
  }
  const stage = pickOne(hits('orderStatus'), (v) => statusIn(lex, v, platform).stage);
  if (stage) {
    out.orderStage = stage.value;
    out.confidence.orderStage = 0.9;
  }
  const as = pickOne(hits('afterSalesStatus'), (v) => statusIn(lex, v, platform).afterSales);
  if (as) {
    out.afterSales = { state: as.value, raw: as.hit.value };
    out.confidence.afterSales = 0.9;
  } else if (stage) {
    // Some platforms join stage and after-sales in one status string (PDD: 已签收，退款成功).
    const joined = statusIn(lex, stage.hit.value, platform).afterSales;
    if (joined) {
      out.afterSales = { state: joined, raw: stage.hit.value };
      out.confidence.afterSales = 0.8;
    }
  }
  const named = hits('courier');
  // 配送方式 / shipping service often holds a delivery mode (普通快递): it counts only as a known courier.
  const courier = pickOne(named, courierFromName) ?? pickOne(hits('shipVia'), courierFromName);
  // A printed carrier we do not model (Royal Mail, DPD, Evri…) is OTHER: its tracking number's shape
  // (S10 `TT…GB`) must not turn it into EMS.
  const unknownName = !courier && named.some((h) => /\p{L}{2}/u.test(h.value) && !NO_NAME.test(h.value));
  const tracking = pickOne(hits('trackingNo'), (v) => normaliseTracking(v) || undefined);
  const event = pickOne(hits('latestEvent'), (v) => v || undefined);
  if (courier || tracking || event) {
    out.logistics = { ...out.logistics };
    if (tracking) out.logistics.trackingNo = tracking.value;
    const c = courier?.value ?? (unknownName ? 'OTHER' : tracking && courierByShape(lex.shapes, tracking.value));
    if (c) out.logistics.courier = c;
    if (event) out.logistics.latestEvent = event.value;
    out.confidence.logistics = courier && tracking ? 0.9 : 0.7;
  }
  return out;
}

/** Parses a page time with the reader's zone and locale. */
export function pageTime(text: string | null | undefined, ctx: ReadContext): string | undefined {
  return text ? dateIn(ctx.lex.dates, squash(text), ctx.now, ctx.tz, ctx.locale) : undefined;
}

export interface MessageRowReader {
  role(row: Element): Role | undefined;
  text(row: Element): string | null | undefined;
  /** The row's own time. */
  time?(row: Element): string | null | undefined;
  /**
   * A group time printed on this row (a divider row, or a message row that opens a group): it covers
   * this row and the following ones until the next group time.
   */
  group?(row: Element): string | null | undefined;
}

/**
 * Reads chat rows (oldest first) into messages. Rows without a role or text (time dividers, images,
 * cards the adapter does not read) are skipped; a row without its own time takes the last group time.
 */
export function readMessages(rows: Iterable<Element>, r: MessageRowReader, ctx: ReadContext): ChatMessage[] {
  const out: ChatMessage[] = [];
  let group: string | undefined;
  for (const row of rows) {
    group = squash(r.group?.(row) ?? '') || group;
    const role = r.role(row);
    const text = role && r.text(row);
    if (!role || !text) continue;
    const m: ChatMessage = { role, text: squash(text) };
    const t = pageTime(r.time?.(row) || group, ctx);
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
