/**
 * The catalogue of next steps, in Chinese and English. Ids are stable: ticks are stored per order by
 * id, so rename a step only with a migration. Texts are guidance for the agent, not replies to send.
 */
import type { Due, StepDef } from '../types';

const respond: Due = { kind: 'respond_refund_request', from: 'state_since' };
const returnShip: Due = { kind: 'buyer_return_shipping', from: 'state_since' };
const receipt: Due = { kind: 'confirm_return_receipt', from: 'state_since' };
const evidence: Due = { kind: 'upload_evidence', from: 'state_since' };
const dispatch: Due = { kind: 'ship_after_payment', from: 'order_paid' };
const reply: Due = { kind: 'reply_buyer_message', from: 'last_buyer_message' };

export const STEP_DEFS = {
  // ── De-escalation (risk flags, complaints) ──────────────────────────────────────────────
  'calm.acknowledge': {
    actor: 'seller',
    due: reply,
    text: {
      zh: '先回应情绪：用自己的话复述买家的问题，让对方知道有人在认真处理，不辩解、不争论。',
      en: "Answer the feeling first: put the buyer's problem in your own words so they know someone is on it. No excuses, no arguing.",
    },
  },
  'calm.apologise': {
    actor: 'seller',
    text: {
      zh: '为这次不愉快的体验道歉（为体验道歉，不等于承认责任）。',
      en: 'Apologise for the bad experience (being sorry for how it went is not admitting fault).',
    },
  },
  'calm.escalate_lead': {
    actor: 'seller',
    text: {
      zh: '提到律师、起诉或媒体曝光：马上报告主管，统一答复口径，不要在聊天里自己承诺或争辩。',
      en: 'Lawyer, lawsuit or media mentioned: tell your lead now and agree on one answer; do not promise or argue in chat on your own.',
    },
  },
  'calm.abuse_boundary': {
    actor: 'seller',
    text: {
      zh: '买家出言不逊时保持礼貌、不回击，平静地把话题拉回解决问题；持续辱骂可按平台规则举报。',
      en: 'If the buyer is abusive, stay polite and do not hit back; steer calmly back to the fix. Report ongoing abuse under the platform rules.',
    },
  },
  'calm.no_review_trade': {
    actor: 'seller',
    text: {
      zh: '买家拿差评施压时，不要用补偿“换好评”；把问题本身解决好，按平台规则处理评价。',
      en: 'When a bad review is used as leverage, do not buy it off; solve the actual problem and handle the review under the platform rules.',
    },
  },
  'calm.facts': {
    actor: 'seller',
    text: {
      zh: '核实事实：订单信息、商品照片或视频、物流轨迹、之前的聊天记录。',
      en: 'Get the facts: the order, photos or video of the item, the tracking, the chat so far.',
    },
    check: { zh: '订单、照片/视频、物流、聊天记录', en: 'order, photos/video, tracking, chat history' },
  },
  'calm.solution_time': {
    actor: 'seller',
    text: {
      zh: '给出一个明确的解决方案和时间点（如“今天18点前给您答复”），只承诺店铺做得到的事。',
      en: "Offer one clear solution with a time (\"I'll come back to you by 6 pm today\"); promise only what the shop can actually do.",
    },
  },
  'calm.follow_up': {
    actor: 'seller',
    text: {
      zh: '跟进到问题关闭：设好提醒，到约定时间主动告诉买家进展。',
      en: 'Follow up until it is closed: set a reminder and update the buyer at the time you promised.',
    },
  },
  'calm.record': {
    actor: 'seller',
    text: {
      zh: '记录本次情况（起因、给出的方案、结果），写进订单备注。',
      en: 'Record the case (cause, what was offered, outcome) in a note on the order.',
    },
  },

  // ── After-sales case: request open ──────────────────────────────────────────────────────
  'case.review_request': {
    actor: 'seller',
    due: respond,
    text: {
      zh: '查看售后申请：退款原因、买家上传的照片凭证、签收是否在7天无理由期内、商品是否还能二次销售。',
      en: "Review the request: the reason, the buyer's photos, whether delivery was within the 7-day no-reason window, and whether the goods can still be resold.",
    },
    check: { zh: '申请原因、照片凭证、签收日期、商品状态', en: 'reason, photos, delivery date, condition of the goods' },
  },
  'return.send_address': {
    actor: 'seller',
    due: respond,
    text: {
      zh: '同意退货并发送退货地址（收件人、电话、地址），提醒买家不要寄到付，包裹里附上订单号。',
      en: 'Approve the return and send the return address (name, phone, address); ask the buyer not to ship cash-on-delivery and to put the order number in the parcel.',
    },
  },
  'case.refuse_with_reason': {
    actor: 'seller',
    due: respond,
    text: {
      zh: '不符合条件的，在时限内拒绝并写清理由、附上凭证；不要拖到系统自动同意。',
      en: 'If it does not qualify, refuse before the deadline with a clear reason and evidence; do not let it run out into an automatic approval.',
    },
  },
  'refund.check_dispatch': {
    actor: 'seller',
    text: {
      zh: '确认订单是否已经出库：还没发的马上通知仓库拦下，免得退款后货又发出去。',
      en: 'Check whether the order has left the warehouse; if not, stop it now so nothing ships after the refund.',
    },
    check: { zh: '仓库/出库状态', en: 'warehouse and dispatch status' },
  },
  'refund.agree': {
    actor: 'seller',
    due: respond,
    text: {
      zh: '符合条件就尽快同意退款，并告诉买家大概多久到账（一般原路退回）。',
      en: 'If it qualifies, approve the refund promptly and tell the buyer when to expect the money (usually back to the original payment method).',
    },
  },
  'refund.partial_offer': {
    actor: 'seller',
    text: {
      zh: '买家已收到货、想留下商品时，可以协商部分退款；说清金额，并在平台上操作。',
      en: 'If the buyer has the goods and wants to keep them, you can agree a partial refund; state the amount and do it through the platform.',
    },
    offer: { zh: '部分退款（商品留下）', en: 'partial refund (buyer keeps the item)' },
  },
  'refund.ask_reason': {
    actor: 'seller',
    text: {
      zh: '先问清退款原因：没收到货、商品有问题还是不想要了，不同原因走不同流程。',
      en: 'Ask why first: not received, something wrong with the item, or a change of mind. Each one takes a different route.',
    },
  },
  'refund.guide_apply': {
    actor: 'seller',
    text: {
      zh: '引导买家在订单页申请“仅退款”，说明处理需要多长时间。',
      en: 'Guide the buyer to request a refund (refund only) from the order page and say how long it takes.',
    },
  },
  'refund.unpaid': {
    actor: 'seller',
    text: {
      zh: '订单还没付款，没有扣钱：买家直接取消订单即可。',
      en: 'The order is not paid, so no money was taken: the buyer can simply cancel it.',
    },
  },
  'refund.check_status': {
    actor: 'seller',
    text: {
      zh: '订单已关闭：查一下是否已经退款、退到哪里，把进度和到账时间告诉买家。',
      en: 'The order is closed: check whether a refund was made and where it went, then tell the buyer the status and when it lands.',
    },
    check: { zh: '退款记录和时间', en: 'refund record and time' },
  },
  'exchange.confirm_stock': {
    actor: 'seller',
    text: {
      zh: '确认要换的尺码/颜色/型号有货，并和买家核对清楚。',
      en: 'Check that the size, colour or model to swap to is in stock, and confirm it with the buyer.',
    },
    check: { zh: '库存、买家要换的规格', en: 'stock, the exact variant wanted' },
  },
  'exchange.send_address': {
    actor: 'seller',
    due: respond,
    text: {
      zh: '同意换货并发送退回地址，说明收到旧件后会寄出新的。',
      en: 'Approve the exchange and send the return address; explain that the new item goes out once the old one arrives.',
    },
  },
  'exchange.guide_apply': {
    actor: 'seller',
    text: {
      zh: '引导买家在订单页申请换货；平台不支持换货的，就退货后重新下单。',
      en: 'Guide the buyer to request an exchange on the order page; where the platform has no exchange option, return and reorder.',
    },
  },
  'exchange.send_replacement': {
    actor: 'seller',
    due: receipt,
    text: {
      zh: '验货无误后寄出新商品，把新的快递单号发给买家。',
      en: 'Once the returned item checks out, ship the replacement and send the buyer the new tracking number.',
    },
  },

  // ── After-sales case: goods on their way back ───────────────────────────────────────────
  'return.address_sent': {
    actor: 'seller',
    text: {
      zh: '确认买家已经拿到退货地址和寄回注意事项。',
      en: 'Make sure the buyer has the return address and the instructions for sending it back.',
    },
  },
  'return.remind_tracking': {
    actor: 'seller',
    due: returnShip,
    text: {
      zh: '提醒买家尽快寄回并在平台填写退货单号；买了运费险的，告诉对方怎么理赔运费。',
      en: 'Remind the buyer to ship it soon and enter the return tracking number on the platform; if they have return-shipping insurance, explain how to claim.',
    },
  },
  'return.buyer_ships': {
    actor: 'buyer',
    due: returnShip,
    text: {
      zh: '买家寄回商品，并在平台上填写退货物流单号。',
      en: 'The buyer ships the item back and enters the return tracking number on the platform.',
    },
  },
  'return.set_watch': {
    actor: 'seller',
    text: {
      zh: '设一个提醒，按时查看退货包裹的物流。',
      en: 'Set a reminder to check on the return parcel.',
    },
  },
  'return.confirm_receipt': {
    actor: 'seller',
    due: receipt,
    text: {
      zh: '查看退货物流，包裹签收后及时确认收货。',
      en: 'Track the return parcel and confirm receipt as soon as it arrives.',
    },
    check: { zh: '退货单号、签收状态', en: 'return tracking number, delivery status' },
  },
  'return.inspect': {
    actor: 'seller',
    text: {
      zh: '拆包验货：商品、配件、吊牌和包装是否齐全完好，拍照或录像留证。',
      en: 'Unpack and inspect: are the item, accessories, tags and packaging complete and undamaged? Keep photos or a video.',
    },
    check: { zh: '商品、配件、吊牌、包装；开箱照片/视频', en: 'item, accessories, tags, packaging; unboxing photos or video' },
  },
  'return.refund': {
    actor: 'seller',
    due: receipt,
    text: {
      zh: '验货没问题就在时限内退款，并告诉买家到账时间。',
      en: 'If everything checks out, refund before the deadline and tell the buyer when the money arrives.',
    },
  },
  'return.dispute_condition': {
    actor: 'seller',
    due: receipt,
    text: {
      zh: '如有缺件、损坏或不是原商品，在时限内带上开箱照片/视频拒绝，并写明理由。',
      en: 'If parts are missing, it is damaged, or it is not the original item, refuse before the deadline with the unboxing photos or video and a clear reason.',
    },
  },
  'return.check_eligibility': {
    actor: 'seller',
    text: {
      zh: '核对退货条件：签收是否在7天内、商品和包装是否完好、退货原因（质量问题由店铺承担运费）。',
      en: 'Check eligibility: delivered within 7 days? item and packaging intact? what is the reason (for a fault, the shop pays return shipping)?',
    },
    check: { zh: '签收日期、商品状态、退货原因', en: 'delivery date, condition of the goods, reason' },
  },
  'return.guide_apply': {
    actor: 'seller',
    text: {
      zh: '引导买家在订单页申请退货退款并选对原因；买了运费险的提醒可以理赔运费。',
      en: 'Guide the buyer to open a return & refund request from the order page with the right reason; mention return-shipping insurance if they have it.',
    },
  },

  // ── After-sales case: settled, refused, with the platform, closed ────────────────────────
  'refunded.confirm': {
    actor: 'seller',
    text: {
      zh: '告诉买家退款已经完成，以及到账时间（原路退回，一般1–3个工作日，部分银行卡更久）。',
      en: 'Tell the buyer the refund is done and when it lands (back to the original payment method, usually 1–3 business days, longer for some cards).',
    },
  },
  'refunded.follow_up': {
    actor: 'seller',
    text: {
      zh: '买家说没到账的，请对方在支付渠道里查退款记录，需要时提供退款凭证。',
      en: "If the buyer says it hasn't arrived, ask them to check the refund record in their payment app, and share the refund proof if needed.",
    },
  },
  'refunded.invite_review': {
    actor: 'seller',
    text: {
      zh: '问题解决后，礼貌地邀请买家对这次服务做个评价（不诱导好评，不承诺返现）。',
      en: 'Once it is sorted, politely invite the buyer to rate the service (no steering toward a good review, no cash-back).',
    },
  },
  'refused.explain': {
    actor: 'seller',
    text: {
      zh: '平和地向买家说明拒绝的原因和依据。',
      en: 'Explain calmly why the request was refused and what the decision rests on.',
    },
  },
  'refused.offer_alternatives': {
    actor: 'seller',
    text: {
      zh: '给出店铺能做到的替代方案。',
      en: 'Offer what the shop can do instead.',
    },
    offer: { zh: '换货 / 维修 / 部分退款 / 优惠券', en: 'exchange / repair / partial refund / coupon' },
  },
  'refused.prepare_evidence': {
    actor: 'seller',
    text: {
      zh: '买家可能重新申请或申请平台介入：提前整理好证据（照片、物流、聊天记录）。',
      en: 'The buyer may re-apply or ask the platform to step in: get the evidence ready now (photos, tracking, chat).',
    },
    check: { zh: '照片、物流、聊天记录', en: 'photos, tracking, chat history' },
  },
  'platform.upload_evidence': {
    actor: 'seller',
    due: evidence,
    text: {
      zh: '在时限内上传证据：聊天记录、商品照片或验货视频、物流轨迹、发货凭证。',
      en: 'Upload evidence before the deadline: chat history, product photos or inspection video, tracking, proof of shipment.',
    },
    check: { zh: '聊天记录、照片/视频、物流、发货凭证', en: 'chat history, photos/video, tracking, proof of shipment' },
  },
  'platform.stay_calm': {
    actor: 'seller',
    text: {
      zh: '聊天里保持冷静礼貌：不施压、不争辩，所有沟通都留在平台内。',
      en: 'Stay calm and polite in chat: no pressure, no arguing, and keep all contact on the platform.',
    },
  },
  'platform.offer_settlement': {
    actor: 'seller',
    text: {
      zh: '确实是店铺的责任时，主动提出公平的解决方案，这是结案最快的方式。',
      en: 'If the shop is at fault, offer a fair settlement yourself; it is the fastest way to close the case.',
    },
    offer: { zh: '退款 / 补偿', en: 'refund / compensation' },
  },
  'platform.follow_decision': {
    actor: 'platform',
    text: {
      zh: '关注平台的处理结果，按判定执行并记录下来。',
      en: "Watch for the platform's decision, carry it out and record it.",
    },
  },
  'closed.check_reason': {
    actor: 'seller',
    text: {
      zh: '确认售后关闭的原因：买家撤销、超时，还是平台判定。',
      en: 'Check why the case closed: the buyer withdrew, it timed out, or the platform decided.',
    },
  },
  'closed.ask_needs': {
    actor: 'seller',
    text: {
      zh: '问问买家问题是否已经解决，还有没有需要帮忙的。',
      en: 'Ask the buyer whether the problem is solved and whether they need anything else.',
    },
  },

  // ── Quality, wrong item ─────────────────────────────────────────────────────────────────
  'quality.ask_evidence': {
    actor: 'seller',
    text: {
      zh: '请买家拍下问题部位的照片或视频（连同外包装和快递面单），确认问题。',
      en: 'Ask for photos or a video of the fault (with the outer box and shipping label) to confirm the problem.',
    },
    check: { zh: '照片/视频、外包装、快递面单', en: 'photos/video, outer box, shipping label' },
  },
  'quality.troubleshoot': {
    actor: 'seller',
    text: {
      zh: '先排除使用方法的问题：给出正确用法或简单的排查步骤。',
      en: 'Rule out a usage problem first: share the right way to use it or a quick troubleshooting step.',
    },
  },
  'quality.offer_remedy': {
    actor: 'seller',
    text: {
      zh: '确认是质量问题后，让买家选择维修、换货或退货退款，来回运费由店铺承担。',
      en: 'Once the fault is confirmed, let the buyer choose repair, exchange or return & refund, with shipping both ways paid by the shop.',
    },
    offer: {
      zh: '维修 / 换货 / 退货退款（店铺承担运费）；不想寄回可协商部分退款',
      en: "repair / exchange / return & refund at the shop's cost; a partial refund if they'd rather keep it",
    },
  },
  'quality.record_batch': {
    actor: 'seller',
    text: {
      zh: '记下问题和批次，反馈给仓库或供应商。',
      en: 'Log the fault and the batch, and pass it on to the warehouse or supplier.',
    },
  },
  'wrong.apologise': {
    actor: 'seller',
    text: {
      zh: '先道歉，告诉买家会马上处理。',
      en: "Apologise first and tell the buyer you'll sort it out right away.",
    },
  },
  'wrong.verify': {
    actor: 'seller',
    text: {
      zh: '请买家拍下收到的商品和标签，对照下单规格和出库记录（称重、打包照片）。',
      en: 'Ask for a photo of what arrived and its label; compare it with the ordered variant and the packing record (weight, packing photo).',
    },
    check: { zh: '实物照片、标签、下单规格、出库记录', en: 'photo of the item, label, ordered variant, packing record' },
  },
  'wrong.reship': {
    actor: 'seller',
    text: {
      zh: '尽快补发正确或漏发的商品，把新单号发给买家。',
      en: 'Ship the right or missing item quickly and send the buyer the new tracking number.',
    },
    offer: { zh: '补发正确商品', en: 'reship the right item' },
  },
  'wrong.return_wrong': {
    actor: 'seller',
    text: {
      zh: '安排错发商品退回，运费由店铺承担（上门取件或补运费）；价值低的可以让买家留下。',
      en: "Arrange the wrong item's return at the shop's cost (pickup or a shipping refund); for low-value items you can let the buyer keep it.",
    },
  },
  'wrong.record_warehouse': {
    actor: 'seller',
    text: {
      zh: '把错发、漏发的情况反馈给仓库，避免再次发生。',
      en: 'Tell the warehouse what went wrong so it does not happen again.',
    },
  },

  // ── Dispatch and delivery ───────────────────────────────────────────────────────────────
  'dispatch.check_stock': {
    actor: 'seller',
    text: {
      zh: '查库存和仓库排单，确认实际能发货的时间。',
      en: 'Check stock and the warehouse queue to find out when it can really ship.',
    },
    check: { zh: '库存、仓库排单', en: 'stock, warehouse queue' },
  },
  'dispatch.promise_time': {
    actor: 'seller',
    due: dispatch,
    text: {
      zh: '给买家一个真实的发货时间（不要只说“尽快”），不能超过平台的发货时限。',
      en: "Give the buyer a real dispatch time (not just 'soon'), within the platform's shipping promise.",
    },
  },
  'dispatch.set_reminder': {
    actor: 'seller',
    text: {
      zh: '设一个提醒：发货后把快递公司和单号发给买家。',
      en: 'Set a reminder to send the courier and tracking number once it ships.',
    },
  },
  'dispatch.offer_cancel': {
    actor: 'seller',
    text: {
      zh: '确实发不出来时如实说明，主动提出取消订单并退款。',
      en: 'If it really cannot ship in time, say so honestly and offer to cancel and refund.',
    },
    offer: { zh: '取消订单并退款', en: 'cancel and refund' },
  },
  'shipping.share_tracking': {
    actor: 'seller',
    text: {
      zh: '查物流，把快递公司、单号和最新进度发给买家。',
      en: 'Look up the tracking and send the buyer the courier, tracking number and latest update.',
    },
    check: { zh: '快递单号、最新轨迹', en: 'tracking number, latest event' },
  },
  'shipping.estimate': {
    actor: 'seller',
    text: {
      zh: '根据物流轨迹告诉买家预计什么时候送到。',
      en: 'From the tracking, tell the buyer when it should arrive.',
    },
  },
  'shipping.pickup_point': {
    actor: 'seller',
    text: {
      zh: '显示已签收：告诉买家签收地点（驿站、快递柜或代收人）。',
      en: 'Marked delivered: tell the buyer where it was left (pickup point, locker, or who signed).',
    },
  },
  'shipping.check_tracking': {
    actor: 'seller',
    text: {
      zh: '查看物流：最后一次更新的时间和地点，有没有“问题件、滞留、退回”之类的状态。',
      en: "Check the tracking: when and where it last moved, and any 'problem parcel', 'held' or 'returning' status.",
    },
    check: { zh: '最新轨迹的时间和地点、异常状态', en: 'time and place of the last event, exception status' },
  },
  'shipping.courier_ticket': {
    actor: 'seller',
    text: {
      zh: '联系快递公司或网点登记工单（催件、查件、破损或丢件理赔）。',
      en: 'Open a ticket with the courier or the local depot (chase, trace, or a damage or loss claim).',
    },
  },
  'shipping.update_buyer': {
    actor: 'seller',
    text: {
      zh: '告诉买家正在跟进，并约好下次更新进展的时间。',
      en: "Tell the buyer you're on it and when you'll next update them.",
    },
  },
  'shipping.offer_reship_refund': {
    actor: 'seller',
    text: {
      zh: '确认丢件或破损的，不用让买家等快递理赔，直接补发或退款。',
      en: "If it's lost or damaged, don't make the buyer wait for the courier's claim: reship or refund now.",
    },
    offer: { zh: '补发 / 退款', en: 'reship / refund' },
  },
  'shipping.proof_of_delivery': {
    actor: 'seller',
    text: {
      zh: '显示签收但没收到：请买家问问家人、门卫、驿站或快递柜，同时向快递要签收凭证。',
      en: 'Shows delivered but not received: ask the buyer to check with family, reception, pickup points or lockers, and ask the courier for proof of delivery.',
    },
    check: { zh: '签收凭证、签收地点', en: 'proof of delivery, where it was left' },
  },
  'shipping.intercept': {
    actor: 'seller',
    text: {
      zh: '包裹还在路上：联系快递拦截退回，或请买家拒收；包裹退回途中即可给买家退款。',
      en: 'Parcel still in transit: ask the courier to intercept it, or let the buyer refuse delivery; refund once it is on its way back.',
    },
    check: { zh: '物流状态', en: 'tracking status' },
  },

  // ── Order changes ──────────────────────────────────────────────────────────────────────
  'change.unpaid': {
    actor: 'seller',
    text: {
      zh: '订单还没付款：买家可以自己修改，或者取消后重新下单。',
      en: 'Not paid yet: the buyer can edit it themselves, or cancel and order again.',
    },
  },
  'change.check_dispatch': {
    actor: 'seller',
    text: {
      zh: '先确认是否已经打包或出库，只有没发货才能改。',
      en: 'First check whether it has been packed or shipped; changes only work before dispatch.',
    },
    check: { zh: '打包/出库状态', en: 'packing and dispatch status' },
  },
  'change.edit_order': {
    actor: 'seller',
    text: {
      zh: '在后台修改地址、电话或规格（或按买家要求取消），改好后把新信息发给买家核对。',
      en: 'Change the address, phone or variant in the back office (or cancel if asked), then send the new details back to the buyer to confirm.',
    },
    check: { zh: '完整的新地址、收件人、电话', en: 'full new address, recipient, phone' },
  },
  'change.note_order': {
    actor: 'seller',
    text: {
      zh: '在订单备注里写明改动，提醒仓库按新信息发货。',
      en: 'Put the change in the order remark so the warehouse ships with the new details.',
    },
  },
  'change.redirect': {
    actor: 'seller',
    text: {
      zh: '已经发货：联系快递改派地址（可能要加钱），或者拦截后重新发出。',
      en: 'Already shipped: ask the courier to redirect it (it may cost extra), or intercept it and send again.',
    },
  },
  'change.after_delivery': {
    actor: 'seller',
    text: {
      zh: '已经收货：按退货或换货的流程处理。',
      en: 'Already delivered: handle it as a return or an exchange.',
    },
  },

  // ── Money, paperwork, cross-border ──────────────────────────────────────────────────────
  'price.check_rules': {
    actor: 'seller',
    text: {
      zh: '核对价保规则：下单时间、现在的价格、店铺的价保期和活动规则、优惠券有没有用上。',
      en: "Check the rules: order date, today's price, the shop's price-protection window and promo terms, and whether the coupon applied.",
    },
    check: { zh: '下单时间、价格变化、活动规则、优惠券', en: 'order date, price change, promo terms, coupon' },
  },
  'price.refund_difference': {
    actor: 'seller',
    text: {
      zh: '符合价保的，用部分退款补差价，告诉买家金额和到账时间。',
      en: 'If it qualifies, refund the difference as a partial refund and tell the buyer the amount and when it arrives.',
    },
    offer: { zh: '补差价（部分退款）', en: 'the difference, as a partial refund' },
  },
  'price.explain_goodwill': {
    actor: 'seller',
    text: {
      zh: '不符合的，礼貌地说明规则，可以送一张优惠券表示心意。',
      en: "If it doesn't qualify, explain the rule politely; a coupon can be a goodwill gesture.",
    },
    offer: { zh: '优惠券', en: 'a coupon' },
  },
  'invoice.collect_details': {
    actor: 'seller',
    text: {
      zh: '确认发票类型（普票、专票、电子发票）、抬头、税号和接收邮箱。',
      en: 'Confirm the invoice type (standard, VAT special, e-invoice), the name on it, the tax ID and the email to send it to.',
    },
    check: { zh: '发票类型、抬头、税号、邮箱', en: 'invoice type, name, tax ID, email' },
  },
  'invoice.promise_time': {
    actor: 'seller',
    text: {
      zh: '告诉买家开票时间（例如确认收货后几个工作日内）。',
      en: 'Tell the buyer when it will be issued (for example within a few business days of delivery).',
    },
  },
  'invoice.send': {
    actor: 'seller',
    text: {
      zh: '开好后发给买家并请对方核对；有错就作废重开。',
      en: 'Send it once issued and ask the buyer to check it; if anything is wrong, void it and issue a new one.',
    },
  },
  'payment.check_status': {
    actor: 'seller',
    text: {
      zh: '查看订单的付款状态和时间，请买家提供支付记录截图。',
      en: "Check the order's payment status and time; ask the buyer for a screenshot of the payment record.",
    },
    check: { zh: '付款状态、支付记录', en: 'payment status, payment record' },
  },
  'payment.duplicate': {
    actor: 'seller',
    text: {
      zh: '重复扣款：看是否生成了两笔订单，取消多的一笔并退款；没生成订单的扣款一般会自动退回。',
      en: 'Charged twice: see whether two orders were created and cancel and refund the extra one; a charge without an order usually reverses by itself.',
    },
  },
  'payment.explain_methods': {
    actor: 'seller',
    text: {
      zh: '说明可用的支付方式、分期和优惠；支付通道故障请买家联系平台或支付机构客服。',
      en: "Explain the payment methods, instalments and discounts on offer; for a payment-channel fault, point the buyer to the platform's or payment provider's support.",
    },
  },
  'xb.customs_id': {
    actor: 'buyer',
    text: {
      zh: '清关需要实名信息时，请买家在平台页面填写，不要在聊天里发身份证号。',
      en: "If customs needs the buyer's real-name ID, have them enter it on the platform's page, never in chat.",
    },
  },
  'xb.duty': {
    actor: 'seller',
    text: {
      zh: '说明税费：由谁承担、大约多少、什么时候收。',
      en: 'Explain duties and taxes: who pays, roughly how much, and when they are charged.',
    },
  },
  'xb.tracking': {
    actor: 'seller',
    text: {
      zh: '提供国际物流单号，说明清关和国内段的大致时效。',
      en: 'Share the international tracking number and the usual time for customs and the final leg.',
    },
    check: { zh: '国际物流单号、清关状态', en: 'international tracking number, customs status' },
  },
  'xb.returns': {
    actor: 'seller',
    text: {
      zh: '说明跨境退货的规则（退回地址、运费、时效）和国内不一样。',
      en: 'Explain that cross-border returns work differently (return address, shipping cost, timing).',
    },
  },

  // ── Usage, reviews, pre-sale, anything else ─────────────────────────────────────────────
  'warranty.guide_usage': {
    actor: 'seller',
    text: {
      zh: '发送说明书、安装视频或分步骤的使用方法。',
      en: 'Send the manual, an installation video, or step-by-step instructions.',
    },
  },
  'warranty.check_warranty': {
    actor: 'seller',
    text: {
      zh: '核对购买日期、保修期（一般一年）和序列号。',
      en: 'Check the purchase date, the warranty period (usually one year) and the serial number.',
    },
    check: { zh: '购买日期、保修期、序列号', en: 'purchase date, warranty period, serial number' },
  },
  'warranty.arrange_repair': {
    actor: 'seller',
    text: {
      zh: '保修期内安排维修或更换，说明寄修方式和运费由谁出；过保的说明收费标准。',
      en: 'Within warranty, arrange a repair or replacement and explain how to send it in and who pays shipping; out of warranty, give the charges.',
    },
    offer: { zh: '维修 / 更换', en: 'repair / replacement' },
  },
  'warranty.care_guide': {
    actor: 'seller',
    text: {
      zh: '按洗标说明洗护方法（水温、洗涤剂、晾晒），并说明首洗浮色、少量掉毛这类正常现象。',
      en: 'Explain the care from the label (water temperature, detergent, drying) and which first-wash effects (loose dye, a little lint) are normal.',
    },
  },
  'warranty.care_check': {
    actor: 'seller',
    text: {
      zh: '有问题时问清怎么洗、怎么用的并请买家拍照；不是洗护不当造成的，按质量问题处理。',
      en: 'If something went wrong, ask how it was washed and used, with photos; a fault not caused by the care is a quality issue.',
    },
    check: { zh: '洗标、照片', en: 'care label, photos' },
  },
  'warranty.food_storage': {
    actor: 'seller',
    text: {
      zh: '说明保质期和生产日期印在哪里，以及开封前后的储存方式。',
      en: 'Say where the best-before and production dates are printed and how to store it before and after opening.',
    },
  },
  'warranty.food_check': {
    actor: 'seller',
    text: {
      zh: '有胀袋、异味或过期的，请买家停止食用并拍照（带生产日期），按质量问题处理。',
      en: 'If a pack is swollen, smells off or is out of date, ask the buyer not to eat it and to send photos with the date; handle it as a quality issue.',
    },
    check: { zh: '生产日期、包装照片', en: 'production date, photos of the pack' },
  },
  'warranty.beauty_usage': {
    actor: 'seller',
    text: {
      zh: '说明用法、用量和使用顺序，建议第一次先在小块皮肤上试用。',
      en: 'Explain how much to use and in which order, and suggest a patch test the first time.',
    },
  },
  'warranty.beauty_reaction': {
    actor: 'seller',
    text: {
      zh: '用后不适或过敏：请买家立即停用并拍照，按店铺规则处理，不做医疗判断。',
      en: 'A reaction after use: ask the buyer to stop at once and send photos; follow the shop policy and give no medical advice.',
    },
    check: { zh: '照片、批号', en: 'photos, batch number' },
  },
  'review.find_cause': {
    actor: 'seller',
    text: {
      zh: '弄清买家具体对哪里不满意。',
      en: 'Find out exactly what the buyer was unhappy with.',
    },
  },
  'review.solve_first': {
    actor: 'seller',
    text: {
      zh: '先把问题解决好（退换、补发或补偿），评价的事放在后面。',
      en: 'Fix the problem first (return, reship or compensation); the review comes after.',
    },
  },
  'review.public_reply': {
    actor: 'seller',
    text: {
      zh: '在评价下写一条冷静、具体的回复，说明已经怎么处理。',
      en: 'Post a calm, specific public reply saying how it was handled.',
    },
  },
  'review.invite_update': {
    actor: 'seller',
    text: {
      zh: '问题解决后，礼貌地告诉买家可以视情况追评或修改；不索要、不返现、不施压。',
      en: 'Once it is solved, politely mention they are welcome to update the review; no demands, no cash-back, no pressure.',
    },
  },
  'presale.answer': {
    actor: 'seller',
    due: reply,
    text: {
      zh: '按商品信息准确回答：规格、尺码、材质、库存；不确定的先核实再答。',
      en: "Answer from the product facts: specs, size, material, stock; check anything you're unsure of before answering.",
    },
  },
  'presale.delivery': {
    actor: 'seller',
    text: {
      zh: '说明发货时间、用哪家快递、哪些地区能送。',
      en: 'Say when it ships, with which courier, and where you deliver.',
    },
  },
  'presale.invite_order': {
    actor: 'seller',
    text: {
      zh: '介绍当前的优惠，自然地邀请下单。',
      en: 'Mention the current offers and invite the order naturally.',
    },
  },
  'presale.confirm_payment': {
    actor: 'seller',
    text: {
      zh: '订单还没付款：提醒买家付款后才会发货，并说明发货时间。',
      en: "The order isn't paid yet: remind the buyer it ships after payment and say when.",
    },
  },
  'other.greet': {
    actor: 'seller',
    due: reply,
    text: {
      zh: '问候买家，问问需要什么帮助。',
      en: 'Greet the buyer and ask how you can help.',
    },
  },
  'other.check_context': {
    actor: 'seller',
    text: {
      zh: '看一下订单和之前的聊天，主动确认是哪一笔订单。',
      en: 'Look at the order and the earlier chat, and confirm which order it is about.',
    },
  },
} as const satisfies Record<string, StepDef>;

export type StepId = keyof typeof STEP_DEFS;
