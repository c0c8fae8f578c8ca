/**
 * A tab's page may be read in several frames: a seller console that shows its chat in a frame of
 * another origin (Shopify Inbox on *.shopifyapps.com inside admin.shopify.com, real-pages.md
 * "Iframes") has the conversation in the frame and only the console's shell at the top. Each frame's
 * page script sends its own snapshot; the panel follows the one that holds the most of the page.
 */
import type { PageSnapshot } from './snapshot';

/** How much of a page a snapshot holds: the order and the conversation count most. */
export function snapshotWeight(s: PageSnapshot): number {
  return (
    (s.orderId ? 3 : 0) +
    (s.messages?.length ? 3 : 0) +
    (s.buyer?.nick || s.buyer?.id ? 1 : 0) +
    (s.items?.length ? 1 : 0) +
    (s.amounts ? 1 : 0) +
    (s.orderStage ? 1 : 0) +
    (s.afterSales ? 1 : 0) +
    (s.logistics ? 1 : 0) +
    (s.pageKind !== 'unknown' ? 1 : 0)
  );
}

/** The frame whose snapshot holds the most (the top frame, id 0, on a tie); undefined when there is none. */
export function bestFrame(frames: ReadonlyMap<number, PageSnapshot>): number | undefined {
  let best: number | undefined;
  let weight = -1;
  for (const [id, s] of [...frames].sort((a, b) => a[0] - b[0])) {
    const w = snapshotWeight(s);
    if (w > weight) (best = id), (weight = w);
  }
  return best;
}
