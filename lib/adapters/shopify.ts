/**
 * Shopify admin (admin.shopify.com/store/<handle>/orders…): a Polaris React SPA (seller-pages.md §8).
 * The order is named by its *name* in the heading (#1001), never by the numeric id in the URL.
 * There is no buyer chat: the timeline (staff comments + order events) stands in for it.
 */
import { emptySnapshot, type Item, type PageKind, type PageSnapshot } from '../snapshot';
import { RETURN_MOVING, first, nameIn, pageTime, parseUrl, readByLabels, readMessages, rowItem, safeRead, textIn, type ReadContext } from '../extract/generic';
import { EN, wordsOf, type Lexicon } from '../extract/lexicon';
import { leaves, squash } from '../extract/labels';
import { parseMoney } from '../extract/parse/money';
import { SHOPIFY_ID, isId } from '../extract/parse/orderid';
import { statusIn } from '../extract/parse/status';
import type { Reader } from './types';

const SEL = Object.freeze({
  shop: ['.Polaris-TopBar-UserMenu__Detail'], // the store name under the staff name (assumed, 2026)
  main: ['#AppFrameMain', 'main'],
  // Order name #1001 (≈ §8); the 2025 admin's web-component page (s-page) has a plain h1: any h1 last.
  title: ['h1.Polaris-Header-Title', '.Polaris-Page-Header h1', 'h1'],
  // Status badges beside the title; Polaris hides the tone word ("Attention ") in a visually hidden span.
  badges: '.Polaris-Header-Title__TitleMetadata .Polaris-Badge',
  // Polaris web components (2025, polaris.shopify.com "s-badge"): badges beside the heading.
  headerBadges: 's-badge, s-internal-badge, .Polaris-Badge',
  badgeHidden: '.Polaris-Text--visuallyHidden',
  // The customer card's link to the customer (its href is the stable part; first such link in the page body).
  // Polaris web components: an <s-link> to the customer (structure per [S4]; the link itself assumed).
  customer: ['[data-testid="customer-card"] a[href*="/customers/"]', '[class*="_CustomerCard_"] a[href*="/customers/"]', 'a[href*="/customers/"]', 's-link[href*="/customers/"]'],
  // Line items: CSS-module hashed classes, matched by their stable stem (assumed 2026 markup).
  item: '[class*="_LineItemRow_"]',
  itemParts: {
    title: ['[class*="_LineItemTitle_"]'],
    sku: ['[class*="_LineItemVariant_"]'],
    price: ['[class*="_LineItemPrice_"] > :first-child'],
    qty: ['[class*="_LineItemQty_"]'],
  },
  // Payment summary rows: first cell the label, last cell the amount.
  moneyRows: '[class*="_PaymentSummary_"] tr',
  // Any table's rows (tr, or ARIA rows of a grid), for a summary whose classes are unknown.
  anyRows: 'tr, [role="row"]',
  shipment: ['[data-testid="shipment-status"]'],
  // Timeline: newest day first, newest event first (assumed from the admin's layout).
  events: '[class*="_TimelineEvent_"]',
  eventText: ['[class*="_EventMessage_"]'],
  // Order list (IndexTable): the selected row is the order in focus.
  selectedRow: ['tr.Polaris-IndexTable__TableRow--selected', 'tr.Polaris-IndexTable__TableRow[aria-selected="true"]'],
  rowName: ['[data-primary-link]'],
  headings: 'thead th',
  rowBadges: '.Polaris-Badge',
  // Timeline comment field: Polaris multiline TextField renders a <textarea> (not contenteditable),
  // so the native value setter + input event reaches React's state.
  chatBox: ['textarea#TimelineCommentField', 'textarea[name="comment"]', 'textarea[placeholder^="Leave a comment"]'],
});

// Payment summary row labels (Shopify admin wording, assumed): what the buyer paid, and refunds; in 简体中文 too (assumed,
// blind set 31).
const MONEY = Object.freeze({ paid: ['Paid by customer', 'Paid', '客户已付款', '已付款'], refund: ['Refunded', '已退款'] });

function pageKind(url: URL): PageKind {
  const p = url.pathname;
  if (/\/orders\/\d+\/(refund|return)/.test(p)) return 'after_sales';
  if (/\/orders\/\d+/.test(p)) return 'order_detail';
  if (/\/orders\/?$/.test(p)) return 'order_list';
  return 'unknown';
}

/** The badge's visible words, without Polaris' hidden tone prefix. */
function badgeText(b: Element): string {
  const c = b.cloneNode(true) as Element;
  c.querySelectorAll(SEL.badgeHidden).forEach((h) => h.remove());
  return squash(c.textContent ?? '');
}

/** Stage and refund state from status badges: a payment stage (pending / voided) beats fulfilment. */
function fromBadges(snap: PageSnapshot, badges: Element[], lex: Lexicon): void {
  const words = badges.map(badgeText);
  const stages = words.map((w) => statusIn(lex, w, 'shopify').stage).filter((s) => s);
  // "Paid" says nothing of shipping: a fulfilment badge (Fulfilled, Delivered) wins over it.
  const stage = stages.find((s) => s === 'unpaid' || s === 'closed') ?? stages.find((s) => s !== 'to_ship') ?? stages[0];
  if (stage) {
    snap.orderStage = stage;
    snap.confidence.orderStage = 0.85;
  }
  for (const w of words) {
    const state = statusIn(lex, w, 'shopify').afterSales;
    if (state) {
      // On a return's own page, a badge that the parcel moves (Return in progress · In transit) says the
      // buyer has shipped it back: returned (domain.md).
      const moving = state === 'awaiting_return' && snap.pageKind === 'after_sales' && words.some((o) => RETURN_MOVING.test(o));
      snap.afterSales = { state: moving ? 'returned' : state, raw: w };
      snap.confidence.afterSales = 0.85;
      break;
    }
  }
}

function items(root: ParentNode, ctx: ReadContext): Item[] {
  return [...root.querySelectorAll(SEL.item)].flatMap((row) => rowItem(row, SEL.itemParts, ctx) ?? []);
}

function amounts(root: ParentNode, snap: PageSnapshot): void {
  const found: Record<string, { value: number; currency?: string }> = {};
  const rows = root.querySelectorAll(SEL.moneyRows);
  for (const row of rows.length ? rows : root.querySelectorAll(SEL.anyRows)) {
    const label = squash(row.firstElementChild?.textContent ?? '');
    const key = (Object.keys(MONEY) as (keyof typeof MONEY)[]).find((k) => MONEY[k].includes(label));
    const m = key && parseMoney(squash(row.lastElementChild?.textContent ?? ''), { locale: 'en' });
    if (key && m && !found[key]) found[key] = m;
  }
  // A summary drawn as a flat grid (label, description, amount as sibling cells, no row element).
  for (const cell of root.querySelectorAll('span, div, dt')) {
    // A "Paid" badge is the order's payment status, never the money label (an older order's row: "Paid · Fulfilled · $83.10").
    if (cell.childElementCount > 0 || /badge|tag|pill/i.test(cell.getAttribute('class') ?? '')) continue;
    const key = (Object.keys(MONEY) as (keyof typeof MONEY)[]).find((k) => MONEY[k].includes(squash(cell.textContent ?? '')));
    if (!key || found[key]) continue;
    for (let sib = cell.nextElementSibling, n = 0; sib && n < 2; sib = sib.nextElementSibling, n++) {
      const m = parseMoney(squash(sib.textContent ?? ''), { locale: 'en' });
      if (m) {
        found[key] = m;
        break;
      }
    }
  }
  delete snap.amounts;
  if (!found.paid && !found.refund) return;
  snap.amounts = {};
  if (found.paid) snap.amounts.paid = found.paid.value;
  // Refund rows are printed negative (−$51.84); the snapshot holds the amount refunded.
  if (found.refund) snap.amounts.refund = Math.abs(found.refund.value);
  const cur = (found.paid ?? found.refund).currency;
  if (cur) snap.amounts.currency = cur;
  snap.confidence.amounts = 0.9;
}

/** Minutes east of UTC from the first <time datetime> with an offset; UTC when the page shows none. */
function pageOffset(doc: Document): number {
  for (const t of doc.querySelectorAll('time[datetime]')) {
    const m = /([+-])(\d\d):?(\d\d)$/.exec(t.getAttribute('datetime') ?? '');
    if (m) return (m[1] === '-' ? -1 : 1) * (+m[2] * 60 + +m[3]);
  }
  return 0;
}

function readList(doc: Document, snap: PageSnapshot, lex: Lexicon): void {
  const row = first(doc, SEL.selectedRow);
  if (!row) return;
  const name = textIn(row, SEL.rowName);
  if (isId(SHOPIFY_ID, name)) {
    snap.orderId = name;
    snap.confidence.orderId = 0.85;
  }
  const heads = [...(row.closest('table')?.querySelectorAll(SEL.headings) ?? [])].map((h) => squash(h.textContent ?? ''));
  const customer = squash(row.children[heads.indexOf('Customer')]?.textContent ?? '');
  if (customer) {
    snap.buyer = { nick: customer };
    snap.confidence.buyer = 0.8;
  }
  fromBadges(snap, [...row.querySelectorAll(SEL.rowBadges)], lex);
}

/**
 * The store's name from the admin's document title, "<page> · <store> · Shopify" (assumed: the form
 * the admin's tab titles take; the store switcher's markup has no public evidence): the last part before
 * "Shopify" that is neither an order's name nor the admin's section ("Store · Orders · #1187 · Shopify",
 * blind set 33).
 */
export function storeInTitle(title: string): string | undefined {
  const parts = title.split(/\s+[·•|–-]\s+/).map((p) => p.trim());
  if (parts.pop() !== 'Shopify') return undefined;
  return parts.reverse().find((p) => p && !/^#|^(?:orders|drafts|products|customers|inbox|home|订单|草稿订单|产品|客户|主页|收件箱)$/i.test(p));
}

const ACTION = /^(?:(?:view|see|open|edit|show|manage)\b|查看|打开|编辑|管理)/i;
// A person's name: letters, spaces and name punctuation, no address, phone or count.
const PERSON = /^\p{L}[\p{L}\p{M} .'’-]{1,60}$/u;

/**
 * The customer's name: the link's text, or, when the link is an action ("View profile"), the first
 * line of its card that reads as a person's name (not the card's heading, an email or a phone).
 */
function customerName(link: Element): string | undefined {
  const own = squash(link.textContent ?? '');
  if (own && !ACTION.test(own)) return own;
  // Up from the link, three levels at most (its header, the card section, the card).
  let box = link.parentElement;
  for (let up = 0; box && up < 3; up++, box = box.parentElement) {
    for (const el of leaves(box)) {
      if (el === link || /^H\d$|^S-HEADING$/.test(el.tagName)) continue;
      const t = squash(el.textContent ?? '');
      // (Not an avatar's initials, "SL".)
      if (PERSON.test(t) && !/^customers?$/i.test(t) && !/^\p{Lu}{1,3}$/u.test(t)) return t;
    }
  }
  return undefined;
}

function read(doc: Document, url: string, now: Date): PageSnapshot {
  const u = parseUrl(url);
  const kind = u ? pageKind(u) : 'unknown';
  const snap = emptySnapshot(url, 'shopify', kind);
  const ctx: ReadContext = { platform: 'shopify', now, tz: pageOffset(doc), locale: 'en', lex: wordsOf(doc, EN), idFormat: SHOPIFY_ID };
  const shop = nameIn(first(doc, SEL.shop)) ?? storeInTitle(doc.title);
  if (shop) {
    snap.shop = shop;
    snap.confidence.shop = 0.8;
  }
  if (kind === 'order_list') {
    readList(doc, snap, ctx.lex);
    return snap;
  }
  const main = first(doc, SEL.main);
  if (!main) return snap;
  // Labels give carrier and tracking number; buyer and money come from their own cards below.
  readByLabels(main, ctx, snap);
  delete snap.buyer;
  delete snap.confidence.buyer;
  // The heading may hold its badges after the name (<h1>#LP1163 <s-badge>Paid</s-badge>…</h1>).
  const h = first(main, SEL.title);
  const name = [squash(h?.textContent ?? ''), squash([...(h?.childNodes ?? [])].find((n) => n.nodeType === 3 && n.nodeValue?.trim())?.nodeValue ?? '')].find((t) => isId(SHOPIFY_ID, t)) ?? '';
  if (name) {
    // A return's page is headed by the return's name, the order's with "-R<n>" (#1047-R1: assumed, as the
    // Admin API's Return.name): the order is #1047.
    snap.orderId = name.replace(/-R\d{1,3}$/, '');
    snap.confidence.orderId = 0.9;
  } else {
    delete snap.orderId;
  }
  const cust = first(main, SEL.customer);
  const nick = cust && customerName(cust);
  if (cust && nick) {
    const id = /\/customers\/(\d+)/.exec(cust.getAttribute('href') ?? '')?.[1];
    snap.buyer = { nick, ...(id && { id }) };
    snap.confidence.buyer = 0.9;
  }
  const list = items(main, ctx);
  if (list.length) {
    snap.items = list;
    snap.confidence.items = 0.85;
  }
  amounts(main, snap);
  const badges = [...main.querySelectorAll(SEL.badges)];
  // Without the classic header, the badges next to the heading (not those of cards further down).
  const h1 = badges.length ? null : main.querySelector('h1');
  fromBadges(snap, badges.length ? badges : [...(h1?.parentElement?.querySelectorAll(SEL.headerBadges) ?? [])], ctx.lex);
  const ship = first(main, SEL.shipment);
  if (ship) {
    const at = pageTime(ship.parentElement?.querySelector('time[datetime]')?.getAttribute('datetime'), ctx);
    snap.logistics = { ...snap.logistics, latestEvent: badgeText(ship), ...(at && { latestTime: at }) };
  }
  const rows = [...main.querySelectorAll(SEL.events)].reverse();
  const msgs = readMessages(rows, {
    // Staff comments are the shop's words; every other timeline entry is an event.
    role: (r) => (r.getAttribute('data-event-type') === 'comment' ? 'seller' : 'system'),
    text: (r) => textIn(r, SEL.eventText),
    time: (r) => r.querySelector('time[datetime]')?.getAttribute('datetime'),
  }, ctx);
  if (msgs.length) {
    snap.messages = msgs;
    snap.confidence.messages = 0.8;
  }
  return snap;
}

export const shopify: Reader = {
  id: 'shopify',
  pageKind,
  chatBox: SEL.chatBox,
  read: safeRead('shopify', read, { lex: EN, locale: 'en', tz: 0, idFormat: SHOPIFY_ID }),
};
