/**
 * Amazon Seller Central: orders-v3 order pages and Buyer-Seller Messaging (seller-pages.md §7). Only the
 * URLs and the order-id shape are sourced; every selector below is assumed (AUI `a-` classes plus
 * `data-test-id` hooks) until checked on a live account.
 */
import { emptySnapshot, type Item, type PageKind, type PageSnapshot, type Role } from '../snapshot';
import { first, nameIn, nickIn, parseUrl, readByLabels, readMessages, rowItem, rowsOf, safeRead, textIn, type ReadContext } from '../extract/generic';
import { EN, wordsOf } from '../extract/lexicon';
import { squash } from '../extract/labels';
import { AMAZON_ID, isId } from '../extract/parse/orderid';
import { statusIn } from '../extract/parse/status';
import type { Reader } from './types';

const SEL = Object.freeze({
  // The account switcher's store label: several public Seller Central userscripts and RPA tools read
  // the store name from `.dropdown-account-switcher-header-label-global`, from the partner switcher's
  // `.partner-dropdown-button` (its `.partner-label`, or "Store | Marketplace"), and older ones from the
  // marketplace picker's `.sc-mkt-picker-switcher-txt` ("Store | Marketplace"; code search, 2026-12);
  // the others assumed.
  // (`.partner-label` names the store wherever the switcher puts it.)
  shop: ['.dropdown-account-switcher-header-label-global', '.partner-dropdown-button .partner-label', '.partner-dropdown-button', '.partner-label', '.sc-mkt-picker-switcher-txt', '[data-test-id="merchant-name"]', '.sc-account-name'],
  // The order in focus: the open thread's order box (inbox), else the order page (assumed).
  scope: ['[data-test-id="order-context"]', '#MYO-app', '#orders-v3-root'],
  // The item row's status (a saved Seller Central.co.jp order page quoted in a public scraper, 2021: <td
  // data-test-id="item-status-cell"><div data-test-id="item-status-label">…出荷済み); the order's own status assumed.
  status: ['[data-test-id="order-status"]', '[data-test-id="item-status-label"]'],
  alert: ['[data-test-id="order-alert"] .a-alert-heading'], // A-to-z / refund banners (assumed)
  // Buyer of the open thread only (the thread list shows other buyers), else the order's contact link.
  // (The order page's buyer link: <a data-test-id="buyer-name-with-link">, the same public scraper.)
  buyer: ['[data-test-id="thread-buyer-name"]', '[data-test-id="buyer-name"]', '[data-test-id="buyer-name-with-link"]'],
  contact: 'a[href*="/messaging/contact"]',
  item: ['.order-item-row', '.order-item'],
  // An item row's parts: title, variant (the sku), quantity, price.
  itemParts: { title: ['.product-name', '.item-title'], sku: ['.item-variant'], qty: ['.item-qty'], price: ['.item-price'] },
  // The open thread's first row (its siblings are the rest, oldest first); data-sender BUYER / SELLER / AMAZON.
  messages: '[data-test-id="thread-detail"] .message-item',
  automated: '.automated-tag', // the seller's auto-responder: system, not the agent
  msgText: ['.message-body'],
  msgTime: ['.message-time'],
  chatBox: ['textarea#reply-text', 'textarea[name="replyText"]'],
});

const SENDERS: Readonly<Record<string, Role>> = Object.freeze({ BUYER: 'buyer', SELLER: 'seller', AMAZON: 'system' });
// Zone words Seller Central prints after times (assumed); the page's offset comes from the first one.
const ZONES: Readonly<Record<string, number>> = Object.freeze({
  PST: -480, PDT: -420, MST: -420, MDT: -360, CST: -360, CDT: -300, EST: -300, EDT: -240,
  GMT: 0, UTC: 0, BST: 60, CET: 60, CEST: 120, JST: 540, AEST: 600, AEDT: 660, IST: 330,
});
// A bare `$` on these marketplaces is not USD.
const DOLLAR: Readonly<Record<string, string>> = Object.freeze({ ca: 'CAD', 'com.mx': 'MXN', 'com.au': 'AUD', sg: 'SGD' });

function pageKind(url: URL): PageKind {
  const p = url.pathname;
  if (/^\/messaging/.test(p)) return 'chat';
  if (/^\/orders-v3\/order\//.test(p)) return 'order_detail';
  if (/^\/orders-v3/.test(p)) return 'order_list';
  if (/return|refund|a-?to-?z|claims/i.test(p)) return 'after_sales';
  return 'unknown';
}

function items(scope: Element, ctx: ReadContext): Item[] {
  const rows = SEL.item.flatMap((s) => [...scope.querySelectorAll(s)]);
  return rows.flatMap((row) => rowItem(row, SEL.itemParts, ctx) ?? []);
}

const ZONE_WORD = /\b(P[SD]T|M[SD]T|C[SD]T|E[SD]T|GMT|UTC|BST|CES?T|JST|AESTD?|IST)\b/;

// Seller Central's marketplaces as the partner switcher prints them after the store ("Store | United States").
const MARKETPLACE = /^\|?\s*(United States|United Kingdom|Canada|Mexico|Brazil|Germany|France|Italy|Spain|Netherlands|Sweden|Poland|Belgium|Ireland|Turkey|United Arab Emirates|Saudi Arabia|Egypt|India|Japan|Australia|Singapore)\b/;

/**
 * The store when the switcher's classes are renamed: a small control whose first text is followed by
 * a marketplace's name ("Cedar & Pine Home" "| United States" "▾"), named by its class or its id (<div
 * id="partner-switcher"> around a store's and a marketplace's spans: blind set 29).
 */
function storeBesideMarketplace(doc: Document): string | undefined {
  for (const el of doc.querySelectorAll('[role=button],[class*=switch],[class*=partner],[class*=picker],[id*=switch],[id*=partner]')) {
    if (el.childElementCount > 4) continue;
    const parts = [...el.querySelectorAll('*')].filter((c) => !c.childElementCount).map((c) => squash(c.textContent ?? ''));
    const joined = parts.length ? parts : [squash(el.textContent ?? '')];
    const name = joined[0].split(/\s[|｜]\s?/)[0];
    const rest = joined.length > 1 ? joined[1] : joined[0].slice(name.length);
    if (name && name.length <= 60 && MARKETPLACE.test(rest.trim())) return name;
  }
  return undefined;
}

function read(doc: Document, url: string, now: Date): PageSnapshot {
  const u = parseUrl(url);
  const snap = emptySnapshot(url, 'amazon', u ? pageKind(u) : 'unknown');
  const body = doc.body;
  if (!body) return snap;
  // The first zone word in document order (a node walk that stops there: a long chat's whole text is not built).
  let zone: string | undefined;
  const walk = doc.createTreeWalker(body, 4);
  for (let n = walk.nextNode(); n && !zone; n = walk.nextNode()) zone = ZONE_WORD.exec(n.nodeValue ?? '')?.[1];
  const dollar = DOLLAR[u?.hostname.replace(/^sellercentral\.amazon\./, '') ?? ''];
  const ctx: ReadContext = { platform: 'amazon', now, tz: zone ? ZONES[zone] ?? 0 : 0, locale: 'en', lex: wordsOf(doc, EN), currency: dollar, idFormat: AMAZON_ID };
  const shop = nameIn(first(doc, SEL.shop)) ?? storeBesideMarketplace(doc);
  if (shop) {
    snap.shop = shop;
    snap.confidence.shop = 0.8;
  }
  const scope = first(doc, SEL.scope);
  if (scope) {
    readByLabels(scope, ctx, snap);
    const status = textIn(scope, SEL.status);
    const stage = status && statusIn(ctx.lex, status, 'amazon').stage;
    if (stage) {
      snap.orderStage = stage;
      snap.confidence.orderStage = 0.85;
    }
    const alert = textIn(scope, SEL.alert);
    const state = alert && statusIn(ctx.lex, alert, 'amazon').afterSales;
    if (state) {
      snap.afterSales = { state, raw: alert };
      snap.confidence.afterSales = 0.8;
    }
    const list = items(scope, ctx);
    if (list.length) {
      snap.items = list;
      snap.confidence.items = 0.8;
    }
  }
  const id = /\/orders-v3\/order\/([\d-]+)/.exec(u?.pathname ?? '')?.[1];
  if (id && isId(AMAZON_ID, id)) {
    snap.orderId = id;
    snap.confidence.orderId = 0.95;
  }
  // The contact link may say "Send a message about this order" rather than the buyer's name. Links to several orders'
  // buyers (Manage Returns lists other orders' returns: blind set 37) name none of them: the labels find the open one's.
  const orders = new Set([...doc.querySelectorAll(SEL.contact)].flatMap((a) => /orderID=([\d-]+)/i.exec(a.getAttribute('href') ?? '')?.[1] ?? []));
  const buyer = nickIn(textIn(doc, orders.size > 1 ? SEL.buyer : [...SEL.buyer, SEL.contact]) ?? '');
  if (buyer) {
    snap.buyer = { nick: buyer };
    snap.confidence.buyer = 0.85;
  }
  const msgs = readMessages(rowsOf(doc, SEL.messages), {
    role: (r) => (r.querySelector(SEL.automated) ? 'system' : SENDERS[r.getAttribute('data-sender') ?? '']),
    // As printed: readMessages collapses the text's whitespace, the date rules take any.
    text: (r) => first(r, SEL.msgText),
    time: (r) => first(r, SEL.msgTime)?.textContent,
  }, ctx);
  if (msgs.length) {
    snap.messages = msgs;
    snap.confidence.messages = 0.8;
  }
  return snap;
}

export const amazon: Reader = {
  id: 'amazon',
  pageKind,
  chatBox: SEL.chatBox,
  read: safeRead('amazon', read, { lex: EN, locale: 'en', tz: 0, idFormat: AMAZON_ID }),
};
