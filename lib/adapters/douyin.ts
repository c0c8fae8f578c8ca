/**
 * Douyin: 飞鸽 chat (im.jinritemai.com) and 抖店 order / after-sales pages (fxg.jinritemai.com).
 * Facts from shared/spec/seller-pages.md §3; anything marked "assumed" was not seen on a live page.
 */
import type { PageKind, Role } from '../snapshot';
import { cardReader } from '../extract/cards';
import { first, readMessages, rowsOf, text } from '../extract/generic';
import { DOUYIN_ID } from '../extract/parse/orderid';
import type { Reader } from './types';

const SEL = Object.freeze({
  // Shop name: 飞鸽 top bar and 抖店 header; hashed classes picked by prefix (assumed, 2026-11).
  shop: ['[class^="shopName"]', '[class*=" shopName"]'],
  // Open conversation's nick: first span of #topbar-left-info; the second is 添加备注 (§3 ✔).
  buyerNick: ['#workspace-chat #topbar-left-info > span:first-child', '#topbar-left-info span'],
  // The first message row (§3 ✔ data-id markers); its siblings are the other rows and the time dividers (prefix assumed).
  rows: '#workspace-chat [data-id^="message-"]',
  divider: 'timeDivider',
  text: 'pre',
  // Outgoing bubbles sent by the 飞鸽 robot or an auto-reply rule carry a tag (assumed, 2026-11).
  robot: ['[class^="robotTag"]', '[class*="autoReply"]'],
  // Right panel order cards (§3 ✔): the one whose header is expanded wins.
  cardFocused: [
    'section[role="tabpanel"] .ecom-collapse-item:has(> [role="button"][aria-expanded="true"])',
    'section[role="tabpanel"] .ecom-collapse-item-active',
  ],
  cards: 'section[role="tabpanel"] .ecom-collapse-item',
  // 抖店 page roots (assumed: auxo app containers, 2026-11).
  scope: ['#orderDetailRoot', '#aftersaleDetailRoot', '#root main'],
  // Status shown without a label: card header badge, detail page status title (assumed).
  status: ['[class^="orderStatus"]', '[class^="statusTitle"]'],
  // Chat-card product block (§3 ✔ data-btm), its parts by class prefix (assumed).
  goods: { row: '[data-btm="d5834"]', title: '[class^="productName"]', sku: '[class^="productSku"]', price: '[class^="productPrice"]', qty: '[class^="productCount"]' },
  // Newest logistics trace entry, newest first (assumed).
  trace: ['[class^="traceItem"]'],
  traceText: '[class^="traceDesc"]',
  traceTime: '[class^="traceTime"]',
  chatBox: ['textarea[data-qa-id="qa-send-message-textarea"]'],
});

function role(row: Element): Role | undefined {
  const id = row.getAttribute('data-id');
  if (id === 'message-in' && row.querySelector('.messageNotMe')) return 'buyer';
  // Robot and auto-reply bubbles are outgoing but not the agent: system (snapshot.md).
  if (id === 'message-out' && row.querySelector('.messageIsMe')) return first(row, SEL.robot) ? 'system' : 'seller';
  return id ? 'system' : undefined; // neither marker: a notice (§3 ≈)
}

function pageKind(url: URL): PageKind {
  const p = url.pathname;
  if (url.hostname.startsWith('im.') || url.hostname.startsWith('pigeon.')) return 'chat';
  if (p.includes('/aftersale/detail')) return 'after_sales';
  // /ffa/order/detail?order_id= (real-pages.md [D11]) and the older /ffa/morder/order/detail.
  if (/\/(morder\/)?order\/detail/.test(p)) return 'order_detail';
  if (p.includes('/order/list') || p.includes('/aftersale/list')) return 'order_list';
  return 'unknown';
}

export const douyin: Reader = cardReader(
  'douyin',
  SEL,
  DOUYIN_ID,
  pageKind,
  // URL ids: `fromOrder` opens the buyer in 飞鸽 (§3 ✔); `order_id` on 抖店 pages (assumed). Never `aftersale_id`.
  (u) => u.searchParams.get('order_id') ?? u.searchParams.get('fromOrder'),
  0.85,
  (doc, ctx, snap) => {
    const nick = text(first(doc, SEL.buyerNick));
    if (nick) (snap.buyer = { nick }), (snap.confidence.buyer = 0.9);
    // A time divider covers the rows after it until the next one.
    const msgs = readMessages(rowsOf(doc, SEL.rows), {
      role,
      text: (r) => (r.getAttribute('data-id') === 'message-system' ? r : r.querySelector(SEL.text))?.textContent,
      group: (r) => (r.className.startsWith(SEL.divider) ? r.textContent : undefined),
    }, ctx);
    if (msgs.length) (snap.messages = msgs), (snap.confidence.messages = 0.9);
  },
);
