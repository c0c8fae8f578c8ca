/**
 * Reading a page by a hand-made mapping (field → CSS selector): an Adapter with platform `unknown`
 * that page-mapped-<lang>.js hands to startPageAgent, so snapshots, re-reads and insertion work as on the
 * supported platforms. Mapped fields are read only through their selectors (a selector that no longer
 * matches leaves its field out: a partial snapshot, never a guess); fields the agent skipped are left
 * to the generic label reader.
 */
import type { Adapter, Reader } from '../adapters/types';
import { readByLabels, type ReadContext } from '../extract/generic';
import { squash } from '../extract/labels';
import { memo, type Lexicon } from '../extract/lexicon';
// Each parser from its own module: page-base.js shares these modules, not the index's re-exports.
import { ALL_MONEY, moneyIn } from '../extract/parse/money';
import { GENERIC_ID, cleanId, orderIdIn } from '../extract/parse/orderid';
import { courierByShape, courierFromName, normaliseTracking } from '../extract/parse/courier';
import { parseDateTime } from '../extract/parse/datetime';
import { statusIn } from '../extract/parse/status';
import { canonical, emptySnapshot, type ChatMessage, type PageSnapshot } from '../snapshot';
import { MESSAGE_BUYER_KEY, MESSAGE_TEXT_KEY } from './fields';

const LABEL_PREFIX = /^[^:：\d]{1,12}[:：]\s*/;
const TIME_ONLY = /^(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*)?(?:[上下]午\s*)?\d{1,2}:\d{2}(?::\d{2})?$|^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$|^(?:今天|昨天|前天)\s*\d{1,2}:\d{2}$/;

function query(doc: ParentNode, sel: string | undefined): Element | null {
  if (!sel) return null;
  try {
    return doc.querySelector(sel);
  } catch {
    return null;
  }
}

function queryAll(doc: ParentNode, sel: string | undefined): Element[] {
  if (!sel) return [];
  try {
    return Array.from(doc.querySelectorAll(sel));
  } catch {
    return [];
  }
}

/** The visible text of an element (form fields: their value), whitespace collapsed, label prefix removed. */
function valueOf(el: Element | null): string {
  if (!el) return '';
  const raw = el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' ? (el as HTMLInputElement).value : el.textContent ?? '';
  return squash(raw).replace(LABEL_PREFIX, '');
}

function safeMatches(el: Element, sel: string): boolean {
  try {
    return el.matches(sel);
  } catch {
    return false;
  }
}

/** The messages of the mapped rows, oldest first (document order). */
export function readMappedMessages(doc: ParentNode, fields: Record<string, string>, ctx: ReadContext): ChatMessage[] {
  const rows = queryAll(doc, fields.messages);
  const buyer = fields[MESSAGE_BUYER_KEY];
  const textSel = fields[MESSAGE_TEXT_KEY];
  const out: ChatMessage[] = [];
  for (const row of rows) {
    const textEl = textSel ? query(row, `:scope > ${textSel}`) ?? query(row, textSel) : row;
    // A row without the text part of a message (a notice, a date line) is the platform's, not a person's.
    const el = textEl ?? row;
    const text = squash(el.textContent ?? '');
    if (!text) continue;
    const role = !textEl ? 'system' : !buyer || safeMatches(row, buyer) ? 'buyer' : 'seller';
    const m: ChatMessage = { role, text };
    // The row's time: a part of the row outside the text that holds only a date/time.
    if (textEl) {
      for (const part of Array.from(row.querySelectorAll('*'))) {
        if (part === textEl || part.contains(textEl) || textEl.contains(part)) continue;
        const t = squash(part.textContent ?? '');
        if (!TIME_ONLY.test(t)) continue;
        const iso = parseDateTime(t, ctx.now, ctx.tz, ctx.locale);
        if (iso) m.time = iso;
        break;
      }
    }
    out.push(m);
  }
  return out;
}

/** Reads a page by a saved mapping. Pure, never throws; fields whose selector matches nothing are left out. */
export function readMapped(doc: Document, url: string, now: Date, fields: Record<string, string>, lex: Lexicon, tz = -now.getTimezoneOffset()): PageSnapshot {
  const snap = emptySnapshot(url);
  try {
    const zh = /[\u4e00-\u9fff]/.test(doc.title) || /^zh/i.test(doc.documentElement?.lang ?? '');
    // The page's words, but every currency: an unknown site may price in any (the Chinese platforms' yuan-only set is theirs).
    const siteLex = memo(lex, 'site', () => ({ ...lex, money: ALL_MONEY }));
    const ctx: ReadContext = { platform: 'unknown', now, tz, locale: zh ? 'zh' : 'en', lex: siteLex, ...(zh && { currency: 'CNY' }) };
    // Skipped fields: whatever the visible labels give. Mapped fields below replace or remove it.
    if (doc.body) readByLabels(doc.body, ctx, snap);
    const mapped = (k: string) => Boolean(fields[k]);

    if (mapped('orderId')) {
      delete snap.orderId;
      delete snap.confidence.orderId;
      const v = valueOf(query(doc, fields.orderId));
      const id = v && (orderIdIn(lex, GENERIC_ID, v) ?? cleanId(v));
      if (id) {
        snap.orderId = id;
        snap.confidence.orderId = 0.9;
      }
    }
    if (mapped('buyer')) {
      delete snap.buyer;
      delete snap.confidence.buyer;
      const v = valueOf(query(doc, fields.buyer));
      if (v) {
        snap.buyer = { nick: v };
        snap.confidence.buyer = 0.9;
      }
    }
    if (mapped('paid')) {
      if (snap.amounts) delete snap.amounts.paid;
      const m = moneyIn(siteLex.money, valueOf(query(doc, fields.paid)), ctx);
      if (m) {
        snap.amounts = { ...snap.amounts, paid: m.value };
        if (m.currency) snap.amounts.currency = m.currency;
        snap.confidence.amounts = 0.9;
      } else if (snap.amounts && Object.keys(snap.amounts).every((k) => k === 'currency')) {
        delete snap.amounts;
        delete snap.confidence.amounts;
      }
    }
    if (mapped('orderStatus')) {
      delete snap.orderStage;
      delete snap.confidence.orderStage;
      const v = valueOf(query(doc, fields.orderStatus));
      const stage = v ? statusIn(lex, v).stage : undefined;
      if (stage) {
        snap.orderStage = stage;
        snap.confidence.orderStage = 0.9;
      }
    }
    if (mapped('afterSalesStatus')) {
      delete snap.afterSales;
      delete snap.confidence.afterSales;
      const v = valueOf(query(doc, fields.afterSalesStatus));
      const state = v ? statusIn(lex, v).afterSales : undefined;
      if (state) {
        snap.afterSales = { state, raw: v };
        snap.confidence.afterSales = 0.9;
      }
    }
    if (mapped('trackingNo')) {
      delete snap.logistics;
      delete snap.confidence.logistics;
      const v = valueOf(query(doc, fields.trackingNo));
      const no = v ? normaliseTracking(v) : '';
      if (no) {
        snap.logistics = { trackingNo: no };
        const c = courierFromName(v) ?? courierByShape(lex.shapes, no);
        if (c) snap.logistics.courier = c;
        snap.confidence.logistics = 0.85;
      }
    }
    if (mapped('messages')) {
      const msgs = readMappedMessages(doc, fields, ctx);
      if (msgs.length) {
        snap.messages = msgs;
        snap.confidence.messages = 0.85;
      }
    }
    snap.pageKind = snap.messages?.length || query(doc, fields.chatBox) ? 'chat' : snap.orderId ? 'order_detail' : 'unknown';
    return canonical(snap);
  } catch {
    return emptySnapshot(url);
  }
}

/** An adapter reading every page it is given by one saved mapping (page-mapped-<lang>.js runs only on that host). */
export function mappedAdapter(fields: Record<string, string>, lex: Lexicon): Adapter {
  return {
    id: 'unknown',
    matches: [],
    test: () => true,
    pageKind: () => 'unknown',
    read: (doc, url, now) => readMapped(doc, url, now, fields, lex),
    chatBox: fields.chatBox ? [fields.chatBox] : [],
  };
}

/**
 * A platform's reader with the agent's own fixes on top: each field the agent picked on this site
 * (a saved mapping for a known platform's host) is read by its selector when that finds a value; every
 * other field, and a picked one whose selector finds nothing, stays as the reader reads it.
 * `fields` is asked at every read (the agent may fix another field while the page is open).
 */
export function withOverrides(reader: Reader, fields: () => Record<string, string> | null, lex: Lexicon, tz?: number): Reader {
  return {
    ...reader,
    get chatBox() {
      const box = fields()?.chatBox;
      return box ? [box, ...reader.chatBox] : reader.chatBox;
    },
    read: (doc, url, now) => {
      const snap = reader.read(doc, url, now);
      const f = fields();
      if (!f || !Object.keys(f).length) return snap;
      const m = readMapped(doc, url, now, f, lex, tz);
      const c = snap.confidence;
      const has = (k: string) => Boolean(f[k]);
      if (has('orderId') && m.orderId) (snap.orderId = m.orderId), (c.orderId = m.confidence.orderId);
      if (has('buyer') && m.buyer) (snap.buyer = { ...snap.buyer, ...m.buyer }), (c.buyer = m.confidence.buyer);
      if (has('paid') && m.amounts?.paid !== undefined) (snap.amounts = { ...snap.amounts, ...m.amounts }), (c.amounts = m.confidence.amounts);
      if (has('orderStatus') && m.orderStage) (snap.orderStage = m.orderStage), (c.orderStage = m.confidence.orderStage);
      if (has('afterSalesStatus') && m.afterSales) (snap.afterSales = m.afterSales), (c.afterSales = m.confidence.afterSales);
      if (has('trackingNo') && m.logistics?.trackingNo) (snap.logistics = { ...snap.logistics, ...m.logistics }), (c.logistics = m.confidence.logistics);
      if (has('messages') && m.messages?.length) (snap.messages = m.messages), (c.messages = m.confidence.messages);
      return snap;
    },
  };
}
