/** Display status strings → our order-stage and after-sales ids (seller-pages.md §9), and logistics event kinds (§10). */
import type { AfterSalesKind, AfterSalesState, OrderStage, Platform } from '../../snapshot';
import { ANY, memo, type Lexicon } from '../lexicon';

interface Hit<T> {
  id: T;
  phrase: string;
  at: number;
}

type Row<T> = [id: T, phrase: string, platform?: string];
const table = <T extends string>(t: Record<T, string>): Row<T>[] =>
  Object.entries<string>(t).flatMap(([id, s]) =>
    s.split('|').map((p): Row<T> => {
      const [phrase, only] = p.split('@');
      return [id as T, phrase, only];
    }),
  );
const rows = (lex: Lexicon) => memo(lex, 'status', () => [table(lex.stage), table(lex.after)] as const);

const norm = (s: string) => s.toLowerCase().replace(/,/g, '，').replace(/\s+/g, ' ');

// A state word that is denied names no state ("Refund status: Not refunded", "尚未退款").
// So does one still awaited ("等待交易完成": shipped, not completed).
const DENIED = /(?:\b(?:not|no|never)\s+(?:yet\s+)?|(?:未|没有|尚未|暂未|等待)\s*)$/;

/** The longest phrase of `rows` in `t`; Latin phrases only as whole words (shipped ≠ unshipped), never a denied one. */
function best<T>(t: string, rows: Row<T>[], platform?: Platform): Hit<T> | undefined {
  let hit: Hit<T> | undefined;
  for (const [id, phrase, only] of rows) {
    if (only && only !== platform) continue;
    for (let at = t.indexOf(phrase); at >= 0; at = t.indexOf(phrase, at + 1)) {
      if (/[a-z]/.test((t[at - 1] ?? '') + (t[at + phrase.length] ?? ''))) continue;
      if (DENIED.test(t.slice(Math.max(0, at - 12), at))) continue;
      if (!hit || phrase.length > hit.phrase.length) hit = { id, phrase, at };
      break;
    }
  }
  return hit;
}

/**
 * Stage and after-sales state of one status text. PDD joins them (`已发货，退款成功`); the after-sales
 * phrase is found first and cut out, the stage is read from what is left. An unshipped order whose
 * refund succeeded is closed.
 */
export function statusIn(lex: Lexicon, text: string, platform?: Platform): { stage?: OrderStage; afterSales?: AfterSalesState } {
  const [STAGES, AFTERS] = rows(lex);
  const t = norm(text);
  const a = best(t, AFTERS, platform);
  const rest = a ? `${t.slice(0, a.at)}|${t.slice(a.at + a.phrase.length)}` : t;
  const s = best(rest, STAGES, platform);
  let stage = s?.id;
  if (a?.id === 'refunded' && /^[未待]发货$/.test(s?.phrase ?? '')) stage = 'closed';
  return { ...(stage && { stage }), ...(a && { afterSales: a.id }) };
}

// What a case's type names; 仅退款 before 退货 ("已发货仅退款", "退货退款" is a return).
const KINDS: [AfterSalesKind, RegExp][] = [['exchange', /换货|exchange|replace/i], ['repair', /维修|返修|repair/i], ['refund', /仅退款|只退款|refund only/i], ['return', /退货|return/i]];

/** The kind of case a type label's value names, if any. */
export const caseKind = (v: string): AfterSalesKind | undefined => KINDS.find(([, re]) => re.test(v))?.[0];

/** splitStatus in both languages (tests, CLI); page readers call statusIn with their own lexicon. */
export function splitStatus(text: string, platform?: Platform): { stage?: OrderStage; afterSales?: AfterSalesState } {
  return statusIn(ANY, text, platform);
}

/** The order stage a status text names, if any. */
export function stageFromText(text: string, platform?: Platform): OrderStage | undefined {
  return splitStatus(text, platform).stage;
}

/** The after-sales state a status text names, if any. */
export function afterSalesFromText(text: string, platform?: Platform): AfterSalesState | undefined {
  return splitStatus(text, platform).afterSales;
}

export type LogisticsEventKind = 'picked_up' | 'in_transit' | 'out_for_delivery' | 'awaiting_pickup' | 'delivered' | 'exception';

// Checked in this order: trouble first, then the furthest step (a parcel 签收 by a 驿站 still waits for the buyer).
const EVENTS: [LogisticsEventKind, RegExp][] = [
  ['exception', /疑难|问题件|滞留|拒收|退回|退件|拦截|破损|异常|exception|delay|return(ed)? to sender|refused|damaged|undeliverable|held/i],
  ['awaiting_pickup', /驿站|快递柜|丰巢|取件码|自提|代收|ready for pickup|available for pickup|pickup point|locker/i],
  ['delivered', /签收|妥投|派送成功|delivered/i],
  ['out_for_delivery', /派送|派件|out for delivery/i],
  ['in_transit', /运输中|到达|发往|转运|已发出|离开|途中|in transit|arrived|departed|on the way/i],
  ['picked_up', /揽收|揽件|picked up|accepted|shipment received/i],
];

/** What a tracking event's words say happened (揽收, 运输中, 派送, 驿站, 签收, 拒收 …); undefined when unclear. */
export function logisticsEventKind(text: string): LogisticsEventKind | undefined {
  return EVENTS.find(([, re]) => re.test(text))?.[0];
}
