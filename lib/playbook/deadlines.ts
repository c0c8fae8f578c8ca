/**
 * Platform deadlines: how many hours each side has before the platform decides on its own, with the
 * time left for the case in front of the agent. The hours are defaults the agent edits in settings:
 * the real timers differ by platform, category, shop tier and promotion season, and platforms
 * change them, so none of the numbers below is authoritative (shared/spec/domain.md).
 */
import * as v from 'valibot';
import { lastBuyerMessage, PLATFORMS, type AfterSalesState, type ChatMessage, type PageSnapshot, type Platform } from '../snapshot';
import { formatDuration } from './duration';
import { DEADLINE_KINDS, type DeadlineKind, type Due, type DueFrom, type Lang, type Step } from './types';

export type DeadlineRow = Partial<Record<DeadlineKind, number>>;
/** Hours per deadline kind, per platform; `default` fills what a platform row leaves out. */
export type DeadlineTable = Record<Platform | 'default', DeadlineRow> & { default: Required<DeadlineRow> };
/** What the settings store: any subset of platforms and kinds, in hours. */
export type DeadlineOverrides = Partial<Record<Platform | 'default', DeadlineRow>>;

const DAY = 24;

/**
 * The editable defaults, in hours. Assumptions (none checked against a live account):
 * - respond_refund_request: Taobao/Tmall, Pinduoduo and Douyin agree a pending refund on the
 *   seller's behalf after roughly two days without an answer; JD and Kuaishou are assumed similar.
 * - buyer_return_shipping: buyers get about a week to ship the return back before the request closes.
 * - confirm_return_receipt: after the buyer ships back, the seller has several days to confirm
 *   receipt before the refund goes through automatically (Taobao ~10 d; others assumed shorter).
 * - upload_evidence: once the platform steps in, evidence is due within about 2–3 days.
 * - ship_after_payment: the common 48 h dispatch promise (JD shops often promise next day).
 * - reply_buyer_message: Chinese platforms score chat replies in minutes (e.g. a 3-minute reply
 *   rate), so 0.05 h; Amazon expects buyer messages answered within 24 h.
 * - Amazon: A-to-z claims want an answer in about 72 h (upload_evidence); a return delivered back
 *   is refunded automatically about two days later unless the seller acts; return windows are
 *   long (here 14 d to ship back). Shopify has no platform timers: the shop's own policy applies,
 *   48 h by default.
 */
export const DEFAULT_DEADLINES: DeadlineTable = {
  default: {
    respond_refund_request: 48,
    buyer_return_shipping: 7 * DAY,
    confirm_return_receipt: 7 * DAY,
    upload_evidence: 48,
    ship_after_payment: 48,
    reply_buyer_message: 24,
  },
  taobao: {
    respond_refund_request: 48,
    buyer_return_shipping: 7 * DAY,
    confirm_return_receipt: 10 * DAY,
    upload_evidence: 72,
    ship_after_payment: 48,
    reply_buyer_message: 0.05,
  },
  pinduoduo: {
    respond_refund_request: 48,
    buyer_return_shipping: 7 * DAY,
    confirm_return_receipt: 5 * DAY,
    upload_evidence: 48,
    ship_after_payment: 48,
    reply_buyer_message: 0.05,
  },
  douyin: {
    respond_refund_request: 48,
    buyer_return_shipping: 7 * DAY,
    confirm_return_receipt: 7 * DAY,
    upload_evidence: 48,
    ship_after_payment: 48,
    reply_buyer_message: 0.05,
  },
  jd: {
    respond_refund_request: 48,
    buyer_return_shipping: 7 * DAY,
    confirm_return_receipt: 7 * DAY,
    upload_evidence: 72,
    ship_after_payment: 24,
    reply_buyer_message: 0.05,
  },
  kuaishou: {
    respond_refund_request: 48,
    buyer_return_shipping: 7 * DAY,
    confirm_return_receipt: 7 * DAY,
    upload_evidence: 48,
    ship_after_payment: 48,
    reply_buyer_message: 0.05,
  },
  shopify: {
    respond_refund_request: 48,
    buyer_return_shipping: 14 * DAY,
    confirm_return_receipt: 7 * DAY,
    upload_evidence: 48,
    ship_after_payment: 48,
    reply_buyer_message: 24,
  },
  amazon: {
    respond_refund_request: 48,
    buyer_return_shipping: 14 * DAY,
    confirm_return_receipt: 2 * DAY,
    upload_evidence: 72,
    ship_after_payment: 48,
    reply_buyer_message: 24,
  },
  demo: {},
  unknown: {},
};

/** Upper bound for one deadline: anything longer is surely a typo (minutes or days entered as hours). */
const MAX_HOURS = 90 * DAY;

const HoursSchema = v.pipe(
  v.number('hours must be a number'),
  v.finite('hours must be a finite number'),
  v.gtValue(0, 'hours must be more than 0'),
  v.maxValue(MAX_HOURS, `hours must be at most ${MAX_HOURS} (90 days)`),
);

/** Valibot's object schemas accept arrays (typeof 'object'); settings must be plain records. */
const isRecord = (x: unknown): boolean => typeof x === 'object' && x !== null && !Array.isArray(x);
const ROW_SHAPE_MESSAGE = 'must be a list of deadline kinds with hours, e.g. { "upload_evidence": 48 }';
const TABLE_SHAPE_MESSAGE = 'deadline settings must be an object of platforms, e.g. { "taobao": { "upload_evidence": 48 } }';

const RowSchema = v.pipe(v.custom<Record<string, unknown>>(isRecord, ROW_SHAPE_MESSAGE), v.strictObject(
  Object.fromEntries(DEADLINE_KINDS.map((k) => [k, v.optional(HoursSchema)])) as Record<DeadlineKind, v.OptionalSchema<typeof HoursSchema, undefined>>,
  (issue) =>
    issue.expected === 'never'
      ? `unknown deadline kind (expected one of: ${DEADLINE_KINDS.join(', ')})`
      : ROW_SHAPE_MESSAGE,
));

const OverridesSchema = v.pipe(v.custom<Record<string, unknown>>(isRecord, TABLE_SHAPE_MESSAGE), v.strictObject(
  Object.fromEntries([...PLATFORMS, 'default'].map((p) => [p, v.optional(RowSchema)])) as Record<Platform | 'default', v.OptionalSchema<typeof RowSchema, undefined>>,
  (issue) =>
    issue.expected === 'never'
      ? `unknown platform (expected one of: ${[...PLATFORMS, 'default'].join(', ')})`
      : TABLE_SHAPE_MESSAGE,
));

export type OverridesResult = { ok: true; overrides: DeadlineOverrides } | { ok: false; errors: string[] };

/** Checks stored or typed-in overrides; each error names the field, e.g. `taobao.upload_evidence: hours must be more than 0`. */
export function parseDeadlineOverrides(input: unknown): OverridesResult {
  const res = v.safeParse(OverridesSchema, input ?? {});
  if (res.success) return { ok: true, overrides: res.output as DeadlineOverrides };
  const errors = res.issues.map((issue) => {
    const path = v.getDotPath(issue) ?? issue.path?.map((p) => String(p.key)).join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  return { ok: false, errors };
}

/** The table with the agent's overrides applied; throws with every problem listed when they are invalid. */
export function mergeDeadlines(defaults: DeadlineTable, overrides: unknown): DeadlineTable {
  const parsed = parseDeadlineOverrides(overrides);
  if (!parsed.ok) throw new Error(`Invalid deadline settings: ${parsed.errors.join('; ')}`);
  const out = {} as DeadlineTable;
  for (const key of [...PLATFORMS, 'default'] as const) {
    (out as Record<string, DeadlineRow>)[key] = { ...defaults[key], ...dropUndefined(parsed.overrides[key] ?? {}) };
  }
  return out;
}

/** Hours allowed for `kind` on `platform`, falling back to the default row. */
export function deadlineHours(kind: DeadlineKind, platform: Platform, table: DeadlineTable = DEFAULT_DEADLINES): number | undefined {
  return table[platform]?.[kind] ?? table.default[kind];
}

export type DeadlineLevel = 'ok' | 'soon' | 'overdue';

export interface TimeLeft {
  dueAt: Date;
  /** Negative once overdue. */
  msLeft: number;
  level: DeadlineLevel;
}

/** A deadline counts as "soon" in its last quarter, but never more than a day ahead (a 10-day timer is not urgent on day 8). */
const SOON_SHARE = 0.25;
const SOON_CAP_MS = 24 * 3600_000;

/** Time left before the platform acts on its own; undefined when the start time or the hours are unknown. */
export function timeLeft(
  kind: DeadlineKind,
  platform: Platform,
  since: Date | undefined,
  now: Date | number,
  table: DeadlineTable = DEFAULT_DEADLINES,
): TimeLeft | undefined {
  const hours = deadlineHours(kind, platform, table);
  if (!since || hours === undefined || Number.isNaN(since.getTime())) return undefined;
  const dueAt = new Date(since.getTime() + hours * 3600_000);
  const msLeft = dueAt.getTime() - (typeof now === 'number' ? now : now.getTime());
  return { dueAt, msLeft, level: deadlineLevel(msLeft, hours) };
}

/** How pressing `msLeft` is on a timer of `hours`: overdue, soon (its last quarter, at most a day) or ok. */
export function deadlineLevel(msLeft: number, hours: number): DeadlineLevel {
  const soonMs = Math.min(hours * 3600_000 * SOON_SHARE, SOON_CAP_MS);
  return msLeft <= 0 ? 'overdue' : msLeft <= soonMs ? 'soon' : 'ok';
}

/** Names of the deadline kinds for the settings screen and the step badges. */
export const DEADLINE_LABELS: Readonly<Record<DeadlineKind, { zh: string; en: string }>> = Object.freeze({
  respond_refund_request: { zh: '处理退款/退货申请', en: 'Answer the refund or return request' },
  buyer_return_shipping: { zh: '买家寄回商品', en: 'Buyer ships the return' },
  confirm_return_receipt: { zh: '确认收到退货', en: 'Confirm the returned parcel' },
  upload_evidence: { zh: '平台介入后上传凭证', en: 'Upload evidence after the platform steps in' },
  ship_after_payment: { zh: '付款后发货', en: 'Ship after payment' },
  reply_buyer_message: { zh: '回复买家消息', en: 'Reply to the buyer' },
});

export interface DueDescription {
  /** `unknown` when the page does not show when the clock started. */
  level: DeadlineLevel | 'unknown';
  text: string;
  timeLeft?: TimeLeft;
}

/**
 * The badge text of a step's deadline: the time left when the page shows when the clock started,
 * otherwise the allowance alone and a plain note that the start is not known (never a guess).
 */
export function describeDue(
  due: Due,
  snapshot: Pick<PageSnapshot, 'platform' | 'afterSales' | 'messages'>,
  now: Date | number,
  lang: Lang = 'zh',
  table: DeadlineTable = DEFAULT_DEADLINES,
): DueDescription | undefined {
  const hours = deadlineHours(due.kind, snapshot.platform, table);
  if (hours === undefined) return undefined;
  const t = timeLeft(due.kind, snapshot.platform, dueSince(due.from, snapshot), now, table);
  if (t) return { level: t.level, text: formatTimeLeft(t, lang), timeLeft: t };
  const limit = formatDuration(hours * 3600_000, lang);
  const text = lang === 'zh' ? `时限 ${limit}（页面上看不到开始时间）` : `${limit} limit (the page does not show when it started)`;
  return { level: 'unknown', text };
}

/** "剩余 1天3小时" / "已超时 2小时"; "1 d 3 h left" / "overdue by 2 h". */
export function formatTimeLeft(t: Pick<TimeLeft, 'msLeft'>, lang: Lang = 'zh'): string {
  const d = formatDuration(Math.abs(t.msLeft), lang);
  if (t.msLeft <= 0) return lang === 'zh' ? `已超时 ${d}` : `overdue by ${d}`;
  return lang === 'zh' ? `剩余 ${d}` : `${d} left`;
}

/**
 * Words in platform notices that mark the start of each after-sales state. Notices say it many ways;
 * these are the common cores (seller-pages.md §9), matched anywhere in the text.
 */
const STATE_WORDS: Readonly<Record<Exclude<AfterSalesState, 'none'>, RegExp>> = {
  requested: /申请(了)?(退款|退货|售后|换货|仅退款)|(发起|提交|修改)(了)?(退货退款|退款|退货|售后|换货)|退款待处理|待商家处理|(refund|return) request|requested an? (refund|return)/i,
  awaiting_return: /同意(了)?(退货|退款退货|换货)|待(买家)?(退货|寄回)|等待买家退货|return (was )?approved|approved the return|awaiting return/i,
  returned: /买家已(退货|寄回|发货)|已退货|已寄回|填写(了)?退货(物流|单号)|退货物流|return (shipped|in transit|received)|buyer shipped the return/i,
  refunded: /退款已?成功|已退款|退款完成|同意(了)?退款(?!退货)|refund (issued|completed|succeeded)|refunded/i,
  refused: /拒绝(了)?(退款|退货|售后|申请)|驳回|refused|declined|rejected/i,
  platform: /(平台|客服|小二)已?介入|介入处理|平台处理中|申请(了)?(平台)?介入|a-to-z|claim (opened|filed)|intervention/i,
  closed: /退款关闭|售后关闭|撤销|取消(了)?(退款|售后|申请)|(refund|case|request) (closed|withdrawn|cancell?ed)/i,
};

/** The latest timed system notice that names the page's current after-sales state, if any. */
export function stateNotice(snapshot: Pick<PageSnapshot, 'afterSales' | 'messages'>): { text: string; time: Date } | undefined {
  const state = snapshot.afterSales?.state;
  if (!state || state === 'none') return undefined;
  return latestSystemNotice(snapshot.messages ?? [], STATE_WORDS[state]);
}

/** When the page's current after-sales state began: the latest system notice naming it, else undefined. */
export function stateSince(snapshot: Pick<PageSnapshot, 'afterSales' | 'messages'>): Date | undefined {
  return stateNotice(snapshot)?.time;
}

const PAID_WORDS = /已付款|付款成功|支付成功|已支付|买家已付款|payment (received|completed|successful)|order paid/i;

/** When the order was paid, from a system notice (the snapshot has no payment-time field). */
export function paidSince(snapshot: Pick<PageSnapshot, 'messages'>): Date | undefined {
  return latestSystemNotice(snapshot.messages ?? [], PAID_WORDS)?.time;
}

/** The moment a step's deadline counts from, read from the page; undefined when the page does not show it. */
export function dueSince(from: DueFrom, snapshot: Pick<PageSnapshot, 'afterSales' | 'messages'>): Date | undefined {
  if (from === 'state_since') return stateSince(snapshot);
  if (from === 'order_paid') return paidSince(snapshot);
  return parseTime(lastBuyerMessage(snapshot)?.time);
}

/** Time left on a step's deadline for this page, or undefined when the step has none or the start is unknown. */
export function stepTimeLeft(
  step: Pick<Step, 'due'>,
  snapshot: Pick<PageSnapshot, 'platform' | 'afterSales' | 'messages'>,
  now: Date | number,
  table: DeadlineTable = DEFAULT_DEADLINES,
): (TimeLeft & Due) | undefined {
  if (!step.due) return undefined;
  const t = timeLeft(step.due.kind, snapshot.platform, dueSince(step.due.from, snapshot), now, table);
  return t && { ...t, ...step.due };
}

function latestSystemNotice(messages: readonly ChatMessage[], words: RegExp): { text: string; time: Date } | undefined {
  let best: { text: string; time: Date } | undefined;
  for (const m of messages) {
    if (m.role !== 'system' || !words.test(m.text)) continue;
    const t = parseTime(m.time);
    if (t && (!best || t.getTime() >= best.time.getTime())) best = { text: m.text, time: t };
  }
  return best;
}

function parseTime(iso: string | undefined): Date | undefined {
  if (!iso) return undefined;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

function dropUndefined(row: DeadlineRow): DeadlineRow {
  return Object.fromEntries(Object.entries(row).filter(([, h]) => h !== undefined)) as DeadlineRow;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * The date the buyer must ship the return by, as a script's {deadline} ("11月25日 09:45" /
 * "Nov 25, 09:45"), when the page shows an agreed return and when it was agreed; undefined otherwise
 * (other deadlines are the seller's own, not something to tell the buyer).
 */
export function buyerDeadlineText(
  snapshot: Pick<PageSnapshot, 'afterSales' | 'messages' | 'platform'>,
  lang: Lang,
  table: DeadlineTable = DEFAULT_DEADLINES,
  timeZone?: string,
): string | undefined {
  if (snapshot.afterSales?.state !== 'awaiting_return') return undefined;
  const left = timeLeft('buyer_return_shipping', snapshot.platform, stateSince(snapshot), 0, table);
  if (!left) return undefined;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', ...(timeZone && { timeZone }) })
      .formatToParts(left.dueAt).map((p) => [p.type, p.value]),
  );
  const month = Number(parts.month);
  const clock = `${parts.hour}:${parts.minute}`;
  return lang === 'zh' ? `${month}月${parts.day}日 ${clock}` : `${MONTHS[month - 1]} ${parts.day}, ${clock}`;
}
