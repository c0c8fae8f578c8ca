/** Display status strings → our order-stage and after-sales ids (seller-pages.md §9), and logistics event kinds (§10). */
import type { AfterSalesState, OrderStage, Platform } from '../../snapshot';

// Phrases per id, lower case, with a full-width comma (input commas are normalised to it).
// `phrase@platform` applies on that platform only. The longest phrase found wins (partially fulfilled over
// fulfilled), so a phrase is listed only when no shorter one of the same id inside it already decides.
const STAGE: Record<OrderStage, string> = {
  unpaid: '待买家付款|待付款|未付款|待支付|pending|authorized|partially paid|unpaid',
  to_ship:
    '等待卖家发货|部分发货|待发货|已付款|待出库|未发货|unshipped|unfulfilled|partially fulfilled|in progress|on hold|scheduled',
  shipped: '等待买家确认收货|已发货|待收货|等待确认收货|shipped|fulfilled',
  delivered: '已签收|已收货|已送达|delivered',
  completed: '交易成功|交易完成|已完成|completed',
  closed: '交易关闭|订单关闭|已关闭|未成交|取消|canceled|cancelled|voided|expired',
};

const AFTER: Record<AfterSalesState, string> = {
  none: '无售后|无售后或售后关闭|no refund',
  requested:
    '等待卖家同意|待商家处理|退款待处理|售后处理中|售后中|申请退款|申请售后|退款中|锁定@jd|refund requested|return requested',
  awaiting_return: '待买家退货|待用户发货|待用户寄回|同意退货|awaiting return|return approved',
  returned: '买家已退货|等待卖家确认收货|待商家收货|待卖家收货|return received|returned',
  refunded: '退款成功|已退款|退款完成|同意退款，退款中|refunded|refund issued',
  refused: '拒绝退款|待买家处理|驳回|refund declined|refund rejected',
  platform: '小二介入|客服介入|平台介入|平台处理中|平台仲裁|a-to-z|chargeback',
  closed:
    '退款关闭|退款已关闭|售后关闭|售后已关闭|平台拒绝退款，退款关闭|撤销|逾期|取消退款|换货成功|补寄成功|维修成功|拒收退款成功|refund closed|return closed',
};

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
const STAGES = table(STAGE);
const AFTERS = table(AFTER);

const norm = (s: string) => s.toLowerCase().replace(/,/g, '，').replace(/\s+/g, ' ');

/** The longest phrase of `rows` in `t`; Latin phrases only as whole words (shipped ≠ unshipped). */
function best<T>(t: string, rows: Row<T>[], platform?: Platform): Hit<T> | undefined {
  let hit: Hit<T> | undefined;
  for (const [id, phrase, only] of rows) {
    if (only && only !== platform) continue;
    for (let at = t.indexOf(phrase); at >= 0; at = t.indexOf(phrase, at + 1)) {
      if (/[a-z]/.test(t[at - 1] ?? '') || /[a-z]/.test(t[at + phrase.length] ?? '')) continue;
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
export function splitStatus(text: string, platform?: Platform): { stage?: OrderStage; afterSales?: AfterSalesState } {
  const t = norm(text);
  const a = best(t, AFTERS, platform);
  const rest = a ? `${t.slice(0, a.at)}|${t.slice(a.at + a.phrase.length)}` : t;
  const s = best(rest, STAGES, platform);
  let stage = s?.id;
  if (a?.id === 'refunded' && /^[未待]发货$/.test(s?.phrase ?? '')) stage = 'closed';
  return { ...(stage && { stage }), ...(a && { afterSales: a.id }) };
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
