/** UI strings of the panel, zh-CN and en. Components with many strings of their own keep them beside them and use `pick`. */
import { PLATFORM_INFO } from './platforms';
import type { Platform } from './snapshot';

export type Lang = 'zh' | 'en';

/** Picks the string for the language. */
export function pick<T>(lang: Lang, s: { zh: T; en: T }): T {
  return s[lang];
}

/** The UI language for a browser locale ("zh-CN", "en-US"…): Chinese for any zh locale, else English. */
export function langOf(locale: string | undefined): Lang {
  return locale && /^zh\b/i.test(locale) ? 'zh' : 'en';
}

const M = {
  appName: { zh: '售后助手', en: 'Aftersales Copilot' },
  langSwitch: { zh: 'English', en: '中文' },
  themeLight: { zh: '浅色', en: 'Light' },
  themeDark: { zh: '深色', en: 'Dark' },
  themeAuto: { zh: '跟随系统', en: 'System' },
  loading: { zh: '正在读取页面…', en: 'Reading the page…' },
  noTab: { zh: '没有可跟随的标签页。打开一个卖家后台页面后，这里会显示它的订单和买家。', en: 'No tab to follow. Open a seller back-office page and its order and buyer show here.' },
  notSeller: { zh: '这个页面不是已支持的卖家后台页面。切换到千牛、拼多多、抖店、京东、快手、Shopify 或亚马逊卖家中心的订单、售后或聊天页面即可。', en: 'This page is not a supported seller page. Switch to an order, after-sales or chat page of Taobao, Pinduoduo, Douyin, JD, Kuaishou, Shopify or Amazon Seller Central.' },
  nothingRead: { zh: '页面已打开，但没读到订单信息。可能还在加载，或页面结构变了。', en: 'The page is open but no order facts were found. It may still be loading, or its layout changed.' },
  situation: { zh: '当前情况', en: 'Situation' },
  scripts: { zh: '话术', en: 'Replies' },
  nextSteps: { zh: '下一步', en: 'Next steps' },
  notes: { zh: '备注', en: 'Notes' },
  reminders: { zh: '提醒', en: 'Reminders' },
  orderId: { zh: '订单号', en: 'Order' },
  buyer: { zh: '买家', en: 'Buyer' },
  stage: { zh: '订单状态', en: 'Order stage' },
  afterSales: { zh: '售后状态', en: 'After-sales' },
  paid: { zh: '实付', en: 'Paid' },
  refund: { zh: '退款', en: 'Refund' },
  logistics: { zh: '物流', en: 'Shipping' },
  items: { zh: '商品', en: 'Items' },
  lastBuyerMessage: { zh: '买家最新消息', en: 'Buyer’s last message' },
  notRead: { zh: '页面上没读到', en: 'Not read from the page' },
  fix: { zh: '指定', en: 'Pick it' },
  fixHint: { zh: '在页面上点一下它，以后这个网站都按它读', en: 'Click it on the page; this site is read that way from now on' },
  notReadHint: { zh: '这些信息页面上可能有，但没认出来；建议里不会用到它们。', en: 'The page may show these, but they were not recognised; suggestions do not use them.' },
  copy: { zh: '复制', en: 'Copy' },
  copied: { zh: '已复制', en: 'Copied' },
  insert: { zh: '插入聊天框', en: 'Insert into chat' },
  inserted: { zh: '已放入聊天框，请检查后自行发送。', en: 'Put into the chat box. Check it, then send it yourself.' },
  insertFailedCopied: { zh: '没找到可输入的聊天框，已复制到剪贴板，请粘贴。', en: 'No chat box found. Copied to the clipboard: paste it.' },
  insertFailed: { zh: '没找到聊天框，复制也失败了。请手动复制。', en: 'No chat box found and copying failed. Please copy it by hand.' },
  composePlaceholder: { zh: '写一段回复，Alt+Enter 放入聊天框（不会发送）', en: 'Write a reply; Alt+Enter puts it into the chat box (never sends)' },
  noSteps: { zh: '识别出情况后，这里列出下一步和平台时限。', en: 'Once the situation is known, the next steps and platform deadlines show here.' },
  noNotes: { zh: '还没有关于这位买家或这个订单的备注。', en: 'No notes on this buyer or order yet.' },
  notePlaceholder: { zh: '记一笔（Ctrl+Enter 保存）', en: 'Add a note (Ctrl+Enter saves)' },
  save: { zh: '保存', en: 'Save' },
  delete: { zh: '删除', en: 'Delete' },
  undo: { zh: '撤销', en: 'Undo' },
  noteDeleted: { zh: '备注已删除', en: 'Note deleted' },
  noteNeedsKey: { zh: '这个页面没有订单号或买家，备注无处挂靠。', en: 'This page shows no order or buyer to attach a note to.' },
  noReminders: { zh: '没有待办提醒。', en: 'No reminders.' },
  storageFull: { zh: '浏览器存储已满，未保存。请导出备份后清理旧数据。', en: 'Browser storage is full; nothing was saved. Export a backup and clear old data.' },
  saveFailed: { zh: '保存失败：', en: 'Could not save: ' },
  fileUndecodable: {
    zh: '读不懂这个文件的文字编码（不是 UTF-8、UTF-16，也不是 GBK/GB18030），什么都没有导入。请在 Excel 里“另存为 → CSV UTF-8”后再试。',
    en: 'Cannot read the text encoding of this file (not UTF-8, UTF-16 or GBK/GB18030); nothing was imported. In Excel, use "Save as → CSV UTF-8" and try that file.',
  },
} as const;

export type MessageKey = keyof typeof M;

/** What an import did (lib/db/replies ImportResult). */
export interface ImportCounts {
  added: number;
  changed: number;
  skipped: number;
  skippedBy: { invalid: number; conflict: number; unchanged: number };
}

/** The notice after an import: what was added and changed, what was skipped and why. */
export function importNotice(lang: Lang, r: ImportCounts): string {
  const b = r.skippedBy;
  if (lang === 'zh') {
    const why = [b.invalid && `有误 ${b.invalid} 条`, b.conflict && `冲突未处理 ${b.conflict} 条`, b.unchanged && `内容相同 ${b.unchanged} 条`].filter(Boolean).join('，');
    return `已导入：新增 ${r.added} 条，更新 ${r.changed} 条${r.skipped ? `；跳过 ${r.skipped} 条（${why}）` : ''}。`;
  }
  const why = [b.invalid && `${b.invalid} invalid`, b.conflict && `${b.conflict} conflict${b.conflict === 1 ? '' : 's'} left as they were`, b.unchanged && `${b.unchanged} unchanged`].filter(Boolean).join(', ');
  return `Imported: ${r.added} new, ${r.changed} changed${r.skipped ? `; skipped ${r.skipped} (${why})` : ''}.`;
}

/** The UI string for a key. */
export function t(lang: Lang, key: MessageKey): string {
  return M[key][lang];
}

const STAGES = {
  unpaid: { zh: '待付款', en: 'Unpaid' },
  to_ship: { zh: '待发货', en: 'To ship' },
  shipped: { zh: '已发货', en: 'Shipped' },
  delivered: { zh: '已签收', en: 'Delivered' },
  completed: { zh: '交易成功', en: 'Completed' },
  closed: { zh: '已关闭', en: 'Closed' },
} as const;

const STATES = {
  none: { zh: '无售后', en: 'None' },
  requested: { zh: '买家已申请，待处理', en: 'Requested, awaiting seller' },
  awaiting_return: { zh: '待买家退货', en: 'Awaiting return parcel' },
  returned: { zh: '买家已退货，待收货', en: 'Returned, to confirm' },
  refunded: { zh: '退款成功', en: 'Refunded' },
  refused: { zh: '商家已拒绝', en: 'Refused' },
  platform: { zh: '平台介入中', en: 'Platform involved' },
  closed: { zh: '售后关闭', en: 'Closed' },
} as const;

const PAGE_KINDS = {
  chat: { zh: '聊天', en: 'Chat' },
  order_detail: { zh: '订单详情', en: 'Order' },
  order_list: { zh: '订单列表', en: 'Order list' },
  after_sales: { zh: '售后详情', en: 'After-sales' },
  unknown: { zh: '页面', en: 'Page' },
} as const;

/** Display name of an order stage. */
export const stageName = (lang: Lang, id: keyof typeof STAGES) => STAGES[id][lang];
/** Display name of an after-sales state. */
export const stateName = (lang: Lang, id: keyof typeof STATES) => STATES[id][lang];
/** Display name of a platform. */
export const platformName = (lang: Lang, id: Platform) => PLATFORM_INFO[id].name[lang];
/** Display name of a page kind. */
export const pageKindName = (lang: Lang, id: keyof typeof PAGE_KINDS) => PAGE_KINDS[id][lang];
