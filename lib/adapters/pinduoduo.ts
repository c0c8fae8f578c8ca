/**
 * Pinduoduo merchant back office (mms.pinduoduo.com): 客服工作台 chat, order detail, after-sales detail.
 * Facts from shared/spec/seller-pages.md §2; anything marked "assumed" was not seen on a live page.
 */
import type { PageKind, Role } from '../snapshot';
import { cardReader } from '../extract/cards';
import { first, ownName, readMessages, rowsOf } from '../extract/generic';
import { PINDUODUO_ID } from '../extract/parse/orderid';
import type { Reader } from './types';

const SEL = Object.freeze({
  // Shop name in the workbench header and the order pages' top bar (assumed, 2026-11).
  shop: ['.header-mall-info .mall-name', '[class^="mallName"]', '.mall-name'],
  // Open conversation: header nick `.chatWindowHeader .base-info .name` (real-pages PDD buyer [P2]), then
  // the open contact's `.chat-item-box.active .nickname-span` ([P2 P6]), the rest assumed; uid from
  // `currentuid` (§2 ✔ 2026-09), else the active list item's data-random (§2 ✔).
  buyerNick: ['.chatWindowHeader .base-info .name', '.chat-item-box.active .nickname-span', '.chat-detail-header .nickname', '.base-info .nickname'],
  buyerUid: ['#msgListContainer [currentuid]', 'li.chat-item.active[data-random]'],
  // Message rows (§2 ✔ pdd-rag-plugin, calibrated 2026-09): the first one; its siblings are the rest.
  rows: '#msgListContainer li.onemsg',
  // The bubble text (<div class=msg-content><p class=msg-content-box>). Without the ancestor part:
  // Chromium matches `.msg-content p.msg-content-box` inside a row about 800× slower (measured, 2026-11).
  text: 'p.msg-content-box',
  groupTime: 'p.message-time',
  // Notice rows carry their text in the system block itself (≈ §2 `div.system-msg-<n>`).
  noticeText: '[class*="system-msg"] .system-text',
  // Right-panel order cards: the expanded one wins (class names assumed, 2026-11).
  cardFocused: ['.order-panel .order-item.order-item--expand', '.order-panel .order-item[aria-expanded="true"]'],
  cards: '.order-panel .order-item',
  // Page roots: order detail (§2 ✔), after-sales SSR detail main block (assumed).
  scope: ['#mf-mms-orders-container', '.aftersale-detail-main'],
  // Unlabelled status badge on cards and page headers (assumed).
  status: ['.order-item__status', '.order-status-text'],
  // Chat-card goods block (assumed); the detail pages use a table read by its headers.
  goods: { row: '.order-goods', title: '.goods-name', sku: '.goods-spec', price: '.goods-price', qty: '.goods-num' },
  // Newest logistics trace entry, newest first (assumed).
  trace: ['.trace-list .trace-item'],
  traceText: '.trace-content',
  traceTime: '.trace-time',
  chatBox: ['textarea#replyTextarea'],
});

/** Robot auto-replies (`.callback`) and platform notices are `system`, never the agent (§2). One query per row: a row holds one message. */
function role(row: Element): Role | undefined {
  const c = row.querySelector('.buyer-item, .cs-item, [class*="system-msg"]')?.classList;
  return !c ? undefined : c.contains('buyer-item') ? 'buyer' : c.contains('cs-item') && !c.contains('callback') ? 'seller' : 'system';
}

function pageKind(url: URL): PageKind {
  const p = url.pathname;
  if (p.startsWith('/chat-merchant')) return 'chat';
  if (p.startsWith('/aftersales-ssr/detail') || p.startsWith('/aftersales/detail')) return 'after_sales';
  if (p.startsWith('/orders/detail')) return 'order_detail';
  if (p.startsWith('/orders/list') || p.startsWith('/aftersales/aftersale_list')) return 'order_list';
  return 'unknown';
}

export const pinduoduo: Reader = cardReader(
  'pinduoduo',
  SEL,
  PINDUODUO_ID,
  pageKind,
  // URL ids (§2 ✔): `sn` on order detail, `orderSn` on after-sales detail (never `id`, the after-sales id).
  (u) => u.searchParams.get('sn') ?? u.searchParams.get('orderSn'),
  0.9,
  (doc, ctx, snap) => {
    const nick = ownName(first(doc, SEL.buyerNick));
    const uidEl = first(doc, SEL.buyerUid);
    const id = uidEl?.getAttribute('currentuid') ?? uidEl?.getAttribute('data-random');
    if (nick || id) (snap.buyer = { ...(nick && { nick }), ...(id && { id }) }), (snap.confidence.buyer = 0.9);
    // A group time (p.message-time) covers its row and the rows after it until the next one.
    const msgs = readMessages(rowsOf(doc, SEL.rows), {
      role,
      text: (r) => r.querySelector(`${SEL.text}, ${SEL.noticeText}`), // a row holds one of them
      group: (r) => r.querySelector(SEL.groupTime)?.textContent,
    }, ctx);
    if (msgs.length) (snap.messages = msgs), (snap.confidence.messages = 0.9);
  },
  true, // the unlabelled status badge also gives the after-sales state (已签收，退款成功)
);
