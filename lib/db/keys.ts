/** Stable keys that tie notes, reminders and ticks to a buyer or an order across pages and tabs. */
import type { Table } from 'dexie';
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

type Who = Pick<PageSnapshot, 'platform' | 'buyer'>;

/**
 * The index keys of a page's buyer (the multi-entry `who` index of notes and reminders): the
 * platform's buyer id when the page shows it, and the nickname. Chat consoles show both, order and
 * after-sales pages often only the nickname: a row stored under both keys is found from either page.
 */
export function buyerIdsOf(s: Who): string[] {
  const out: string[] = [];
  if (s.buyer?.id) out.push(`${s.platform}:id:${s.buyer.id}`);
  if (s.buyer?.nick) out.push(`${s.platform}:nick:${s.buyer.nick}`);
  return out;
}

/**
 * Whether a row found through a `who` key is about this page's buyer: a nickname match is not the same
 * buyer when both sides know the buyer id and the ids differ, or when both know the shop and it differs.
 */
export function sameBuyer(row: { buyerId?: string; shop?: string }, s: Pick<PageSnapshot, 'buyer' | 'shop'>): boolean {
  if (row.buyerId && s.buyer?.id && row.buyerId !== s.buyer.id) return false;
  if (row.shop && s.shop && row.shop !== s.shop) return false;
  return true;
}

/**
 * The `who` keys and buyer id of a row written before rows carried them (schema version 1, or an old
 * backup): recovered from its `buyerKey` (`platform:shop:x`, x the buyer id or else the nickname) and
 * `buyerNick`. Undefined when the row is not about a buyer.
 */
export function whoOfStored(row: { platform?: string; buyerKey?: string; buyerNick?: string }): { who: string[]; buyerId?: string } | undefined {
  if (!row.buyerKey) return undefined;
  const platform = row.platform ?? row.buyerKey.slice(0, row.buyerKey.indexOf(':'));
  const last = row.buyerKey.slice(row.buyerKey.lastIndexOf(':') + 1);
  const buyerId = last && last !== row.buyerNick ? last : undefined;
  return { who: buyerIdsOf({ platform: platform as PageSnapshot['platform'], buyer: { id: buyerId, nick: row.buyerNick } }), buyerId };
}

/**
 * The rows of `table` about the page's buyer, through its `who` index (id or nickname) and only this
 * buyer's (sameBuyer). One equals() per key, at most two: anyOf walks a cursor that some IndexedDB
 * implementations answer by a scan.
 */
export async function rowsOfBuyer<T extends { buyerId?: string; shop?: string }>(table: Pick<Table<T>, 'where'>, s: Who & Pick<PageSnapshot, 'buyer' | 'shop'>): Promise<T[]> {
  const lists = await Promise.all(buyerIdsOf(s).map((w) => table.where('who').equals(w).filter((r) => sameBuyer(r, s)).toArray()));
  return lists.flat();
}
