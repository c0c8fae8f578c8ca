/**
 * JD seller pages: 京麦 back office under shop.jd.com/jdm/trade/orders/ (Vue micro-frontend, readable
 * BEM classes, seller-pages.md §5) and the 咚咚 web workbench on dongdong.jd.com, whose DOM is not
 * documented: its selectors below are assumed and marked so.
 */
import { emptySnapshot, type Item, type PageKind, type PageSnapshot, type Role } from '../snapshot';
import { first, nameIn, pageTime, parseUrl, readByLabels, readMessages, rowItem, safeRead, textIn, type ReadContext } from '../extract/generic';
import { isQtyCell } from '../extract/goods';
import { ZH } from '../extract/lexicon';
import { squash } from '../extract/labels';
import { JD_ID, isId } from '../extract/parse/orderid';
import { moneyIn } from '../extract/parse/money';
import { statusIn } from '../extract/parse/status';
import { chainInsert } from '../insert/insert';
import type { Reader } from './types';

const SEL = Object.freeze({
  // 京麦 account menu (✔ [J6] real-pages.md JD); 咚咚 header and 京麦 layout (assumed).
  shop: ['.shop-menu-account__right-account-top-name', '.dd-shop-name', '.jdm-layout__shop-name'],
  // The order in focus: 咚咚 right panel's current card (assumed); the list's checked card (✔ `.card`,
  // selection class assumed); the detail page body (assumed).
  scope: [
    '.order-panel .order-card.is-current',
    '.jd-scrollbar__view .table-body > .card.is-selected',
    '.order-details',
  ],
  // Order id by selector (✔ list `.shop-order-id .order-info-btn span`; chat card assumed).
  orderId: ['.order-card__id', '.shop-order-id .order-info-btn span'],
  // Buyer PIN: the open conversation's header only, never the session list (assumed); ✔ `.user-pin`.
  buyer: ['.chat-panel .customer-pin', '.user-pin'],
  // 咚咚: the open conversation's header name (✔ [J1], without its child badges), else the current
  // contact's name (✔ [J1] `.alluser-item_check.alluser-current`, name in [title]).
  chatHead: '.chat-head-name',
  chatHeadBadges: '.consult-type, .chatHead-entering',
  currentContact: '.alluser-item_check.alluser-current .alluser-item-name[title]',
  status: ['[prop="orderStatus"] .order-status span'], // ✔ list column; labelled 订单状态 elsewhere
  item: '.sku-info-list__item', // ✔ 2026 back office
  itemParts: { title: ['.sku-name'], price: ['.sku-price', '.sku-info-card__right'], qty: ['.sku-num'] },
  itemSpec: '.config-view-item', // ✔ the one without a __label is the spec (the item's sku)
  track: ['.track-latest', '.track-list__item'], // newest first (assumed)
  trackTime: ['.track-time'],
  trackText: ['.track-text'],
  // 咚咚 thread (✔ [J1]): `#t-chat-scroll … .c-c > .message`, rows .message_left (customer),
  // .message_right (agent), .message_center (system and day lines); text in pre.message__text >
  // span.message__content, system text in .message__system, time in .message__time_str. The older
  // assumed list (.chat-panel .msg-list, day dividers .msg-time-divider) stays as a fallback.
  msgList: ['#t-chat-scroll .c-c', '.chat-panel .msg-list'],
  divider: 'msg-time-divider',
  msgText: ['pre.message__text .message__content', '.message__system', '.msg-text', '.msg-notice-text'],
  msgTime: ['.message__time_str', '.msg-time'],
  card: '.msg-card',
  cardTitle: ['.card-title'],
  // 咚咚 editor: contenteditable (assumed: rich IM editors hold emoji images, so not a textarea).
  // 咚咚's pell editor (✔ [J1] [J2]: `.pell-editor-wrapper > .EditorContent[contenteditable=true]`).
  chatBox: ['.pell-editor-wrapper .EditorContent[contenteditable="true"]', '.chat-editor [contenteditable="true"]', '#ddEditArea'],
});

// Row class → role, first match wins: robot and auto-replies are system, not the agent (§1 rule).
const ROLE_CLASSES: readonly (readonly [string, Role])[] = Object.freeze([
  ['msg-system', 'system'], ['msg-robot', 'system'], ['msg-auto', 'system'], ['msg-card', 'system'],
  ['msg-customer', 'buyer'], ['msg-waiter', 'seller'],
  ['message_center', 'system'], ['message_left', 'buyer'], ['message_right', 'seller'], // ✔ [J1]
] as const);

// The contract's key order (snapshot.md); readByLabels adds trackingNo before courier.
function pageKind(url: URL): PageKind {
  if (url.hostname === 'dongdong.jd.com') return 'chat';
  if (/order-details/.test(url.pathname)) return 'order_detail';
  if (/order-list/.test(url.pathname)) return 'order_list';
  if (/refund|after-?sale/i.test(url.pathname)) return 'after_sales'; // assumed path words
  return 'unknown';
}

function items(scope: Element, ctx: ReadContext): Item[] {
  return [...scope.querySelectorAll(SEL.item)].flatMap((row) => {
    // The spec is the labelless cell that is not the price or the quantity.
    const spec = [...row.querySelectorAll(SEL.itemSpec)].find((c) => !c.querySelector('[class$="__label"]') && !isQtyCell(c.textContent ?? '') && !moneyIn(ctx.lex.money, c.textContent ?? '', ctx));
    return rowItem(row, SEL.itemParts, ctx, spec && squash(spec.textContent ?? '')) ?? [];
  });
}

function messages(doc: Document, ctx: ReadContext) {
  const list = first(doc, SEL.msgList);
  if (!list) return [];
  // Rows show only a clock time; the divider above them names the day (昨天 / 今天 / a date).
  // Each row's order card is looked up once (role and text both need it).
  const cards = new Map<Element, Element | null>();
  const cardOf = (r: Element) => (cards.has(r) ? cards.get(r)! : (cards.set(r, r.querySelector(SEL.card)), cards.get(r)!));
  return readMessages(list.children, {
    role: (r) => ROLE_CLASSES.find(([c]) => r.classList.contains(c) || (c === 'msg-card' && cardOf(r)))?.[1],
    text: (r) => {
      const card = cardOf(r);
      if (card) return `${textIn(card, SEL.cardTitle)} ${card.getAttribute('data-order-id') ?? ''}`;
      return first(r, SEL.msgText); // readMessages reads it (whitespace collapsed, no quoted message)
    },
    time: (r, day) => {
      const t = textIn(r, SEL.msgTime);
      return t ? `${day ?? ''} ${t}` : ' '; // no clock time: undated, not the divider's midnight
    },
    group: (r) => (r.classList.contains(SEL.divider) ? r.textContent : ''),
  }, ctx);
}

/** 咚咚: the open conversation's buyer, from the header without its badges, else the current contact. */
function chatHeadName(doc: Document): string | undefined {
  const head = doc.querySelector(SEL.chatHead);
  if (head) {
    const copy = head.cloneNode(true) as Element;
    for (const b of copy.querySelectorAll(SEL.chatHeadBadges)) b.remove();
    const name = squash(copy.textContent ?? '');
    if (name) return name;
  }
  return doc.querySelector(SEL.currentContact)?.getAttribute('title')?.trim() || undefined;
}

function read(doc: Document, url: string, now: Date): PageSnapshot {
  const u = parseUrl(url);
  const snap = emptySnapshot(url, 'jd', u ? pageKind(u) : 'unknown');
  const ctx: ReadContext = { platform: 'jd', now, tz: 480, locale: 'zh', lex: ZH, idFormat: JD_ID };
  const shop = nameIn(first(doc, SEL.shop));
  if (shop) {
    snap.shop = shop;
    snap.confidence.shop = 0.85;
  }
  // Only the order in focus is read: the chat list holds order cards the buyer sent, the order list
  // other buyers' orders. No focus → no order fields.
  const scope = first(doc, SEL.scope);
  if (scope) {
    readByLabels(scope, ctx, snap);
    const id = textIn(scope, SEL.orderId);
    if (isId(JD_ID, id)) {
      snap.orderId = id;
      snap.confidence.orderId = 0.9;
    }
    const stage = snap.orderStage ? undefined : statusIn(ZH, textIn(scope, SEL.status), 'jd').stage;
    if (stage) {
      snap.orderStage = stage;
      snap.confidence.orderStage = 0.85;
    }
    const list = items(scope, ctx);
    if (list.length) {
      snap.items = list;
      snap.confidence.items = 0.85;
    }
    const latest = first(scope, SEL.track);
    if (latest) {
      const ev = textIn(latest, SEL.trackText);
      const at = pageTime(textIn(latest, SEL.trackTime), ctx);
      snap.logistics = { ...snap.logistics, ...(ev && { latestEvent: ev }), ...(at && { latestTime: at }) };
    }
  }
  // The detail page's ?orderId= is the order itself (✔ §5, single source).
  const q = u?.searchParams.get('orderId');
  if (q && isId(JD_ID, q)) {
    snap.orderId = q;
    snap.confidence.orderId = 0.95;
  }
  const buyerRoot = doc.querySelector('.chat-panel') ?? scope;
  const pin = (buyerRoot && textIn(buyerRoot, SEL.buyer)) || chatHeadName(doc);
  if (pin) {
    snap.buyer = { nick: pin };
    snap.confidence.buyer = 0.9;
  }
  const msgs = messages(doc, ctx);
  if (msgs.length) {
    snap.messages = msgs;
    snap.confidence.messages = 0.8;
  }
  return snap;
}

export const jd: Reader = {
  id: 'jd',
  pageKind,
  chatBox: SEL.chatBox,
  rich: chainInsert, // the chat box is a contenteditable editor
  read: safeRead('jd', read, { lex: ZH, locale: 'zh', tz: 480, idFormat: JD_ID }),
};
