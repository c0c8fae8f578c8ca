/**
 * A snapshot from a page, made fit to keep: where page data enters the extension (the background
 * saving a page's snapshot, the panel's direct read, the CLI) it passes through here, so that what
 * the panel shows and the replies are filled with never carries what a page can plant or a reader can
 * misread. Pure (lib/): no browser API. Kept out of the page scripts, which must stay small.
 *
 * - Text fields lose control and bidi characters (U+202E turns "gpj.exe" around), zero-width spaces
 *   and BOMs; line breaks in one-line fields become spaces.
 * - Amounts that cannot be an order's (negative: a discount line read as paid; over MAX_AMOUNT: an id
 *   read as money; not finite) are dropped, as are item prices like them and quantities that are not
 *   whole positive numbers.
 * - A buyer name that is really a label is dropped: an empty 买家 field followed by 收货人：张三 gave
 *   the name "收货人：张三" (or "收货人", or "开票抬头：").
 */
import { EN_LABELS, ZH_LABELS } from './extract/lexicon';
import { plausibleAmount, type PageSnapshot } from './snapshot';

// C0/C1 controls except tab/newline, bidi marks, embeddings, overrides and isolates, zero-width spaces, BOM.
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;

/** Text without control and bidi characters (line breaks kept). */
export function cleanText(s: string): string {
  return s.replace(UNSAFE, '');
}

/** One-line text: cleaned, whitespace (line breaks too) collapsed. */
export function cleanLine(s: string): string {
  return cleanText(s).replace(/\s+/g, ' ').trim();
}

/** Labels of fields no reader takes, which pages print next to the buyer's (besides every field label the readers know). */
const OTHER_LABELS = '收货人|收件人|收货人姓名|收货地址|收件地址|收货信息|联系电话|联系方式|手机号码|手机号|Ship to|Shipping address|Recipient|Phone number|Phone';
const LABEL_WORDS = /* @__PURE__ */ (() => {
  const words = [...[...Object.values(ZH_LABELS), ...Object.values(EN_LABELS)].join('|').split('|'), ...OTHER_LABELS.split('|')].filter(Boolean).sort((a, b) => b.length - a.length);
  const esc = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^(?:${esc.join('|')})(?:$|\\s*[:：])`, 'i');
})();

/** True when a value is a label rather than a name: a known label alone or followed by a colon, or any words ending in a colon. */
export function looksLikeLabel(s: string): boolean {
  return LABEL_WORDS.test(s) || /[:：]$/.test(s);
}

const line = (x: unknown): string | undefined => (typeof x === 'string' ? cleanLine(x) || undefined : undefined);

/** The snapshot with its page-supplied values cleaned (see the file comment); the input is not changed. */
export function cleanSnapshot(snap: PageSnapshot): PageSnapshot {
  const out: PageSnapshot = { ...snap, confidence: { ...snap.confidence } };
  for (const k of ['orderId', 'shop'] as const) {
    const v = line(snap[k]);
    if (v) out[k] = v;
    else delete out[k];
  }
  if (snap.buyer) {
    const buyer = { ...snap.buyer };
    const nick = line(buyer.nick);
    if (nick && !looksLikeLabel(nick)) buyer.nick = nick;
    else delete buyer.nick;
    const id = line(buyer.id);
    if (id) buyer.id = id;
    else delete buyer.id;
    if (buyer.nick || buyer.id) out.buyer = buyer;
    else delete out.buyer;
    if (!buyer.nick) delete out.confidence.buyer;
  }
  if (snap.items) {
    out.items = snap.items.flatMap((it) => {
      const title = line(it.title);
      if (!title) return [];
      const item = { ...it, title };
      const sku = line(it.sku);
      if (sku) item.sku = sku;
      else delete item.sku;
      if (!(Number.isInteger(it.qty) && it.qty! > 0 && it.qty! <= 100_000)) delete item.qty;
      if (!plausibleAmount(it.price)) delete item.price;
      return [item];
    });
  }
  if (snap.amounts) {
    const a = { ...snap.amounts };
    if (!plausibleAmount(a.paid)) delete a.paid;
    if (!plausibleAmount(a.refund)) delete a.refund;
    if (a.paid === undefined && a.refund === undefined) {
      delete out.amounts;
      delete out.confidence.amounts;
    } else out.amounts = a;
  }
  if (snap.logistics) {
    const l = { ...snap.logistics };
    const tn = line(l.trackingNo);
    if (tn) l.trackingNo = tn;
    else delete l.trackingNo;
    const ev = line(l.latestEvent);
    if (ev) l.latestEvent = ev;
    else delete l.latestEvent;
    out.logistics = l;
  }
  if (snap.messages) out.messages = snap.messages.map((m) => (typeof m.text === 'string' ? { ...m, text: cleanText(m.text) } : m));
  return out;
}
