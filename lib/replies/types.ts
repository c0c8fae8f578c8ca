/** The shape of a reply script (built-in or the agent's own). Built-ins are data in lib/replies/builtin/. */
import type { AfterSalesState, OrderStage, PageKind, Platform } from '../snapshot';
import type { ScenarioId } from '../scenarios';
import type { Lang } from '../i18n';
import type { GoodsKind } from '../goods-kind';

/** Whose fault a case is (see Script.cause). */
export const SCRIPT_CAUSES = ['seller', 'buyer', 'unknown'] as const;
export type ScriptCause = (typeof SCRIPT_CAUSES)[number];
/** Which kind of `wrong_item` case (see Script.subcase). */
export const SCRIPT_SUBCASES = ['wrong', 'missing', 'described'] as const;
export type ScriptSubcase = (typeof SCRIPT_SUBCASES)[number];

/** Stage groups agents think in, besides the exact order stages. */
export type ServicePhase = 'presale' | 'in_order' | 'after_sale';

export interface Script {
  /** Stable id, e.g. `zh.return_refund.address`; the agent's own scripts use `u.<random>`. */
  id: string;
  title: string;
  /** Text with variables: {buyer}, {order_id}, {courier|快递} (fallback after the bar). */
  body: string;
  scenarios: ScenarioId[];
  /** Order stages where the script fits; empty = any. */
  stages: OrderStage[];
  /** After-sales states where the script fits; empty = any. */
  states: AfterSalesState[];
  lang: Lang;
  platform?: Platform;
  /** Free tags, e.g. 安抚, 催评, de-escalation, thanks. `risk` marks de-escalation scripts. */
  tags: string[];
  /** Typed after the trigger (default `;`) in the chat box, e.g. `tk`. */
  shortcut?: string;
  /** Guidance for the agent, not inserted ("ask for photos before agreeing"). */
  tip?: string;
  phase?: ServicePhase;
  /**
   * Whose fault the case is that the reply is written for: `seller` (wrong, missing, not as
   * described, defective, damaged: the shop pays the postage) or `buyer` (the buyer's own reason:
   * the buyer pays the return postage). A reply whose cause contradicts the case is never suggested.
   * `unknown`: written for while the cause is not known (it states both policies and asks why); left
   * out once the conversation or the page names the cause.
   */
  cause?: ScriptCause;
  /**
   * Which kind of `wrong_item` case it answers: the wrong goods sent, goods or gifts missing, or
   * not as described. Left out when the buyer's words name another kind.
   */
  subcase?: ScriptSubcase;
  /** Kinds of page where the reply fits (e.g. only in chat); absent or empty = any. */
  pageKinds?: PageKind[];
  /**
   * Kinds of goods the reply is written for (lib/goods-kind.ts: switching on an appliance, washing
   * bedding); absent or empty = any. Left out when the order's items name another kind.
   */
  goods?: GoodsKind[];
  /** Folder or group name, e.g. 售后/退货. */
  folder?: string;
}

/**
 * Variables a script may use. Filled from the snapshot and from settings; unfilled ones stay
 * visibly marked in the panel and must be filled before inserting.
 */
export const SCRIPT_VARIABLES = [
  'buyer', 'order_id', 'product', 'sku', 'qty', 'amount', 'refund_amount', 'courier', 'tracking_no',
  'latest_event', 'return_address', 'deadline', 'shop', 'agent', 'today', 'platform',
] as const;
export type ScriptVariable = (typeof SCRIPT_VARIABLES)[number];
