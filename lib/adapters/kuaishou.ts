/**
 * Kuaishou merchant back office (s.kwaixiaodian.com): chat, order detail, refund detail.
 * seller-pages.md §6 knows only the list/refund URLs and that classes are hashed (picked by prefix):
 * every selector, status word and URL below that is not marked ✔ is assumed (2026-11) and needs a live check.
 */
import type { PageKind, Role } from '../snapshot';
import { cardReader } from '../extract/cards';
import { first, readMessages, rowsOf, text } from '../extract/generic';
import { KUAISHOU_ID } from '../extract/parse/orderid';
import type { Reader } from './types';

const SEL = Object.freeze({
  // Shop name in the zone header (assumed).
  shop: ['[class^="shopInfo_name"]', '[class*=" shopInfo_name"]'],
  // Open conversation: header nick and the buyer id shown beside it (assumed).
  buyerNick: ['[class^="chatHeader_nick"]'],
  buyerId: ['[class^="chatHeader_uid"]'],
  // Message rows (the first one; its siblings are the rest), each with its own time; the side class says who wrote it (assumed).
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
  if (url.hostname.startsWith('im.')) return 'chat'; // im.kwaixiaodian.com/workbench, /pc (real-pages.md [K1 K2 K5–K7])
  if (p.includes('/chat')) return 'chat'; // §6 ? `/zone/settles/chat`
  if (p.startsWith('/zone/refund/detail')) return 'after_sales'; // §6 ✔
  if (p.startsWith('/zone/order/detail')) return 'order_detail'; // §6 ?
  if (p.startsWith('/zone/order/list') || p.startsWith('/zone/refund/list')) return 'order_list'; // order list §6 ✔
  return 'unknown';
}

export const kuaishou: Reader = cardReader(
  'kuaishou',
  SEL,
  KUAISHOU_ID,
  pageKind,
  // URL id on order detail only (`id`, assumed); the refund page's `refundId` is 16 digits too: never used.
  (u, kind) => (kind === 'order_detail' ? u.searchParams.get('id') : null),
  0.85,
  (doc, ctx, snap) => {
    const nick = text(first(doc, SEL.buyerNick));
    const id = /\d{5,}/.exec(text(first(doc, SEL.buyerId)) ?? '')?.[0];
    if (nick || id) (snap.buyer = { ...(nick && { nick }), ...(id && { id }) }), (snap.confidence.buyer = 0.85);
    const msgs = readMessages(rowsOf(doc, SEL.rows), {
      role,
      text: (r) => r.querySelector(SEL.text)?.textContent,
      time: (r) => r.querySelector(SEL.time)?.textContent,
    }, ctx);
    if (msgs.length) (snap.messages = msgs), (snap.confidence.messages = 0.9);
  },
);
