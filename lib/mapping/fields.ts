import type { Fact } from '../snapshot-expect';

/** The fields an agent maps on an unknown site, in the order the panel walks through them. */

export const MAP_FIELDS = ['orderId', 'buyer', 'messages', 'orderStatus', 'afterSalesStatus', 'paid', 'trackingNo', 'chatBox'] as const;
export type MapField = (typeof MAP_FIELDS)[number];

/**
 * Extra keys stored beside `messages` (its value is the selector of every message row): the buyer's
 * rows and the text inside a row. A saved mapping is `Record<string, string>` (lib/db/schema.ts).
 */
export const MESSAGE_BUYER_KEY = 'messages.buyer';
export const MESSAGE_TEXT_KEY = 'messages.text';

/** What the panel asks the agent to click, per field. */
export const FIELD_LABELS: Record<MapField, { zh: string; en: string; hintZh: string; hintEn: string }> = {
  orderId: { zh: '订单号', en: 'Order ID', hintZh: '点页面上的订单号', hintEn: 'Click the order number on the page' },
  buyer: { zh: '买家', en: 'Buyer', hintZh: '点买家的昵称或账号', hintEn: "Click the buyer's name or account" },
  messages: { zh: '买家消息', en: "Buyer's messages", hintZh: '点任意一条买家发来的消息（会按它找到所有消息行）', hintEn: 'Click any message the buyer sent (all message rows are found from it)' },
  orderStatus: { zh: '订单状态', en: 'Order status', hintZh: '点订单状态（如"已发货"）', hintEn: 'Click the order status (e.g. "Shipped")' },
  afterSalesStatus: { zh: '售后状态', en: 'After-sales status', hintZh: '点退款/售后状态', hintEn: 'Click the refund / return status' },
  paid: { zh: '实付金额', en: 'Amount paid', hintZh: '点买家实付的金额', hintEn: 'Click the amount the buyer paid' },
  trackingNo: { zh: '运单号', en: 'Tracking number', hintZh: '点快递单号', hintEn: 'Click the tracking number' },
  chatBox: { zh: '聊天输入框', en: 'Chat box', hintZh: '点回复买家用的输入框', hintEn: 'Click the box where you type replies' },
};

/** The host a mapping is saved under (hostname without port; lower case). */
export function hostOf(url: string | undefined | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return /^https?:$/.test(u.protocol) && u.hostname ? u.hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}

/** The match patterns (and permission origins) of a mapped host: both schemes, any path. */
export function hostPatterns(host: string): string[] {
  return [`https://${host}/*`, `http://${host}/*`];
}

/** The id of a host's dynamic content script registration. */
export const scriptId = (host: string) => `mapped-${host}`;

/** The field an agent can pick on the page for a fact the reader did not read (none for items and refunds). */
export const FIX_FIELD: Readonly<Partial<Record<Fact, MapField>>> = {
  orderId: 'orderId', buyer: 'buyer', lastBuyerMessage: 'messages', orderStage: 'orderStatus', afterSales: 'afterSalesStatus', paid: 'paid', logistics: 'trackingNo',
};
