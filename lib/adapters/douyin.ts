/**
 * Douyin: 飞鸽 chat (im.jinritemai.com) and 抖店 order / after-sales pages (fxg.jinritemai.com).
 * Facts from shared/spec/seller-pages.md §3; anything marked "assumed" was not seen on a live page.
 */
import type { PageKind, Role } from '../snapshot';
import { cardReader } from '../extract/cards';
import { first, readMessages, rowsOf, text } from '../extract/generic';
import { leaves } from '../extract/labels';
import { DOUYIN_ID } from '../extract/parse/orderid';
import type { Reader } from './types';

const SEL = Object.freeze({
  // Shop name: 抖店 header `.headerShopName` (✔ [D12] real-pages.md Douyin); hashed classes picked by prefix (assumed, 2026-11).
  shop: ['.headerShopName', '[class^="shopName"]', '[class*=" shopName"]'],
  // Open conversation's nick: #topbar-left-info, its first leaf that is not 添加备注 (✔ [D2]); see buyerNick().
  buyerNick: ['#workspace-chat #topbar-left-info > span:first-child', '#topbar-left-info span'],
  buyerInfo: '#topbar-left-info',
  // The first message row; its siblings are the other rows and the time dividers: the live thread
  // `[data-qa-id="qa-message-warpper"] > div[data-id]` (✔ [D1 D2 D4 D5]), the older fixture's
  // data-id="message-…" rows ([D7]).
  rows: '[data-qa-id="qa-message-warpper"] > div[data-id], #workspace-chat [data-id^="message-"]',
  divider: 'timeDivider',
  text: 'pre',
  // Outgoing bubbles sent by the 飞鸽 robot or an auto-reply rule carry a tag (assumed, 2026-11), or
  // the words 机器人回复 in their content (✔ [D14]).
  robot: ['[class^="robotTag"]', '[class*="autoReply"]'],
  robotWords: '机器人回复',
  // Right panel order cards (§3 ✔): the one whose header is expanded wins.
  // `div.ecom-collapse > .ecom-collapse-item` (✔ [D9]), open `.ecom-collapse-item-active`, header
  // `[role="button"][aria-expanded="true"]` (✔ [D8], which finds it outside section[role="tabpanel"]).
  cardFocused: [
    'section[role="tabpanel"] .ecom-collapse-item:has(> [role="button"][aria-expanded="true"])',
    'section[role="tabpanel"] .ecom-collapse-item-active',
    '.ecom-collapse > .ecom-collapse-item:has(> [role="button"][aria-expanded="true"])',
    '.ecom-collapse > .ecom-collapse-item-active',
  ],
  cards: '.ecom-collapse > .ecom-collapse-item, section[role="tabpanel"] .ecom-collapse-item',
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

/**
 * The bubble's side (✔ [D2]: .messageNotMe the customer, .messageIsMe the shop); a row without either (a picture sent
 * bare: blind set 29) by its inline direction, the shop's `row-reverse` [D2] and the customer's `row` [D6].
 */
function role(row: Element): Role | undefined {
  if (row.querySelector('.messageNotMe')) return 'buyer';
  const marked = row.querySelector('.messageIsMe') !== null;
  // (Only a row without either marker is looked at for its direction: the thread is re-read on every change.)
  const dir = marked ? null : /flex-direction:\s*row(-reverse)?/.exec(row.querySelector('[style*="flex-direction"]')?.getAttribute('style') ?? '');
  // Robot and auto-reply bubbles are outgoing but not the agent: system (snapshot.md).
  if (marked || dir?.[1]) return first(row, SEL.robot) || row.textContent?.includes(SEL.robotWords) ? 'system' : 'seller';
  if (dir) return 'buyer';
  return row.getAttribute('data-id') !== null ? 'system' : undefined; // neither marker: a notice (§3 ≈)
}

/** The open conversation's buyer: the first leaf of the top bar's info that is not 添加备注 (✔ [D2]). */
function buyerNick(doc: Document): string | undefined {
  const info = doc.querySelector(SEL.buyerInfo);
  if (!info) return undefined;
  for (const el of leaves(info)) {
    const t = /^(DIV|SPAN)$/.test(el.tagName) ? text(el) : undefined;
    if (t && t !== '添加备注' && !/^[+＋]?\s*添加备注$/.test(t)) return t;
  }
  return undefined;
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
    const nick = buyerNick(doc) ?? text(first(doc, SEL.buyerNick));
    if (nick) (snap.buyer = { nick }), (snap.confidence.buyer = 0.9);
    // A time divider covers the rows after it until the next one.
    const msgs = readMessages(rowsOf(doc, SEL.rows), {
      role,
      text: (r) => (r.getAttribute('data-id') === 'message-system' ? r : r.querySelector(SEL.text) ?? (role(r) === 'system' ? r : null)),
      group: (r) => (r.className.startsWith(SEL.divider) ? r.textContent : undefined),
    }, ctx);
    if (msgs.length) (snap.messages = msgs), (snap.confidence.messages = 0.9);
  },
);
