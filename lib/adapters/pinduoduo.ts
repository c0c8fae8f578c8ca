/**
 * Pinduoduo merchant back office (mms.pinduoduo.com): 客服工作台 chat, order detail, after-sales detail.
 * Facts from shared/spec/seller-pages.md §2; anything marked "assumed" was not seen on a live page.
 */
import { emptySnapshot, type PageKind, type PageSnapshot, type Role } from '../snapshot';
import { first, pageTime, readBlocks, readByLabels, readItems, readMessages, type ReadContext } from '../extract/generic';
import { squash } from '../extract/labels';
import { ZH } from '../extract/lexicon';
import { PINDUODUO_ID, orderIdIn } from '../extract/parse/orderid';
import { statusIn } from '../extract/parse/status';
import type { Reader } from './types';

const SEL = Object.freeze({
  // Shop name in the workbench header and the order pages' top bar (assumed, 2026-11).
  shop: ['.header-mall-info .mall-name', '[class^="mallName"]', '.mall-name'],
  // Open conversation: header nick (assumed); uid from `currentuid` (§2 ✔ 2026-09), else the active list item's data-random (§2 ✔).
  buyerNick: ['.chat-detail-header .nickname', '.base-info .nickname'],
  buyerUid: ['#msgListContainer [currentuid]', 'li.chat-item.active[data-random]'],
  // Message rows (§2 ✔ pdd-rag-plugin, calibrated 2026-09).
  rows: '#msgListContainer > ul.msg-list > li.onemsg',
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

const text = (el: Element | null | undefined) => squash(el?.textContent ?? '') || undefined;

/** The focused order card: the expanded one, else the only one; several with none expanded → none (not a guess). */
function focusedCard(doc: Document): Element | null {
  const f = first(doc, SEL.cardFocused);
  if (f) return f;
  const all = doc.querySelectorAll(SEL.cards);
  return all.length === 1 ? all[0] : null;
}

/** Fills the fields that PDD shows without labels: status badge, chat-card goods, newest trace. */
function readExtras(scope: Element, ctx: ReadContext, snap: PageSnapshot): void {
  if (!snap.orderStage) {
    const raw = text(first(scope, SEL.status));
    const s = raw ? statusIn(ZH, raw, 'pinduoduo') : {};
    if (s.stage) (snap.orderStage = s.stage), (snap.confidence.orderStage = 0.8);
    if (s.afterSales && !snap.afterSales) (snap.afterSales = { state: s.afterSales, raw }), (snap.confidence.afterSales = 0.8);
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

export const pinduoduo: Reader = {
  id: 'pinduoduo',
  pageKind,
  chatBox: SEL.chatBox,
  read(doc, url, now) {
    const ctx: ReadContext = { platform: 'pinduoduo', now, tz: 480, locale: 'zh', lex: ZH, idFormat: PINDUODUO_ID };
    let u: URL | undefined;
    try {
      u = new URL(url);
    } catch {
      /* a bad URL still gets a partial snapshot */
    }
    const kind = u ? pageKind(u) : 'unknown';
    const snap = emptySnapshot(url, 'pinduoduo', kind);
    try {
      const shop = text(first(doc, SEL.shop));
      if (shop) (snap.shop = shop), (snap.confidence.shop = 0.8);
      const scope = kind === 'chat' ? focusedCard(doc) : first(doc, SEL.scope) ?? doc.body;
      if (scope) {
        readByLabels(scope, ctx, snap);
        readExtras(scope, ctx, snap);
      }
      // URL ids (§2 ✔): `sn` on order detail, `orderSn` on after-sales detail (never `id`, the after-sales id).
      const fromUrl = orderIdIn(ZH, PINDUODUO_ID, u?.searchParams.get('sn') ?? u?.searchParams.get('orderSn') ?? '');
      if (!snap.orderId && fromUrl) (snap.orderId = fromUrl), (snap.confidence.orderId = 0.9);
      if (kind === 'chat') {
        const nick = text(first(doc, SEL.buyerNick));
        const uidEl = first(doc, SEL.buyerUid);
        const id = uidEl?.getAttribute('currentuid') ?? uidEl?.getAttribute('data-random');
        if (nick || id) (snap.buyer = { ...(nick && { nick }), ...(id && { id }) }), (snap.confidence.buyer = 0.9);
        // A group time (p.message-time) covers its row and the rows after it until the next one.
        const msgs = readMessages(doc.querySelectorAll(SEL.rows), {
          role,
          text: (r) => r.querySelector(`${SEL.text}, ${SEL.noticeText}`)?.textContent, // a row holds one of them
          group: (r) => r.querySelector(SEL.groupTime)?.textContent,
        }, ctx);
        if (msgs.length) (snap.messages = msgs), (snap.confidence.messages = 0.9);
      }
    } catch {
      /* never throw: keep what was read */
    }
    return snap;
  },
};
