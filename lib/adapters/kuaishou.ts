/**
 * Kuaishou merchant back office (s.kwaixiaodian.com): chat, order detail, refund detail.
 * seller-pages.md §6 knows only the list/refund URLs and that classes are hashed (picked by prefix):
 * every selector, status word and URL below that is not marked ✔ is assumed (2026-11) and needs a live check.
 */
import { emptySnapshot, type PageKind, type PageSnapshot, type Role } from '../snapshot';
import { first, pageTime, readBlocks, readByLabels, readItems, readMessages, type ReadContext } from '../extract/generic';
import { squash } from '../extract/labels';
import { ZH } from '../extract/lexicon';
import { KUAISHOU_ID, orderIdIn } from '../extract/parse/orderid';
import { statusIn } from '../extract/parse/status';
import type { Reader } from './types';

const SEL = Object.freeze({
  // Shop name in the zone header (assumed).
  shop: ['[class^="shopInfo_name"]', '[class*=" shopInfo_name"]'],
  // Open conversation: header nick and the buyer id shown beside it (assumed).
  buyerNick: ['[class^="chatHeader_nick"]'],
  buyerId: ['[class^="chatHeader_uid"]'],
  // Message rows, each with its own time; the side class says who wrote it (assumed).
  rows: '[class^="messageList_list"] > [class^="chatMessage_item"]',
  text: '[class^="chatMessage_text"]',
  time: '[class^="chatMessage_time"]',
  robot: ['[class^="chatMessage_robot"]'],
  // Right-panel order cards; the selected one carries an `_active` class (assumed).
  cardFocused: ['[class^="orderCard_card"][class*="orderCard_active"]', '[class^="orderCard_card"][aria-selected="true"]'],
  cards: '[class^="orderCard_card"]',
  // Page roots: antd layouts of order detail and refund detail (assumed).
  scope: ['[class^="orderDetail_page"]', '[class^="refundDetail_page"]', '#main-root'],
  status: ['[class^="orderCard_status"]', '[class^="statusBar_title"]'],
  goods: { row: '[class^="goodsInfo_item"]', title: '[class^="goodsInfo_title"]', sku: '[class^="goodsInfo_sku"]', price: '[class^="goodsInfo_price"]', qty: '[class^="goodsInfo_count"]' },
  trace: ['[class^="logisticsTrace_item"]'],
  traceText: '[class^="logisticsTrace_desc"]',
  traceTime: '[class^="logisticsTrace_time"]',
  // The reply box is a contenteditable editor here (assumed; peers.md: contenteditable boxes are ?).
  chatBox: ['[class^="chatInput_editor"][contenteditable="true"]', '[class^="chatInput"] [contenteditable="true"]', '[class^="chatInput"] textarea'],
});

function role(row: Element): Role | undefined {
  const c = row.className;
  if (c.includes('chatMessage_left')) return 'buyer';
  // Robot answers sit on the shop's side but are not the agent: system (snapshot.md).
  if (c.includes('chatMessage_right')) return first(row, SEL.robot) ? 'system' : 'seller';
  return c.includes('chatMessage_system') ? 'system' : undefined;
}

function pageKind(url: URL): PageKind {
  const p = url.pathname;
  if (p.includes('/chat')) return 'chat'; // §6 ? `/zone/settles/chat`
  if (p.startsWith('/zone/refund/detail')) return 'after_sales'; // §6 ✔
  if (p.startsWith('/zone/order/detail')) return 'order_detail'; // §6 ?
  if (p.startsWith('/zone/order/list') || p.startsWith('/zone/refund/list')) return 'order_list'; // order list §6 ✔
  return 'unknown';
}

const text = (el: Element | null | undefined) => squash(el?.textContent ?? '') || undefined;

function focusedCard(doc: Document): Element | null {
  const f = first(doc, SEL.cardFocused);
  if (f) return f;
  const all = doc.querySelectorAll(SEL.cards);
  return all.length === 1 ? all[0] : null;
}

function readExtras(scope: Element, ctx: ReadContext, snap: PageSnapshot): void {
  if (!snap.orderStage) {
    const raw = text(first(scope, SEL.status));
    const s = raw ? statusIn(ZH, raw, 'kuaishou') : {};
    if (s.stage) (snap.orderStage = s.stage), (snap.confidence.orderStage = 0.8);
  }
  const items = readItems(scope, ctx); // the table first, else the chat card's goods blocks
  if (!items.length) items.push(...readBlocks(scope, SEL.goods, ctx));
  if (items.length) (snap.items = items), (snap.confidence.items = 0.85);
  const trace = first(scope, SEL.trace);
  const ev = text(trace?.querySelector(SEL.traceText));
  if (ev) {
    const t = pageTime(text(trace?.querySelector(SEL.traceTime)), ctx);
    snap.logistics = { ...snap.logistics, latestEvent: ev, ...(t && { latestTime: t }) };
    snap.confidence.logistics ??= 0.7;
  }
}

export const kuaishou: Reader = {
  id: 'kuaishou',
  pageKind,
  chatBox: SEL.chatBox,
  read(doc, url, now) {
    const ctx: ReadContext = { platform: 'kuaishou', now, tz: 480, locale: 'zh', lex: ZH, idFormat: KUAISHOU_ID };
    let u: URL | undefined;
    try {
      u = new URL(url);
    } catch {
      /* a bad URL still gets a partial snapshot */
    }
    const kind = u ? pageKind(u) : 'unknown';
    const snap = emptySnapshot(url, 'kuaishou', kind);
    try {
      const shop = text(first(doc, SEL.shop));
      if (shop) (snap.shop = shop), (snap.confidence.shop = 0.8);
      const scope = kind === 'chat' ? focusedCard(doc) : first(doc, SEL.scope) ?? doc.body;
      if (scope) {
        readByLabels(scope, ctx, snap);
        readExtras(scope, ctx, snap);
      }
      // URL id on order detail only (`id`, assumed); the refund page's `refundId` is 16 digits too: never used.
      const fromUrl = kind === 'order_detail' ? orderIdIn(ZH, KUAISHOU_ID, u?.searchParams.get('id') ?? '') : undefined;
      if (!snap.orderId && fromUrl) (snap.orderId = fromUrl), (snap.confidence.orderId = 0.85);
      if (kind === 'chat') {
        const nick = text(first(doc, SEL.buyerNick));
        const id = /\d{5,}/.exec(text(first(doc, SEL.buyerId)) ?? '')?.[0];
        if (nick || id) (snap.buyer = { ...(nick && { nick }), ...(id && { id }) }), (snap.confidence.buyer = 0.85);
        const msgs = readMessages(doc.querySelectorAll(SEL.rows), {
          role,
          text: (r) => r.querySelector(SEL.text)?.textContent,
          time: (r) => r.querySelector(SEL.time)?.textContent,
        }, ctx);
        if (msgs.length) (snap.messages = msgs), (snap.confidence.messages = 0.9);
      }
    } catch {
      /* never throw: keep what was read */
    }
    return snap;
  },
};
