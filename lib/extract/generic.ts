/**
 * The generic reader: fills what it can of a snapshot from visible labels alone. Every adapter starts
 * from it and adds what its platform needs (chat rows, order cards, URL ids). It never guesses: a label
 * with two different values in scope gives nothing, and values that fail their format lower confidence.
 */
import { emptySnapshot, type AfterSalesKind, type ChatMessage, type Item, type PageSnapshot, type Platform, type Role } from '../snapshot';
import { findLabelled, labels, leaves, ownText, pickOne, spacedText, squash, textNodes, withoutOtherCases, type LabelHit, type LabelSet } from './labels';
import { NAME_WORD, NAV, SPEC_TAIL, goodsByLines, labelledGoods, namedGoods, qtyCellIn, readGoodsBlocks, readItems, readsAsProduct, rowQty, within } from './goods';
import { ANY, memo, wordsOf, type LabelKey, type Lexicon } from './lexicon';
import { courierByShape, courierFromName, normaliseTracking } from './parse/courier';
import { dateIn } from './parse/datetime';
import { moneyIn } from './parse/money';
import { GENERIC_ID, cleanId, idBehindLabel, isId, orderIdIn } from './parse/orderid';
import { caseKind, statusIn } from './parse/status';
import { ARROWS, digitsOf, foldedBlock, isFolded, orderByClass, orderInHeading, orderNamedInChat, orderPanel, scanPage, type PageScan } from './panel';
import { BOX, buyerNameInChat, cardRole, emojiText, findMessageList, mediaText, pictureText, rememberMessageList, replyToName, rowPicture, spokenText, structuralMessages, voiceText, words } from './structure';
import type { Lang } from '../i18n';

export interface ReadContext {
  platform: Platform;
  now: Date;
  /** The page's time zone as minutes east of UTC (China: 480). */
  tz: number;
  locale: Lang;
  /** The words of the page's language (lexicon.ts ZH / EN; ANY for unknown pages). */
  lex: Lexicon;
  /** The platform's order-id format (orderid.ts *_ID); unknown and demo pages: GENERIC_ID. */
  idFormat?: string;
  /** The site's currency (CAD on amazon.ca): bare numbers and `$` take it. Chinese pages: CNY. */
  currency?: string;
}

// A printed name: letters first, and not an empty field's placeholder or a link (暂无, 查看, N/A…).
const NAME = /^(?!暂无|无|未知|查看|n\/?a|none|unknown)\p{L}{2}/iu;

// An operator log's words after 买家 ("买家 | 买家付款成功", "确认收货"): an event, not a name.
const LOG_EVENT = /^(买家|卖家|商家|客服|系统|平台|确认收货|付款|发货|下单|取消|关闭|修改)|成功|申请|变更|发起|提交|已(付款|发货|签收|同意|拒绝)/;

/** In a table cell of a log's row: the row starts with a date or a time ("2026-11-14 20:31:05 | 买家 | 创建订单"). */
function logCell(el: Element): boolean {
  const cell = el.closest('td,th');
  const start = cell?.parentElement?.firstElementChild;
  return !!start && start !== cell && DATE_CELL.test(squash(start.textContent ?? ''));
}
const DATE_CELL = /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$|^\d{1,2}:\d{2}(?::\d{2})?$/;

const SMALL_WORD = /^(a|an|the|in|of|about|this|that|to|for|with|your|my|by|on|at|from|is|are|no)$/i;

/**
 * A buyer's name from the text after its label: up to a separator, a phone number or an address
 * ("刘** 137****4409" → 刘**; "Michael Torres, Tucson, AZ" → Michael Torres). A Chinese nick is one
 * word; a Latin name keeps up to four name-like words.
 */
export function nickIn(v: string): string | undefined {
  const head = v.split(/\s*[,，|｜(（·;；]\s*/)[0].replace(/(^|\s)\+?\d[\d*\s-]{6,}.*$/, '').trim();
  // A date or a time after 买家/Buyer is a log line ("买家 2026/11/15 21:40 申请平台介入"), not a name.
  if (!head || /^\d{1,4}[-/.年月:]\d/.test(head)) return undefined;
  // So is an event after an operator column ("买家 | 买家付款成功，订单状态变更为…"), and a bare number
  // is the buyer's id (买家ID 3028475116), not a name.
  if (LOG_EVENT.test(head) || /^\d{6,}$/.test(head)) return undefined;
  if (/[\u3400-\u9fff]/.test(head)) return head.split(' ')[0];
  const words = head.split(' ');
  // A phrase with small words is a caption, not a name ("Messages in this thread", "Send a message");
  // an action on the buyer is a link's words ("Contact buyer", "Message customer").
  if (words.length > 1 && words.some((w) => SMALL_WORD.test(w))) return undefined;
  if (/^(?:contact|message|email|call|view|reply to|chat with)\s+(?:the\s+)?(?:buyer|customer|seller)\b/i.test(head)) return undefined;
  let n = 0;
  while (n < words.length && n < 4 && /^\p{L}[\p{L}\p{M}'’.-]*$/u.test(words[n])) n++;
  return n ? words.slice(0, n).join(' ') : words[0];
}

/**
 * The text nodes without those of another order folded away (a collapsed card that shows an id of the
 * platform's format): its amounts and parcel are not the order's.
 */
function withoutFoldedOrders(nodes: Text[], ctx: ReadContext, focus?: string): Text[] {
  return outside(nodes, foldedOrders(nodes, ctx, focus));
}

/**
 * Whether a sibling of the same class is open (aria-expanded="true") and `el` is not: another item of that list (the open
 * one may carry a class more: "rr-card rr-selected" beside "rr-card", blind set 37's Manage Returns).
 */
function besideOpen(el: Element): boolean {
  const c = el.getAttribute('class')?.split(/\s+/)[0];
  return !!c && !el.matches('[aria-expanded="true"]') && [...(el.parentElement?.children ?? [])].some((o) => o !== el && o.classList.contains(c) && o.matches('[aria-expanded="true"]'));
}

/** The nodes in none of `blocks`. */
const outside = (nodes: Text[], blocks: Element[]): Text[] => (blocks.length ? nodes.filter((n) => !blocks.some((b) => b.contains(n))) : nodes);

/** The blocks of orders other than `focus` folded away among `nodes` (see withoutFoldedOrders). */
function foldedOrders(nodes: Text[], ctx: ReadContext, focus?: string): Element[] {
  const folded = new Set<Element>();
  if (!ctx.idFormat) return [];
  const own = focus && digitsOf(focus);
  // (A folding header is often a button, whose text the readers skip: "▸ #2104".)
  const heads = [...(nodes[0]?.ownerDocument.querySelectorAll('button[aria-expanded="false"]') ?? [])].flatMap((b) => [...b.childNodes].filter((c): c is Text => c.nodeType === 3));
  for (const n of [...nodes, ...heads]) {
    const id = orderIdIn(ctx.lex, ctx.idFormat, n.nodeValue ?? '');
    if (!id || (own && digitsOf(id) === own)) continue;
    // The nearest folded block around the id, or an item beside the one of its kind that is open (Manage Returns: one
    // return of a list with aria-expanded="true").
    for (let el = n.parentElement; el; el = el.parentElement) {
      const b = foldedBlock(el) ?? (besideOpen(el) ? el : null);
      if (b) {
        folded.add(b);
        break;
      }
    }
  }
  return [...folded];
}

const PROSE_AFTER = /^\S+\s+[a-z']+\s+[a-z']+\s+[a-z']+/i;
// Labels that are also menu entries on their own.
const BARE_LABEL = /^(?:售后|customer)$/i;

/**
 * A value in a table's column headed by one of `set`'s labels (<th>用户实付</th> … <td>¥356.00</td>),
 * when the table holds one row of values: with several rows the column is per item, not the order's.
 */
function inColumn<T>(root: Node, set: LabelSet, parse: (v: string) => T | undefined): { value: T } | undefined {
  const found = new Set<string>();
  let value: T | undefined;
  for (const th of (root as ParentNode).querySelectorAll?.('th') ?? []) {
    const head = squash(th.textContent ?? '');
    if (!set.re.test(head) || head.replace(set.re, '').trim()) continue;
    const table = th.closest('table');
    const rows = [...(table?.querySelectorAll('tbody tr') ?? [])].filter((r) => !r.querySelector('th'));
    if (rows.length !== 1) continue;
    const v = parse(squash(rows[0].children[[...th.parentElement!.children].indexOf(th)]?.textContent ?? ''));
    if (v !== undefined) (value = v), found.add(JSON.stringify(v));
  }
  return found.size === 1 ? { value: value as T } : undefined;
}

// A block about the buyer's return parcel starts so (退货物流, 退货物流（顾客寄回）, Return shipping).
const RETURN_HEAD = /^(?:(?:买家|客户|顾客|用户|消费者)?(?:退货物流|退回物流|寄回物流)|退货信息|买家退货|(?:买家|客户|顾客|用户|消费者)(?:寄回|退回)(?!地址)|Return (?:shipping|shipment|label|package|parcel))/i;
const RETURN_IN = new RegExp(RETURN_HEAD.source.slice(1), 'i');

/**
 * The courier and tracking hits of the order's shipment: without those of the buyer's return parcel
 * (a block headed 退货物流 / Return shipping, or a returnParcel label's own); when the page shows only
 * the return parcel, its hits (read as courier and tracking number).
 */
/** Whether a label sits in a block headed as the return's ("Return shipment", "买家退货物流"). */
const inReturnBlock = (h: LabelHit): boolean => returnBlock(h.at, 3);
function returnBlock(at: Node, levels: number): boolean {
  for (let e = at.parentElement, up = 0; e && up < levels; e = e.parentElement, up++) {
    if (RETURN_HEAD.test(squash(e.textContent ?? ''))) return true;
    // A block under a heading of its own ("订单信息") is not inside the return's.
    if (e.querySelector(':scope > h1, :scope > h2, :scope > h3, :scope > h4, :scope > h5, :scope > h6')) return false;
  }
  return false;
}

function parcelHits(found: LabelHit[], lex: Lexicon): LabelHit[] & { returnOnly?: boolean } {
  const ship = labels(lex, 'courier').re;
  const track = labels(lex, 'trackingNo').re;
  const ret = labels(lex, 'returnParcel').re;
  const parcel = found.filter((h) => ship.test(h.label) || track.test(h.label) || ret.test(h.label));
  // A number's label or a courier's: one of each per parcel block.
  const isNo = (h: LabelHit) => track.test(h.label) || (ret.test(h.label) && /单号|number|tracking/i.test(h.label));
  // Up from the label, while the block holds no second field of the same kind (then it spans two
  // parcels), to the heading the block starts with.
  const headedReturn = (h: LabelHit) => {
    for (let e = h.at.parentElement, up = 0; e && up < 4; e = e.parentElement, up++) {
      if (parcel.some((o) => o !== h && isNo(o) === isNo(h) && e!.contains(o.at))) return false;
      if (RETURN_HEAD.test(squash(e.textContent ?? ''))) return true;
      // Its heading names a return after a badge ("<h2><span>In transit</span> Return shipment</h2>").
      const head = e.querySelector('h1,h2,h3,h4,h5,h6');
      if (head && head.compareDocumentPosition(h.at) & 4 && RETURN_IN.test(squash(head.textContent ?? ''))) return true;
      // Its pair in the block is the return's ("Return carrier: UPS · Tracking ID: 1Z…"), and no shipment's.
      const other = parcel.filter((o) => isNo(o) !== isNo(h) && e!.contains(o.at));
      if (other.length && other.every((o) => ret.test(o.label))) return true;
    }
    return false;
  };
  const isReturn = (h: LabelHit) => ret.test(h.label) || headedReturn(h);
  const shipment = parcel.filter((h) => !isReturn(h));
  // (Parcels in tabs, 包裹1 | 包裹2: the hits of hidden panes are left out with every hidden label, readByLabels.)
  // Parcels shown one under the other, each headed by its number (分包裹发货: 包裹1, 包裹2; "Package 1 of 2"): the
  // first one's, as the order's shipment (blind set 37's JD order).
  // (Looked for only where two numbers are printed: each look reads the text of the blocks around a label.)
  if (shipment.filter(isNo).length > 1) {
    const first = shipment.filter((h) => parcelNo(h.at) === 1);
    if (first.some(isNo) && shipment.some((h) => isNo(h) && parcelNo(h.at) > 1)) return first;
  }
  if (shipment.length) return shipment;
  // Only the return parcel: its labels read as the courier's and the tracking number's.
  const [courier] = lex.labels.courier.split('|');
  const [trackingNo] = lex.labels.trackingNo.split('|');
  return Object.assign(parcel.map((h) => (ret.test(h.label) ? { ...h, label: isNo(h) ? trackingNo : courier } : h)), { returnOnly: true });
}

/** The number of the parcel block a label sits in ("包裹2 物流公司：…", "Package 1 of 2"), or 0. */
function parcelNo(at: Element): number {
  for (let e: Element | null = at, up = 0; e && up < 4; e = e.parentElement, up++) {
    const m = /^(?:包裹|package|parcel)\s*(\d)\b/i.exec(squash(e.textContent ?? ''));
    if (m) return +m[1];
  }
  return 0;
}

// Words of a parcel that moves (not "not yet shipped"): in a return's status, the return is on its way.
export const RETURN_MOVING = /\b(?:in transit|picked up|on (?:its|the) way)\b|运输中|已揽收|已寄出|派送中/i;

// Words of a line of the parcel's trace (an event: not a heading, a button or a tab such as 包裹1, 查看物流详情),
// and of lines that are the case's or the return parcel's, not the shipment's.
const TRACE = /签收|派送|派件|到达|发出|发往|揽收|揽件|运输中|转运|中转|分拣|离开|装车|投递|驿站|代收|清关|异常|滞留|拒收|问题件|\b(?:delivered|out for delivery|in transit|arrived|departed|picked up|exception)\b/i;
const NOT_TRACE = /退货|寄回|申请|协商|退款|换货|售后|介入|凭证|买家|消费者|商家|系统将|公告|温馨|提示|提醒|通知|\b(?:return(?! to sender)|refund|notice|i|my|me|you|your|we|our|thanks?)\b/i;
// A date-time as trace lines print it (removed from the line to leave the event).
const STAMP = /\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\b\d{1,2}[-/]\d{1,2}(?=\s+\d)|\d{1,2}[:：]\d{2}(?:[:：]\d{2})?(?:\s*[ap]\.?m\b\.?)?|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+\d{4})?,?|周[一二三四五六日]/gi;
const DATED = /\d[-/.年月]\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d/i;

/**
 * The newest line of the shipment's trace: a short row that holds a trace word and a dated time (the
 * event and its time in one line or in sibling cells); of several, the latest time. The case's history
 * and the return parcel's block are not the shipment's.
 */
function readTrace(doc: Document, ctx: ReadContext, skip: Node | null): { event: string; time: string } | undefined {
  let best: { event: string; time: string } | undefined;
  // Outside the conversation (its messages quote couriers and dates; a chat is re-read on every change).
  for (const n of textNodes(doc.body, skip)) {
    const v = n.nodeValue ?? '';
    if (v.length > 120 || !TRACE.test(v)) continue;
    for (let e = n.parentElement, up = 0; e && up < 3; e = e.parentElement, up++) {
      // (Text by text: cells printed without a space between them would run into one another.)
      const parts = textNodes(e).map((x) => x.nodeValue ?? '');
      const row = squash(parts.join(' '));
      if (row.length > 160 || NOT_TRACE.test(row)) break;
      const time = parts.map((x) => DATED.test(x) && pageTime(x, ctx)).find(Boolean);
      if (!time) continue;
      // The line's own text, else (a short word beside its place: "【苏州市】" "已签收") the row's.
      const event = (v.trim().length > 5 || row.length > 60 ? v : row).replace(STAMP, ' ').replace(/[（(]\s*[)）]|\s+/g, ' ').replace(/^[\s·|,—–-]+|[\s·|,—–-]+$/g, '');
      // (Not a label with its date: 签收时间 2026-11-21 15:04.)
      if (!returnBlock(e, 6) && event.length > 1 && !/[:：]$|时间$|日期$/.test(event) && (!best || time > best.time)) best = { event, time };
      break;
    }
  }
  return best;
}

/** Confidence of a parcel read only from the return's labels: the structure may still find the shipment. */
const RETURN_ONLY = 0.5;

/** Whether a text sits in a hidden or folded block (up to 6 levels up). */
function hiddenAround(n: Node): boolean {
  for (let e = n.parentElement, up = 0; e && up < 6; e = e.parentElement, up++) if (isFolded(e)) return true;
  return false;
}

/**
 * On a site without an adapter, the number an order label names, in any format: the first word when
 * words follow it ("Order #48213 details"), the number sign not counted; else the whole value
 * without spaces (ids printed in groups: "2411 1808 3155").
 */
function anyId(v: string): string | undefined {
  const word = /^#?\s?([A-Za-z0-9-]*\d[A-Za-z0-9-]*)\s+[A-Za-z\u4e00-\u9fff]/.exec(v.trim());
  return word ? word[1] : cleanId(v).replace(/^#(?=\d+$)/, '') || undefined;
}

/** Fills order id, buyer, money, statuses and logistics from labels under `root`. */
export function readByLabels(root: Node, ctx: ReadContext, out: PageSnapshot, focus = out.orderId): PageSnapshot {
  const { lex, platform } = ctx;
  const conf = out.confidence;
  // One pass over the text with every label; each field then takes the hits of its own labels.
  // Blocks about the buyer's other cases or orders are not this order's fields.
  // A tab or menu entry ("顾客 | 订单 | 商品") is no label; neither is what the page does not show (a hidden tab pane's
  // parcel, a form opened by a click: WooCommerce's "Refund amount: 0,00").
  const found = findLabelled(withoutFoldedOrders(withoutOtherCases(textNodes(root)), ctx, focus), labels(lex, '*')).filter((h) => !inNavigation(h.at) && !hiddenAround(h.at));
  // A bare word that is also a menu entry (售后) labels a field only with its colon (售后：退货退款，待商家处理).
  const labelled = (h: LabelHit) => !BARE_LABEL.test(h.label) || new RegExp(`${h.label}\\s*[:：]`).test(h.at.textContent ?? '');
  // (`next`: a value printed under a caption of its own: "Estimated refund · To Visa •••• 4417 · $90.71".)
  // (`from`: the hits to pick among, all the labels' by default.)
  const one = <T>(k: LabelKey, parse: (v: string) => T | undefined, key?: (v: T) => string, next = false, from = found) => {
    const re = labels(lex, k).re;
    const hits = from.filter((h) => re.test(h.label) && labelled(h));
    return pickOne(next ? hits.map((h) => (parse(h.value) === undefined && h.then ? { ...h, value: h.then } : h)) : hits, parse, key);
  };
  const status = (v: string) => statusIn(lex, v, platform);

  const format = ctx.idFormat ?? GENERIC_ID;
  // An id followed by prose is a message ("Order #1039 still hasn't arrived"), not a field.
  const id = one('orderId', (v) => (PROSE_AFTER.test(v) ? undefined : orderIdIn(lex, format, v) ?? (platform === 'unknown' ? anyId(v) : idBehindLabel(v))));
  if (id) (out.orderId = id.value), (conf.orderId = isId(format, id.value) ? 0.95 : 0.6);
  // (Not an operator column's 买家 in a log table: "2026-11-14 20:31 | 买家 | 创建订单".)
  const buyer = one('buyer', nickIn, undefined, false, found.filter((h) => !logCell(h.at)));
  if (buyer) (out.buyer = { ...out.buyer, nick: buyer.value }), (conf.buyer = 0.85);
  const money = (v: string) => moneyIn(lex.money, v, ctx);
  const amount = (m: { value: number }) => `${m.value}`;
  // Two figures under different paid labels (实付款 ¥77.80 beside a shop's 今日支付金额 ¥3,218.60): the label the lexicon
  // lists first, the likelier.
  // (Ranked only when the labels disagree: readByLabels runs on every re-read of a chat.)
  const likeliest = () => {
    const paidWords = memo(lex, 'paidRank', () => lex.labels.paid.toLowerCase().split('|'));
    const rank = (h: LabelHit) => paidWords.indexOf(h.label.toLowerCase());
    const top = Math.min(...found.filter((h) => rank(h) >= 0).map(rank));
    return one('paid', money, amount, false, found.filter((h) => rank(h) === top));
  };
  const paid = (one('paid', money, amount) ?? likeliest() ?? inColumn(root, labels(lex, 'paid'), money))?.value;
  // Refund rows are often printed negative (Refund total: -£5.60): the amount refunded.
  const refundOf = (v: string) => money(v.replace(/^[-−–]\s*(?=[¥￥$€£\d])/, ''));
  // (A refund's value may sit under a caption; a paid amount's never is taken so: measured, it cost
  // held-out pages, where the next text after a paid label is another figure.)
  // (A bare whole number after an English label counts goods: Magento's quantity table "Refunded 1", WooCommerce's "-1".)
  const refund = (one('refund', refundOf, amount, true, found.filter((h) => !(/^[a-z]/i.test(h.label) && /^[-−]?\d+$/.test(h.value)))) ?? inColumn(root, labels(lex, 'refund'), refundOf))?.value;
  if (paid || refund) {
    const a = (out.amounts = { ...out.amounts });
    if (paid) a.paid = paid.value;
    if (refund) a.refund = refund.value;
    const cur = paid?.currency ?? refund?.currency ?? (ctx.locale === 'zh' ? 'CNY' : undefined);
    if (cur) a.currency = cur;
    conf.amounts = 0.9;
  }
  // A return parcel's status ("Return shipment · Status: Delivered") is not the order's, nor is a question or a long
  // sentence after the words (a conversation list's topic "Order status" over another buyer's "…still says unfulfilled,
  // any update?": blind set 29's Shopify Inbox).
  const stage = one('orderStatus', (v) => (v.length > 40 || /[?？]/.test(v) ? undefined : status(v).stage), undefined, false, found.filter((h) => !inReturnBlock(h)));
  if (stage) (out.orderStage = stage.value), (conf.orderStage = 0.9);
  // Some platforms join stage and after-sales in one status string (PDD: 已签收，退款成功).
  // A return approved whose parcel is on its way back ("Authorized · In transit", "待买家退货 · 运输中") is
  // returned (domain.md: the buyer ships back → returned).
  const moving = (v: string, st: ReturnType<typeof status>['afterSales']) => (st === 'awaiting_return' && RETURN_MOVING.test(v) ? 'returned' : st);
  // What the case asks for, as its type says (售后类型：仅退款), among the same labels.
  const kind = one('afterSalesKind', caseKind)?.value;
  // A case whose status says it is done (服务单状态：已完成) ended as its type ends: an exchange or a repair
  // closes with the goods, a refund or a return with the money back.
  const done = (v: string) => (status(v).stage === 'completed' ? (kind === 'exchange' || kind === 'repair' ? 'closed' : kind && 'refunded') : undefined);
  // (The parcel's movement may be a second badge beside the state: "Authorized" "Return in transit".)
  const withMove = found.map((h) => (h.then && RETURN_MOVING.test(h.then) ? { ...h, value: `${h.value} · ${h.then}` } : h));
  const as = one('afterSalesStatus', (v) => moving(v, status(v).afterSales) ?? done(v), undefined, false, withMove);
  // A status line may also name only the case ("Status: Refund successful" under a refund).
  const joined = !as && one('orderStatus', (v) => status(v).afterSales);
  if (as) (out.afterSales = { state: as.value, raw: as.hit.value }), (conf.afterSales = 0.9);
  else if (joined) (out.afterSales = { state: joined.value, raw: joined.hit.value }), (conf.afterSales = 0.8);
  if (kind && out.afterSales && !out.afterSales.kind) out.afterSales = { ...out.afterSales, kind };

  // The order's shipment, not the buyer's return parcel beside it; the return parcel only when the page
  // shows no other.
  const parcel = parcelHits(found, lex);
  const onParcel = <T>(k: LabelKey, parse: (v: string) => T | undefined) => one(k, parse, undefined, false, parcel);
  // 配送方式 / shipping service often holds a delivery mode (普通快递): it counts only as a known courier.
  const courier = onParcel('courier', courierFromName) ?? one('shipVia', courierFromName);
  // A printed carrier we do not model (Royal Mail, DPD, Evri…) is OTHER: its tracking number's shape
  // (S10 `TT…GB`) must not turn it into EMS.
  const unknownName = !courier && onParcel('courier', (v) => NAME.test(v) || undefined);
  const tracking = onParcel('trackingNo', (v) => normaliseTracking(v) || undefined);
  // An event says where or when (【苏州市】已签收 11-18 14:22); a short heading after 物流信息 (发货物流) is none.
  // A courier's name with a number after 物流信息 ("物流信息 极兔速递 JT3126…") names the parcel, not an event.
  const numberIn = (v: string) => v.split(/[\s:：·]+/).map((w) => normaliseTracking(w)).find(Boolean);
  const parcelLine = (v: string) => (courierFromName(v) && numberIn(v) ? v : undefined);
  const named = !tracking ? one('latestEvent', parcelLine) : undefined;
  const event = one('latestEvent', (v) => (TRACE.test(v) && !parcelLine(v) ? v : undefined));
  if (courier || tracking || event || named) {
    const l = (out.logistics = { ...out.logistics });
    if (tracking) l.trackingNo = tracking.value;
    else if (named) (l.trackingNo = numberIn(named.value)), (l.courier = courierFromName(named.value));
    // (A number printed with its courier's name, "发货物流 韵达快递 4330…", or the name before its label in a short line,
    // "韵达快递 运单号：4328…": that name.)
    const line = squash(tracking?.hit.at.parentElement?.textContent ?? '');
    const c = courier?.value ?? (tracking && (courierFromName(tracking.hit.value) ?? (line.length < 80 ? courierFromName(line) : undefined))) ?? (unknownName ? 'OTHER' : tracking && courierByShape(lex.shapes, tracking.value));
    if (c) l.courier = c;
    if (event) l.latestEvent = event.value;
    conf.logistics = parcel.returnOnly && (courier || tracking) ? RETURN_ONLY : courier && tracking ? 0.9 : 0.7;
  }
  return out;
}

/** Parses a page time with the reader's zone and locale (as printed: the date rules take any whitespace). */
export function pageTime(text: string | null | undefined, ctx: ReadContext): string | undefined {
  return text ? dateIn(ctx.lex.dates, text, ctx.now, ctx.tz, ctx.locale) : undefined;
}

export interface MessageRowReader {
  role(row: Element): Role | undefined;
  /** The row's words, or the element holding them (read without a quoted earlier message). */
  text(row: Element): string | Element | null | undefined;
  /** The row's own time; `group` is the group time in force (squashed), for rows that print only a clock time. */
  time?(row: Element, group?: string): string | null | undefined;
  /**
   * A group time printed on this row (a divider row, or a message row that opens a group): it covers
   * this row and the following ones until the next group time.
   */
  group?(row: Element): string | null | undefined;
}

/** The most messages a snapshot holds: the recent ones (a long chat's history is not re-read on every change). */
export const MAX_MESSAGES = 200;

/**
 * Reads chat rows (oldest first) into the last `max` messages. Rows without a role or text (time
 * dividers, cards the adapter does not read) are skipped, a picture of its own reads as "[图片]"; a row without its own time takes the
 * last group time (also one printed before the rows read). Only the tail is touched, by index: on a
 * 2,000-row chat, copying the whole NodeList cost Chromium more than reading the 200 messages, and a
 * group's time is parsed once, not once per message under it.
 */
export function readMessages(rows: ArrayLike<Element>, r: MessageRowReader, ctx: ReadContext, max = MAX_MESSAGES): ChatMessage[] {
  // One walk up from the newest row: messages are kept newest first until `max`; those from k on still
  // wait for their group time, which is the next group row met going up (or none, at the top).
  const out: [Element, ChatMessage][] = [];
  for (let i = rows.length, k = 0; i--; ) {
    const row = rows[i];
    const g = squash(r.group?.(row) ?? '');
    const role = out.length < max && r.role(row);
    // (A row that only shows a picture, the buyer's photo of a fault, is a message: "[图片]".)
    const said = role && r.text(row);
    const text = role && (squash((said && typeof said !== 'string' ? spokenText(said) : said) || '') || emojiText(row) || mediaText(row) || voiceText(row, ctx.locale) || (rowPicture(row) ? pictureText(ctx.locale) : ''));
    if (text) out.push([row, { role: cardRole(role, text, row), text }]);
    if (!g && i && r.group) continue;
    const groupTime = g ? pageTime(g, ctx) : undefined;
    for (; k < out.length; k++) {
      const own = r.time?.(out[k][0], g || undefined);
      const at = own ? pageTime(own, ctx) : groupTime;
      if (at) out[k][1].time = at;
    }
    if (out.length >= max) break;
  }
  return out.reverse().map((m) => m[1]);
}

/**
 * A chat's rows: its first row (`row`) and that row's siblings (dividers and rows of other kinds too:
 * the row reader skips what it does not read). One lookup that stops at the first match, where a
 * whole-page query for every row cost Chromium 0.3–0.8 ms on a 2,000-row chat.
 */
export function rowsOf(doc: ParentNode, row: string): ArrayLike<Element> {
  const [a, b] = doc.querySelectorAll(row);
  // The rows' list: the first row's parent, or, when each row sits in a wrapper of its own, the
  // element that holds the first two rows (its children are the wrappers).
  let list = a?.parentElement;
  while (b && list && !list.contains(b)) list = list.parentElement;
  // The platform's own rows tell the structural reader where the conversation is (not a side list).
  if (list && list.ownerDocument) rememberMessageList(list.ownerDocument, list);
  return list?.children ?? [];
}

/**
 * A name shown in a header block (a shop switcher, an account menu): its first text that is a name,
 * not a drop-down arrow or a "子账号：…" / "Staff: …" line beside it; undefined when there is none.
 */
export function nameIn(el: Element | null): string | undefined {
  if (!el) return undefined;
  // A leaf that is only a separator (<span class=sep>|</span>) is none; then the element's own text.
  for (const leaf of [...leaves(el), el]) {
    // "Store | United States": the name before the bar.
    const t = squash(leaf.textContent ?? '').replace(ARROWS, '').split(/\s?[|｜]\s?/)[0].trim();
    if (t && /[\p{L}\p{N}]/u.test(t) && !/[:：]/.test(t)) return t;
  }
  return undefined;
}

/** The first element matching any selector, in priority order. */
export function first(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const s of selectors) {
    const el = root.querySelector(s);
    if (el) return el;
  }
  return null;
}

/** An element's text, whitespace collapsed; undefined when missing or empty. */
export const text = (el: Element | null | undefined) => squash(el?.textContent ?? '') || undefined;

/** The text of the first element under `root` matching any of `sels` ('' when none). */
export const textIn = (root: ParentNode, sels: readonly string[]) => squash(first(root, sels)?.textContent ?? '');

/** The page URL, or undefined when it does not parse (a bad URL still gets a partial snapshot). */
export function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** A page reader: a pure function of the document, its URL and the time. */
export type ReadFn = (doc: Document, url: string, now: Date) => PageSnapshot;

/**
 * A list drawn newest first (a thread shown with flex-direction: column-reverse, its rows in the DOM newest at the top:
 * blind set 29's Shopify Inbox): the times the rows give never rise and fall at least once. Oldest first is the rule.
 */
function newestFirst(msgs: ChatMessage[]): boolean {
  const t = msgs.flatMap((m) => (m.time ? [Date.parse(m.time)] : []));
  return t.length > 1 && t[0] > t[t.length - 1] && t.every((x, i) => !i || x <= t[i - 1]);
}

/**
 * A chat page whose reader found no buyer message gets the structural reader's (structure.ts):
 * renamed classes or an unseen console still give the conversation, at a lower confidence.
 */
export function withStructuralChat(doc: Document, snap: PageSnapshot, ctx: ReadContext): PageSnapshot {
  if (snap.messages?.some((m) => m.role === 'buyer')) return snap;
  const found = structuralMessages(doc, (t) => pageTime(t, ctx));
  if (!found.some((m) => m.role === 'buyer')) return snap;
  snap.messages = newestFirst(found) ? found.reverse() : found;
  snap.confidence.messages = 0.6;
  if (snap.pageKind === 'unknown') snap.pageKind = 'chat';
  return snap;
}

const DELIVERED_ON = /^(?:delivered on|签收时间|收货时间)\s*[:：]?\s*(.*)$/i;

/**
 * The first value `parse` takes after a label `re` matches (in the label's own text, else the next
 * text), outside `skip` (a chat's conversation).
 */
function afterLabel<T>(doc: Document, re: RegExp, parse: (v: string) => T | undefined, skip: Node | null = null): T | undefined {
  return valueAfterLabel(doc.body ? textNodes(doc.body, skip) : [], re, parse);
}

function valueAfterLabel<T>(nodes: Text[], re: RegExp, parse: (v: string) => T | undefined): T | undefined {
  for (let i = 0; i < nodes.length; i++) {
    const m = re.exec(squash(nodes[i].nodeValue ?? ''));
    const v = m && parse(m[1] || squash(nodes[i + 1]?.nodeValue ?? ''));
    if (v) return v;
  }
  return undefined;
}

// The platform's notice in the conversation that a refund was asked for ("买家已申请退款，退款金额 ¥189.00").
const REFUND_NOTICE = /(?:退款金额|申请退款)\s*[:：]?\s*([¥￥]\s*[\d,]+(?:\.\d{1,2})?)|refund (?:amount|of|requested)\s*[:：]?\s*([$£€]\s*[\d,]+(?:\.\d{1,2})?)/i;

/** The case type a card in the conversation's newest rows (as many as a chat's messages are read) names after its label `re`. */
function kindInChat(list: Element, re: RegExp): AfterSalesKind | undefined {
  const rows = list.children;
  for (let i = rows.length, n = 0; i-- && n++ < MAX_MESSAGES; ) {
    const kind = valueAfterLabel(textNodes(rows[i]), re, caseKind);
    if (kind) return kind;
  }
  return undefined;
}

/** The amount of the newest refund a system notice of the conversation names, if any. */
function refundInNotice(messages: ChatMessage[] | undefined, ctx: ReadContext): number | undefined {
  for (const m of [...(messages ?? [])].reverse()) {
    if (m.role !== 'system') continue;
    const hit = REFUND_NOTICE.exec(m.text);
    const v = hit && moneyIn(ctx.lex.money, hit[1] ?? hit[2], ctx);
    if (v && v.value > 0) return v.value;
  }
  return undefined;
}

// A shipment's own status line: "Delivered", "Delivered Mar 3, 2026", "Delivered on March 2", with the weekday
// ("Delivered Saturday, Nov 21, 2026": blind set 29's Seller Central) (not "Delivered to…"); in German and French the
// bare word (a badge "Zugestellt", "Livrée" before its date: blind set 31).
const DELIVERED_LINE = /^(?:delivered|zugestellt|livrée?)(?!\s+(?:to|by)\b)(?:\s+(?:on\s+)?(?:[a-z]{3,9},?\s+){1,2}\d{1,2}\b.*|\s+\d.*)?$/i;

/**
 * An English page's shipped order whose parcel's own card says Delivered (Shopify's fulfilment card,
 * Seller Central's shipment line) was delivered: the card beside the order's tracking number, never a
 * line elsewhere (another order's badge in a list). A Chinese trace's 已签收 does not lift 已发货:
 * seller-pages §9 keeps Taobao's 已签收 for cash on delivery.
 */
function deliveredParcel(doc: Document, snap: PageSnapshot): boolean {
  const no = snap.logistics?.trackingNo;
  if (snap.orderStage !== 'shipped' || !no || !doc.body || snap.confidence.logistics === RETURN_ONLY) return false;
  // Outside the conversation (a chat is re-read on every change: its messages are not walked).
  const list = snap.pageKind === 'chat' ? findMessageList(doc) : null;
  const walker = doc.createTreeWalker(doc.body, 5 /* elements and texts */, { acceptNode: (x) => (x === list ? 2 /* reject */ : x.nodeType === 3 ? 1 : 3 /* skip */) });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const v = n.nodeValue ?? '';
    if (v.length > no.length * 2 + 24) continue;
    // The number as a value of its own ("Tracking ID 1Z…"), not inside a message that quotes it.
    const t = v.replace(/\s/g, '');
    if (!t.includes(no) || t.length > no.length + 16) continue;
    let box = n.parentElement;
    for (let up = 0; box && up < 4 && (box.textContent ?? '').length < 600; up++, box = box.parentElement) {
      if (!textNodes(box).some((x) => DELIVERED_LINE.test(squash(x.nodeValue ?? '')))) continue;
      // The buyer's return parcel delivered to the seller is not the order's shipment (its card, or a heading beside it).
      const around = box.parentElement?.textContent ?? '';
      return !RETURN_PARCEL.test(around.length < 1000 ? around : box.textContent ?? '');
    }
  }
  return false;
}
const RETURN_PARCEL = /\breturn (?:shipment|parcel|package|label|tracking)/i;

/**
 * What a page's reader missed, read from the page's structure: on a chat page the conversation and
 * the order panel beside it; on any page the goods blocks when no item was found.
 */
export function withStructure(doc: Document, snap: PageSnapshot, ctx: ReadContext): PageSnapshot {
  const unknown = snap.pageKind === 'unknown';
  if (snap.pageKind === 'chat' || unknown) withStructuralChat(doc, snap, ctx);
  // A page of unknown kind that shows a conversation is a chat page by now.
  const chat = snap.pageKind === 'chat';
  const settle = () => settleLast(doc, snap, ctx);
  if (!snap.shop) {
    const shop = shopName(doc);
    if (shop) (snap.shop = shop), (snap.confidence.shop = 0.6);
  }
  if (chat && !snap.buyer?.nick) {
    const nick = buyerNameInChat(doc) ?? buyerNameByClass(doc) ?? replyToName(doc);
    if (nick) (snap.buyer = { ...snap.buyer, nick }), (snap.confidence.buyer = 0.6);
  }
  // The page is re-read on every change: the structural search runs only for what is still missing
  // (on an order or after-sales page also the buyer, the payment and the case; a chat's conversation
  // is long, so there the order, its goods, its stage and a shipped order's parcel are enough).
  const caseRead = snap.pageKind !== 'after_sales' || (snap.afterSales && snap.amounts?.refund !== undefined);
  const pageRead = chat || (snap.buyer?.nick && snap.amounts?.paid !== undefined && caseRead);
  // A shipped order without its parcel is not read yet either.
  const parcelRead = !['shipped', 'delivered', 'completed'].includes(snap.orderStage ?? '') || (snap.logistics?.trackingNo && snap.confidence.logistics !== RETURN_ONLY);
  if (snap.orderId && snap.items?.length && snap.orderStage && pageRead && parcelRead) return settle(), snap;
  // An order list holds many orders: nothing there is read without the platform's own focus.
  // No goods beside the chat: the product or order card inside the conversation.
  const chatGoods = () => {
    const items = chat && !snap.items?.length ? goodsInChat(doc, ctx) : [];
    if (items.length) (snap.items = items), (snap.confidence.items = 0.5);
  };
  const card = chat ? orderCardInChat(doc, ctx, snap) : null;
  // The order the conversation's heading or messages name finds its row in a panel that prints ids
  // without a label. (A page of unknown kind that shows a conversation is a chat page by now.)
  // The heading search and the panel search read the same labels: the page is scanned once, when needed.
  let scanned: PageScan | undefined;
  const scan = () => (scanned ??= scanPage(doc, ctx));
  let named = snap.pageKind === 'chat' && !snap.orderId ? orderInHeading(doc, ctx, scan) ?? orderNamedInChat(snap, ctx) ?? orderByClass(doc, ctx) : undefined;
  // The name as the page prints it: a buyer writes "LP1187", the panel shows "#LP1187".
  if (named && ctx.idFormat?.startsWith('#') && !named.startsWith('#') && scan().nodes.some((n) => squash(n.nodeValue ?? '') === `#${named}`)) named = `#${named}`;
  // (Its panel, else, as a page of unknown kind, the whole page.)
  const root = chat ? orderPanel(doc, ctx, snap.orderId ?? named, scan()) ?? (unknown && doc.body) : snap.pageKind !== 'order_list' && doc.body;
  // A mention counts only when no panel or card gives the order its label.
  const mention = () => named && !snap.orderId && ((snap.orderId = named), (snap.confidence.orderId = 0.5));
  if (!root) return mention(), chatGoods(), cardFacts(card, ctx, snap), settle(), snap;
  // The labels of the chat's order panel, or of the whole order page (the platform's scope may have
  // missed part of it), fill what the reader missed, when they name the same order.
  const labelled = readByLabels(root, ctx, emptySnapshot(snap.url, snap.platform, snap.pageKind), snap.orderId ?? named);
  if (!snap.orderId || !labelled.orderId || labelled.orderId === snap.orderId) fillMissing(snap, labelled);
  mention();
  if (!snap.items?.length) {
    const items = readItems(root, ctx);
    if (!items.length) items.push(...namedGoods(root, ctx));
    if (!items.length) items.push(...labelledGoods(root, ctx));
    if (!items.length) items.push(...readGoodsBlocks(root));
    if (!items.length) items.push(...goodsByLines(root));
    // A chat's order panel is a card too: names by a title class are its goods.
    if (!items.length && chat && root !== doc.body) items.push(...titledGoods(root));
    if (items.length) (snap.items = items), (snap.confidence.items = 0.6);
  }
  chatGoods();
  cardFacts(card, ctx, snap);
  readUnlabelled(root, ctx, snap);
  if (chat && !snap.orderId) orderLinkBesideParcel(doc, snap);
  // No paid amount by its label: a lone "Total" line of an order that is paid for.
  if (snap.amounts?.paid === undefined && snap.orderStage && snap.orderStage !== 'unpaid') {
    const total = totalLine(textNodes(root), ctx);
    if (total) (snap.amounts = { ...snap.amounts, paid: total.value, ...(total.currency && { currency: total.currency }) }), (snap.confidence.amounts ??= 0.6);
  }
  settle();
  return snap;
}

/**
 * A chat's order named only as a link's text ("#KO1047" linking to …/orders/6012847719431, blind set 29's Inbox card):
 * the link whose block also holds the parcel read from the page (the first order link alone is not always the open
 * order's: another order of the buyer's may come first).
 */
function orderLinkBesideParcel(doc: Document, snap: PageSnapshot): void {
  const no = snap.logistics?.trackingNo;
  if (!no) return;
  for (const a of doc.querySelectorAll('a[href*="/orders/"]')) {
    const name = squash(a.textContent ?? '');
    const href = a.getAttribute('href');
    if (!/^#?[A-Z]*\d[\w-]{2,24}$/i.test(name) || !/\/orders\/\d+/.test(href ?? '')) continue;
    // (The smallest block around the link that holds the number, and no other order's link.)
    let box = a.parentElement;
    for (let up = 0; box && up < 4 && (box.textContent ?? '').length < 3000; up++, box = box.parentElement) {
      if (!(box.textContent ?? '').replace(/\s/g, '').includes(no)) continue;
      if ([...box.querySelectorAll('a[href*="/orders/"]')].every((b) => b.getAttribute('href') === href)) return void ((snap.orderId = name), (snap.confidence.orderId = 0.6));
      break;
    }
  }
}

/** Last, once the page is read: the stage a delivery shows, a chat's refund notice, an order page's case. */
function settleLast(doc: Document, snap: PageSnapshot, ctx: ReadContext): void {
  stageFromDelivery(doc, snap, ctx);
  // A chat's conversation, looked up only when a walk of the page needs to leave it out.
  const chat = () => (snap.pageKind === 'chat' ? findMessageList(doc) : null);
  // The parcel's newest trace line and its time (a stalled trace is told by the time).
  const trace = snap.logistics?.trackingNo && !snap.logistics.latestTime && readTrace(doc, ctx, chat());
  if (trace) (snap.logistics = { ...snap.logistics, latestEvent: trace.event, latestTime: trace.time }), (snap.confidence.logistics ??= 0.6);
  refundFromNotice(snap, ctx);
  // The case's type when the labels read with its state did not give it (the state came from a badge,
  // or the type sits away from the panel): found by a walk of the page, without a chat's conversation
  // (a chat is re-read on every change; the conversation is most of its page), else in the newest case
  // card of the conversation's last rows (a system row: "售后类型 退货退款 退款金额 ¥89.00").
  const type = ctx.lex.labels.afterSalesKind;
  const re = RegExp(`^(?:${type})\\s*[:：]?\\s*(.*)$`, 'i');
  const list = snap.afterSales && !snap.afterSales.kind ? chat() : null;
  const kind = snap.afterSales && !snap.afterSales.kind && (afterLabel(doc, re, caseKind, list) ?? (list ? kindInChat(list, re) : undefined));
  if (kind) snap.afterSales = { ...snap.afterSales!, kind };
  caseOfOrderPage(snap);
  // A page that says, once and outside the conversation, that its order has no after-sales case has none.
  const none = !snap.afterSales && snap.orderId && noCaseSaid(doc, chat());
  if (none) (snap.afterSales = { state: 'none', raw: none }), (snap.confidence.afterSales = 0.5);
}

// A page's own words that its order has no case (Seller Central's order panel: "No refunds or returns for this order.").
const NO_CASE = /^(?:no (?:refunds?|returns?)(?: or (?:refunds?|returns?))?(?: (?:for|on) this order)?|(?:暂无|无)售后(?:记录|申请|单)?)[.。]?$/i;

/** The one sentence outside `conversation` that says the order has no case, if the page prints exactly one. */
export function noCaseSaid(doc: Document, conversation: Element | null): string | undefined {
  const said = doc.body ? textNodes(doc.body, conversation).map((n) => squash(n.nodeValue ?? '')).filter((t) => NO_CASE.test(t)) : [];
  return said.length === 1 ? said[0] : undefined;
}

/**
 * A shipped parcel's card that says Delivered makes the order delivered; so does, when no stage is
 * shown, the date the parcel was delivered ("Delivered on: Fri, Oct 9, 2026", 签收时间 2026-11-18 17:05).
 */
function stageFromDelivery(doc: Document, snap: PageSnapshot, ctx: ReadContext): void {
  if (ctx.locale === 'en' && deliveredParcel(doc, snap)) (snap.orderStage = 'delivered'), (snap.confidence.orderStage = 0.6);
  if (!snap.orderStage && snap.pageKind !== 'chat' && afterLabel(doc, DELIVERED_ON, (t) => pageTime(t, ctx))) (snap.orderStage = 'delivered'), (snap.confidence.orderStage = 0.5);
}

/** A chat's system notice "退款金额 ¥189.00" gives the refund when nothing else does. */
function refundFromNotice(snap: PageSnapshot, ctx: ReadContext): void {
  if (snap.pageKind !== 'chat' || snap.amounts?.refund !== undefined) return;
  const refund = refundInNotice(snap.messages, ctx);
  if (refund !== undefined) (snap.amounts = { ...snap.amounts, refund }), (snap.confidence.amounts ??= 0.5);
}

/**
 * An order page that shows its stage and no after-sales case has none; one that shows a refund's
 * amount (Refund total −£5.60) and no case state had that refund made.
 */
function caseOfOrderPage(snap: PageSnapshot): void {
  if (snap.pageKind !== 'order_detail' || !snap.orderStage || snap.afterSales) return;
  const refunded = (snap.amounts?.refund ?? 0) > 0;
  snap.afterSales = { state: refunded ? 'refunded' : 'none' };
  snap.confidence.afterSales = refunded ? 0.4 : 0.5;
}

const TOTAL = /^(?:.*[·•|]\s*)?Total\s*[:：]?\s*(.*)$/;
/**
 * The amount a "Total" line shows (<strong>Total</strong><strong>$72.40</strong>, "3 items · Total $111.66")
 * when the page prints exactly one.
 */
function totalLine(nodes: Text[], ctx: ReadContext): ReturnType<typeof moneyIn> {
  const found = new Map<number, NonNullable<ReturnType<typeof moneyIn>>>();
  nodes.forEach((n, i) => {
    const m = TOTAL.exec(squash(n.nodeValue ?? ''));
    if (!m) return;
    const v = moneyIn(ctx.lex.money, m[1] || squash(nodes[i + 1]?.nodeValue ?? ''), ctx);
    if (v && v.value > 0) found.set(v.value, v);
  });
  return found.size === 1 ? [...found.values()][0] : undefined;
}

/**
 * The goods a chat shows inside the conversation (the product or order card the buyer came from or
 * sent), when the page shows none beside it: the newest card's product name.
 */
export function goodsInChat(doc: Document, ctx: ReadContext): Item[] {
  const list = findMessageList(doc);
  const found = list ? namedGoods(list, ctx) : [];
  return found.length ? [found[found.length - 1]] : [];
}

// Class-name words of the buyer's name (buyer-name, BuyerInfo-name, customerNick): a person word with a name word.
const PERSON_WORD = /^(buyer|customer|consumer|member|client)$/;
const NICK_WORD = /^(name|nick|nickname)$/;

const CHAT_WORD = /^(chat|dialog|conversation|session|im)$/;
const HEAD_WORD = /^(head|header)$/;
const LIST_WORD = /^(card|item|list|row|cell|group)$/;
/** The conversation's header by its class words (chat + head), not a card of the sessions list. */
function chatHeader(e: Element): boolean {
  const h = words(e.getAttribute('class') ?? '');
  return h.some((x) => CHAT_WORD.test(x)) && h.some((x) => HEAD_WORD.test(x)) && !h.some((x) => LIST_WORD.test(x));
}

/**
 * The buyer's name where a chat page names it by class: an element without children whose class words
 * say buyer/customer + name/nick (buyer-name, BuyerInfo-name…), or a name/nick inside the conversation's
 * header (chat-head-nick, chatWindowHeader > base-info > name), when every such element on the page
 * gives the same short text (a list of other buyers names them "nickname", not "buyer name").
 */
export function buyerNameByClass(doc: Document): string | undefined {
  const names = new Set<string>();
  // Only elements whose class can hold a name word are looked at (the page is re-read on changes).
  for (const el of doc.querySelectorAll('[class*=ame],[class*=ick]')) {
    // A name may carry a tag inside it (<div class="name">momo的小太阳<span class="vip-tag">回头客</span></div>).
    if (![...el.children].every((c) => words(c.getAttribute('class') ?? '').some((x) => TAG_WORD.test(x)))) continue;
    const w = words(el.getAttribute('class') ?? '');
    // A person word with a name word (buyer-name), or the open conversation's header name (chat-head-nick).
    if (!w.some((x) => NICK_WORD.test(x))) continue;
    // In the conversation's header: its own words, or its block's up to three levels.
    let inHeader = chatHeader(el);
    for (let up = el.parentElement, n = 0; !inHeader && up && n < 3; up = up.parentElement, n++) inHeader = chatHeader(up);
    if (!w.some((x) => PERSON_WORD.test(x)) && !inHeader) continue;
    const t = squash(el.children.length ? ownText(el) : el.textContent ?? '');
    if (t.length >= 1 && t.length <= 30 && !/[:：]/.test(t)) names.add(t);
  }
  return names.size === 1 ? [...names][0] : undefined;
}

// JD calls the shop its vender, Pinduoduo its mall.
const SHOP_WORD = /^(shop|store|vender|vendor|merchant|mall)$/;
const CURRENT_WORD = /^(current|selected|active)$/;
const NOT_SHOP_WORD = /^(order|id|logo|icon|score|rate|rating|level|btn|button|goods|product|item|search|list|switch|tab|count|num)$/;

/**
 * The shop's name as the back office's header shows it: the first element named "shop/store name"
 * (shopName, shop-name-wrap, headerShopName, StoreName, dd-shop) holding a short text and no other
 * element; never an order id, a score or a menu of shops.
 */
export function shopName(doc: Document): string | undefined {
  const ok = (t: string) => t.length >= 2 && t.length <= 40 && !/[:：]|^\d+$/.test(t);
  for (const el of doc.querySelectorAll('[class*=hop],[class*=tore],[class*=ender],[class*=erchant],[class*=all]')) {
    // Its own text beside a logo or an icon (<div class="headerShopName"><img>暖阳家居服旗舰店</div>).
    if (![...el.children].every((c) => ICON_TAG.test(c.tagName))) continue;
    // Without a CSS module's hash (qn-header_shop__2Wf9k: its last word is "shop").
    const w = words((el.getAttribute('class') ?? '').replace(HASH_TAIL, ''));
    // A shop switcher's current entry names the shop, as does its name (shop-switch_name: blind set 35's 有赞); its list
    // (an item of it) does not.
    const current = w.some((x) => CURRENT_WORD.test(x));
    if (!w.some((x) => SHOP_WORD.test(x)) || w.some((x) => NOT_SHOP_WORD.test(x) && !(x === 'switch' && (current || w.includes('name'))))) continue;
    if (!w.some((x) => NAME_WORD.test(x)) && !SHOP_WORD.test(w[w.length - 1]) && !current) continue;
    // The title holds the whole name when the text is cut short; else it may be a caption (title="当前店铺").
    // (Without the account after a separator: "栖木MOOD女装店 · 主账号 qimu_mood".)
    const text = squash(ownText(el)).replace(ARROWS, '').split(/\s[·•|｜]\s/)[0];
    const title = squash(el.getAttribute('title') ?? '');
    const t = title && (!text || (/(…|\.\.\.)$/.test(text) && title.startsWith(text.replace(/(…|\.\.\.)$/, '')))) ? title : text;
    if (ok(t)) return t;
  }
  // A sub-account is printed "店铺名:子账号" (阿木家的茶:小满) beside the shop's own name.
  for (const el of doc.querySelectorAll('span,div,a,em,b')) {
    if (el.children.length) continue;
    const m = /^([^:：\s]{2,30})[:：]([^:：\s\d][^:：\s]{0,19})$/.exec(squash(el.textContent ?? ''));
    if (m && [...(el.parentElement?.children ?? [])].some((c) => c !== el && !c.children.length && squash(c.textContent ?? '') === m[1])) return m[1];
  }
  // A name beside its shop's id (<span class="name">赣果鲜生水果店</span><span>店铺ID：690233718</span>).
  for (const el of doc.querySelectorAll('span,div,a,em,b,p')) {
    if (el.children.length || !/^(?:店铺ID|店铺编号|店铺号|shop id|store id)\s*[:：]?\s*\d/i.test(squash(el.textContent ?? ''))) continue;
    const prev = el.previousElementSibling;
    const t = prev && !prev.children.length ? squash(prev.textContent ?? '') : '';
    if (ok(t)) return t;
  }
  // The name part of a shop block (WorkbenchHeader-shop > .name), or the text beside the shop's logo
  // (<img alt="店铺头像">, a …/shop-logo/… picture): its block's own text, else the element after it.
  for (const el of doc.querySelectorAll('[class*=hop] > [class*=ame],[class*=tore] > [class*=ame]')) {
    const w = words(el.parentElement?.getAttribute('class') ?? '');
    if (el.children.length || !words(el.getAttribute('class') ?? '').some((x) => NAME_WORD.test(x)) || !w.some((x) => SHOP_WORD.test(x)) || w.some((x) => NOT_SHOP_WORD.test(x))) continue;
    const t = squash(el.textContent ?? '').replace(ARROWS, '');
    if (ok(t)) return t;
  }
  // A shop block's own name child: after its label ("店铺：<em>北屿户外专营店</em>") or beside its logo
  // (<img><span>栖木生活馆</span><span class="shopId">…</span>).
  for (const block of doc.querySelectorAll('[class*=hop]')) {
    const w = words(block.getAttribute('class') ?? '');
    if (!w.some((x) => SHOP_WORD.test(x)) || w.some((x) => NOT_SHOP_WORD.test(x))) continue;
    const own = squash(ownText(block));
    if (own && !/^(店铺|店铺名称|商家|store|shop)\s*[:：]$/i.test(own)) continue;
    const name = [...block.children].find((c) => !ICON_TAG.test(c.tagName));
    if (!name || name.children.length || words(name.getAttribute('class') ?? '').some((x) => NOT_SHOP_WORD.test(x))) continue;
    const t = squash(name.textContent ?? '').replace(ARROWS, '');
    if (ok(t)) return t;
  }
  for (const img of doc.querySelectorAll('img[alt*=店铺],img[alt*=shop],img[alt*=Shop],img[alt*=store],img[alt*=Store],img[src*=shop-logo],img[src*=shop_logo],img[src*=shopLogo]')) {
    if (/商品|product|item|goods/i.test(img.getAttribute('alt') ?? '')) continue;
    const next = img.nextElementSibling;
    const t = squash(ownText(img.parentElement!) || (next && !next.children.length ? next.textContent ?? '' : '')).replace(ARROWS, '');
    if (ok(t)) return t;
  }
  // Near the top of the page: a line "店铺：青禾陶舍手作馆" / "Store: …", or a name in a shop's own form
  // (…旗舰店, …专营店, …工作室) among the first lines of the page (the header), outside any conversation.
  const list = findMessageList(doc);
  const top = leaves(doc.body).slice(0, 60).filter((e) => !(list && list.contains(e)) && !e.closest(BOX) && !SKIP_PARCEL.test(e.tagName));
  const shopLabel = labels(ANY, 'shop').re;
  for (const el of top) {
    const t = squash(el.textContent ?? '');
    const m = shopLabel.exec(t);
    const v = m && /^\s*[:：]\s*(\S.{1,29})$/.exec(t.slice(m[0].length))?.[1];
    if (v && ok(v)) return v;
  }
  for (const el of top) {
    // (With the signed-in sub-account after it: "森屿木作旗舰店:售后小禾".)
    const t = squash(el.textContent ?? '').replace(/[:：][^:：\d]{1,12}$/, '');
    if (SHOP_FORM.test(t) && ok(t)) return t;
  }
  // A WordPress admin (WooCommerce shops) titles every page "Edit order ‹ Fernwood Tea Co. — WordPress"
  // (wp-admin/admin-header.php: '%1$s &lsaquo; %2$s &#8212; WordPress', the site's name second).
  const wp = /‹\s*(.+?)\s*—\s*WordPress$/.exec(squash(doc.title))?.[1];
  return wp && ok(wp) ? wp : undefined;
}

// A Chinese shop's name by its form: 北纬山野户外旗舰店, 暖阳小家电专营店, 青禾陶舍工作室.
const SHOP_FORM = /^[\p{L}\p{N}&·\s]{2,24}(?:旗舰店|专营店|专卖店|企业店|官方店|工作室)$/u;

const ICON_TAG = /^(img|i|svg)$/i;
const HASH_TAIL = /_{1,2}[A-Za-z0-9-]*\d[A-Za-z0-9-]*(?=\s|$)/g;
const TAG_WORD = /^(tag|badge|label|vip|level|mark)$/;
/** A name element's own words, without the tags it holds (<span>momo的小太阳<i>回头客</i></span>); else all its text. */
export const ownName = (el: Element | null): string | undefined => (el ? squash(ownText(el)) || text(el) : undefined);

/**
 * The order a chat is about when no panel beside it names one: the newest order card inside the
 * conversation ("买家正在咨询以下订单", an order the buyer sent), read by its labels.
 */
function orderCardInChat(doc: Document, ctx: ReadContext, snap: PageSnapshot): Element | null {
  const list = findMessageList(doc);
  if (!list) return null;
  const hits = findLabelled(textNodes(list), labels(ctx.lex, '*'));
  const idRe = labels(ctx.lex, 'orderId').re;
  const format = ctx.idFormat ?? GENERIC_ID;
  // The order the reader already knows, else the newest card's.
  const known = snap.orderId && digitsOf(snap.orderId);
  // (The known order's card also by its number alone: "Order #4821" on a site whose ids are too short
  // for the generic format.)
  const last = [...hits].reverse().find((h) => {
    if (!idRe.test(h.label)) return false;
    const id = orderIdIn(ctx.lex, format, h.value) ?? (known && /^#?\s?\d{3,}$/.test(h.value.trim()) ? h.value : undefined);
    return id && (!known || digitsOf(id) === known);
  });
  if (!last) return null;
  // The card: the smallest block around the id with another field's label, inside one message row.
  let card: Element | null = last.el;
  while (card && card.parentElement !== list && !hits.some((h) => h !== last && card!.contains(h.el))) card = card.parentElement;
  if (!card || card === list) return null;
  const read = readByLabels(card, ctx, emptySnapshot(snap.url, snap.platform, snap.pageKind));
  if (!read.orderId && !known) return null;
  fillMissing(snap, read);
  return card;
}

/**
 * What an order card (orderCardInChat) shows without labels: its goods (a picture with the name beside
 * it, or the name above its quantity line), its status badges and its parcel line.
 */
function cardFacts(card: Element | null, ctx: ReadContext, snap: PageSnapshot): void {
  if (!card) return;
  readUnlabelled(card, ctx, snap);
  if (snap.items?.length) return;
  const items = readGoodsBlocks(card);
  if (!items.length) items.push(...goodsByLines(card));
  if (!items.length) items.push(...titledGoods(card));
  if (items.length) (snap.items = items), (snap.confidence.items = 0.5);
}

// Class words of a person or a shop: their names are not goods.
const WHO_WORD = /^(nick|nickname|user|buyer|customer|shop|store|seller|agent|display|account|profile)$/;

/**
 * Inside an order card, where the card itself says what it holds: the elements named title/name
 * (CardWrapper__title) that read as a product's name, each with the quantity of its block ("¥139.00×2").
 */
function titledGoods(card: Element): Item[] {
  const out: Item[] = [];
  const els: Element[] = [];
  // (The class, or a test hook naming the element: data-testid="line-item-title".)
  for (const el of card.querySelectorAll('[class*=itle],[class*=ame],[data-testid*=itle]')) {
    const w = words(`${el.getAttribute('class') ?? ''} ${el.getAttribute('data-testid') ?? ''}`);
    const t = squash(el.textContent ?? '').replace(SPEC_TAIL, '');
    if (el.children.length || !w.some((x) => NAME_WORD.test(x)) || w.some((x) => WHO_WORD.test(x)) || !readsAsProduct(t) || out.some((i) => i.title === t)) continue;
    out.push({ title: t });
    els.push(el);
  }
  els.forEach((el, i) => rowQty(el, els, out[i]));
  return out;
}

/** Copies into `snap` the fields it lacks from `from` (same order), with their confidence. */
function fillMissing(snap: PageSnapshot, from: PageSnapshot): void {
  const c = snap.confidence;
  const take = <K extends 'orderId' | 'orderStage' | 'afterSales' | 'buyer'>(k: K) => {
    if (snap[k] === undefined && from[k] !== undefined) (snap[k] = from[k]), (c[k] = from.confidence[k]);
  };
  take('orderId');
  take('buyer');
  take('orderStage');
  take('afterSales');
  if (from.amounts) {
    const a = { ...from.amounts, ...snap.amounts };
    if (JSON.stringify(a) !== JSON.stringify(snap.amounts)) (snap.amounts = a), (c.amounts ??= from.confidence.amounts);
  }
  if (from.logistics) {
    const l = { ...from.logistics, ...snap.logistics };
    if (JSON.stringify(l) !== JSON.stringify(snap.logistics)) (snap.logistics = l), (c.logistics ??= from.confidence.logistics);
  }
}

const SKIP_PARCEL = /^(SCRIPT|STYLE|TEXTAREA|INPUT|SELECT|OPTION|BUTTON)$/;
// Where stage words are navigation, not the order's own badge.
const TABS = 'nav,[role=tab],[role=tablist],[role=menuitem],[role=menu],[role=menubar]';
/**
 * In a navigation or a tab strip, not in a tab's own panel: an accordion of order cards is a
 * tablist whose open card's body is a tabpanel (antd Collapse, 飞鸽's ecom-collapse), and its labels are fields.
 */
function inNavigation(el: Element): boolean {
  const nav = el.closest(TABS);
  const panel = nav && el.closest('[role=tabpanel]');
  if (!nav || (panel && nav.contains(panel))) return false;
  // A tab strip that marks its tabs holds more than tabs: its extra content beside them (antd's .ant-tabs-nav,
  // role=tablist, ends with "中通快递 运单号：…") is the shown tab's, not a tab.
  if (nav.matches('[role=tablist]') && !el.closest('[role=tab]') && nav.querySelector('[role=tab]')) return !!nav.parentElement && inNavigation(nav.parentElement);
  return true;
}
// A progress bar's steps name the states a case goes through, not the one it is in.
const STEPS = '[class*=step],[class*=Step],[class*=timeline],[class*=Timeline],[class*=progress],[class*=Progress]';

/** Inside a bar of steps or a timeline; a badge whose class says its progress (Polaris-Badge--progressComplete) is none. */
function inSteps(el: Element | null, root: Node): boolean {
  const s = el?.closest(STEPS);
  return within(el, STEPS, root) && !/badge/i.test(s?.getAttribute('class') ?? '');
}

// A case's tag that names no step of it.
const OPEN_CASE = /^(售后中|售后处理中|退款中|退货退款中|退款退货中|维权中|Return in progress|Refund in progress)$/i;

/**
 * Whether `el` is in a row of a list of orders that names another order than `focus` (the buyer's
 * recent orders: "#4533 Refunded $42.00"): the nearest block around it, up to three levels, that names an order.
 */
function ofOtherOrder(el: Element | null, root: Node, ctx: ReadContext, focus?: string): boolean {
  if (!focus) return false;
  for (let e = el, up = 0; e && e !== root && up < 4; e = e.parentElement, up++) {
    // One text per node: "#4533" and "Refunded" side by side are two words.
    const t = spacedText(e);
    if (t.length > 200) return false;
    const id = orderIdIn(ctx.lex, ctx.idFormat ?? GENERIC_ID, t) ?? /#[A-Za-z]{0,6}\d{3,12}\b/.exec(t)?.[0];
    // A row of a list (one of several siblings of its kind), naming an order that is not the focus.
    if (id) return digitsOf(id) !== digitsOf(focus) && [...(e.parentElement?.children ?? [])].filter((c) => c.tagName === e!.tagName).length > 1;
  }
  return false;
}

/**
 * Short enough to be a status badge: up to 8 Chinese characters ("已发货，退款成功"), or up to three words
 * ("Partially refunded"); a status heading (an element its class calls a status: "statusText",
 * "status-title") may say a little more ("买家已退货，待商家收货", "Return received, refund pending").
 */
function isBadge(t: string, el?: Element | null): boolean {
  const core = t.replace(/[\s:：·•|]/g, '');
  const fits = (head: boolean) => (/[\u4e00-\u9fff]/.test(core) ? t.length <= (head ? 16 : 12) && core.length <= (head ? 14 : 8) : t.length <= (head ? 40 : 24) && t.split(' ').length <= (head ? 6 : 3));
  // (Its element's classes are read only for a text longer than a badge's.)
  return fits(false) || (!!el && fits(true) && words(el.getAttribute('class') ?? '').some((w) => w === 'status' || w === 'state'));
}

// A field's name, not a state ("申请退款金额", "Refund amount"): it names what the next text says.
const FIELD_NAME = /(金额|时间|原因|编号|单号|数量|说明|凭证|方式|类型|地址)[:：]?$|\b(amount|date|time|reason|number|quantity)[:]?$/i;

/** A link to another page ("A-to-z Guarantee Claims" in a bookmarks bar): a way there, not a state. */
function toElsewhere(el: Element | null): boolean {
  const href = el?.closest('a[href]')?.getAttribute('href') ?? '#';
  return !/^(#|javascript:)/i.test(href);
}

/**
 * Whether the text `t` of `el` is a counter's name: its block adds only a number ("待商家收货 5",
 * "平台介入中 (1)"), as a to-do list or a tab shows, not the state of this case.
 */
function counted(el: Element, t: string, root: Node): boolean {
  let c: Element = el;
  while (c.parentElement && c !== root && squash(c.textContent ?? '') === t) c = c.parentElement;
  return /^[(（]?\d+[)）]?$/.test(squash(c.textContent ?? '').replace(t, '').trim());
}

/**
 * What panels show without a label, read under `root` (never a conversation: the caller's root holds
 * none): the order's status as a badge of its own ("已发货", "Fulfilled": a short text that is only a
 * status) and the courier with its number in one line ("圆通速递 YT7461029384756"). Several different
 * values (a progress bar of stages, two parcels) give nothing.
 */

export function readUnlabelled(root: Element, ctx: ReadContext, snap: PageSnapshot): void {
  const needStage = !snap.orderStage;
  const needCase = !snap.afterSales;
  // (A parcel read from the return's labels only gives way to a shipment's line.)
  const returnOnly = snap.confidence.logistics === RETURN_ONLY;
  const needParcel = !snap.logistics?.trackingNo || returnOnly;
  if (!needStage && !needCase && !needParcel) return;
  const stages = new Set<string>();
  const cases = new Map<string, string>();
  const parcels = new Map<string, string>();
  const nodes = withoutOtherCases(textNodes(root));
  const folded = foldedOrders(nodes, ctx, snap.orderId);
  for (const n of outside(nodes, folded)) {
    const t = squash(n.nodeValue ?? '');
    // Menus, tabs and filters name stages too ("待发货(3)"): only a badge of the order itself counts.
    // The whole text is the status (not a sentence that mentions one).
    // (A counter, "待发货<b>12</b>", is a tab or a to-do, not a badge: its element's text has a number.)
    // (So is one whose block adds only a number beside it: "待商家收货 <b>5</b>" in a to-do list.)
    // (The words first: the page's structure is looked at only for a text that names a state.)
    // (A text that ends with a colon labels the next: "Delivered on:" is a field, not a state.)
    if (!(needStage || needCase) || !isBadge(t, n.parentElement) || FIELD_NAME.test(t) || /[:：]$/.test(t)) continue;
    const st = statusIn(ctx.lex, t, ctx.platform);
    // A case's type ("仅退款（未发货）", "已发货仅退款") says when it was asked, not the order's stage.
    const stage = needStage && !caseKind(t) && st.stage;
    const state = needCase && st.afterSales && st.afterSales !== 'none' && st.afterSales;
    if ((stage || state) && !/\d/.test(n.parentElement?.textContent ?? t) && !toElsewhere(n.parentElement) && !counted(n.parentElement!, t, root) && !within(n.parentElement, NAV, root) && !inSteps(n.parentElement, root) && !ofOtherOrder(n.parentElement, root, ctx, snap.orderId)) {
      if (stage) stages.add(stage);
      if (state) cases.set(state, t);
    }
  }
  // A web component draws its words from an attribute in its shadow root (Amazon's
  // <kat-badge label="Return requested">, <kat-alert header="…">): a case state there is a badge too,
  // when the page's text shows none.
  if (needCase && !cases.size) {
    for (const el of root.querySelectorAll('[label],[header]')) {
      // (A badge, tag or alert: never a control such as a filter's checkbox.)
      if (!/-.*(badge|tag|alert|status|pill)$/i.test(el.tagName) || el.textContent?.trim() || folded.some((b) => b.contains(el))) continue;
      const t = squash(el.getAttribute('label') ?? el.getAttribute('header') ?? '');
      const st = isBadge(t) ? statusIn(ctx.lex, t, ctx.platform).afterSales : undefined;
      if (st && st !== 'none') cases.set(st, t);
    }
  }
  // A parcel line: one short element holding a courier's name and a number ("圆通速递 YT746…", or
  // "<span>UPS</span> <a>1Z999…</a>" side by side).
  if (needParcel) {
    // A courier's name on its own with the number as the next text ("<strong>UPS</strong> <a>1Z…</a>",
    // "USPS · <a>9400…</a>") in a row that also says when and what was shipped.
    const texts = outside(nodes, folded);
    texts.forEach((n, i) => {
      const name = squash(n.nodeValue ?? '').replace(/\s*[·•|:：-]$/, '');
      const next = texts[i + 1];
      const row = n.parentElement?.parentElement;
      const courier = name.length <= 16 && next && row?.contains(next) && !RETURN_IN.test(squash(row.textContent ?? '')) && courierFromName(name);
      const no = courier && normaliseTracking(next.nodeValue ?? '');
      if (no) parcels.set(no, courier);
    });
    for (const el of root.querySelectorAll('*')) {
      if (el.childElementCount > 4 || SKIP_PARCEL.test(el.tagName) || folded.some((b) => b.contains(el))) continue;
      const t = squash(el.textContent ?? '');
      // (A line about the return parcel, "USPS return shipment 9202… was delivered", is not the shipment's.)
      if (t.length > 80 || t.length < 10 || RETURN_IN.test(t)) continue;
      const courier = courierFromName(t);
      // The number from one text of the line, so that a date beside it never joins it.
      const no = courier && textNodes(el).map((n) => normaliseTracking(n.nodeValue ?? '')).find(Boolean);
      if (no) parcels.set(no, courier);
    }
  }
  // A payment badge beside a fulfilment one ("Payment pending" · "Unfulfilled", "已取消" · "待发货"): the
  // order is at the payment's stage (a bar of steps names three or more).
  if (stages.size === 2 && stages.has('to_ship')) for (const s of ['unpaid', 'closed']) if (stages.has(s)) stages.delete('to_ship');
  // The parcel's 已签收 tag beside the order's 卖家已发货: delivered.
  if (stages.size === 2 && stages.has('shipped') && stages.has('delivered')) stages.delete('shipped');
  if (stages.size === 1) (snap.orderStage = [...stages][0] as PageSnapshot['orderStage']), (snap.confidence.orderStage = 0.6);
  // One case state shown as a badge or heading (a progress bar names several: then none is taken);
  // a tag that only says a case is open (售后中 on the goods row) gives way to one that names its step.

  if (cases.size > 1) for (const [state, raw] of cases) if (OPEN_CASE.test(raw)) cases.delete(state);
  if (cases.size === 1) {
    const [[state, raw]] = cases;
    (snap.afterSales = { state: state as NonNullable<PageSnapshot['afterSales']>['state'], raw }), (snap.confidence.afterSales = 0.6);
  }
  if (parcels.size === 1) {
    const [[trackingNo, courier]] = parcels;
    const l = (snap.logistics = { ...snap.logistics });
    // A courier read by label stays; the number joins it only if the line names the same courier.
    if (returnOnly && trackingNo !== l.trackingNo) (l.courier = courier as typeof l.courier), (l.trackingNo = trackingNo), (snap.confidence.logistics = 0.6);
    else if (!l.courier || l.courier === courier) (l.courier = courier as typeof l.courier), (l.trackingNo = trackingNo);
    snap.confidence.logistics ??= 0.6;
  }
}

/**
 * `read` made never to throw: a failure gives the URL's empty snapshot. A chat page it read without
 * a buyer message is read by structure too, with the platform's words (`lex`) for times.
 */
export function safeRead(platform: Platform, read: ReadFn, words: Pick<ReadContext, 'lex' | 'locale' | 'tz' | 'idFormat'>): ReadFn {
  return (doc, url, now) => {
    try {
      return withStructure(doc, read(doc, url, now), { platform, now, ...words, lex: wordsOf(doc, words.lex) });
    } catch {
      return emptySnapshot(url, platform);
    }
  };
}

/** Selectors of one item row's parts, each in priority order. */
export interface RowSel {
  title: readonly string[];
  sku?: readonly string[];
  qty: readonly string[];
  price: readonly string[];
}

/**
 * An item from a row by its parts' selectors: title (none → no item), sku, quantity (the row's first
 * number) and price (in the page's currencies). Without `sel.sku` the sku is `sku`, as the adapter found it.
 */
export function rowItem(row: Element, sel: RowSel, ctx: Pick<ReadContext, 'lex' | 'locale' | 'currency'>, sku?: string): Item | undefined {
  const title = textIn(row, sel.title);
  if (!title) return undefined;
  const item: Item = { title };
  const s = sel.sku ? textIn(row, sel.sku) || undefined : sku;
  if (s !== undefined) item.sku = s;
  // The quantity by its selector, else a cell of the row that is only a quantity ("x2", "数量：2").
  const qty = /\d+/.exec(textIn(row, sel.qty))?.[0] ?? qtyCellIn(row);
  if (qty && +qty > 0) item.qty = +qty;
  const price = moneyIn(ctx.lex.money, textIn(row, sel.price), ctx);
  if (price) item.price = price.value;
  return item;
}
