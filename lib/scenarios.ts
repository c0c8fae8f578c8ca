/** The 18 scenario ids of shared/spec/scenarios.md (stable: code, scripts, stored data and evaluation use them). */

export const SCENARIO_IDS = [
  'return_refund', 'refund_only', 'exchange', 'quality_issue', 'wrong_item', 'urge_dispatch',
  'shipping_query', 'shipping_exception', 'change_order', 'price_protection', 'warranty_usage',
  'invoice', 'payment', 'complaint', 'review', 'cross_border', 'presale', 'other',
] as const;
export type ScenarioId = (typeof SCENARIO_IDS)[number];

/** Display names, zh and en. */
export const SCENARIO_LABELS: Readonly<Record<ScenarioId, { zh: string; en: string }>> = Object.freeze({
  return_refund: { zh: '退货退款', en: 'Return & refund' },
  refund_only: { zh: '仅退款', en: 'Refund only' },
  exchange: { zh: '换货', en: 'Exchange' },
  quality_issue: { zh: '质量问题', en: 'Quality issue' },
  wrong_item: { zh: '发错/漏发', en: 'Wrong or missing item' },
  urge_dispatch: { zh: '催发货', en: 'Chasing dispatch' },
  shipping_query: { zh: '物流查询', en: 'Where is my parcel' },
  shipping_exception: { zh: '物流异常', en: 'Delivery problem' },
  change_order: { zh: '改单/取消', en: 'Change or cancel order' },
  price_protection: { zh: '价保/补差', en: 'Price adjustment' },
  warranty_usage: { zh: '使用/保修', en: 'Usage & warranty' },
  invoice: { zh: '发票', en: 'Invoice' },
  payment: { zh: '支付', en: 'Payment' },
  complaint: { zh: '投诉/升级', en: 'Complaint' },
  review: { zh: '评价', en: 'Review' },
  cross_border: { zh: '跨境/海外', en: 'Cross-border' },
  presale: { zh: '售前咨询', en: 'Pre-sale question' },
  other: { zh: '其他', en: 'Other' },
});

/** True when `s` is one of the 18 ids. */
export function isScenarioId(s: unknown): s is ScenarioId {
  return typeof s === 'string' && (SCENARIO_IDS as readonly string[]).includes(s);
}
