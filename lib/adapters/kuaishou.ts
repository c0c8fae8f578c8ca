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
  // The IM workbench's logged-in account title: an Electron client written against the page reads it
  // as the shop [K4]; it may also be the agent's own name, so it counts only when it reads as a shop's.
  account: ['.LoginUserInfo-mainTitle-text'],
  // Open conversation: header nick and the buyer id shown beside it (assumed); the header's name
  // (ChatHeader-name, assumed in the readable class style of [K1 K2]).
  buyerNick: ['[class^="chatHeader_nick"]', '.ChatHeader-name'],
  buyerId: ['[class^="chatHeader_uid"]'],
  // Message rows (the first one; its siblings are the rest): the live thread's items
  // `.ChatMessageList-ContentWrap div[id^="0_"]` / `div[id*="cs-common-message-list-item"]` (✔ [K2 K8]);
  // an older assumed list (messageList_list > chatMessage_item).
  rows: '.ChatMessageList-ContentWrap > div[id^="0_"], div[id*="cs-common-message-list-item"], [class^="messageList_list"] > [class^="chatMessage_item"]',
  // Text in the row's _msgBody (✔ [K1]), time in its _beforeMsgBody (✔ [K1], "2-22 18:55:20").
  text: '[class*="LayoutDefaultWrapper_msgBody"], [class*="LayoutMiddleWrapper_msgBody"], [class^="chatMessage_text"]',
  time: '[class*="LayoutDefaultWrapper_beforeMsgBody"] span:last-child, [class^="chatMessage_time"]',
  robot: ['[class^="chatMessage_robot"]', '[class*="robotTag"]'],
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
  // Quill editor `.SendBox-Editor .ql-editor` (✔ [K3]), then the assumed ones.
  chatBox: ['.SendBox-Editor .ql-editor', '[class^="chatInput_editor"][contenteditable="true"]', '[class^="chatInput"] [contenteditable="true"]', '[class^="chatInput"] textarea'],
});

function role(row: Element): Role | undefined {
  // The live thread: the row's wrapper says the side (✔ [K2]: _lrWrapper__notMe buyer, __isMine shop);
  // a middle wrapper or a notice card is the system's.
  const side = row.querySelector('[class*="LayoutDefaultWrapper_lrWrapper"]');
  if (side) {
    if (side.className.includes('__notMe')) return 'buyer';
    if (side.className.includes('__isMine')) return first(row, SEL.robot) ? 'system' : 'seller';
  }
  if (row.querySelector('[class*="LayoutMiddleWrapper"], [class*="BizNoticeCard"]')) return 'system';
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
    // A session card's name may end "下单数(N)" (✔ [K1]): only the name.
    const nick = text(first(doc, SEL.buyerNick))?.replace(/下单数\s*\(\d+\)$/, '').trim() || undefined;
    const id = /\d{5,}/.exec(text(first(doc, SEL.buyerId)) ?? '')?.[0];
    if (nick || id) (snap.buyer = { ...(nick && { nick }), ...(id && { id }) }), (snap.confidence.buyer = 0.85);
    const msgs = readMessages(rowsOf(doc, SEL.rows), {
      role,
      text: (r) => r.querySelector(SEL.text),
      time: (r) => r.querySelector(SEL.time)?.textContent,
    }, ctx);
    if (msgs.length) (snap.messages = msgs), (snap.confidence.messages = 0.9);
  },
);
