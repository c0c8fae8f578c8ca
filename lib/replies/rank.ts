/**
 * Script suggestions for the open case: which scripts fit the situation, best first, each with the
 * reason it was picked. Pure and deterministic (the same input gives the same order).
 */
import type { AfterSalesState, OrderStage, PageKind, Platform } from '../snapshot';
import { isScenarioId, SCENARIO_LABELS } from '../scenarios';
import type { Script, ScriptSubcase } from './types';
import type { Lang } from '../i18n';
import { goodsLabel, type GoodsKind } from '../goods-kind';

export interface UsageLike {
  count: number;
  lastAt: number;
  /** Recency-weighted count (lib/db/usage.ts); derived from count and lastAt when absent. */
  recent?: number;
}

export interface SuggestContext {
  /** The classifier's scenarios with their scores (any scale; compared relative to the best). */
  scenarios: readonly { id: string; score: number }[];
  stage?: OrderStage;
  state?: AfterSalesState;
  /** The buyer is about to escalate: de-escalation scripts (tag `risk`) come first. */
  risk: boolean;
  /** The buyer has written nothing (a page-only situation): nobody is upset yet, so de-escalation scripts come last. */
  quiet?: boolean;
  /** The buyer is pressing (repeated questions, 到底/还没/几天了, waiting): replies that answer urgency (tag 加急 / urgent) rank higher. */
  urgent?: boolean;
  /** The replies' language (the buyer's). */
  lang: Lang;
  /** The agent's language, in which the reasons are written (default: `lang`). */
  uiLang?: Lang;
  platform?: Platform;
  usage: ReadonlyMap<string, UsageLike>;
  favourites: ReadonlySet<string>;
  now: number | Date;
  /** The buyer's latest words: scripts that talk about the same thing (运费, 发票, size…) rank higher. */
  query?: string;
  /** Whose fault the case is, when known: a script written for the other cause is left out. */
  cause?: 'seller' | 'buyer';
  /** Which kind of wrong-item case, when the buyer's words say: a script for another kind is left out. */
  subcase?: ScriptSubcase;
  /** The kind of page open: a script meant for other kinds of page (Script.pageKinds) is left out. */
  pageKind?: PageKind;
  /** The kind of goods of the order (lib/goods-kind.ts): a script written for other goods (Script.goods) is left out. */
  goods?: GoodsKind;
}

export type ReasonCode =
  | 'risk' | 'reactive' | 'urgent' | 'scenario' | 'topic' | 'generic' | 'state' | 'state_mismatch' | 'stage' | 'stage_mismatch' | 'goods' | 'platform' | 'used' | 'favourite' | 'own';

export interface Suggestion<T extends Script = Script> {
  script: T;
  score: number;
  /** Why, strongest first. */
  reasons: ReasonCode[];
  /** The reasons in the agent's language, for a tooltip. */
  reason: string;
}

/** Tags of replies that answer a pressing buyer (a fast, concrete commitment). */
const URGENT_TAGS = new Set(['加急', 'urgent']);

/** The weights, in one place so that a change is one edit and the tests show its effect. */
export const RANK_WEIGHTS = Object.freeze({
  scenario: 100,
  /** Share of the scenario weight for a scenario the script lists after its first. */
  alsoCovers: 0.9,
  generic: 15,
  risk: 150,
  riskOffTopic: -10,
  /** A de-escalation script ("买家情绪激动") when the buyer has said nothing. */
  riskQuiet: -60,
  /** A reply to something the buyer did (tag `reactive`: a bad review, a question about review rewards) when they have said nothing. */
  reactiveQuiet: -60,
  /** A fitting reply that answers a pressing buyer (tag 加急 / urgent). */
  urgent: 35,
  state: 30,
  // Below a generic script: a reply written for another case status says something untrue.
  stateMismatch: -90,
  stage: 15,
  stageMismatch: -20,
  platform: 10,
  /** Written for the kind of goods of the order (care for bedding, repair for an appliance): before the general ones. */
  goods: 20,
  /** A platform-specific script when the page's platform is not known. */
  platformUnknown: -5,
  usage: 12,
  usageCap: 30,
  /** The agent marked it: it should show up among the first few whenever it fits. */
  favourite: 30,
  /** The agent wrote it (or edited a built-in): for the same case it comes before the built-ins. */
  own: 40,
  /** Full overlap with the buyer's latest words (less within the scenario's own scripts' spread). */
  topic: 60,
  /** The page shows no case, and the script presumes one (it answers a refund request…). */
  stateUnknown: -20,
});

// Characters that carry no topic: particles, pronouns, politeness.
const FILLER = /[的了吗呢吧啊呀哦嘛么是我你您他她它们这那个有在就都也还和与及请问亲下一不没要想能可以吧哈嗯好谢麻烦]/;
const WORD_STOP = new Set(['the', 'and', 'for', 'you', 'your', 'my', 'can', 'is', 'are', 'was', 'have', 'has', 'with', 'this', 'that', 'what', 'when', 'how', 'please', 'thanks', 'hi', 'hello', 'i', 'me', 'it', 'to', 'of', 'a', 'an', 'do', 'does', 'not', 'on', 'in', 'be', 'will', 'just', 'get', 'got']);

/** Topic units of a text: CJK character pairs without filler characters, and Latin words of 3+ letters. */
export function topicUnits(text: string): Set<string> {
  const out = new Set<string>();
  const t = text.toLowerCase();
  for (const run of t.match(/[\u4e00-\u9fff]+/g) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) {
      const pair = run.slice(i, i + 2);
      if (!FILLER.test(pair[0]) && !FILLER.test(pair[1])) out.add(pair);
    }
  }
  for (const w of t.match(/[a-z]{3,}/g) ?? []) if (!WORD_STOP.has(w)) out.add(w.replace(/(ing|ed|es|s)$/, ''));
  return out;
}

const unitsCache = new WeakMap<object, { all: Set<string>; head: Set<string> }>();
/** A script's topic units: all of them, and those of its title and tags (which say what it is about). */
function units(script: Script): { all: Set<string>; head: Set<string> } {
  let u = unitsCache.get(script);
  if (!u) {
    const head = topicUnits(`${script.title} ${script.tags.join(' ')}`);
    const all = topicUnits(script.body.replace(/\{[^}]*\}/g, ' '));
    for (const h of head) all.add(h);
    unitsCache.set(script, (u = { all, head }));
  }
  return u;
}
const scriptUnits = (script: Script) => units(script).all;

const dfCache = new WeakMap<readonly Script[], Map<string, number>>();
/** How many scripts of the list use each topic unit (cached per list). */
function docFreq(scripts: readonly Script[]): Map<string, number> {
  let df = dfCache.get(scripts);
  if (!df) {
    df = new Map();
    for (const s of scripts) for (const u of scriptUnits(s)) df.set(u, (df.get(u) ?? 0) + 1);
    dfCache.set(scripts, df);
  }
  return df;
}

/**
 * How much (0..1) of what the buyer just said the script talks about, rare words counting more
 * (运费 says more than 退货 among return scripts). Units no script uses are ignored.
 */
export function topicOverlap(query: Set<string>, script: Script, df: Map<string, number>, n: number): number {
  let total = 0;
  let hit = 0;
  const su = units(script);
  for (const q of query) {
    const f = df.get(q);
    if (!f) continue;
    const idf = Math.log(1 + n / f);
    total += 2 * idf;
    // A word in the title or tags is what the script is about; in the body it may be a side remark.
    if (su.head.has(q)) hit += 2 * idf;
    else if (su.all.has(q)) hit += idf;
  }
  return total > 0 ? hit / total : 0;
}

const HALF_LIFE_MS = 14 * 24 * 3600 * 1000;

/** How much the agent's own use lifts a script: log of the recency-weighted count, capped. */
export function usageBoost(u: UsageLike | undefined, now: number): number {
  if (!u || u.count <= 0) return 0;
  const recent = u.recent ?? u.count * 2 ** (-Math.max(0, now - u.lastAt) / HALF_LIFE_MS);
  return Math.min(RANK_WEIGHTS.usageCap, RANK_WEIGHTS.usage * Math.log2(1 + recent));
}

/**
 * Ranks scripts for the situation. Scripts in another language or for another platform are left
 * out; so are scripts for scenarios that are not in play, unless the agent marked them favourite or
 * they are de-escalation scripts while the buyer is at risk.
 */
export function suggest<T extends Script>(scripts: readonly T[], ctx: SuggestContext, opts: { limit?: number } = {}): Suggestion<T>[] {
  const now = typeof ctx.now === 'number' ? ctx.now : ctx.now.getTime();
  const best = Math.max(0, ...ctx.scenarios.map((s) => s.score));
  const weightOf = new Map<string, number>();
  for (const s of ctx.scenarios) {
    const w = best > 0 ? Math.max(0, s.score) / best : 0;
    if (w > (weightOf.get(s.id) ?? 0)) weightOf.set(s.id, w);
  }
  const query = topicUnits(ctx.query ?? '');
  const df = query.size ? docFreq(scripts) : new Map<string, number>();
  const out: Suggestion<T>[] = [];
  for (const script of scripts) {
    if (script.lang !== ctx.lang) continue;
    if (script.platform && ctx.platform && script.platform !== ctx.platform) continue;
    // "个人原因退货，运费您出" is untrue for a wrong or faulty item (and the reverse): never suggested.
    if (script.cause === 'unknown' ? ctx.cause !== undefined : script.cause && ctx.cause && script.cause !== ctx.cause) continue;
    if (script.subcase && ctx.subcase && script.subcase !== ctx.subcase) continue;
    if (script.pageKinds?.length && ctx.pageKind && !script.pageKinds.includes(ctx.pageKind)) continue;
    if (script.goods?.length && ctx.goods && !script.goods.includes(ctx.goods)) continue;
    const parts: [ReasonCode, number][] = [];
    const isRisk = script.tags.includes('risk');
    const fav = ctx.favourites.has(script.id);
    let fit = 0;
    // A script's first scenario is what it is written for; one it also covers fits a little less
    // (a customs reply also answers "where is it", but a domestic parcel's own replies come first).
    script.scenarios.forEach((id, i) => (fit = Math.max(fit, (weightOf.get(id) ?? 0) * (i === 0 ? 1 : RANK_WEIGHTS.alsoCovers))));
    if (fit > 0) parts.push(['scenario', RANK_WEIGHTS.scenario * fit]);
    else if (script.scenarios.length === 0) parts.push(['generic', RANK_WEIGHTS.generic]);
    else if (!fav && !(isRisk && ctx.risk)) continue;
    const topic = query.size ? topicOverlap(query, script, df, scripts.length) : 0;
    if (topic > 0) parts.push(['topic', RANK_WEIGHTS.topic * topic]);
    if (isRisk) parts.push(ctx.risk ? ['risk', RANK_WEIGHTS.risk] : ['risk', ctx.quiet ? RANK_WEIGHTS.riskQuiet : RANK_WEIGHTS.riskOffTopic]);
    if (ctx.quiet && script.tags.includes('reactive')) parts.push(['reactive', RANK_WEIGHTS.reactiveQuiet]);
    if (ctx.urgent && script.tags.some((t) => URGENT_TAGS.has(t))) parts.push(['urgent', RANK_WEIGHTS.urgent]);
    if (ctx.state && script.states.length) {
      // A reply written for this state alone comes before one written for several (the return address before 极速退款 while awaiting the return).
      parts.push(script.states.includes(ctx.state) ? ['state', RANK_WEIGHTS.state / Math.sqrt(script.states.length)] : ['state_mismatch', RANK_WEIGHTS.stateMismatch]);
    } else if (!ctx.state && ctx.stage && script.states.length && !script.states.includes('none')) {
      // The page was read (its order stage is known) and shows no case: a script answering one is a guess.
      parts.push(['state_mismatch', RANK_WEIGHTS.stateUnknown]);
    }
    if (ctx.stage && script.stages.length) {
      parts.push(script.stages.includes(ctx.stage) ? ['stage', RANK_WEIGHTS.stage] : ['stage_mismatch', RANK_WEIGHTS.stageMismatch]);
    }
    // (As much as the script fits the scenarios: care advice is no answer to a platform dispute.)
    if (script.goods?.length && ctx.goods && fit > 0) parts.push(['goods', RANK_WEIGHTS.goods * fit]);
    if (script.platform) parts.push(['platform', script.platform === ctx.platform ? RANK_WEIGHTS.platform : RANK_WEIGHTS.platformUnknown]);
    const used = usageBoost(ctx.usage.get(script.id), now);
    if (used > 0) parts.push(['used', used]);
    if (fav) parts.push(['favourite', RANK_WEIGHTS.favourite]);
    const source = (script as { source?: string }).source;
    if (source === 'user' || source === 'override') parts.push(['own', RANK_WEIGHTS.own]);
    const score = Math.round(parts.reduce((a, [, w]) => a + w, 0) * 1000) / 1000;
    const reasons = parts
      .filter(([code, w]) => w > 0 || code === 'state_mismatch' || code === 'stage_mismatch')
      .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
      .map(([code]) => code);
    out.push({ script, score, reasons, reason: '' });
  }
  out.sort((a, b) => b.score - a.score || (a.script.id < b.script.id ? -1 : a.script.id > b.script.id ? 1 : 0));
  const shown = opts.limit ? out.slice(0, opts.limit) : out;
  // The text is made only for what is returned (a library of thousands would otherwise pay for all).
  for (const s of shown) s.reason = describeReasons(s.reasons, s.script, ctx);
  return shown;
}

// (`reactive` only ever lowers a score, and only a raising part is given as a reason.)
const REASON_TEXT: Readonly<Record<Exclude<ReasonCode, 'scenario' | 'goods' | 'reactive'>, { zh: string; en: string }>> = {
  risk: { zh: '买家情绪激动，先安抚', en: 'buyer may escalate: calm things first' },
  urgent: { zh: '买家着急，先回应进度', en: 'the buyer is in a hurry' },
  topic: { zh: '贴合买家刚问的', en: 'matches what the buyer just asked' },
  generic: { zh: '通用话术', en: 'general-purpose' },
  state: { zh: '符合当前售后进度', en: 'fits the case status' },
  state_mismatch: { zh: '售后进度不同', en: 'written for another case status' },
  stage: { zh: '符合订单状态', en: 'fits the order stage' },
  stage_mismatch: { zh: '订单状态不同', en: 'written for another order stage' },
  platform: { zh: '本平台专用', en: 'for this platform' },
  used: { zh: '你常用', en: 'you use it often' },
  favourite: { zh: '已收藏', en: 'favourite' },
  own: { zh: '你自己的话术', en: 'your own reply' },
};

function describeReasons(reasons: readonly ReasonCode[], script: Script, ctx: SuggestContext): string {
  const lang = ctx.uiLang ?? ctx.lang;
  const words = reasons.slice(0, 3).map((r) => {
    if (r === 'goods') return ctx.goods ? (lang === 'zh' ? `适合${goodsLabel(ctx.goods, lang)}` : `for ${goodsLabel(ctx.goods, lang).toLowerCase()}`) : '';
    if (r !== 'scenario') return REASON_TEXT[r as keyof typeof REASON_TEXT][lang];
    const matched = ctx.scenarios.filter((s) => (script.scenarios as string[]).includes(s.id)).sort((a, b) => b.score - a.score)[0];
    const id = matched?.id;
    const label = id && isScenarioId(id) ? SCENARIO_LABELS[id][lang] : id ?? '';
    return lang === 'zh' ? `场景：${label}` : `situation: ${label}`;
  });
  return words.join(lang === 'zh' ? '；' : '; ');
}
