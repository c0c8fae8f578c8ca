/** Public types of the scenario classifier (shared by the panel, the CLI and tests). */
import type { ScenarioId } from '../scenarios';
import type { PageSnapshot, Role } from '../snapshot';
import type { TextModel } from './model';
import type { SmallTalk } from './turns';

export const RISK_FLAGS = ['complaint_threat', 'bad_review_threat', 'legal', 'media', 'abuse'] as const;
export type RiskFlag = (typeof RISK_FLAGS)[number];

export type Sentiment = 'calm' | 'anxious' | 'angry';

/** A message as the caller has it: a bare string counts as a buyer message. */
export type InputMessage = string | { role: Role; text: string; time?: string };

export interface ScenarioScore {
  id: ScenarioId;
  /** 0..1, higher is more likely. */
  score: number;
  /** The words or patterns that raised this scenario, as found in the buyer's text. */
  cues: string[];
}

export interface Classification {
  /** Best first; `other` when nothing fits. */
  scenarios: ScenarioScore[];
  risk: { flags: RiskFlag[]; cues: string[] };
  sentiment: Sentiment;
  urgency: { level: 0 | 1 | 2; cues: string[] };
  /** The buyer wrote in a language the model cannot read (language.ts): the reading above is no finding. */
  unread?: true;
  /** The scenarios are the page's own needs (page.ts pageNeeds): no buyer words to read, or words the model cannot read. */
  page?: true;
  /** Nothing but small talk was read (the first scenario is `other`) and the buyer's last turn is this kind of it. */
  smallTalk?: SmallTalk;
  /** A short line whose need the model cannot tell (index.ts FRAGMENT): `other` is first because the words name no need. */
  fragment?: true;
}

/** One stored correction: the agent moved `text` (from scenario `from`) to scenario `to`. */
export interface FeedbackItem {
  text: string;
  to: string;
  from?: string;
}

/** One learned correction, pre-tokenised. */
export interface LearnedEntry {
  grams: Set<string>;
  to: ScenarioId;
  from?: ScenarioId;
}

/** What `buildLearned` makes from the agent's corrections; `classify` reads it. */
export interface LearnedModel {
  entries: LearnedEntry[];
  /** gram → indexes into `entries`, so a lookup touches only corrections that share something. */
  index: Map<string, number[]>;
}

export interface ClassifyInput {
  messages: InputMessage[];
  snapshot?: Partial<PageSnapshot>;
  learned?: LearnedModel;
  /** The moment of classification (ms): with no buyer words, stalled tracking is judged against it. */
  now?: number;
  /** The model to use (evaluation, tests); the shipped one when omitted. */
  model?: TextModel;
}
