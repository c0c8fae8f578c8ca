/** 今日: the day's review — reminders due and done, notes written, cases by scenario, open follow-ups — and the handover as text. */
import { dailyReview, handoverFileName, reviewAsText, type DailyReview } from '../../lib/db/review';
import { pick } from '../../lib/i18n';
import { SCENARIO_IDS, SCENARIO_LABELS } from '../../lib/scenarios';
import { useApi, usePanel } from '../api';
import { useLive } from '../hooks';
import { Empty, Section } from '../Section';
import { ReminderRow, useNow } from './common';
import { downloadText } from './download';

export function ReviewView() {
  const api = useApi();
  const lang = usePanel((s) => s.lang);
  const now = useNow(30000);
  const day = Math.floor(now / 60000);
  const r = useLive<DailyReview | null>(() => dailyReview(api.db, Date.now()), [day], null);
  if (!r) return <main data-testid="review-view"><Empty>{pick(lang, { zh: '正在汇总…', en: 'Adding up…' })}</Empty></main>;
  const scen = SCENARIO_IDS.filter((id) => r.casesByScenario[id] > 0).sort((a, b) => r.casesByScenario[b] - r.casesByScenario[a]);
  const cases = scen.reduce((s, id) => s + r.casesByScenario[id], 0) + r.casesUnclassified;
  const max = Math.max(1, ...scen.map((id) => r.casesByScenario[id]), r.casesUnclassified);
  const text = () => reviewAsText(r, lang, { now: Date.now() });
  const copy = async () => {
    const ok = await api.copy(text());
    api.store.getState().notify(ok ? { kind: 'ok', text: pick(lang, { zh: '交接内容已复制', en: 'Handover copied' }) } : { kind: 'error', text: pick(lang, { zh: '复制失败', en: 'Could not copy' }) });
  };
  const stats: [string, number, string][] = [
    ['due', r.remindersDue, pick(lang, { zh: '今日到期提醒', en: 'Reminders due today' })],
    ['done', r.remindersDone, pick(lang, { zh: '今日完成', en: 'Done today' })],
    ['notes', r.notesWritten, pick(lang, { zh: '新写备注', en: 'Notes written' })],
    ['cases', cases, pick(lang, { zh: '处理的会话/订单', en: 'Cases handled' })],
  ];
  return (
    <main data-testid="review-view">
      <Section id="review" title={pick(lang, { zh: '今日回顾', en: "Today's review" })}>
        <div class="review-grid">
          {stats.map(([id, n, label]) => (
            <div class="stat" key={id} data-testid={`review-${id}`} data-value={n}><div class="num">{n}</div><div class="lbl">{label}</div></div>
          ))}
        </div>
        {r.remindersMissed > 0 && <p class="when-hint bad">{pick(lang, { zh: `其中 ${r.remindersMissed} 条在浏览器关闭期间到期。`, en: `${r.remindersMissed} of them came due while the browser was closed.` })}</p>}
        <h3 class="group-title">{pick(lang, { zh: '按场景', en: 'By scenario' })}</h3>
        {cases === 0 ? <Empty testid="review-no-cases">{pick(lang, { zh: '今天还没有打开过会话或订单。', en: 'No chats or orders opened today yet.' })}</Empty> : (
          <ul class="bars">
            {scen.map((id) => (
              <li key={id}><span class="name">{SCENARIO_LABELS[id][lang]}</span><span class="bar" style={{ width: `${(r.casesByScenario[id] / max) * 55}%` }} /><span>{r.casesByScenario[id]}</span></li>
            ))}
            {r.casesUnclassified > 0 && <li><span class="name">{pick(lang, { zh: '未分类', en: 'Unclassified' })}</span><span class="bar" style={{ width: `${(r.casesUnclassified / max) * 55}%` }} /><span>{r.casesUnclassified}</span></li>}
          </ul>
        )}
        <div class="row-btns">
          <button type="button" class="btn" data-testid="review-copy" onClick={() => void copy()}>{pick(lang, { zh: '复制交接文本', en: 'Copy handover' })}</button>
          <button type="button" class="btn ghost" data-testid="review-download" onClick={() => downloadText(handoverFileName(r), text())}>{pick(lang, { zh: '下载 .txt', en: 'Download .txt' })}</button>
        </div>
      </Section>
      <Section id="open-followups" title={pick(lang, { zh: `待跟进（${r.openFollowUps.length}）`, en: `Open follow-ups (${r.openFollowUps.length})` })}>
        {r.openFollowUps.length === 0 ? <Empty testid="review-no-open">{pick(lang, { zh: '没有待跟进的事项，可以安心交班。', en: 'Nothing left to follow up; a clean handover.' })}</Empty> : (
          <ul class="rem-list">{r.openFollowUps.map((x) => <ReminderRow key={x.id} api={api} r={x} now={now} lang={lang} showWhere />)}</ul>
        )}
      </Section>
    </main>
  );
}
