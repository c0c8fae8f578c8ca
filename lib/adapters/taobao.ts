/**
 * Taobao / Tmall seller pages: 千牛 web (myseller / qn.taobao.com trade-platform), classic trade
 * detail and refund2 dispute pages (seller-pages.md §4). No web chat is known, so messages come from
 * the refund page's 协商历史 (negotiation history) only.
 */
import { emptySnapshot, type Item, type PageKind, type PageSnapshot, type Role } from '../snapshot';
import { first, pageTime, parseUrl, readByLabels, readMessages, rowItem, safeRead, textIn, type ReadContext } from '../extract/generic';
import { ZH } from '../extract/lexicon';
import { courierFromName } from '../extract/parse/courier';
import { TAOBAO_ID, isId } from '../extract/parse/orderid';
import type { Reader } from './types';

const SEL = Object.freeze({
  // Shop name: 千牛 top bar (tp pages, hashed class, seen per §1 `navItem--` style; assumed), then the
  // classic site-nav greeting "主账号:子账号" (assumed).
  shop: ['[class^="shopName--"]', '.site-nav-user a'],
  // Buyer nick: ✔ classic `span.ww-light[data-nick]`; the tp page's own nick span (assumed).
  buyerNick: ['[class^="buyerNick--"][data-nick]', '.ww-light[data-nick]'],
  // Item rows: tp/detail Fusion table (✔ §4 row shape), classic detail table, refund side card (assumed).
  itemRows: ['.next-table-body tr.next-table-row', 'table.order-items tbody tr.order-item', '.side-goods'],
  itemParts: {
    title: ['[class^="goodsTitle--"]', '.item-title', '.goods-title'],
    sku: ['[class^="goodsSku--"]', 'td.sku', '.goods-sku'],
    price: ['[class^="goodsPrice--"]', 'td.price', '.goods-price'],
    qty: ['[class^="goodsQty--"]', 'td.num', '.goods-qty'],
  },
  // Latest tracking event: newest first on every variant (assumed from the classic page layout).
  trace: ['[class^="traceList--"] > li', '.logistics-list > li', '.return-logistics .trace'],
  traceTime: ['[class^="traceTime--"]', '.time', '.trace-time'],
  traceText: ['[class^="traceDesc--"]', '.text', '.trace-text'],
  // refund2 协商历史: newest first (assumed); the role tag reads 买家 / 卖家 / 系统.
  history: '.history-list > .history-item',
  historyRole: '.h-role',
  historyTime: '.h-time',
  historyText: '.h-content',
  // Reply box: no web chat (§4); the refund page's 留言 box is the only text to the buyer (assumed).
  chatBox: ['textarea#J_LeaveMessage', 'textarea[name="leaveMessage"]'],
});

const ROLE_WORDS: Readonly<Record<string, Role>> = Object.freeze({ 买家: 'buyer', 卖家: 'seller', 商家: 'seller', 系统: 'system', 小二: 'system' });

function pageKind(url: URL): PageKind {
  const p = url.pathname;
  // 千牛 web 接待: qn.taobao.com/home.htm/qn-im/… (issue evidence; real-pages.md §Taobao, assumed path word).
  if (/qn-im|\/im\/|wangwang/i.test(p + url.hash)) return 'chat';
  // The web 消息 page, …/app-customer-service/toolpage/Message (and myseller's /app/customer-service/toolPage/Message):
  // a conversation beside its order (real-pages.md Taobao [T1 T2 T3 T5]).
  // Its conversations are a frame at market.m.taobao.com/app/qn/im-history-search/ (same sources).
  if (/customer-service\/toolpage\/message|im-history-search/i.test(p)) return 'chat';
  if (/refund|dispute/i.test(url.hostname + p)) return 'after_sales';
  if (/\/tp\/sold/.test(p)) return 'order_list';
  if (/\/tp\/detail|order_detail|orderDetail/i.test(p)) return 'order_detail';
  return 'unknown';
}

function items(doc: Document, ctx: ReadContext): Item[] {
  const out: Item[] = [];
  for (const sel of SEL.itemRows) {
    for (const row of doc.querySelectorAll(sel)) {
      const item = rowItem(row, SEL.itemParts, ctx);
      if (item) out.push(item);
    }
    if (out.length) break;
  }
  return out;
}

// The contract's key order (snapshot.md); readByLabels adds trackingNo before courier.
function read(doc: Document, url: string, now: Date): PageSnapshot {
  const u = parseUrl(url);
  const snap = emptySnapshot(url, 'taobao', u ? pageKind(u) : 'unknown');
  const ctx: ReadContext = { platform: 'taobao', now, tz: 480, locale: 'zh', lex: ZH, idFormat: TAOBAO_ID };
  if (!doc.body) return snap;
  readByLabels(doc.body, ctx, snap);

  // The URL's bizOrderId / biz_order_id is the order in focus (✔ §4); 子订单编号 beside it has the
  // same shape and makes the label read ambiguous, so the query wins.
  const q = u?.searchParams.get('bizOrderId') ?? u?.searchParams.get('biz_order_id');
  if (q && isId(TAOBAO_ID, q)) {
    snap.orderId = q;
    snap.confidence.orderId = 0.95;
  }
  const shop = textIn(doc, SEL.shop).split(/[:：]/)[0];
  if (shop) {
    snap.shop = shop;
    snap.confidence.shop = 0.8;
  }
  // data-nick beats the label: the classic cell also holds a hidden "旺旺在线" text.
  const nick = first(doc, SEL.buyerNick)?.getAttribute('data-nick')?.trim();
  if (nick) {
    snap.buyer = { nick };
    snap.confidence.buyer = 0.95;
  }
  const list = items(doc, ctx);
  if (list.length) {
    snap.items = list;
    snap.confidence.items = 0.9;
  }
  const latest = first(doc, SEL.trace);
  if (latest) {
    const ev = textIn(latest, SEL.traceText);
    const at = pageTime(textIn(latest, SEL.traceTime), ctx);
    snap.logistics = { ...snap.logistics, ...(ev && { latestEvent: ev }), ...(at && { latestTime: at }) };
    if (!snap.logistics.courier) {
      const c = courierFromName(ev);
      if (c) snap.logistics.courier = c;
    }
  }
  const rows = [...doc.querySelectorAll(SEL.history)].reverse();
  const messages = readMessages(rows, {
    role: (r) => ROLE_WORDS[textIn(r, [SEL.historyRole])],
    text: (r) => r.querySelector(SEL.historyText),
    time: (r) => r.querySelector(SEL.historyTime)?.textContent,
  }, ctx);
  if (messages.length) {
    snap.messages = messages;
    snap.confidence.messages = 0.85;
  }
  return snap;
}

export const taobao: Reader = {
  id: 'taobao',
  pageKind,
  chatBox: SEL.chatBox,
  read: safeRead('taobao', read, { lex: ZH, locale: 'zh', tz: 480, idFormat: TAOBAO_ID }),
};
