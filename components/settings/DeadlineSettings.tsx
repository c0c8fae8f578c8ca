/**
 * Settings for the situation header and the checklist: the platform deadline table (hours per
 * platform and kind), the two service-timer limits, and resetting what the classifier learned from
 * the agent's corrections. Input is validated before anything is saved.
 */
import { useEffect, useState } from 'preact/hooks';
import { pick, platformName, type Lang } from '../../lib/i18n';
import {
  DEADLINE_KINDS, DEADLINE_LABELS, DEFAULT_DEADLINES, DEFAULT_TIMER_LIMITS, formatDuration,
  type DeadlineKind, type DeadlineOverrides,
} from '../../lib/playbook';
import type { Platform } from '../../lib/snapshot';
import { useApi, usePanel } from '../api';
import { useLive } from '../hooks';
import { Section } from '../Section';
import {
  resetDeadlineConfig, saveDeadlineOverrides, saveTimerLimits, TIMER_BOUNDS, type TimerSettings,
} from '../../lib/playbook/settings';
import { useDeadlineConfig } from '../situation/config';
import { clearFeedback, correctionCount } from '../../lib/classify/feedback';
import '../situation/situation.css';

type Row = Platform | 'default';
const ROWS: readonly Row[] = ['taobao', 'pinduoduo', 'douyin', 'jd', 'kuaishou', 'shopify', 'amazon', 'default'];
const MAX_HOURS = 90 * 24;

type Draft = Partial<Record<Row, Partial<Record<DeadlineKind, string>>>>;

function rowName(lang: Lang, r: Row): string {
  return r === 'default' ? pick(lang, { zh: '其他平台（默认）', en: 'Other platforms (default)' }) : platformName(lang, r);
}

function defaultHours(r: Row, k: DeadlineKind): number {
  return DEFAULT_DEADLINES[r]?.[k] ?? DEFAULT_DEADLINES.default[k];
}

function draftOf(o: DeadlineOverrides): Draft {
  const d: Draft = {};
  for (const [r, row] of Object.entries(o) as [Row, Partial<Record<DeadlineKind, number>>][]) {
    d[r] = Object.fromEntries(Object.entries(row ?? {}).map(([k, h]) => [k, String(h)]));
  }
  return d;
}

/** Turns the typed table into overrides (only values that differ from the defaults) or readable errors. */
export function overridesFromDraft(draft: Draft, lang: Lang): { overrides: DeadlineOverrides; errors: string[] } {
  const overrides: DeadlineOverrides = {};
  const errors: string[] = [];
  for (const r of ROWS) {
    for (const k of DEADLINE_KINDS) {
      const raw = draft[r]?.[k]?.trim();
      if (!raw) continue;
      const where = `${rowName(lang, r)} · ${DEADLINE_LABELS[k][lang]}`;
      const h = Number(raw.replace(',', '.'));
      if (!Number.isFinite(h)) errors.push(pick(lang, { zh: `${where}：「${raw}」不是数字，请填小时数`, en: `${where}: "${raw}" is not a number of hours` }));
      else if (h <= 0) errors.push(pick(lang, { zh: `${where}：必须大于 0`, en: `${where}: must be more than 0` }));
      else if (h > MAX_HOURS) errors.push(pick(lang, { zh: `${where}：最多 ${MAX_HOURS} 小时（90 天）`, en: `${where}: at most ${MAX_HOURS} hours (90 days)` }));
      else if (h !== defaultHours(r, k)) (overrides[r] ??= {})[k] = h;
    }
  }
  return { overrides, errors };
}

function timerDraftErrors(d: { firstResponseSec: string; resolutionMin: string }, lang: Lang): { limits: TimerSettings; errors: string[] } {
  const errors: string[] = [];
  const num = (s: string, k: keyof TimerSettings, name: string, unit: { zh: string; en: string }) => {
    const v = Number(s.trim());
    const [lo, hi] = TIMER_BOUNDS[k];
    if (!s.trim() || !Number.isFinite(v)) errors.push(pick(lang, { zh: `${name}：请填数字`, en: `${name}: enter a number` }));
    else if (v < lo || v > hi) errors.push(pick(lang, { zh: `${name}：应在 ${lo}–${hi} ${unit.zh}之间`, en: `${name}: between ${lo} and ${hi} ${unit.en}` }));
    return v;
  };
  const limits = {
    firstResponseSec: num(d.firstResponseSec, 'firstResponseSec', pick(lang, { zh: '首次响应', en: 'First response' }), { zh: '秒', en: 'seconds' }),
    resolutionMin: num(d.resolutionMin, 'resolutionMin', pick(lang, { zh: '问题解决', en: 'Resolution' }), { zh: '分钟', en: 'minutes' }),
  };
  return { limits, errors };
}

function LearningBlock(props: { lang: Lang }) {
  const { lang } = props;
  const api = useApi();
  const count = useLive(() => correctionCount(api.db), [], 0);
  const [confirming, setConfirming] = useState(false);
  return (
    <Section id="settings-learning" title={pick(lang, { zh: '情况识别的学习', en: 'What the classifier learned' })}>
      <p class="dl-hint" data-testid="learning-count" data-count={count}>
        {pick(lang, {
          zh: `你改过 ${count} 次情况判断，类似的消息会按你的选择排在前面。`,
          en: `You corrected the situation ${count} time${count === 1 ? '' : 's'}; similar messages rank your choice higher.`,
        })}
      </p>
      {confirming ? (
        <div class="dl-bar">
          <button type="button" class="btn" data-testid="learning-clear-confirm" onClick={async () => {
            const n = await clearFeedback(api.db);
            setConfirming(false);
            api.store.getState().notify({ kind: 'ok', text: pick(lang, { zh: `已清除 ${n} 条学习记录`, en: `Cleared ${n} correction${n === 1 ? '' : 's'}` }) });
          }}>{pick(lang, { zh: `确认清除 ${count} 条`, en: `Clear ${count}` })}</button>
          <button type="button" class="btn ghost" onClick={() => setConfirming(false)}>{pick(lang, { zh: '取消', en: 'Cancel' })}</button>
        </div>
      ) : (
        <button type="button" class="btn ghost" data-testid="learning-clear" disabled={count === 0} onClick={() => setConfirming(true)}>
          {pick(lang, { zh: '清除学习记录', en: 'Reset learning' })}
        </button>
      )}
    </Section>
  );
}

export function DeadlineSettings() {
  const api = useApi();
  const lang = usePanel((s) => s.lang);
  const { overrides, limits } = useDeadlineConfig();
  const [row, setRow] = useState<Row>('taobao');
  const [draft, setDraft] = useState<Draft>({});
  const [timers, setTimers] = useState({ firstResponseSec: String(limits.firstResponseSec), resolutionMin: String(limits.resolutionMin) });
  const [dirty, setDirty] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  // Follow the stored values until the agent starts typing.
  useEffect(() => {
    if (dirty) return;
    setDraft(draftOf(overrides));
    setTimers({ firstResponseSec: String(limits.firstResponseSec), resolutionMin: String(limits.resolutionMin) });
  }, [overrides, limits, dirty]);

  const edit = (k: DeadlineKind, v: string) => {
    setDirty(true);
    setDraft((d) => ({ ...d, [row]: { ...d[row], [k]: v } }));
  };
  const save = async () => {
    const dl = overridesFromDraft(draft, lang);
    const tm = timerDraftErrors(timers, lang);
    const all = [...dl.errors, ...tm.errors];
    if (all.length === 0) {
      const res = await saveDeadlineOverrides(api.db, dl.overrides);
      if (!res.ok) all.push(...res.errors);
    }
    setErrors(all);
    if (all.length > 0) {
      api.store.getState().notify({ kind: 'error', text: pick(lang, { zh: '有填错的地方，没有保存', en: 'Some values are wrong; nothing was saved' }) });
      return;
    }
    await saveTimerLimits(api.db, tm.limits);
    setDirty(false);
    api.store.getState().notify({ kind: 'ok', text: pick(lang, { zh: '时限已保存', en: 'Deadlines saved' }) });
  };
  const reset = async () => {
    await resetDeadlineConfig(api.db);
    setErrors([]);
    setDirty(false);
    setDraft({});
    setTimers({ firstResponseSec: String(DEFAULT_TIMER_LIMITS.firstResponseSec), resolutionMin: String(DEFAULT_TIMER_LIMITS.resolutionMin) });
    api.store.getState().notify({ kind: 'ok', text: pick(lang, { zh: '已恢复默认时限', en: 'Deadlines back to the defaults' }) });
  };
  const changed = (r: Row) => DEADLINE_KINDS.some((k) => {
    const v = draft[r]?.[k]?.trim();
    return v !== undefined && v !== '' && Number(v) !== defaultHours(r, k);
  });

  return (
    <>
      <Section id="settings-deadlines" title={pick(lang, { zh: '平台时限与服务标准', en: 'Platform deadlines and service targets' })}>
        <p class="dl-hint">
          {pick(lang, {
            zh: '默认值是常见规则的估计，各平台、类目和大促期间会不同，请按你店铺后台的实际规则修改。单位：小时。',
            en: 'The defaults are estimates of common rules; platforms, categories and sale seasons differ, so set what your shop’s back office says. Unit: hours.',
          })}
        </p>
        <div class="dl-bar">
          <select data-testid="deadline-platform" value={row} aria-label={pick(lang, { zh: '平台', en: 'Platform' })}
            onChange={(e) => setRow((e.target as HTMLSelectElement).value as Row)}>
            {ROWS.map((r) => <option key={r} value={r}>{rowName(lang, r)}{changed(r) ? pick(lang, { zh: '（已改）', en: ' (changed)' }) : ''}</option>)}
          </select>
        </div>
        <table class="dl-table" data-testid="deadline-table">
          <thead>
            <tr>
              <th>{pick(lang, { zh: '时限', en: 'Deadline' })}</th>
              <th>{pick(lang, { zh: '小时', en: 'Hours' })}</th>
              <th>{pick(lang, { zh: '默认', en: 'Default' })}</th>
            </tr>
          </thead>
          <tbody>
            {DEADLINE_KINDS.map((k) => {
              const def = defaultHours(row, k);
              const v = draft[row]?.[k] ?? '';
              const n = Number(v);
              const bad = v.trim() !== '' && (!Number.isFinite(n) || n <= 0 || n > MAX_HOURS);
              return (
                <tr key={k} data-kind={k}>
                  <td>{DEADLINE_LABELS[k][lang]}</td>
                  <td>
                    <input type="text" inputMode="decimal" data-testid={`deadline-${k}`} value={v} placeholder={String(def)}
                      class={v.trim() !== '' && n !== def ? 'changed' : ''} aria-invalid={bad}
                      aria-label={`${rowName(lang, row)} ${DEADLINE_LABELS[k][lang]}`}
                      onInput={(e) => edit(k, (e.target as HTMLInputElement).value)} />
                  </td>
                  <td class="dl-def">{def} · {formatDuration(def * 3600_000, lang)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <table class="dl-table" style={{ marginTop: '8px' }}>
          <tbody>
            <tr>
              <td>{pick(lang, { zh: '首次响应（秒）', en: 'First response (seconds)' })}</td>
              <td><input type="text" inputMode="numeric" data-testid="timer-first-response" value={timers.firstResponseSec}
                onInput={(e) => { setDirty(true); setTimers({ ...timers, firstResponseSec: (e.target as HTMLInputElement).value }); }} /></td>
              <td class="dl-def">{DEFAULT_TIMER_LIMITS.firstResponseSec}</td>
            </tr>
            <tr>
              <td>{pick(lang, { zh: '问题解决（分钟）', en: 'Resolution (minutes)' })}</td>
              <td><input type="text" inputMode="numeric" data-testid="timer-resolution" value={timers.resolutionMin}
                onInput={(e) => { setDirty(true); setTimers({ ...timers, resolutionMin: (e.target as HTMLInputElement).value }); }} /></td>
              <td class="dl-def">{DEFAULT_TIMER_LIMITS.resolutionMin}</td>
            </tr>
          </tbody>
        </table>
        {errors.length > 0 && (
          <ul class="dl-errors" data-testid="deadline-errors" role="alert">
            {errors.map((e) => <li key={e}>{e}</li>)}
          </ul>
        )}
        <div class="dl-bar">
          <button type="button" class="btn" data-testid="deadline-save" onClick={save}>{pick(lang, { zh: '保存', en: 'Save' })}</button>
          <button type="button" class="btn ghost" data-testid="deadline-reset" onClick={reset}>{pick(lang, { zh: '恢复默认', en: 'Reset to defaults' })}</button>
        </div>
      </Section>
      <LearningBlock lang={lang} />
    </>
  );
}
