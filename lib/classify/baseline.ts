/**
 * The naive baseline the evaluation compares against: count the "typical buyer words" of
 * shared/spec/scenarios.md per scenario and take the most frequent; `other` when none appear.
 * Risk = any of the spec's risk words; sentiment is always calm.
 */
import { SCENARIO_IDS, type ScenarioId } from '../scenarios';
import type { Classification, InputMessage } from './types';

const TYPICAL: Record<ScenarioId, string[]> = {
  return_refund: ['退货', '退了', '7天无理由', '不想要了', '寄回', '退回去', '运费险', 'return', 'send back'],
  refund_only: ['仅退款', '退款', '钱什么时候退', '没收到退款', '退款到账', 'refund', 'money back'],
  exchange: ['换货', '换个码', '换一个', '换成', 'exchange', 'replacement'],
  quality_issue: ['坏了', '质量', '有问题', '不能用', '破了', '假货', '开胶', 'defective', 'broken', "doesn't work"],
  wrong_item: ['发错', '少发', '漏发', '少了一件', '赠品没有', '与描述不符', '空盒', 'wrong item', 'missing'],
  urge_dispatch: ['什么时候发货', '怎么还不发', '快点发', '几天发', '发货了吗', 'when will it ship'],
  shipping_query: ['到哪了', '物流', '快递单号', '几天能到', '什么快递', '查一下', 'where is my order', 'tracking'],
  shipping_exception: ['好几天没动', '查不到物流', '一直不更新', '丢件', '显示签收但没收到', '快递破损', '超时', 'delayed', 'lost', 'not delivered'],
  change_order: ['改地址', '地址错了', '取消订单', '拍错了', '修改', '合并', 'change address', 'cancel order'],
  price_protection: ['价保', '降价了', '补差价', '优惠券没用上', '补偿', '少了优惠', 'price adjustment', 'partial refund'],
  warranty_usage: ['怎么用', '安装', '保修', '维修', '售后电话', '说明书', 'how to use', 'warranty', 'repair'],
  invoice: ['发票', '开票', '增票', '专票', '抬头', 'invoice', 'receipt'],
  payment: ['付款', '支付不了', '扣款两次', '白条', '花呗', '分期', 'charged twice', 'payment failed'],
  complaint: ['投诉', '12315', '工商', '差评', '曝光', '平台介入', '找你们领导', '律师', 'complain', 'report', 'lawyer'],
  review: ['评价', '好评', '追评', '删评', '改评价', 'review', 'rating'],
  cross_border: ['海关', '清关', '关税', '海外', '直邮', '身份证', 'customs', 'duty', 'international'],
  presale: ['有货吗', '多大', '尺码', '什么材质', '能便宜吗', '包邮吗', 'in stock', 'size', 'price'],
  other: ['你好', '在吗', '好的', '谢谢', '嗯', 'hi', 'thanks'],
};

const RISK_WORDS = ['投诉', '12315', '工商', '消协', '平台介入', '差评', '一星', '律师', '起诉', '法院', '曝光', '微博', '媒体'];

function count(text: string, word: string): number {
  let n = 0;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) n++;
  return n;
}

/** Classifies by counting the spec's typical words (the reference point for `eval` and the bench). */
export function classifyBaseline(messages: InputMessage[]): Classification {
  const text = messages
    .map((m) => (typeof m === 'string' ? m : m.role === 'buyer' ? m.text : ''))
    .join(' ')
    .toLowerCase();
  const scores: { id: ScenarioId; n: number }[] = [];
  for (const id of SCENARIO_IDS) {
    if (id === 'other') continue;
    let n = 0;
    for (const w of TYPICAL[id]) n += count(text, w);
    if (n > 0) scores.push({ id, n });
  }
  scores.sort((a, b) => b.n - a.n);
  const scenarios = scores.map((s) => ({ id: s.id, score: Math.min(1, s.n / 3), cues: [] as string[] }));
  if (scenarios.length === 0) scenarios.push({ id: 'other', score: 1, cues: [] });
  const riskCues = RISK_WORDS.filter((w) => text.includes(w));
  return {
    scenarios,
    risk: { flags: riskCues.length ? ['complaint_threat'] : [], cues: riskCues },
    sentiment: 'calm',
    urgency: { level: 0, cues: [] },
  };
}
