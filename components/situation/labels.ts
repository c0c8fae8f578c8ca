/** Display words of the situation header and the checklist (risk, mood, urgency, actors, timers). */
import type { RiskFlag, Sentiment } from '../../lib/classify/types';
import { stageName, stateName, type Lang } from '../../lib/i18n';
import type { Actor } from '../../lib/playbook';
import { AFTER_SALES_STATES, ORDER_STAGES, type AfterSalesState, type OrderStage } from '../../lib/snapshot';

type Text2 = { zh: string; en: string };

export const RISK_LABELS: Readonly<Record<RiskFlag, Text2>> = {
  complaint_threat: { zh: '扬言投诉', en: 'Complaint threat' },
  bad_review_threat: { zh: '扬言差评', en: 'Bad-review threat' },
  legal: { zh: '法律维权', en: 'Legal action' },
  media: { zh: '媒体曝光', en: 'Media exposure' },
  abuse: { zh: '辱骂', en: 'Abuse' },
};

export const SENTIMENT_LABELS: Readonly<Record<Sentiment, Text2>> = {
  calm: { zh: '平静', en: 'Calm' },
  anxious: { zh: '着急', en: 'Anxious' },
  angry: { zh: '生气', en: 'Angry' },
};

export const URGENCY_LABELS: Readonly<Record<0 | 1 | 2, Text2>> = {
  0: { zh: '不急', en: 'Not urgent' },
  1: { zh: '较急', en: 'Urgent' },
  2: { zh: '很急', en: 'Very urgent' },
};

export const ACTOR_LABELS: Readonly<Record<Actor, Text2>> = {
  seller: { zh: '我方', en: 'Us' },
  buyer: { zh: '买家', en: 'Buyer' },
  platform: { zh: '平台', en: 'Platform' },
};

/**
 * A classifier cue as the agent reads it: buyer words stay as they are; "learned 80%" is the agent's
 * own correction; "state:…" / "stage:…" are the page's after-sales state and order stage.
 */
export function cueText(lang: Lang, cue: string): string {
  const m = /^learned (\d+)%$/.exec(cue);
  if (m) return lang === 'zh' ? `你的纠正 ${m[1]}%` : `your correction ${m[1]}%`;
  if (cue === 'logistics:stalled') return lang === 'zh' ? '页面：物流多日未更新' : 'page: tracking not updated for days';
  if (cue === 'logistics:exception') return lang === 'zh' ? '页面：物流异常' : 'page: delivery problem';
  const ctx = /^(state|stage):(\w+)$/.exec(cue);
  if (ctx) {
    const [, kind, id] = ctx;
    if (kind === 'state' && (AFTER_SALES_STATES as readonly string[]).includes(id)) return `${lang === 'zh' ? '页面：' : 'page: '}${stateName(lang, id as AfterSalesState)}`;
    if (kind === 'stage' && (ORDER_STAGES as readonly string[]).includes(id)) return `${lang === 'zh' ? '页面：' : 'page: '}${stageName(lang, id as OrderStage)}`;
  }
  return cue;
}
