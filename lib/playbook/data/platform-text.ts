/**
 * Platform wording for steps whose mechanics differ: Amazon and Shopify have no chat-side refund
 * flow like the Chinese platforms, and Amazon restricts how sellers may ask for reviews.
 * Only the text changes; ids (and so ticks) stay the same.
 */
import type { Platform } from '../../snapshot';
import type { Text2 } from '../types';
import type { StepId } from './steps';

export const PLATFORM_TEXT: Readonly<Partial<Record<Platform, Partial<Record<StepId, Text2>>>>> = {
  amazon: {
    'platform.upload_evidence': {
      zh: '在卖家后台回应亚马逊商城交易保障索赔（A-to-z）：在时限内提交物流追踪、沟通记录和商品照片。',
      en: 'Answer the A-to-z Guarantee claim in Seller Central before the deadline: tracking, your messages with the buyer, product photos.',
    },
    'return.guide_apply': {
      zh: '请买家在亚马逊“我的订单”里提交退货申请，审批后系统会生成退货标签。',
      en: 'Ask the buyer to request the return from Your Orders on Amazon; once authorised, a return label is issued.',
    },
    'refunded.invite_review': {
      zh: '如需邀评，只用订单页的“请求评论”功能：措辞中立，不要求好评，不提供任何回报。',
      en: "If you ask for a review, use the order page's Request a Review button only: neutral wording, no asking for a positive review, nothing in return.",
    },
    'review.invite_update': {
      zh: '亚马逊不允许卖家要求买家修改或删除评价；把问题解决好，公开回复说明处理结果即可。',
      en: 'Amazon does not allow asking a buyer to change or remove a review; solve the problem and leave it there.',
    },
  },
  shopify: {
    'platform.upload_evidence': {
      zh: '拒付（chargeback）：在 Shopify 后台的截止日期前提交证据（物流签收、沟通记录、退货政策）。',
      en: 'Chargeback: submit your evidence in Shopify admin before its due date (proof of delivery, messages, your refund policy).',
    },
    'return.guide_apply': {
      zh: '按店铺的退货政策，引导买家通过店铺的退货申请页面或邮件提交退货。',
      en: "Guide the buyer to request the return through the shop's return page or by email, under the shop's refund policy.",
    },
  },
};
