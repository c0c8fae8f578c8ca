/**
 * The order a chat is about, found on the page beside the conversation: the order panel a console
 * shows (by its labelled id, by the id the conversation names, or as the open card of the buyer's
 * orders) and the order a heading, a message or a class names. Read by generic.ts's withStructure;
 * a module of its own in the page-structure layer (lib/adapters/page-scripts.ts) so that the
 * readers' layer keeps room in the page budget.
 */
import type { PageSnapshot } from '../snapshot';
import type { ReadContext } from './generic';
import { findLabelled, labels, squash, textNodes, type LabelHit } from './labels';
import { cleanId, isId, orderIdIn } from './parse/orderid';
import { BOX, findMessageList, words } from './structure';

// A fold toggle's or a name's trailing arrows.
export const ARROWS = /[▾▼▲▸▶⌄∨›»\s]+$/;

// A block folded away or hidden: [hidden], class words, an inline display: none (a form the page shows on a click:
// WooCommerce's refund form), or a header child that says it is collapsed.
const HIDDEN_WORD = /^(hidden|collapsed|folded)$/;
const NOT_SHOWN = /(?:^|;)\s*display\s*:\s*none/i;
export const isFolded = (el: Element) => el.matches('[hidden],[aria-hidden="true"]') || NOT_SHOWN.test(el.getAttribute('style') ?? '') || words(el.getAttribute('class') ?? '').some((w) => HIDDEN_WORD.test(w));
// A collapsed toggle: the block itself, or its header (a button or a title) that folds its parent.
const TOGGLE_WORD = /^(title|head|header|toggle|trigger|summary)$/;
export function foldedBlock(el: Element): Element | null {
  if (isFolded(el)) return el;
  if (!el.matches('[aria-expanded="false"]')) return null;
  const header = el.matches('[role=button],summary,button') || words(el.getAttribute('class') ?? '').some((w) => TOGGLE_WORD.test(w));
  return header ? el.parentElement : el;
}

/** An order id's digits: the same order printed with or without '#', a prefix or spaces. */
export const digitsOf = (id: string): string => id.replace(/\D/g, '');

/**
 * The order panel a chat console shows beside the conversation, when the platform's selectors found
 * no focused order: the block around an order-id label that also holds two other fields' labels
 * (amount, status, courier…), widened to the whole panel, never holding the conversation. Failing
 * that, with `knownId` (the order the conversation named), the block that shows that id unlabelled.
 */
export function orderPanel(doc: Document, ctx: ReadContext, knownId?: string, scan = scanPage(doc, ctx)): Element | null {
  if (!doc.body) return null;
  const { nodes, hits } = scan;
  const list = findMessageList(doc);
  return labelledPanel(doc, ctx, hits, list) ?? (knownId ? panelShowing(doc, ctx, nodes, hits, list, knownId) ?? idCard(doc, ctx, nodes, list, knownId) : null);
}

// An order's name printed alone as a card's head ("#LL2103", "#51207").
const NAME_ALONE = /^#\s?[A-Za-z]{0,6}[-_]?\d{3,12}$/;

/**
 * A card of the buyer's orders beside the chat whose head is the known order's name alone ("#LL2103"
 * over its badges, goods and total): the widest block around that head holding no other order's name,
 * the conversation or the chat box, when it shows an amount. One such card, or none.
 */
function idCard(doc: Document, ctx: ReadContext, nodes: Text[], list: Element | null, orderId: string): Element | null {
  const alone = (n: Text) => {
    const t = squash(n.nodeValue ?? '');
    return (NAME_ALONE.test(t) || (ctx.idFormat && isId(ctx.idFormat, t))) && !(list && list.contains(n)) ? t : '';
  };
  const digits = digitsOf(orderId);
  const heads = nodes.filter((n) => alone(n));
  const own = heads.filter((n) => digitsOf(alone(n)) === digits);
  // (A name with a suffix, "#1052-F1" / "#1052-R1", is the order's own fulfilment or return.)
  const others = heads.filter((n) => digitsOf(alone(n)) !== digits && !alone(n).startsWith(`${orderId}-`));
  const otherCards = others.map((o) => o.parentElement!);
  const found = new Set<Element>();
  for (const n of own) {
    let card: Element | null = null;
    for (let el = n.parentElement; el && el !== doc.body; el = el.parentElement) {
      if (!besideChat(el, list) || others.some((o) => el!.contains(o))) break;
      card = el;
    }
    // Beside other orders' cards, the one the console shows open (expanded, active), or the one left
    // when all the others are folded ("_Collapsed", aria-expanded="false", a closed <details>).
    const open = !others.length || (card && (marked(card, otherCards, OPEN) || otherCards.every((o) => marked(o, [card], FOLDED))));
    if (card && card !== n.parentElement && open && MONEY_SIGN.test(card.textContent ?? '')) found.add(card);
  }
  return found.size === 1 ? [...found][0] : null;
}
const MONEY_SIGN = /[¥￥$€£]\s?\d/;

/** The page's text nodes and every label among them: one pass over the text serves the order's searches. */
export interface PageScan {
  nodes: Text[];
  hits: LabelHit[];
}
export function scanPage(doc: Document, ctx: ReadContext): PageScan {
  const nodes = doc.body ? textNodes(doc.body) : [];
  return { nodes, hits: findLabelled(nodes, labels(ctx.lex, '*')) };
}

/** A block that may be (part of) the order panel: it holds neither the conversation nor the chat box. */
const besideChat = (el: Element, list: Element | null) => !(list && el.contains(list)) && !el.querySelector(BOX);

/** The panel found by its labelled order id (see orderPanel). */
function labelledPanel(doc: Document, ctx: ReadContext, hits: LabelHit[], list: Element | null): Element | null {
  const idRe = labels(ctx.lex, 'orderId').re;
  const ids = hits.filter((h) => idRe.test(h.label));
  const idOf = (h: LabelHit) => cleanId(h.value);
  const panels = new Map<string, Element>();
  // Another order in a block folded away (<details> closed, or under a header marked aria-expanded="false":
  // "Other orders from this buyer") does not end the panel around this one.
  // (Only a block a header folds: a card itself marked folded is one of a list of order cards, the open one the panel.)
  const shut = [...doc.querySelectorAll('[aria-expanded="false"]')].map((x) => foldedBlock(x)).filter((b) => b && !b.matches('[aria-expanded="false"]'));
  const apart = (o: LabelHit, h: LabelHit) => idOf(o) !== idOf(h) && !o.el.closest('details:not([open])') && !shut.some((b) => b?.contains(o.el));
  for (const h of ids) {
    if (list && list.contains(h.el)) continue;
    for (let el: Element | null = h.el; el && el !== doc.body; el = el.parentElement) {
      if (list && el.contains(list)) break;
      // A list of conversations or orders (another order's id inside) is not the order's panel.
      if (ids.some((o) => o !== h && idOf(o) !== idOf(h) && el.contains(o.el))) break;
      // Three different fields (not one label repeated down a list).
      if (new Set(hits.filter((x) => el.contains(x.el)).map((x) => x.label.toLowerCase())).size >= 3) {
        // The whole panel, not its first labelled block: up while the block holds no other order, the
        // conversation or the chat box (the goods and totals often sit in a sibling block).
        let whole = el;
        for (let up = whole.parentElement; up && up !== doc.body; up = up.parentElement) {
          if (!besideChat(up, list) || ids.some((o) => apart(o, h) && up!.contains(o.el))) break;
          whole = up;
        }
        if (!panels.has(idOf(h))) panels.set(idOf(h), whole);
        break;
      }
    }
  }
  // Several orders with their fields: the one expanded or singled out while the others are folded
  // away; else which one is meant is not known.
  if (panels.size > 1) {
    const all = [...panels];
    const folded = (el: Element) => marked(el, all.map(([, p]) => p).filter((p) => p !== el), FOLDED);
    const open = all.filter(([, p]) => !folded(p));
    const picked = open.length === 1 ? open : open.filter(([, p]) => marked(p, all.map(([, q]) => q).filter((q) => q !== p), OPEN));
    if (picked.length !== 1) return null;
    panels.clear();
    panels.set(picked[0][0], picked[0][1]);
  }
  if (panels.size !== 1) return null;
  const [[id, panel]] = panels;
  const outside = ids.filter((o) => idOf(o) !== id && !(list && list.contains(o.el)));
  if (outside.length === 0) return panel;
  const own = ids.filter((h) => idOf(h) === id).map((h) => h.el);
  const others = outside.map((o) => o.el);
  // Other orders on the page (collapsed cards, a list of conversations): the panel's order must be
  // the one singled out (expanded, current, selected), or the only one not folded away; else nothing
  // is read rather than a guess.
  if (own.some((el) => marked(el, others, OPEN))) return panel;
  return !own.some((el) => marked(el, others, FOLDED)) && others.every((el) => marked(el, own, FOLDED)) ? panel : null;
}

/**
 * Beside a chat whose order is known (its card in the conversation, the platform's reader) but whose
 * panel prints the id without a label: the one block outside the conversation that shows that id with
 * at least two other fields' labels (实付金额, 售后状态…) and no other order.
 */
function panelShowing(doc: Document, ctx: ReadContext, nodes: Text[], hits: LabelHit[], list: Element | null, orderId: string): Element | null {
  const digits = digitsOf(orderId);
  if (digits.length < 8) return null;
  const idRe = labels(ctx.lex, 'orderId').re;
  const otherIds = hits.filter((h) => idRe.test(h.label) && digitsOf(cleanId(h.value)) !== digits).map((h) => h.el);
  // Other orders shown without a label too ("订单 3941…" on a folded card below); a number another
  // label names (退款编号, 物流单号) is no order's.
  if (ctx.idFormat) {
    const named = new Set(hits.filter((h) => !idRe.test(h.label)).map((h) => h.el));
    for (const n of nodes) {
      if ((list && list.contains(n)) || (n.parentElement && named.has(n.parentElement))) continue;
      const id = orderIdIn(ctx.lex, ctx.idFormat, n.nodeValue ?? '');
      if (id && digitsOf(id) !== digits && n.parentElement) otherIds.push(n.parentElement);
    }
  }
  const fields = (el: Element) => new Set(hits.filter((h) => el.contains(h.el) && !idRe.test(h.label)).map((h) => h.label.toLowerCase())).size;
  const found = new Set<Element>();
  for (const n of nodes) {
    if (digitsOf(n.nodeValue ?? '') !== digits || (list && list.contains(n))) continue;
    let panel: Element | null = null;
    for (let el = n.parentElement; el && el !== doc.body; el = el.parentElement) {
      if (!besideChat(el, list) || otherIds.some((o) => el!.contains(o))) break;
      if (fields(el) >= 2) panel = el;
      // A table row whose details open in the row below it (an expanded row): both rows, read apart
      // from the other orders' rows.
      const below = el.tagName === 'TR' ? el.nextElementSibling : null;
      if (!panel && below?.tagName === 'TR' && !otherIds.some((o) => below.contains(o)) && fields(below) >= 2) {
        panel = doc.createElement('tbody');
        panel.append(el.cloneNode(true), below.cloneNode(true));
        break;
      }
    }
    if (panel) found.add(panel);
  }
  return found.size === 1 ? [...found][0] : null;
}

const OPEN = {
  attr: '[aria-expanded="true"],[aria-current="true"],[aria-current="page"],[aria-selected="true"]',
  child: ':scope > [aria-expanded="true"]',
  word: /^(active|selected|current|expanded|checked|focused)$/,
  // Its fold toggle offers to fold it; or a tag singles it out as the order being asked about.
  toggle: /^(收起|折叠|collapse|show less|hide details|当前咨询|正在咨询|咨询中|当前订单|current order)$/i,
};
const FOLDED = { attr: '[aria-expanded="false"],[hidden],details:not([open])', child: ':scope > [aria-expanded="false"]', word: /^(collapsed|folded|fold|closed|inactive)$/, toggle: /^(展开|展开详情|查看更多|expand|show more|show details)$/i };

/**
 * The element, or an ancestor below the level that also holds `others`, carries the mark (aria state,
 * that of its header child, or class words).
 */
function marked(el: Element, others: readonly Element[], m: typeof OPEN): boolean {
  for (let e: Element | null = el; e && !others.some((o) => e!.contains(o)); e = e.parentElement) {
    if (e.matches(m.attr) || e.querySelector(m.child)) return true;
    if (words(e.getAttribute('class') ?? '').some((w) => m.word.test(w))) return true;
  }
  // Its own fold toggle: "展开" / "Expand" offers to open a folded card, "收起" / "Collapse" to fold an open one (not the
  // toggle of a folded card inside it: blind set 35's 咚咚 panel holds the open order and the buyer's folded ones).
  for (const t of el.querySelectorAll('a, button, [role="button"], span')) {
    if (t.childElementCount === 0 && m.toggle.test(squash(t.textContent ?? '').replace(ARROWS, '')) && !el.contains(t.closest('[aria-expanded="false"]'))) return true;
  }
  return false;
}

/**
 * The order the conversation is about, for when the page shows none focused: the newest message (the
 * buyer's, the agent's or a notice: "当前在咨询订单 4027…") that names exactly one id of the platform's
 * format ("It's #1041"), never an id behind a tracking, phone or product label (orderIdIn).
 */
export function orderNamedInChat(snap: PageSnapshot, ctx: ReadContext): string | undefined {
  // A platform's own format; on a site without one, only a number the words name as an order
  // ("my order #51207", "订单号：8841207"): the generic format takes too many other codes in free text.
  const msgs = snap.messages ?? [];
  for (let i = msgs.length - 1; i >= 0; i--) {
    const m = msgs[i];
    const id = ctx.idFormat ? orderIdIn(ctx.lex, ctx.idFormat, m.text) : ORDER_MENTION.exec(m.text)?.[1];
    if (id) return id;
  }
  return undefined;
}

const ORDER_MENTION = /(?:\border\s*(?:no\.?|number|id)?\s*#\s?|\border\s*(?:no\.?|number|id)\s*:?\s*|订单(?:号|编号)?\s*[:：#]?\s*)([A-Z]{0,4}\d{4,19})\b/i;

/**
 * The order a heading names ("Shipping inquiry from … (Order: 114-3860527-1947468)", a conversation
 * header's "Order ID: 702-…"): the one id of the platform's format in the page's h1–h3, else behind
 * order-id labels, outside the conversation, when they name exactly one.
 */
export function orderInHeading(doc: Document, ctx: ReadContext, scan: () => PageScan): string | undefined {
  if (!ctx.idFormat || !doc.body) return undefined;
  const list = findMessageList(doc);
  const ids = new Set<string>();
  const add = (el: Element, text: string) => {
    const id = !(list && list.contains(el)) && orderIdIn(ctx.lex, ctx.idFormat!, text);
    if (id) ids.add(id);
  };
  for (const h of doc.querySelectorAll('h1, h2, h3')) add(h, h.textContent ?? '');
  // Labelled ids only when no heading names one (a list of conversations labels its orders too).
  if (!ids.size) {
    const idRe = labels(ctx.lex, 'orderId').re;
    // Only a value that is the id alone: "Order #1039 still hasn't arrived" is a message preview.
    for (const h of scan().hits) if (idRe.test(h.label) && !/\s/.test(h.value.trim())) add(h.el, h.value);
  }
  return ids.size === 1 ? [...ids][0] : undefined;
}

const ORDER_ID_WORD = /^(name|id|no|number|num|sn|code)$/;

/**
 * The order an element names by its class (OrderName, order-block__id, order-sn) outside the
 * conversation and outside orders folded away: the one id of the platform's format such elements show.
 */
export function orderByClass(doc: Document, ctx: ReadContext): string | undefined {
  if (!ctx.idFormat) return undefined;
  const list = findMessageList(doc);
  const ids = new Set<string>();
  for (const el of doc.querySelectorAll('[class*=rder]')) {
    const w = words(el.getAttribute('class') ?? '');
    if (el.children.length || !w.includes('order') || !w.some((x) => ORDER_ID_WORD.test(x)) || (list && list.contains(el))) continue;
    let folded = false;
    for (let up: Element | null = el; up && !folded; up = up.parentElement) folded = !!foldedBlock(up);
    const id = !folded && orderIdIn(ctx.lex, ctx.idFormat, el.textContent ?? '');
    if (id) ids.add(id);
  }
  return ids.size === 1 ? [...ids][0] : undefined;
}

