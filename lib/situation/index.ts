/**
 * The situation: one pure function from what the panel knows (the page's snapshot, the agent's
 * scenario choice, their learned corrections, settings, the reply library, the time) to everything
 * the panel shows about the case: ranked scenarios with cues, the scenario in effect, stage and
 * after-sales state with the platform deadline, risk and mood, the next steps and the ranked,
 * filled replies. Every view renders this one value; none ranks or decides on its own.
 *
 *   page → snapshot → situation (here) → suggestions → insert
 *
 * It works with or without buyer messages: the page's state alone (an open case, the order stage,
 * stalled tracking) names the situation of an order page nobody has written on yet.
 */
import { classify } from '../classify';
import type { Classification, LearnedModel, ScenarioScore } from '../classify/types';
import type { SmallTalk } from '../classify/turns';
import { goodsKind, type GoodsKind } from '../goods-kind';
import type { Lang } from '../i18n';
import {
  DEADLINE_LABELS, DEFAULT_DEADLINES, deadlineHours, nextSteps, stateNotice,
  type DeadlineKind, type DeadlineTable, type Step,
} from '../playbook';
import type { ScenarioId } from '../scenarios';
import { defaultPrefs, fillScript, replyLang, type ScriptPrefs } from '../replies/fill';
import type { LibraryScript } from '../replies/library';
import { suggest, type ReasonCode, type SuggestContext, type UsageLike } from '../replies/rank';
import type { Rendered } from '../replies/template';
import { buyerMessages, type AfterSalesState, type OrderStage, type PageSnapshot } from '../snapshot';

/** The agent's scenario choice for this page, and the scenario it replaced (the agent said: not that). */
export interface AgentChoice {
  chosen: ScenarioId | null;
  replaced: ScenarioId | null;
}

export interface SituationInput {
  snapshot: PageSnapshot;
  /** The agent's language: steps and reasons are written in it. */
  lang: Lang;
  /** ms since the epoch. */
  now: number;
  choice?: AgentChoice | null;
  learned?: LearnedModel;
  deadlines?: DeadlineTable;
  /** The reply library; without it the situation carries no replies. */
  replies?: {
    scripts: readonly LibraryScript[];
    usage?: ReadonlyMap<string, UsageLike>;
    prefs?: ScriptPrefs;
    /** How many replies to rank and fill (default 5). */
    limit?: number;
    /** The reply language chosen by hand for this conversation (else the buyer's). */
    lang?: Lang;
  };
  /** A classification already made for this snapshot (the panel keeps one per snapshot). */
  classification?: Classification;
}

export interface SituationReply {
  script: LibraryScript;
  /** The script filled with the page's facts (values still missing are listed). */
  filled: Rendered;
  score: number;
  reasons: ReasonCode[];
  /** The reasons in the agent's language. */
  reason: string;
}

export interface CaseDeadline {
  kind: DeadlineKind;
  label: string;
  hours: number;
  /** When the clock started (ms), if the page shows it; the time left is `since + hours − now`. */
  since?: number;
  dueAt?: number;
}

export interface Situation {
  /** What the reading rests on: the buyer's words, the page state alone, or nothing. */
  source: 'messages' | 'page' | 'none';
  /** The buyer wrote in a language the classifier cannot read (lib/classify/language.ts). */
  unread: boolean;
  /** The classifier's ranking with cues (the chips), best first. */
  scenarios: ScenarioScore[];
  /** The scenario in effect: the agent's choice, else the top one. */
  scenario: ScenarioId | null;
  chosen: ScenarioId | null;
  replaced: ScenarioId | null;
  /** The ranking the steps and replies follow: the choice first, the replaced one left out. */
  ranking: { id: ScenarioId; score: number }[];
  stage?: OrderStage;
  afterSales?: AfterSalesState;
  caseDeadline?: CaseDeadline;
  risk: Classification['risk'];
  sentiment: Classification['sentiment'];
  urgency: Classification['urgency'];
  steps: Step[];
  /** Whose fault the case is (the buyer's words and the reading), when it shows. */
  cause?: 'seller' | 'buyer';
  /** The kind of goods the order's item titles name (lib/goods-kind.ts), when they name one. */
  goods?: GoodsKind;
  /** The language replies are suggested in. */
  replyLang: Lang;
  replies: SituationReply[];
}

// The shop's fault (it pays the postage) or the buyer's own reason, in the buyer's words.
const SELLER_FAULT = /发错|错发|漏发|少发|少了|不一样|不符|色差|差好多|差很多|差太多|差别(很|太)?大|和(图片|详情页?|描述|页面|宣传)(上)?(不|差)|偏[黄白红绿蓝大小]|坏了|破了|破损|质量问题|有问题|瑕疵|次品|假货|开胶|\b(defective|broken|damaged|faulty|wrong (item|size|colou?r)|not as described|missing)\b/i;
const BUYER_REASON = /不想要|不喜欢|不要了|拍错|买错|个人原因|无理由|不合适|\b(changed? my mind|don'?t (want|need) it|no longer (want|need)|ordered the wrong|doesn'?t suit)\b/i;

/** Whose fault the case is, from the whole conversation and the reading: undefined when not said. */
export function caseCause(buyerText: string, scenarios: readonly ScenarioScore[]): 'seller' | 'buyer' | undefined {
  if (SELLER_FAULT.test(buyerText) || scenarios.slice(0, 3).some((s) => (s.id === 'wrong_item' || s.id === 'quality_issue') && s.score >= 0.2)) return 'seller';
  if (BUYER_REASON.test(buyerText)) return 'buyer';
  return undefined;
}

const SUBCASES: [NonNullable<SituationSubcase>, RegExp][] = [
  ['missing', /少发|漏发|少了|缺了|没有赠品|赠品没|只收到|空盒|\b(missing|only (got|received)|empty box)\b/i],
  ['wrong', /发错|错发|不是我(买|要|拍|下单)的|发成了|\b(wrong (item|size|colou?r|one)|sent (me )?the wrong|not what i ordered)\b/i],
  ['described', /不一样|不符|色差|差好多|差很多|差太多|和(图片|详情页?|描述|页面|宣传)|偏[黄白红绿蓝大小]|\b(not as described|looks (nothing|different)|different from the (photo|picture|listing))\b/i],
];
type SituationSubcase = 'wrong' | 'missing' | 'described' | undefined;

/** Which kind of wrong-item case the buyer describes (the first named, in this order), if any. */
export function wrongItemKind(buyerText: string): SituationSubcase {
  return SUBCASES.find(([, re]) => re.test(buyerText))?.[0];
}

// With no buyer words, what the page shows about the parcel says which reply of its scenario fits
// (a stalled trace: the "not updated for days" reply, not the damaged-box one).
const PAGE_CUE_WORDS: Readonly<Record<string, { zh: string; en: string }>> = {
  'logistics:stalled': { zh: '物流几天不更新', en: 'tracking not updated for days, stuck' },
  'logistics:exception': { zh: '物流异常 派送失败 退回', en: 'delivery exception, failed delivery, returned' },
};

// Before buying: nothing to advise once the order has shipped or a case is open.
const AFTER_SHIPPING = new Set<string>(['shipped', 'delivered', 'completed']);

/** The platform timer that runs while a case is in each after-sales state. */
export const STATE_DEADLINE: Readonly<Partial<Record<AfterSalesState, DeadlineKind>>> = {
  requested: 'respond_refund_request',
  awaiting_return: 'buyer_return_shipping',
  returned: 'confirm_return_receipt',
  platform: 'upload_evidence',
};

/**
 * The one ranking rule: the agent's choice first (at the top score, so it is never dropped as
 * noise) and the scenario it replaced left out; otherwise the classifier's ranking as it is.
 * The order decides: no scenario scores above one before it. (After small talk or a fragment the
 * classifier puts the page's needs first with the model's own, smaller, readings; a guess further
 * down, 支付 at 0.14 after 使用/保修 at 0.03 on a delivered order, must not lead the replies.)
 */
export function effectiveRanking(scenarios: readonly ScenarioScore[], choice: AgentChoice | null | undefined): { id: ScenarioId; score: number }[] {
  const list = scenarios.map((s) => ({ id: s.id, score: s.score }));
  const chosen = choice?.chosen;
  const topScore = Math.max(list[0]?.score ?? 1, list.find((s) => s.id === chosen)?.score ?? 0);
  const ranked = chosen ? [{ id: chosen, score: topScore }, ...list.filter((s) => s.id !== chosen && s.id !== choice?.replaced)] : list;
  for (let i = 1; i < ranked.length; i++) ranked[i].score = Math.min(ranked[i].score, ranked[i - 1].score);
  return ranked;
}

function caseDeadline(snap: PageSnapshot, table: DeadlineTable, lang: Lang): CaseDeadline | undefined {
  const state = snap.afterSales?.state;
  const kind = state ? STATE_DEADLINE[state] : undefined;
  if (!kind) return undefined;
  const hours = deadlineHours(kind, snap.platform, table);
  if (hours === undefined) return undefined;
  const since = stateNotice(snap)?.time.getTime();
  return { kind, label: DEADLINE_LABELS[kind][lang], hours, ...(since !== undefined ? { since, dueAt: since + hours * 3600_000 } : {}) };
}

/** The words of the page's own cues (PAGE_CUE_WORDS), as the query that picks between replies. */
function pageQuery(scenarios: readonly ScenarioScore[], lang: Lang): string {
  return [...new Set(scenarios.flatMap((s) => s.cues))].map((c) => PAGE_CUE_WORDS[c]?.[lang]).filter(Boolean).join(' ');
}

/** The tags of the replies that answer each kind of small talk (lib/classify/turns.ts smallTalk), in both languages. */
const SMALL_TALK_TAGS: Record<SmallTalk, readonly string[]> = { greeting: ['问候', 'greeting'], are_you_there: ['在吗', 'greeting'], thanks: ['thanks'], closing: ['thanks'], ack: ['确认'] };
/** The tags of the reply that asks a buyer whose short line names no need (Classification.fragment) what it is about. */
const CLARIFY_TAGS: readonly string[] = ['说明', 'clarify'];

/** The situation the panel shows for a page (see the file comment). */
export function situationOf(input: SituationInput): Situation {
  const snap = input.snapshot;
  const hasWords = buyerMessages(snap).some((m) => m.text.trim());
  const c = input.classification ?? classify({ messages: snap.messages ?? [], snapshot: snap, learned: input.learned, now: input.now });
  // Words in a language the model cannot read are no reading: classify then ranks the page's needs when there are any.
  const unread = hasWords && c.unread === true;
  // The page names the situation when classify read its needs: no buyer words, or words it cannot read.
  const source: Situation['source'] = hasWords && !(unread && c.page) ? 'messages' : c.page ? 'page' : 'none';
  const scenarios = source === 'none' ? [] : c.scenarios;
  const choice = input.choice?.chosen ? input.choice : null;
  const state = snap.afterSales?.state;
  const caseOpen = state !== undefined && state !== 'none';
  const pastPresale = AFTER_SHIPPING.has(snap.orderStage ?? '') || caseOpen;
  // Pre-sale advice and steps do not fit an order that has shipped or a case that is open.
  const ranking = effectiveRanking(scenarios, choice).filter((s) => !(pastPresale && s.id === 'presale' && s.id !== choice?.chosen));
  const buyerText = buyerMessages(snap).map((m) => m.text).join(' ');
  const cause = source === 'messages' ? caseCause(buyerText, scenarios) : undefined;
  const subcase = source === 'messages' ? wrongItemKind(buyerText) : undefined;
  // Usage, care and warranty advice differ by the kind of goods (one reading for steps and replies).
  const goods = goodsKind(snap.items);
  const scenario = ranking[0]?.id ?? null;
  const deadline = caseDeadline(snap, input.deadlines ?? DEFAULT_DEADLINES, input.lang);
  const steps = source !== 'none' || caseOpen ? nextSteps({ scenarios: ranking, risk: { flags: c.risk.flags }, snapshot: snap, ...(goods ? { goods } : {}) }, input.lang) : [];
  const rLang = input.replies?.lang ?? replyLang(snap, input.lang);
  const replies: SituationReply[] = [];
  if (input.replies && (source !== 'none' || caseOpen)) {
    const { scripts, usage = new Map(), prefs = defaultPrefs(), limit = 5 } = input.replies;
    const favourites = new Set(scripts.filter((s) => s.favourite).map((s) => s.id));
    // Pre-sale replies do not fit an order that has shipped or a case that is open.
    const fitting = pastPresale ? scripts.filter((x) => x.phase !== 'presale') : scripts;
    const ctx: SuggestContext = {
      scenarios: ranking.filter((s) => s.id !== 'other'),
      stage: snap.orderStage,
      state,
      risk: c.risk.flags.length > 0,
      quiet: source === 'page',
      urgent: c.urgency.level >= 1,
      lang: rLang,
      uiLang: input.lang,
      platform: snap.platform === 'demo' || snap.platform === 'unknown' ? undefined : snap.platform,
      ...(snap.pageKind && snap.pageKind !== 'unknown' ? { pageKind: snap.pageKind } : {}),
      usage,
      favourites,
      now: input.now,
      // What the buyer just asked decides between replies of the same scenario (运费 vs 退货地址).
      query: source === 'page' ? pageQuery(scenarios, rLang) : buyerMessages(snap).slice(-2).map((m) => m.text).join(' '),
      ...(cause ? { cause } : {}),
      ...(subcase ? { subcase } : {}),
      ...(goods ? { goods } : {}),
    };
    // A buyer who has only greeted, thanked or said ok is answered in kind first, the page's needs after; a short line
    // that names no need (a fragment) by asking what it is about. (Such a reply is no pre-sale reply whatever its folder:
    // it is taken from the whole library.)
    const saidNothing = source === 'messages' && scenario === 'other';
    const tags = !saidNothing ? undefined : c.smallTalk ? SMALL_TALK_TAGS[c.smallTalk] : c.fragment ? CLARIFY_TAGS : undefined;
    const inKind = tags ? scripts.filter((x) => x.scenarios[0] === 'other' && x.tags.some((t) => tags.includes(t))) : [];
    const answer = inKind.length ? suggest(inKind, { ...ctx, scenarios: [{ id: 'other', score: 1 }] }, { limit: 1 }) : [];
    const ranked = [...answer, ...suggest(fitting, ctx, { limit }).filter((r) => !answer.some((a) => a.script.id === r.script.id))].slice(0, limit);
    const at = new Date(input.now);
    for (const r of ranked) replies.push({ script: r.script, filled: fillScript(r.script, snap, prefs, {}, at), score: r.score, reasons: r.reasons, reason: r.reason });
  }
  return {
    source,
    unread,
    scenarios,
    scenario,
    chosen: choice?.chosen ?? null,
    replaced: choice?.chosen ? choice.replaced ?? null : null,
    ranking,
    ...(snap.orderStage ? { stage: snap.orderStage } : {}),
    ...(state ? { afterSales: state } : {}),
    ...(deadline ? { caseDeadline: deadline } : {}),
    ...(cause ? { cause } : {}),
    ...(goods ? { goods } : {}),
    risk: c.risk,
    sentiment: c.sentiment,
    urgency: c.urgency,
    steps,
    replyLang: rLang,
    replies,
  };
}
