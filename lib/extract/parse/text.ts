/** Text helpers and the label dictionary shared by the page readers (seller-pages.md §1). */

/** Collapse all whitespace (incl. &nbsp;, full-width and zero-width spaces) to one space and trim. */
export function normText(s: string): string {
  // \s already covers U+00A0, U+3000 and U+FEFF; U+200B (zero-width) is not whitespace to JS.
  return s.replace(/[\s\u200b]+/g, ' ').trim();
}

/** Remove a leading `label` (and any ：/: after it) from `s`; `s` normalised, unchanged if it does not start with the label. */
export function stripLabel(s: string, label: string): string {
  const t = normText(s);
  const l = normText(label);
  if (!l || t.slice(0, l.length).toLowerCase() !== l.toLowerCase()) return t;
  return t.slice(l.length).replace(/^\s*[:：]?\s*/, '');
}

export type LabelKey =
  | 'orderId' | 'buyer' | 'paid' | 'shopReceives' | 'refund' | 'orderTime' | 'payTime' | 'courier' | 'trackingNo'
  | 'orderStatus' | 'afterSalesStatus' | 'afterSalesId' | 'returnAddress' | 'shop' | 'sku' | 'qty' | 'price' | 'latestEvent';

// One '|'-joined string per key keeps the table small in the content-script bundle.
// Most specific first. Money: 实收/应收 is what the shop gets after subsidies, never the buyer's payment,
// and 订单金额 is the pre-discount order amount, so neither sits under `paid`.
const RAW: Record<LabelKey, string> = {
  orderId: '订单编号|订单号|交易单号|订单ID|主订单编号|子订单编号|Order ID|Order #|Order number|Order No.',
  buyer: '买家昵称|买家账号|买家ID|会员名|买家|Buyer name|Buyer|Customer',
  paid: '实付款|实付金额|买家实付|实付|付款金额|支付金额|Order total|Total paid|Amount paid|Grand total',
  shopReceives: '实收金额|实收款|实收|应收金额|应收|商家实收|预计收入|Seller proceeds|Proceeds|Net payout',
  refund: '退款金额|申请退款金额|实退金额|退款总额|Refund amount|Refund total|Refunded|Refund',
  orderTime: '订单成交时间|下单时间|订单创建时间|创建时间|成交时间|Order date|Order placed|Purchase date|Placed on',
  payTime: '付款时间|支付时间|Payment date|Paid on',
  courier: '物流公司|快递公司|承运商|Shipping carrier|Carrier|Courier',
  trackingNo: '运单号|快递单号|物流单号|运单编号|Tracking ID|Tracking number|Tracking No.|Tracking #',
  orderStatus: '当前订单状态|订单状态|交易状态|Order status|Status',
  afterSalesStatus: '售后状态|退款状态|退货状态|服务单状态|Refund status|Return status',
  afterSalesId: '售后单号|售后编号|售后ID|退款编号|退款单号|服务单号|Return ID|Refund ID|RMA',
  returnAddress: '商家退货地址|退货地址|寄回地址|Return address',
  shop: '店铺名称|店铺名|店铺|商家名称|Store name|Store|Shop',
  sku: '颜色分类|购买规格|商品规格|规格|尺码|SKU|Variant',
  qty: '购买数量|数量|件数|Quantity|Qty',
  price: '商品单价|单价|价格|售价|Unit price|Item price|Price',
  latestEvent: '最新物流|物流信息|物流动态|物流轨迹|Latest update|Tracking details',
};

/** Visible field labels per field, zh and en, most specific first. */
export const LABELS = Object.fromEntries(
  Object.entries(RAW).map(([k, v]) => [k, v.split('|')]),
) as Record<LabelKey, string[]>;
