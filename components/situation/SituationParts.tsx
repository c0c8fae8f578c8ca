/**
 * The situation header's parts: ranked scenario chips (with their cue words; a click is the agent's
 * correction), risk badges, mood and urgency, the order stage and after-sales state with the platform
 * deadline, and the live service timers.
 */
import type { CaseDeadline, Situation } from '../../lib/situation';
import { pick, stageName, stateName, type Lang } from '../../lib/i18n';
import {
  deadlineLevel, formatDuration, formatTimeLeft, serviceTimers, type TimerLevel,
} from '../../lib/playbook';
import { SCENARIO_IDS, SCENARIO_LABELS, type ScenarioId } from '../../lib/scenarios';
import type { PageSnapshot } from '../../lib/snapshot';
import { useApi } from '../api';
import type { TimerSettings } from '../../lib/playbook/settings';
import { feedbackText, storeCorrection } from '../../lib/classify/feedback';
import { cueText, RISK_LABELS, SENTIMENT_LABELS, URGENCY_LABELS } from './labels';
import { useNow } from './useNow';

/** At most this many chips: the rest of the ranking is noise for the agent. */
const MAX_CHIPS = 4;

/** Ranked scenario chips; the current one (the agent's choice, else the top) is pressed. */
export function ScenarioChips(props: { situation: Situation; snap: PageSnapshot; lang: Lang }) {
  const { situation, snap, lang } = props;
  const chosen = situation.chosen;
  const api = useApi();
  const ranked = situation.scenarios.slice(0, MAX_CHIPS);
  const top = ranked[0]?.id;
  const current = chosen ?? top;
  const choose = (id: ScenarioId) => {
    if (id === current) return;
    api.store.getState().chooseScenario(id, current ?? null);
    const text = feedbackText(snap);
    storeCorrection(api.db, text, current, id).catch((e) => {
      console.warn('storing the correction failed', e);
      api.store.getState().notify({ kind: 'error', text: pick(lang, { zh: '纠正没有保存成功', en: 'The correction was not saved' }) });
    });
  };
  const others = SCENARIO_IDS.filter((id) => !ranked.some((s) => s.id === id));
  return (
    <div class="sit-chips" data-testid="scenario-chips">
      {ranked.map((s, i) => (
        <button
          type="button"
          key={s.id}
          class={`sit-chip${s.id === current ? ' on' : ''}`}
          aria-pressed={s.id === current}
          data-testid="scenario-chip"
          data-scenario={s.id}
          data-rank={i + 1}
          title={pick(lang, { zh: '点击改为这个情况（会记住）', en: 'Click to make this the situation (remembered)' })}
          onClick={() => choose(s.id)}
        >
          <span class="sit-chip-name">{SCENARIO_LABELS[s.id][lang]}</span>
          <span class="sit-score" aria-label={pick(lang, { zh: '把握', en: 'score' })}>{Math.round(s.score * 100) || '<1'}</span>
          {s.cues.length > 0 && (
            <span class="sit-cues" data-testid="scenario-cues" data-user-text>{s.cues.slice(0, 3).map((c) => cueText(lang, c)).join(' · ')}</span>
          )}
        </button>
      ))}
      {chosen && !ranked.some((s) => s.id === chosen) && (
        <span class="sit-chip on" data-testid="scenario-chip" data-scenario={chosen} aria-pressed="true">
          <span class="sit-chip-name">{SCENARIO_LABELS[chosen][lang]}</span>
        </span>
      )}
      <select
        class="sit-more"
        data-testid="scenario-other"
        aria-label={pick(lang, { zh: '改为其他情况', en: 'Another situation' })}
        value=""
        onChange={(e) => {
          const v = (e.target as HTMLSelectElement).value as ScenarioId;
          if (v) choose(v);
        }}
      >
        <option value="">{pick(lang, { zh: '其他…', en: 'Other…' })}</option>
        {others.map((id) => <option key={id} value={id}>{SCENARIO_LABELS[id][lang]}</option>)}
      </select>
    </div>
  );
}

/** Risk badges with the words that raised them, then mood and urgency. */
export function Signals(props: { situation: Pick<Situation, 'risk' | 'sentiment' | 'urgency'>; lang: Lang }) {
  const { situation, lang } = props;
  const { risk, sentiment, urgency } = situation;
  const moodLevel = sentiment === 'angry' ? 'bad' : sentiment === 'anxious' ? 'warn' : 'ok';
  return (
    <div class="sit-signals">
      {risk.flags.length > 0 && (
        <div class="sit-risk" data-testid="risk" role="alert">
          {risk.flags.map((f) => (
            <span class="sit-badge bad" key={f} data-testid="risk-badge" data-flag={f}>⚠ {RISK_LABELS[f][lang]}</span>
          ))}
          {risk.cues.length > 0 && (
            <span class="sit-cues" data-testid="risk-cues" data-user-text>
              {pick(lang, { zh: '原话：', en: 'Said: ' })}{risk.cues.slice(0, 4).map((c) => `「${c}」`).join('')}
            </span>
          )}
        </div>
      )}
      <div class="sit-row">
        <span class={`sit-badge ${moodLevel}`} data-testid="sentiment" data-sentiment={sentiment}>
          {pick(lang, { zh: '情绪', en: 'Mood' })} {SENTIMENT_LABELS[sentiment][lang]}
        </span>
        <span class={`sit-badge ${urgency.level === 2 ? 'bad' : urgency.level === 1 ? 'warn' : 'plain'}`} data-testid="urgency" data-level={urgency.level}>
          {URGENCY_LABELS[urgency.level][lang]}
          {urgency.cues.length > 0 && <span class="sit-cue-inline" data-user-text>「{urgency.cues.slice(0, 2).join('」「')}」</span>}
        </span>
      </div>
    </div>
  );
}

const LEVEL_CLASS = { ok: 'ok', soon: 'warn', overdue: 'bad', unknown: 'plain' } as const;

/** Order stage and after-sales state; the state's platform deadline with the time left when the page shows its start. */
export function CaseStatus(props: { snap: PageSnapshot; situation: Situation; lang: Lang }) {
  const { snap, situation, lang } = props;
  const state = situation.afterSales;
  const open = state !== undefined && state !== 'none';
  if (!situation.stage && !open) return null;
  return (
    <div class="sit-case">
      {situation.stage && (
        <div class="kv" data-testid="fact-stage">
          <span class="k">{pick(lang, { zh: '订单状态', en: 'Order' })}</span>
          <span class="v" data-testid="stage" data-stage={situation.stage}>{stageName(lang, situation.stage)}</span>
        </div>
      )}
      {open && (
        <div class="kv" data-testid="fact-aftersales">
          <span class="k">{pick(lang, { zh: '售后', en: 'After-sales' })}</span>
          <span class="v">
            <span data-testid="aftersales-state" data-state={state}>{stateName(lang, state)}</span>
            {snap.afterSales?.raw && <span class="raw" data-user-text> · {snap.afterSales.raw}</span>}
            {situation.caseDeadline && <StateDeadline d={situation.caseDeadline} lang={lang} />}
          </span>
        </div>
      )}
    </div>
  );
}

/** The case's platform deadline, counting down every second (the due time comes from the situation). */
function StateDeadline(props: { d: CaseDeadline; lang: Lang }) {
  const { d, lang } = props;
  const now = useNow(1000);
  const limit = formatDuration(d.hours * 3600_000, lang);
  if (d.dueAt === undefined || d.since === undefined) {
    return (
      <div class="sit-deadline plain" data-testid="state-deadline" data-level="unknown">
        {d.label}：{pick(lang, {
          zh: `时限 ${limit}，页面上看不到开始时间，剩余时间未知`,
          en: `${limit} limit; the page does not show when it started, so the time left is unknown`,
        })}
      </div>
    );
  }
  const msLeft = d.dueAt - now;
  const level = deadlineLevel(msLeft, d.hours);
  const since = new Date(d.since).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' });
  return (
    <div class={`sit-deadline ${LEVEL_CLASS[level]}`} data-testid="state-deadline" data-level={level} data-ms-left={msLeft} data-since={new Date(d.since).toISOString()}>
      <strong data-testid="state-time-left">{formatTimeLeft({ msLeft }, lang)}</strong>
      <span class="sit-sub"> · {d.label}{pick(lang, { zh: `（${since} 起 ${limit}）`, en: ` (${limit} from ${since})` })}</span>
    </div>
  );
}

const TIMER_CLASS: Record<TimerLevel, string> = { green: 'ok', amber: 'warn', red: 'bad' };

/** Waiting time to the second under an hour ("2分05秒"), so the agent sees it run; longer, as a duration. */
export function formatWaiting(seconds: number, lang: Lang): string {
  if (seconds >= 3600) return formatDuration(seconds * 1000, lang);
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  if (m === 0) return lang === 'zh' ? `${s}秒` : `${s} s`;
  const ss = String(s).padStart(2, '0');
  return lang === 'zh' ? `${m}分${ss}秒` : `${m} min ${ss} s`;
}

/** Waiting time of the buyer and age of the case, ticking every second while the panel is visible. */
export function ServiceTimers(props: { snap: PageSnapshot; lang: Lang; limits: TimerSettings }) {
  const { snap, lang, limits } = props;
  const now = useNow(1000);
  const messages = snap.messages ?? [];
  if (!messages.some((m) => m.role === 'buyer')) return null;
  const { waiting, caseAge } = serviceTimers(messages, now, limits);
  const std = (ms: number) => pick(lang, { zh: `标准 ${formatDuration(ms, lang)}`, en: `target ${formatDuration(ms, lang)}` });
  return (
    <div class="sit-timers" data-testid="timers">
      {waiting ? (
        <span class={`sit-timer ${TIMER_CLASS[waiting.level]}`} data-testid="timer-waiting" data-level={waiting.level}>
          {pick(lang, { zh: '买家已等', en: 'Waiting' })} <strong>{formatWaiting(waiting.seconds, lang)}</strong>
          <span class="sit-sub"> / {std(limits.firstResponseSec * 1000)}</span>
        </span>
      ) : (
        <span class="sit-timer ok" data-testid="timer-waiting" data-level="none">
          {messages.some((m) => m.role === 'buyer' && m.time)
            ? pick(lang, { zh: '已回复买家', en: 'Buyer answered' })
            : pick(lang, { zh: '消息没有时间，无法计时', en: 'Messages have no times' })}
        </span>
      )}
      {caseAge && (
        <span class={`sit-timer ${TIMER_CLASS[caseAge.level]}`} data-testid="timer-case" data-level={caseAge.level}>
          {pick(lang, { zh: '会话已', en: 'Case age' })} <strong>{formatDuration(caseAge.minutes * 60_000, lang)}</strong>
          <span class="sit-sub"> / {std(limits.resolutionMin * 60_000)}</span>
        </span>
      )}
    </div>
  );
}
