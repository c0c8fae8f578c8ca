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
import { pageNeeds } from '../classify/page';
import type { Classification, LearnedModel, ScenarioScore } from '../classify/types';
import type { Lang } from '../i18n';
import {
  DEADLINE_LABELS, DEFAULT_DEADLINES, deadlineHours, nextSteps, stateNotice,
  type DeadlineKind, type DeadlineTable, type Step,
} from '../playbook';
import type { ScenarioId } from '../scenarios';
import { defaultPrefs, fillScript, replyLang, type ScriptPrefs } from '../scripts/fill';
import type { LibraryScript } from '../scripts/library';
import { suggest, type ReasonCode, type UsageLike } from '../scripts/rank';
import type { Rendered } from '../scripts/template';
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
  /** The language replies are suggested in. */
  replyLang: Lang;
  replies: SituationReply[];
}

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
 */
export function effectiveRanking(scenarios: readonly ScenarioScore[], choice: AgentChoice | null | undefined): { id: ScenarioId; score: number }[] {
  const list = scenarios.map((s) => ({ id: s.id, score: s.score }));
  const chosen = choice?.chosen;
  if (!chosen) return list;
  const topScore = Math.max(list[0]?.score ?? 1, list.find((s) => s.id === chosen)?.score ?? 0);
  return [{ id: chosen, score: topScore }, ...list.filter((s) => s.id !== chosen && s.id !== choice?.replaced)];
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

/** The situation the panel shows for a page (see the file comment). */
export function situationOf(input: SituationInput): Situation {
  const snap = input.snapshot;
  const hasWords = buyerMessages(snap).some((m) => m.text.trim());
  const c = input.classification ?? classify({ messages: snap.messages ?? [], snapshot: snap, learned: input.learned, now: input.now });
  const source: Situation['source'] = hasWords ? 'messages' : pageNeeds(snap, input.now).length ? 'page' : 'none';
  const scenarios = source === 'none' ? [] : c.scenarios;
  const choice = input.choice?.chosen ? input.choice : null;
  const ranking = effectiveRanking(scenarios, choice);
  const scenario = ranking[0]?.id ?? null;
  const table = input.deadlines ?? DEFAULT_DEADLINES;
  const state = snap.afterSales?.state;
  const caseOpen = state !== undefined && state !== 'none';
  const steps = source !== 'none' || caseOpen ? nextSteps({ scenarios: ranking, risk: { flags: c.risk.flags }, snapshot: snap }, input.lang) : [];
  const rLang = input.replies?.lang ?? replyLang(snap, input.lang);
  const replies: SituationReply[] = [];
  if (input.replies && (source !== 'none' || caseOpen)) {
    const { scripts, usage = new Map(), prefs = defaultPrefs(), limit = 5 } = input.replies;
    const favourites = new Set(scripts.filter((s) => s.favourite).map((s) => s.id));
    const ranked = suggest(scripts, {
      scenarios: ranking.filter((s) => s.id !== 'other'),
      stage: snap.orderStage,
      state,
      risk: c.risk.flags.length > 0,
      lang: rLang,
      platform: snap.platform === 'demo' || snap.platform === 'unknown' ? undefined : snap.platform,
      usage,
      favourites,
      now: input.now,
      // What the buyer just asked decides between replies of the same scenario (运费 vs 退货地址).
      query: buyerMessages(snap).slice(-2).map((m) => m.text).join(' '),
    }, { limit });
    const at = new Date(input.now);
    for (const r of ranked) replies.push({ script: r.script, filled: fillScript(r.script, snap, prefs, {}, at), score: r.score, reasons: r.reasons, reason: r.reason });
  }
  return {
    source,
    scenarios,
    scenario,
    chosen: choice?.chosen ?? null,
    replaced: choice?.chosen ? choice.replaced ?? null : null,
    ranking,
    ...(snap.orderStage ? { stage: snap.orderStage } : {}),
    ...(state ? { afterSales: state } : {}),
    ...(() => {
      const d = caseDeadline(snap, table, input.lang);
      return d ? { caseDeadline: d } : {};
    })(),
    risk: c.risk,
    sentiment: c.sentiment,
    urgency: c.urgency,
    steps,
    replyLang: rLang,
    replies,
  };
}
