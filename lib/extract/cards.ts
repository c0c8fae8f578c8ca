/**
 * The reader of a chat-with-order-cards back office (douyin, pinduoduo, kuaishou): a chat page whose
 * right panel holds the buyer's order cards, and order / after-sales pages read by labels. Each adapter
 * keeps its frozen selector table at its top and passes it in; what differs (URL ids, the chat rows) is
 * a small hook.
 */
import { emptySnapshot, type PageKind, type PageSnapshot, type Platform } from '../snapshot';
import { first, nameIn, pageTime, parseUrl, readByLabels, text, withStructure, type ReadContext, type ReadFn } from './generic';
import { readBlocks, readItems } from './goods';
import { leaves } from './labels';
import { ZH } from './lexicon';
import { orderIdIn } from './parse/orderid';
import { statusIn } from './parse/status';

/** The selectors every chat-with-order-cards platform has. */
export interface CardSel {
  shop: readonly string[];
  /** The logged-in account's title: the shop's name only when it reads like one (an agent's nick does not). */
  account?: readonly string[];
  /** The focused order card in the chat's right panel, and all of them. */
  cardFocused: readonly string[];
  cards: string;
  /** Page roots of the order and after-sales pages. */
  scope: readonly string[];
  /** Status shown without a label (card badge, page header). */
  status: readonly string[];
  /** Chat-card goods blocks (the pages have a table, read by its headers). */
  goods: Parameters<typeof readBlocks>[1];
  /** Newest logistics trace entry (newest first) and its parts. */
  trace: readonly string[];
  traceText: string;
  traceTime: string;
  chatBox: readonly string[];
}

/** Hook: the order id's text in the page URL (its query parameters), null when this kind of page has none. */
export type UrlId = (url: URL, kind: PageKind) => string | null;
/** Hook: reads the chat page's buyer and messages into `snap`. */
export type ChatHook = (doc: Document, ctx: ReadContext, snap: PageSnapshot) => void;

// A shop's name ends in what it is (旗舰店, 专营店, 生活馆, 小铺, 工作室, Store…).
const SHOP_LIKE = /(店|馆|铺|坊|行|社|屋|工作室|官方|专营|旗舰|家居|store|shop)$/i;

/** The focused order card: the selected one, else the only one; several with none selected → none (not a guess). */
export function focusedCard(doc: Document, sel: Pick<CardSel, 'cardFocused' | 'cards'>): Element | null {
  const f = first(doc, sel.cardFocused);
  if (f) return f;
  const all = doc.querySelectorAll(sel.cards);
  return all.length === 1 ? all[0] : null;
}

/** A folding card's header (the button that opens it); never a page's first block, its navigation. */
const foldingHeader = (scope: Element): Element | null => scope.querySelector(':scope > [aria-expanded]');

/** The short texts (≤ 8 characters) of a folding card's header. */
function headerTags(scope: Element): string[] {
  const head = foldingHeader(scope);
  if (!head) return [];
  return leaves(head).flatMap((el) => {
    const t = text(el);
    return t && t.length <= 8 ? [t] : [];
  });
}

/** Fills what the platform shows without labels: status badge, chat-card goods, newest trace. */
export function readCardExtras(scope: Element, sel: CardSel, ctx: ReadContext, snap: PageSnapshot, statusAfterSales?: boolean): void {
  if (!snap.orderStage) {
    const raw = text(first(scope, sel.status));
    const s = raw ? statusIn(ZH, raw, ctx.platform) : {};
    if (s.stage) (snap.orderStage = s.stage), (snap.confidence.orderStage = 0.8);
    if (statusAfterSales && s.afterSales && !snap.afterSales) (snap.afterSales = { state: s.afterSales, raw }), (snap.confidence.afterSales = 0.8);
  }
  // The tags in a folding card's header, each a status and nothing more ("待发货", "售后中").
  for (const t of headerTags(scope)) {
    const s = statusIn(ZH, t, ctx.platform);
    if (s.stage && !snap.orderStage) (snap.orderStage = s.stage), (snap.confidence.orderStage = 0.75);
    else if (s.afterSales && !s.stage && !snap.afterSales) (snap.afterSales = { state: s.afterSales, raw: t }), (snap.confidence.afterSales = 0.7);
  }
  const items = readItems(scope, ctx); // the table first, else the chat card's goods blocks
  if (!items.length) items.push(...readBlocks(scope, sel.goods, ctx));
  if (items.length) (snap.items = items), (snap.confidence.items = 0.85);
  const trace = first(scope, sel.trace);
  const ev = text(trace?.querySelector(sel.traceText));
  if (ev) {
    const t = pageTime(text(trace?.querySelector(sel.traceTime)), ctx);
    snap.logistics = { ...snap.logistics, latestEvent: ev, ...(t && { latestTime: t }) };
    snap.confidence.logistics ??= 0.7;
  }
}

/**
 * The reader of platform `id` (order ids in `idFormat`). `read`: the shop; the focused card on chat
 * pages, else the page root, read by labels and then by readCardExtras (`statusAfterSales`: the
 * unlabelled status also gives the after-sales state, as PDD joins them); the `urlId` order id with
 * confidence `urlIdConf` when the labels gave none; on chat pages the `chat` hook. Never throws: keeps
 * what was read.
 */
export function cardReader(
  id: Platform,
  sel: CardSel,
  idFormat: string,
  pageKind: (url: URL) => PageKind,
  urlId: UrlId,
  urlIdConf: number,
  chat: ChatHook,
  statusAfterSales?: boolean,
): { id: Platform; pageKind: (url: URL) => PageKind; chatBox: readonly string[]; read: ReadFn } {
  const read: ReadFn = (doc, url, now) => {
    const ctx: ReadContext = { platform: id, now, tz: 480, locale: 'zh', lex: ZH, idFormat };
    const u = parseUrl(url);
    const kind = u ? pageKind(u) : 'unknown';
    const snap = emptySnapshot(url, id, kind);
    try {
      const account = sel.account && nameIn(first(doc, sel.account));
      const shop = nameIn(first(doc, sel.shop)) ?? (account && SHOP_LIKE.test(account) ? account : undefined);
      if (shop) (snap.shop = shop), (snap.confidence.shop = 0.8);
      const scope = kind === 'chat' ? focusedCard(doc, sel) : first(doc, sel.scope) ?? doc.body;
      if (scope) {
        readByLabels(scope, ctx, snap);
        readCardExtras(scope, sel, ctx, snap, statusAfterSales);
        // A folding card's header holds its order id without a label (real-pages.md Douyin [D8]).
        const head = kind === 'chat' && !snap.orderId ? foldingHeader(scope) : null;
        const id = head && orderIdIn(ZH, idFormat, head.textContent ?? '');
        if (id) (snap.orderId = id), (snap.confidence.orderId = 0.8);
      }
      const fromUrl = u && orderIdIn(ZH, idFormat, urlId(u, kind) ?? '');
      if (!snap.orderId && fromUrl) (snap.orderId = fromUrl), (snap.confidence.orderId = urlIdConf);
      if (kind === 'chat') chat(doc, ctx, snap);
      withStructure(doc, snap, ctx);
    } catch {
      /* never throw: keep what was read */
    }
    return snap;
  };
  return { id, pageKind, chatBox: sel.chatBox, read };
}
