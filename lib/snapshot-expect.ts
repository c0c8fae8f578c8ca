/**
 * What each kind of page should give, and what a snapshot lacks of it: the panel names the facts it
 * could not read (so an empty line is "not read", never "none"), in one place for every view.
 */
import { lastBuyerMessage, type PageKind, type PageSnapshot } from './snapshot';

/** A fact the panel shows (its i18n label key in lib/i18n.ts). */
export const FACTS = ['orderId', 'buyer', 'items', 'paid', 'refund', 'orderStage', 'afterSales', 'logistics', 'lastBuyerMessage'] as const;
export type Fact = (typeof FACTS)[number];

/** The facts a page of each kind shows when it is read right. */
export const EXPECTED: Readonly<Record<PageKind, readonly Fact[]>> = {
  chat: ['buyer', 'lastBuyerMessage'],
  order_detail: ['orderId', 'buyer', 'items', 'paid', 'orderStage'],
  after_sales: ['orderId', 'items', 'refund', 'afterSales'],
  order_list: [],
  unknown: [],
};

function has(snap: PageSnapshot, f: Fact): boolean {
  switch (f) {
    case 'orderId': return !!snap.orderId;
    case 'buyer': return !!snap.buyer?.nick;
    case 'items': return !!snap.items?.length;
    case 'paid': return snap.amounts?.paid !== undefined;
    case 'refund': return snap.amounts?.refund !== undefined;
    case 'orderStage': return !!snap.orderStage;
    case 'afterSales': return !!snap.afterSales;
    case 'logistics': return !!(snap.logistics?.trackingNo || snap.logistics?.latestEvent);
    case 'lastBuyerMessage': return !!lastBuyerMessage(snap);
  }
}

/** The expected facts of the snapshot's kind of page that were not read, in FACTS order. */
export function unreadFacts(snap: PageSnapshot): Fact[] {
  const want = EXPECTED[snap.pageKind];
  return FACTS.filter((f) => want.includes(f) && !has(snap, f));
}
