/**
 * A tab's page may be read in several frames: a seller console that shows its chat in a frame of
 * another origin (Shopify Inbox on *.shopifyapps.com inside admin.shopify.com, real-pages.md
 * "Iframes") has the conversation in the frame and only the console's shell at the top. Each frame's
 * page script sends its own snapshot; the panel follows the one that holds the most of the page, with
 * what the other frames read of the same order added (a console may show the order in one frame and
 * the conversation in another), and inserts into the frame that shows the conversation.
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

const FILLED = ['shop', 'orderId', 'buyer', 'items', 'amounts', 'orderStage', 'afterSales', 'logistics', 'messages'] as const;

/**
 * The tab's snapshot from its frames' (undefined when there is none): the best frame's, each field it
 * lacks taken from the next best frame that has it, when that frame reads no other order; and the frame
 * to insert into: the one whose conversation the snapshot shows, else the best.
 */
export function mergeFrames(frames: ReadonlyMap<number, PageSnapshot>): { snapshot: PageSnapshot; frameId: number } | undefined {
  const best = bestFrame(frames);
  if (best === undefined) return undefined;
  const out: PageSnapshot = { ...frames.get(best)!, confidence: { ...frames.get(best)!.confidence } };
  let frameId = best;
  const others = [...frames].filter(([id]) => id !== best).sort((a, b) => snapshotWeight(b[1]) - snapshotWeight(a[1]) || a[0] - b[0]);
  for (const [id, s] of others) {
    if (s.orderId && out.orderId && s.orderId !== out.orderId) continue;
    for (const k of FILLED) {
      if (out[k] !== undefined || s[k] === undefined || (k === 'messages' && !s.messages?.length)) continue;
      (out as unknown as Record<string, unknown>)[k] = s[k];
      const c = s.confidence[k];
      if (c !== undefined) out.confidence[k] = c;
      if (k === 'messages') frameId = id;
    }
  }
  return { snapshot: out, frameId };
}
