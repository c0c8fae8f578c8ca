/** Stable keys that tie notes, reminders and ticks to a buyer or an order across pages and tabs. */
import type { PageSnapshot } from '../snapshot';

/** `platform:orderId`, or undefined when the page shows no order id. */
export function orderKeyOf(s: Pick<PageSnapshot, 'platform' | 'orderId'>): string | undefined {
  return s.orderId ? `${s.platform}:${s.orderId}` : undefined;
}

/** `platform:shop:buyer` (buyer id when shown, else nick), or undefined without a buyer. */
export function buyerKeyOf(s: Pick<PageSnapshot, 'platform' | 'shop' | 'buyer'>): string | undefined {
  const who = s.buyer?.id || s.buyer?.nick;
  return who ? `${s.platform}:${s.shop ?? ''}:${who}` : undefined;
}
