/**
 * A tab's page may be read in several frames: a seller console that shows its chat in a frame of
 * another origin (Shopify Inbox on *.shopifyapps.com inside admin.shopify.com, real-pages.md
 * "Iframes") has the conversation in the frame and only the console's shell at the top. Each frame's
 * page script sends its own snapshot; the panel follows the one that holds the most of the page, with
 * what the other frames read of the same order added (a console may show the order in one frame and
 * the conversation in another), and inserts into the frame that shows the conversation.
 */
import type { PageSnapshot } from './snapshot';

const FILLED = ['shop', 'orderId', 'buyer', 'items', 'amounts', 'orderStage', 'afterSales', 'logistics', 'messages'] as const;

/** How much of a page a snapshot holds: each field read counts, the order and the conversation most. */
export function snapshotWeight(s: PageSnapshot): number {
  let w = s.pageKind !== 'unknown' ? 1 : 0;
  for (const k of FILLED) if (k === 'messages' ? s.messages?.length : s[k]) w += k === 'orderId' || k === 'messages' ? 3 : 1;
  return w;
}

/** The frame whose snapshot holds the most (the top frame, id 0, on a tie); undefined when there is none. */
export function bestFrame(frames: ReadonlyMap<number, PageSnapshot>): number | undefined {
  let best: number | undefined;
  let weight = -1;
  for (const [id, s] of frames) {
    const w = snapshotWeight(s);
    if (w > weight || (w === weight && id < best!)) (best = id), (weight = w);
  }
  return best;
}

/**
 * The tab's snapshot from its frames' (undefined when there is none): the best frame's, each field it
 * lacks taken from another frame that has it, when that frame reads no other order; and the frame
 * to insert into: the one whose conversation the snapshot shows, else the best.
 */
export function mergeFrames(frames: ReadonlyMap<number, PageSnapshot>): Merge | undefined {
  const best = bestFrame(frames);
  if (best === undefined) return undefined;
  const out: PageSnapshot = { ...frames.get(best)!, confidence: { ...frames.get(best)!.confidence } };
  let frameId = best;
  for (const [id, s] of frames) {
    if (id === best || (s.orderId && out.orderId && s.orderId !== out.orderId)) continue;
    for (const k of FILLED) {
      if (out[k] !== undefined || !s[k] || (k === 'messages' && !s.messages!.length)) continue;
      (out as unknown as Record<string, unknown>)[k] = s[k];
      out.confidence[k] = s.confidence[k];
      if (k === 'messages') frameId = id;
    }
  }
  return { snapshot: out, frameId };
}

type Merge = { snapshot: PageSnapshot; frameId: number };
/** Same keys, each holding the same value (objects by identity). */
function sameFields(x: object, y: object): boolean {
  const a = x as Record<string, unknown>;
  const b = y as Record<string, unknown>;
  const keys = Object.keys(b);
  return keys.length === Object.keys(a).length && keys.every((k) => a[k] === b[k]);
}

/**
 * True when two merges hold the same frames' fields (each the same object) and insert into the same frame: a
 * busy frame whose reads the merge does not keep changed nothing worth saving again.
 */
export function sameMerge(a: Merge | undefined, b: Merge): boolean {
  return !!a && a.frameId === b.frameId && sameFields({ ...a.snapshot, confidence: 0 }, { ...b.snapshot, confidence: 0 }) && sameFields(a.snapshot.confidence, b.snapshot.confidence);
}
