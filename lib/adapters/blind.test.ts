/**
 * Pages written blind (fixtures/blind/<platform>/): each by someone who got only the platform's
 * description and public evidence (shared/spec/real-pages.md, seller-pages.md), never the readers.
 * Every listed fact is compared with what readPage reads; the figures are printed per platform and
 * per field, and the whole must stay at or above the floor (raise it as the reader improves).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PageSnapshot } from '../snapshot';
import { readPage } from './registry';

const NOW = new Date('2026-11-25T12:00:00+08:00');
/**
 * The sets and the share of their facts read right, at least. `blind`, `blind3`, `blind4`, `blind6`, `blind8`, `blind9`, `blind11`, `blind13`, `blind15`, `blind17`, `blind19`, `blind21`, `blind22`, `blind23`, `blind24`, `blind25`, `blind26`, `blind27`, `blind29`, `blind31`, `blind33`, `blind35`, `blind37` and `blind39` have been read
 * for errors while the reader was improved; `blind2`, `blind5`, `blind7`, `blind10`, `blind12`, `blind14`, `blind16`, `blind18`, `blind20`, `blind28`, `blind30`, `blind32`, `blind34`, `blind36` and `blind38` were written by other writers and are only ever
 * measured (their figures say how the reader does on pages it was not improved on).
 */
const FLOOR2 = 0.9;
const SETS = [
  { dir: join(import.meta.dirname, '../../fixtures/blind'), floor: 0.97 },
  { dir: join(import.meta.dirname, '../../fixtures/blind2'), floor: FLOOR2 },
  // Written blind later (JD, Douyin, Shopify, Taobao; four pages each, tables, price summaries, shop
  // switchers, folded older orders) and read for errors like `blind`.
  { dir: join(import.meta.dirname, '../../fixtures/blind3'), floor: 0.95 },
  // Written blind after the set-3 rules (JD, Amazon, Pinduoduo, Kuaishou): measured first (161/200 with
  // those rules, 135/200 with the reader they started from), then read for errors.
  { dir: join(import.meta.dirname, '../../fixtures/blind4'), floor: 0.95 },
  // Held out like `blind2`: Taobao, Douyin and Shopify pages written at the end of session 24, only
  // ever measured (84/111 with the reader that session started from, 98/111 with its last).
  { dir: join(import.meta.dirname, '../../fixtures/blind5'), floor: 0.88 },
  // Written blind in session 25 (all seven platforms and sites without an adapter: 有赞, WooCommerce;
  // order cards inside the conversation, tabbed order panels): measured first (224/309), then read for errors.
  { dir: join(import.meta.dirname, '../../fixtures/blind6'), floor: 0.95 },
  // Held out like `blind2` and `blind5`: written blind in session 25 after the set-6 rules, only ever
  // measured (153/178 with the reader that session started from, 159/178 when it was written).
  { dir: join(import.meta.dirname, '../../fixtures/blind7'), floor: 0.9 },
  // Written blind at the end of session 25, leaning on real-pages.md's evidenced hooks: measured first
  // (159/180), read for errors only for two evidenced shop selectors; in session 30 for an order page's
  // refund amount without a case state (a refund made: 176 → 177/180) and a 小计/数量 column (178/180).
  { dir: join(import.meta.dirname, '../../fixtures/blind8'), floor: 0.93 },
  // Written blind in session 26 (all seven platforms: after-sales pages with the return parcel beside
  // the shipment and negotiation histories, chats with the order card): measured first (160/194 with the
  // session's early rules), then read for errors.
  { dir: join(import.meta.dirname, '../../fixtures/blind9'), floor: 0.93 },
  // Held out like `blind2`, `blind5` and `blind7`: written blind in session 26 after that session's
  // rules (order pages and chats, all seven platforms and 有赞), only ever measured.
  { dir: join(import.meta.dirname, '../../fixtures/blind10'), floor: 0.9 },
  // Written blind in session 27 (all seven platforms and 小红书千帆: after-sales detail pages with their
  // state heading, to-do counters and negotiation history; chats about a case with pictures and order
  // cards): measured first (57/68 on its first five pages), then read for errors. Expectations follow
  // the snapshot's conventions where a writer's differed (the shipment, not the return parcel; a
  // shared order card is a system row), each noted in its evidence.
  { dir: join(import.meta.dirname, '../../fixtures/blind11'), floor: 0.95 },
  // Held out like `blind2`, `blind5`, `blind7` and `blind10`: written blind at the end of session 27
  // (order pages and chats: all seven platforms and a Magento 2 admin with a help-desk ticket), with
  // the snapshot's conventions in the brief; only ever measured (171/206 with the reader that session
  // started from, 176/206 with its last; 186/206 at the end of session 28).
  { dir: join(import.meta.dirname, '../../fixtures/blind12'), floor: 0.88 },
  // Written blind in session 28 (Shopify, Amazon, Kuaishou and a WooCommerce admin with a help-desk
  // ticket: order pages and chats whose order panel shows the buyer's orders, the current one open),
  // then read for errors: 72/100 with the reader that session started from (467d36d), 100/100 after.
  // Taobao, Pinduoduo, Douyin and JD pages were briefed too and had not arrived when it was added.
  { dir: join(import.meta.dirname, '../../fixtures/blind13'), floor: 0.95 },
  // Held out: the Douyin and JD pages briefed with set 13 arrived after its error analysis was done, so
  // they are only measured (47/48 with the session-start reader 467d36d, 47/48 with the session's last).
  { dir: join(import.meta.dirname, '../../fixtures/blind14'), floor: 0.9 },
  // Written blind in session 29 (brief /work/briefs/blind-pages-15.md: after-sales detail pages with a
  // negotiation history and a countdown, chats with pictures, emoji lines and shared cards, split parcels,
  // labels above or apart from their values), Taobao and Pinduoduo, then read for errors: 59/76 with the
  // reader that session started from (c25826b), 76/76 after.
  { dir: join(import.meta.dirname, '../../fixtures/blind15'), floor: 0.95 },
  // Held out: written blind from the same brief in session 29 (Kuaishou, Douyin, Shopify and Amazon
  // after-sales pages and chats, a JD chat) and only measured: 103/117 with the session-start reader
  // (c25826b), 104/117 after the set-15 rules, 106/117 at the end of session 29.
  { dir: join(import.meta.dirname, '../../fixtures/blind16'), floor: 0.88 },
  // Written blind in session 29 from the same brief (chats whose order has an after-sales case, and
  // after-sales pages at later moments: Kuaishou, Douyin, Shopify, Amazon, JD), then read for errors:
  // 123/149 with the session-start reader (c25826b), 124 with the set-15 rules, 148 after; 149 in session 30
  // (an A-to-z claim's amount is the case's refund).
  { dir: join(import.meta.dirname, '../../fixtures/blind17'), floor: 0.95 },
  // Held out: Taobao and Pinduoduo pages of that brief, only measured: 54/56 with the session-start
  // reader and with the session's last.
  { dir: join(import.meta.dirname, '../../fixtures/blind18'), floor: 0.9 },
  // Written blind in session 30 (brief /work/briefs/blind-pages-19.md: conversation lists with other buyers,
  // quoted, recalled and transferred messages, presale deposits, gifts, split parcels, negotiation histories),
  // then read for errors. Taobao and Pinduoduo: 69/75 with the session's reader before them, 75/75 after;
  // Kuaishou, Shopify and Amazon (fields rewritten from nested objects to the dotted keys): 70/73 with the
  // session-start reader (d4ec2ac), 71/73 with the reader when they arrived, 73/73 after.
  { dir: join(import.meta.dirname, '../../fixtures/blind19'), floor: 0.95 },
  // Held out: one page per platform from the same brief by another writer (chats with conversation lists,
  // after-sales pages with histories and countdowns, an order with split fulfilments), only measured:
  // 76/81 with the session-start reader (d4ec2ac) and with the session's reader when it arrived.
  { dir: join(import.meta.dirname, '../../fixtures/blind20'), floor: 0.9 },
  // Written blind in session 32 (same brief; a JD 咚咚 chat with a bot, a recalled and a transferred message,
  // quoted, picture and emoji bubbles, cards in the thread; a JD 服务单 with a negotiation history, the
  // return parcel beside the original shipment): 23/23 with the reader when they arrived.
  { dir: join(import.meta.dirname, '../../fixtures/blind21'), floor: 0.95 },
  // Written blind in session 33 (same brief, no search: a Pinduoduo 仅退款 case refused and taken over by the
  // platform with changed amounts; a shipped PDD order with a gift line, 改价 and 商家实收 beside 用户实付; a 抖店 order under
  // /ffa/order/detail with sub-order ids and a platform notice; a 抖店 return with the return parcel above the shipment; a Shopify
  // order partly fulfilled and partly refunded in £; a Seller Central buyer-messages thread with the order panel beside it and
  // another order folded under "Other orders from this buyer"; a 快手 客服 IM chat and a 快手 return first asked as an
  // exchange; a second Shopify order, partly refunded and archived): 105/112 as they arrived, 110/112 once a block under a header marked aria-expanded="false" counted as folded
  // (panel.ts) and the console's "买家从商品详情页进入" card stopped counting as the buyer's message (structure.ts).
  // Still missed: the shop in a switcher no public evidence names (the panel item's quantity, in a grid of cells
  // printed without spaces, is read since session 34: 124/125 with the page below). A sixth page, a second
  // 快手 chat, arrived later: 12/13 (a shared card without a price counted as a message), 13/13 after.
  { dir: join(import.meta.dirname, '../../fixtures/blind22'), floor: 0.95 },
  // Written blind in session 34 (same brief, no search) by five writers, measured as each arrived with the
  // reader of that moment, then read for errors: a 千牛 接待 chat (a broken-plates order, quote, recall, transfer,
  // an order card in the thread, an older order folded) and a Taobao 退货退款 case with the buyer's parcel on its
  // way back: 25/26 as they arrived (the order card's id and status in elements of their own), 26/26 after. A
  // Seller Central order with a return "Pending your authorization" and a Shopify Inbox conversation in its
  // inbox.shopifyapps.com frame: 20/25 as they arrived (the frame's host unknown, the case read as refunded), 25/25
  // after. A 快手 shipped order (gift line, 商家实收 beside 实付) and a 有赞 refund-only case taken over by 有赞客服: 23/23.
  // A 咚咚 chat (a to-ship order, address change, bot, transfer, recall, quote, a voice bubble shown only by its
  // class and length) and a completed JD order with a gift line and 商家应收 beside 用户实付: 21/22 as they arrived
  // (the voice bubble not counted), 22/22 after. Then, with the reader of that moment: a 飞鸽 chat with a stalled
  // parcel and a review threat and a PDD 仅退款 chat (26/26); a JD exchange 服务单 finished and a 抖店 仅退款 case
  // waiting with a countdown (23/24: a case whose status says 已完成 ends as its type ends, 24/24 after); a
  // delivered PDD order and a 快手 chat with an open return (25/25); a Seller Central buyer thread asking to cancel
  // and a completed 千牛 tp/detail order (22/22). The set as each page arrived: 185/193 (95.9 %).
  { dir: join(import.meta.dirname, '../../fixtures/blind23'), floor: 0.95 },
  // Written blind late in session 34 (same brief, no search), measured as each arrived, then read for errors:
  // a 千牛 接待 chat about a refund not yet in the buyer's 花呗 and a 抖店 presale order (定金/尾款): 23/24 as they
  // arrived (a case type "仅退款（未发货）" read as a second stage badge), 24/24 after. A Seller Central return in
  // transit with the refund to be issued and a 快手 仅退款 case taken over by the platform: 22/25 as they arrived
  // ("Authorized" with "Return in transit" as a second badge, 申请金额, "Refund amount to be issued"), 25/25 after.
  // A 咚咚 chat with an open repair 服务单 and a PDD return awaiting the buyer's parcel (26/26); a 飞鸽 chat with an
  // approved return and a Shopify order in € with a return in progress (27/27). As arrived: 98/102 (96.1 %).
  { dir: join(import.meta.dirname, '../../fixtures/blind24'), floor: 0.95 },
  // Written blind in session 54 (brief docs/blind-pages-brief.md, four writers, search allowed): a 千牛 order with three items
  // and a finished partial refund, a PDD chat with its order panel, a JD 服务单 awaiting the buyer's parcel, a 抖店 order
  // with a gift line, a 快手 仅退款 case refused, a Seller Central thread about a damaged item, a Shopify order unfulfilled
  // and partly refunded, and a WooCommerce order (no reader of its own). As arrived: 99/106 (93.4 %). Then read for errors,
  // 106/106 after: a tab strip's extra content (antd) is no tab, a log row's 买家 names no buyer, a currency printed after its
  // figure, what the page hides (display: none) has no labels, an order-id label owns a JD id of 16 digits, "No refunds or
  // returns for this order." is no case. The held-out set 10 read one fact more (193 → 194/200); every other set the same.
  { dir: join(import.meta.dirname, '../../fixtures/blind25'), floor: 0.95 },
  // Written blind in session 54 after set 25's rules (same brief, four other writers): a 千牛 接待 chat about a broken
  // zipper with a return requested and an older order folded, a 抖店 仅退款 case before shipping, a PDD order with 改价, a
  // 咚咚 chat about a new address before shipping, a 快手 live-stream order to ship, a Seller Central order (UK) with a
  // return pending authorisation, a Shopify Inbox conversation and an 有赞 order with a partial refund (no reader of its
  // own). As arrived: 88/100, with the session-start reader (cef0a1e) and with set 25's rules alike. Then read for errors,
  // 95/100: Shopify Inbox's own host (inbox.shopify.com), a parcel's 已签收 tag beside the order's 卖家已发货 is delivered,
  // 千牛's "买家正在看" card is no buyer message (set 9 read one fact more, 192 → 193/194), a list row linking to another
  // conversation names no goods, a table row of one cell across the columns (有赞's "包裹 - 1") heads a group and is no
  // item: 97/100. Still missed: goods without a picture element beside them, and a top bar naming the shop where Polaris
  // puts the user (its TopBar.UserMenu: name the user's, detail the shop's).
  { dir: join(import.meta.dirname, '../../fixtures/blind26'), floor: 0.95 },
  // Written blind at the end of session 54 (same brief, four writers) after sets 25 and 26 were read, measured as they
  // arrived, then read for errors: a Tmall refund with the buyer's parcel on its way back, a PDD 仅退款 case taken over by the platform, a
  // 飞鸽 chat about a parcel marked delivered and not received, a completed JD order with a 价保 refund, a 快手 chat about an
  // exchange, Seller Central's Manage Returns, a Shopify order with a return requested (£) and a Magento 2 order with a
  // credit memo (no reader of its own). As arrived: 92/106 (86.8 %) with the session-start reader (cef0a1e), 93/106 (87.7 %)
  // with the session's reader. Read: a courier's name before the number's label in a short line ("韵达快递 运单号：…"), and
  // Magento's order status "Complete" on a site without a reader, its "Total Refunded" (a bare whole number after an English
  // label counts goods: its quantity table's "Refunded 1"; the held-out set 12 read two facts more, 189 → 191/206): 96/106.
  // Then Manage Returns' open return among others (items of one kind, one aria-expanded="true": the others are other
  // orders), and a sentence's short words before a tracking number no prefix of it ("by buyer via UPS 1Z…"): 98/106. Left:
  // the return parcel there taken for the shipment, a 飞鸽 panel's 实付金额 beside a folded order's, a 价保 refund, the
  // returned item's card before the order's goods on Shopify, Magento's tracking number only in a comment.
  { dir: join(import.meta.dirname, '../../fixtures/blind27'), floor: 0.92 },
  // Held out: written blind at the end of session 54 (same brief, four writers) after sets 25–27 were read, and only ever
  // measured: a Taobao order to ship, a JD exchange 服务单 with the buyer's parcel received, a PDD chat about a 仅退款 for
  // a broken teapot, a 抖店 order closed and refunded, a 快手 return awaiting the buyer's parcel, a Shopify order (A$)
  // refunded in full, a Seller Central.de order unshipped and a 小红书千帆 chat (no reader of its own). 88/98 (89.8 %) with
  // the session-start reader (cef0a1e), 91/98 (92.9 %) with the session's last.
  { dir: join(import.meta.dirname, '../../fixtures/blind28'), floor: 0.94 },
  // Session 55, written blind by four writers (docs/blind-pages-brief.md): a 千牛 chat with a return awaiting the buyer's
  // parcel, a PDD order shipped with 极兔, a 飞鸽 chat about a parcel stalled in transit, a JD order completed with two
  // items, a 快手 order unpaid, a Shopify Inbox chat about a size exchange, a Seller Central message thread about a
  // damaged lamp and an 有赞 refund refused. 92/102 (90.2 %) as they arrived; 99/102 after reading them: a picture's
  // stand-in text before a name, 消费者实付, a store switcher named by its id, "Delivered Saturday, Nov 21", a bare
  // picture bubble placed by its row's direction, a goods marker on the name alone, a question after "Order status".
  // Session 56: 101/102 with the Inbox's messages drawn newest first (their times only fall) put back in order and its order
  // named by a link's text in the block that holds the parcel. Left: 有赞's shop only in a logo's title and a "team-name".
  { dir: join(import.meta.dirname, '../../fixtures/blind29'), floor: 0.99 },
  // Held out: written blind at the end of session 55 (same brief, four writers) after set 29 was read, and only ever
  // measured: a JD 咚咚 chat about a return, a 千牛 order completed after a partial refund, a PDD return received by the
  // shop's courier, a 快手 chat about a pre-sale, a 抖店 仅退款 awaiting the shop, a Seller Central.ca order unshipped, a
  // Shopify admin order in German (€, partly fulfilled) and a PrestaShop order (no reader of its own). 76/100 with the
  // session-start reader (a62510e), 77/100 with set 29's rules: the German admin (7 of 12) and PrestaShop (2 of 13) were
  // most of what is missed; 82/100 once German and French words were added from set 31 and the platforms' wording (this
  // page never read; but "Sendungsnummer", DHL's own word for a tracking number, was also named in this page's writer's
  // report: without it 80/100).
  { dir: join(import.meta.dirname, '../../fixtures/blind30'), floor: 0.8 },
  // Session 55, written blind by four writers after set 30 showed a German Shopify admin read poorly: the back offices of
  // the two international platforms in the interface languages their sellers use: Shopify's admin and Inbox and Seller
  // Central in 简体中文 (a Chinese cross-border seller's agent), Shopify and Seller Central.de in German, Shopify and
  // Seller Central.fr in French. 56/103 (54.4 %) as they arrived; 66/103 after: a page in Chinese (<html lang="zh-CN">)
  // of the two English-speaking platforms is read with both languages' words (lexicon.ts wordsOf), and Shopify's payment
  // summary in Chinese (客户已付款 / 已付款, 已退款); 76/103 with German and French words beside the English on a page in
  // those languages (stages, refunds, the money, status and parcel labels: lexicon.ts EU); 84/103 in session 56 with the
  // order number's German and French labels (a thread's order box names its order only so) and Zugestellt / Livrée beside
  // the parcel; 86/103 with 运输公司 / 承运人 and 跟踪编号 / 追踪编码 as carrier and tracking labels. Left: Seller Central's Chinese money and return wording (总计, 退货请求待处理: the writer's guesses, no public
  // evidence), the Inbox's order card.
  { dir: join(import.meta.dirname, '../../fixtures/blind31'), floor: 0.83 },
  // Held out: written blind at the end of session 55 (same brief, four writers) after set 31 was read, and only ever
  // measured: Shopify's admin (a full refund after a return, a partial fulfilment in CA$, an unpaid bank transfer) and Inbox
  // (a cancellation) and Seller Central (an unshipped order, a delivered order with a refund, a message thread about a
  // wrong item, Manage Returns) in 简体中文. 49/97 (50.5 %) with the session-start reader (a62510e), 73/97 (75.3 %) with
  // the session's last (both languages' words on a Chinese page of the two platforms); 78/97 in session 56 once 运输公司 /
  // 承运人 and 跟踪编号 / 追踪编码 labelled the carrier and the tracking number (chosen on set 31; these pages never read);
  // 79/97 with Manage Returns' open card (chosen on set 37); 81/97 with the Chinese admin's badges, tab title and
  // customer link, 82/97 with Seller Central's item-status-label and buyer link, 84/97 with 订单总额 (chosen on set 39).
  { dir: join(import.meta.dirname, '../../fixtures/blind32'), floor: 0.86 },
  // Session 56, written blind by four writers (same brief): a 千牛 仅退款 awaiting the shop on a shipped order, a PDD chat
  // about a stalled parcel, a 抖店 order completed after one item's partial refund, a JD return sent back and awaiting the
  // shop, a 快手 chat about a size exchange, a Shopify admin order (EUR, one item refunded), a Seller Central order with a
  // return request, and a 微店 order awaiting shipment (no reader of its own). 99/103 as they arrived; 102/103 after: a
  // single-page app's route after the URL's hash (#/pc-vue-order/orderDetail?orderId=…), the admin's tab title with the
  // order's name after the store's, and two figures under different paid labels read by the likelier label. Left: 微店's
  // shop, only in a header's "user-name".
  { dir: join(import.meta.dirname, '../../fixtures/blind33'), floor: 0.99 },
  // Held out: written blind in session 56 (same brief, four writers) after set 33 was read, and only ever measured: a
  // 小红书 千帆 order shipped and a 视频号小店 return awaiting the buyer's parcel (no reader of their own), a 千牛 order of
  // three items, a JD 咚咚 chat about an invoice, a 飞鸽 chat about returning shoes, a PDD return awaiting the buyer, a
  // Shopify order refunded after a return (GBP, Royal Mail) and a Seller Central.co.uk thread about a parcel marked
  // delivered. 100/105 with the session-start reader (e8e128a) and with the session's last.
  { dir: join(import.meta.dirname, '../../fixtures/blind34'), floor: 0.95 },
  // Session 56, written blind by four writers (same brief) after set 34: long, messy chats — a 千牛 chat moving to a second
  // order (recall, transfer, bot, voice, quote), a PDD chat with goods and order cards and a 补发, a 飞鸽 chat with a
  // complaint threat about a pre-sale, a JD 咚咚 chat about a repair (the buyer's other orders folded beside the open one),
  // a 快手 chat about a partial refund, an 有赞 chat about an address change, a Shopify Inbox chat (cancel, then a new
  // address) and a Seller Central thread about an invoice. 97/105 as they arrived; 103/105 after: a panel's own fold
  // toggle, not a folded order's inside it, says whether it is folded; 104/105 with a shop switcher's name
  // (shop-switch_name). Left: 有赞's buyer (a header's name with a subtitle inside it).
  { dir: join(import.meta.dirname, '../../fixtures/blind35'), floor: 0.99 },
  // Held out: written blind at the end of session 56 (same brief, four writers) after set 35 was read, and only ever
  // measured: a 千牛 return awaiting the shop's receipt, a 飞鸽 chat about a broken seal, a PDD order shipped, a 快手 仅退款
  // with the platform stepping in, Shopify Inbox and Seller Central.co.uk in 简体中文, a JD order of two items and a
  // WooCommerce order (EUR, partly refunded). 92/104 with the session-start reader (e8e128a) and with the session's last:
  // the Chinese Inbox's customer panel (Shopify 6 of 14) is most of what is missed.
  { dir: join(import.meta.dirname, '../../fixtures/blind36'), floor: 0.88 },
  // Session 56, written blind by four writers (same brief) after set 36: pages in the states less often met — a 千牛 order
  // closed after a refund before shipping, a PDD exchange with the replacement sent, a 抖店 return the shop refused, a JD
  // order sent in two parcels, a 快手 order unpaid, a Shopify order canceled and refunded (AUD), Seller Central's Manage
  // Returns and an 有赞 仅退款 refunded. 79/94 as they arrived; 84/94 after: parcels headed 包裹1 / 包裹2 give the first
  // one's number, 用户实付金额, the shop's refusal in the state's words (拒绝售后, 已拒绝), and a buyer's record of cases
  // (该买家近90天维权记录) is not the case's; 86/94 with Manage Returns' open card found among the others (it carries a
  // class more) and a contact link no buyer's when the page links several orders' buyers. Left: Manage Returns' money and
  // state, 有赞's refund page (its state only as a heading, its shop in a switcher's face), an unpaid order's amount due,
  // an exchange's state.
  { dir: join(import.meta.dirname, '../../fixtures/blind37'), floor: 0.91 },
  // Held out: written blind at the end of session 56 (same brief, four writers) after set 37 was read, and only ever
  // measured: a 千牛 chat adding an item and asking for an invoice, a 抖店 order sent in two parcels, a PDD chat after a
  // refused return, a JD exchange awaiting the buyer's parcel, a 快手 chat about a parcel marked delivered, a Shopify admin
  // order in 简体中文 with a return requested, a Seller Central.de order and a Shoplazza refund (no reader of its own).
  // 88/101 with the session-start reader (e8e128a), 89/101 with the session's last.
  { dir: join(import.meta.dirname, '../../fixtures/blind38'), floor: 0.88 },
  // Session 56, written blind by four writers (same brief) after set 38: the cross-border platforms in 简体中文 (Shopify's
  // admin twice, its Inbox, Seller Central's order and message thread) and Shopline, 有赞 and Shoplazza (no readers of
  // their own). 80/104 as they arrived; 86/104 after: the admin's <s-internal-badge>s beside the heading (real-pages.md:
  // the 2025 admin is mostly <s-*> components), the store before 订单 in the tab title, a customer link saying 查看;
  // 87/104 with Seller Central's item-status-label and buyer-name-with-link (a saved Seller Central page quoted in
  // public code); 90/104 with 订单总额 as the last of the paid labels (Seller Central's total in Chinese as three writers
  // wrote it); 91/104 with an admin's …/admin/orders/<id> read as an order's page. Left: the Chinese Inbox's customer
  // panel, Shopline's order facts (its Shopify-like admin read by no reader), the SaaS pages' shops and buyers.
  { dir: join(import.meta.dirname, '../../fixtures/blind39'), floor: 0.87 },
];

interface Expect {
  url: string;
  platform: string;
  pageKind: string;
  fields: Record<string, unknown>;
}

/** The value of one expected fact in a snapshot. */
export function factOf(s: PageSnapshot, key: string): unknown {
  if (key === 'lastBuyerMessage') return s.messages?.filter((m) => m.role === 'buyer').pop()?.text;
  if (key === 'buyerMessageCount') return s.messages?.filter((m) => m.role === 'buyer').length ?? 0;
  let v: unknown = s;
  for (const part of key.split('.')) v = v == null ? undefined : (v as Record<string, unknown>)[part];
  return v;
}

const norm = (v: unknown) => (typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : v);

const pagesOf = (dir: string) => existsSync(dir)
  ? readdirSync(dir).flatMap((p) => readdirSync(join(dir, p)).filter((f) => f.endsWith('.expect.json')).map((f) => join(dir, p, f)))
  : [];

describe('blind pages', () => {
  it.each(SETS.map((s) => [s.dir.split('/').pop()!, s] as const))('%s: reads at least the floor of their facts right', (_name, { dir: DIR, floor: FLOOR }) => {
    const pages = pagesOf(DIR);
    if (pages.length === 0) return;
    const byField = new Map<string, [number, number]>();
    const byPlatform = new Map<string, [number, number]>();
    const misses: string[] = [];
    for (const file of pages.sort()) {
      const e = JSON.parse(readFileSync(file, 'utf8')) as Expect;
      const html = readFileSync(file.replace(/\.expect\.json$/, '.html'), 'utf8');
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const s = readPage(doc, e.url, NOW);
      const facts: [string, unknown][] = [['platform', e.platform], ['pageKind', e.pageKind], ...Object.entries(e.fields)];
      for (const [k, want] of facts) {
        const got = k === 'platform' ? s.platform : k === 'pageKind' ? s.pageKind : factOf(s, k);
        const ok = norm(got) === norm(want);
        for (const [map, key] of [[byField, k], [byPlatform, e.platform]] as const) {
          const c = map.get(key) ?? [0, 0];
          map.set(key, [c[0] + (ok ? 1 : 0), c[1] + 1]);
        }
        if (!ok) misses.push(`${file.slice(DIR.length + 1)} ${k}: got ${JSON.stringify(got)?.slice(0, 100)}, want ${JSON.stringify(want)?.slice(0, 100)}`);
      }
    }
    const fmt = (m: Map<string, [number, number]>) => [...m].map(([k, [a, b]]) => `${k} ${a}/${b}`).join(' · ');
    const right = [...byPlatform.values()].reduce((a, [x]) => a + x, 0);
    const all = [...byPlatform.values()].reduce((a, [, y]) => a + y, 0);
    console.log(`blind pages: ${pages.length}, facts ${right}/${all} (${((right / all) * 100).toFixed(1)} %)\n  by platform: ${fmt(byPlatform)}\n  by field: ${fmt(byField)}\n  misses:\n    ${misses.join('\n    ')}`);
    expect(right / all).toBeGreaterThanOrEqual(FLOOR);
  });
});
