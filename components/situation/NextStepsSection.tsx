/**
 * Next steps as a checklist: the playbook for the scenarios (the agent's choice first), the order
 * stage, the after-sales state and the risk (de-escalation first), with who acts, what to check and
 * offer, and the deadline. Ticks are kept per order in Dexie; without an order id, for this panel
 * session only (and the panel says so).
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { orderKeyOf } from '../../lib/db/keys';
import { setTick, ticksFor } from '../../lib/db/ticks';
import { pick, t, type Lang } from '../../lib/i18n';
import { applyTicks, describeDue, progress, type DeadlineTable, type Step, type TickedStep } from '../../lib/playbook';
import type { PageSnapshot } from '../../lib/snapshot';
import { useApi, usePanel } from '../api';
import { useLive } from '../hooks';
import { Empty, Section } from '../Section';
import { useDeadlineConfig } from './config';
import { ACTOR_LABELS } from './labels';
import { usePage } from './PageProvider';
import { useNow } from './useNow';
import './situation.css';

/** Ticks of pages without an order id: kept while the panel is open, by page address. */
const sessionTicks = new Map<string, Record<string, boolean>>();

function useTicks(snap: PageSnapshot): { ticks: Record<string, boolean>; saving: ReadonlySet<string>; toggle(stepId: string, done: boolean): void; persistent: boolean } {
  const api = useApi();
  const key = orderKeyOf(snap);
  const stored = useLive(async () => (key ? ticksFor(api.db, key) : []), [key], []);
  const [session, setSession] = useState<Record<string, boolean>>(() => sessionTicks.get(snap.url) ?? {});
  const [sessionUrl, setSessionUrl] = useState(snap.url);
  if (sessionUrl !== snap.url) {
    setSessionUrl(snap.url);
    setSession(sessionTicks.get(snap.url) ?? {});
  }
  // A tick shows at once, before the stored one comes back: a second click meanwhile (or a re-render
  // with the old value) must not undo the first. Kept until the store says the same; until then the
  // step says it is saving (data-saving), which is what a test waits for before it reloads the panel.
  const [pending, setPending] = useState<Record<string, boolean>>({});
  const [pendingKey, setPendingKey] = useState(key);
  if (pendingKey !== key) {
    setPendingKey(key);
    setPending({});
  }
  const ticks = useMemo(() => {
    if (!key) return session;
    const saved: Record<string, boolean> = Object.fromEntries(stored.map((r) => [r.stepId, r.done]));
    return { ...saved, ...pending };
  }, [key, stored, session, pending]);
  useEffect(() => {
    const saved = new Map(stored.map((r) => [r.stepId, r.done]));
    setPending((p) => {
      const left = Object.entries(p).filter(([id, done]) => (saved.get(id) ?? false) !== done);
      return left.length === Object.keys(p).length ? p : Object.fromEntries(left);
    });
  }, [stored]);
  const saving = useMemo(() => new Set(key ? Object.keys(pending) : []), [key, pending]);
  return {
    ticks,
    saving,
    persistent: key !== undefined,
    toggle(stepId, done) {
      if (key) {
        setPending((p) => ({ ...p, [stepId]: done }));
        setTick(api.db, key, stepId, done).catch((e) => {
          console.warn('setTick failed', e);
          setPending((p) => Object.fromEntries(Object.entries(p).filter(([id]) => id !== stepId)));
          api.store.getState().notify({ kind: 'error', text: pick(api.store.getState().lang, { zh: '勾选没有保存成功', en: 'The tick was not saved' }) });
        });
      } else {
        const next = { ...session, [stepId]: done };
        sessionTicks.set(snap.url, next);
        setSession(next);
      }
    },
  };
}

const LEVEL_CLASS = { ok: 'ok', soon: 'warn', overdue: 'bad', unknown: 'plain' } as const;

function DueBadge(props: { step: Step; snap: PageSnapshot; lang: Lang; table: DeadlineTable }) {
  const now = useNow(1000);
  const d = props.step.due && describeDue(props.step.due, props.snap, now, props.lang, props.table);
  if (!d) return null;
  return <span class={`step-due ${LEVEL_CLASS[d.level]}`} data-testid="step-due" data-level={d.level}>⏱ {d.text}</span>;
}

function StepItem(props: { step: TickedStep; saving: boolean; snap: PageSnapshot; lang: Lang; table: DeadlineTable; onToggle(done: boolean): void }) {
  const { step, lang } = props;
  return (
    <li class={`step${step.done ? ' done' : ''}${step.origin === 'risk' ? ' risk' : ''}`} data-testid="step" data-step={step.id} data-origin={step.origin} data-done={step.done} data-saving={props.saving || undefined}>
      <label class="step-main">
        <input type="checkbox" data-testid="step-tick" checked={step.done} onChange={(e) => props.onToggle((e.target as HTMLInputElement).checked)} />
        <span class={`step-actor ${step.actor}`} data-testid="step-actor">{ACTOR_LABELS[step.actor][lang]}</span>
        <span class="step-text" data-testid="step-text">{step.text}</span>
      </label>
      {step.check && <div class="step-sub"><b>{pick(lang, { zh: '先看', en: 'Check' })}</b> {step.check}</div>}
      {step.offer && <div class="step-sub"><b>{pick(lang, { zh: '可提供', en: 'Offer' })}</b> {step.offer}</div>}
      {step.due && <DueBadge step={step} snap={props.snap} lang={lang} table={props.table} />}
    </li>
  );
}

export function NextStepsSection() {
  const { snap, situation } = usePage();
  const lang = usePanel((s) => s.lang);
  const { table } = useDeadlineConfig();
  const { ticks, saving, toggle, persistent } = useTicks(snap);
  const steps = situation.steps;
  const ticked = useMemo(() => applyTicks(steps, ticks), [steps, ticks]);
  if (steps.length === 0) {
    return (
      <Section id="steps" title={t(lang, 'nextSteps')}>
        <Empty testid="steps-empty">{t(lang, 'noSteps')}</Empty>
      </Section>
    );
  }
  const p = progress(ticked);
  return (
    <Section id="steps" title={t(lang, 'nextSteps')} badge={<span class="pill" data-testid="steps-progress">{p.done}/{p.total}</span>}>
      {!persistent && (
        <p class="steps-note" data-testid="steps-session-only">
          {pick(lang, { zh: '页面上没有订单号：勾选只在面板开着时保留。', en: 'No order id on this page: ticks last only while the panel is open.' })}
        </p>
      )}
      <ol class="steps" data-testid="steps">
        {ticked.map((s) => (
          <StepItem key={s.id} step={s} saving={saving.has(s.id)} snap={snap} lang={lang} table={table} onToggle={(done) => toggle(s.id, done)} />
        ))}
      </ol>
    </Section>
  );
}
