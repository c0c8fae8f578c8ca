/** Public types of the next-steps playbooks, platform deadlines and service timers. */
import type { AfterSalesState, OrderStage, PageSnapshot, Platform } from '../snapshot';
import type { ScenarioId } from '../scenarios';
import type { GoodsKind } from '../goods-kind';

export type { Lang } from '../i18n';

/** Who has to act for a step to happen. */
export type Actor = 'seller' | 'buyer' | 'platform';

/** Platform timers a step can run against (hours per platform in deadlines.ts). */
export const DEADLINE_KINDS = [
  'respond_refund_request',
  'buyer_return_shipping',
  'confirm_return_receipt',
  'upload_evidence',
  'ship_after_payment',
  'reply_buyer_message',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/** The moment a deadline counts from. */
export type DueFrom = 'state_since' | 'last_buyer_message' | 'order_paid';

export interface Due {
  kind: DeadlineKind;
  from: DueFrom;
}

/** One item of the checklist the panel shows. */
export interface Step {
  /** Stable across versions and languages (ticks are stored by it), e.g. `return.send_address`. */
  id: string;
  actor: Actor;
  text: string;
  /** What to look at before acting (photos, tracking, the return parcel…). */
  check?: string;
  /** What the agent can offer the buyer at this step. */
  offer?: string;
  due?: Due;
  /** Why the step is in the list: the risk block, the after-sales state, or a scenario. */
  origin: 'risk' | 'state' | ScenarioId;
}

/** Bilingual text as stored in the data files. */
export interface Text2 {
  zh: string;
  en: string;
}

/** A step as written in the data files, before the language is picked. */
export interface StepDef {
  actor: Actor;
  text: Text2;
  check?: Text2;
  offer?: Text2;
  due?: Due;
}

/**
 * A list of step ids that applies to some order stages (no `stages` = any stage) and, when `goods`
 * is set, only to orders of those kinds of goods (lib/goods-kind.ts).
 */
export interface StageRule {
  stages?: readonly OrderStage[];
  goods?: readonly GoodsKind[];
  steps: readonly string[];
}

export interface PlaybookInput {
  /** Best first (the classifier's ranking); scores are compared relative to the top one. */
  scenarios: readonly { id: ScenarioId; score: number }[];
  stage?: OrderStage;
  state?: AfterSalesState;
  risk: { flags: readonly string[] };
  platform?: Platform;
  /** Stage, state and platform fall back to the snapshot's when not given. */
  snapshot?: PageSnapshot;
  /** The kind of goods (lib/goods-kind.ts); falls back to the snapshot's item titles. */
  goods?: GoodsKind;
}
