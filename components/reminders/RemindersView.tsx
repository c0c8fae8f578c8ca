/** Every reminder: overdue / today / upcoming / done, with done, snooze, new time, delete (undo), open page; and a search over all notes. */
import { reminderViews, type ReminderViews } from '../../lib/db/reminders';
import type { Reminder } from '../../lib/db/schema';
import { pick, type Lang } from '../../lib/i18n';
import { useApi, usePanel, type PanelApi } from '../api';
import { useLive } from '../hooks';
import { NotesSearch } from '../notes/NotesSearch';
import { Empty, Section } from '../Section';
import { ReminderRow, useNow } from './common';

const EMPTY: ReminderViews = { overdue: [], today: [], upcoming: [], done: [] };

function Group(props: { api: PanelApi; id: string; title: string; list: Reminder[]; now: number; lang: Lang; bad?: boolean }) {
  if (!props.list.length) return null;
  return (
    <div data-testid={`group-${props.id}`}>
      <h3 class={props.bad ? 'group-title bad' : 'group-title'}>{props.title}<span class="count">{props.list.length}</span></h3>
      <ul class="rem-list">{props.list.map((r) => <ReminderRow key={r.id} api={props.api} r={r} now={props.now} lang={props.lang} showWhere />)}</ul>
    </div>
  );
}

export function RemindersView() {
  const api = useApi();
  const lang = usePanel((s) => s.lang);
  const now = useNow(5000);
  // Re-query when the minute changes too, so that pending reminders move into "overdue" on time.
  const v = useLive(() => reminderViews(api.db, Date.now()), [Math.floor(now / 5000)], EMPTY);
  const none = !v.overdue.length && !v.today.length && !v.upcoming.length && !v.done.length;
  return (
    <main data-testid="reminders-view">
      <Section id="all-reminders" title={pick(lang, { zh: '全部提醒', en: 'All reminders' })}>
        {none && <Empty testid="reminders-view-empty">{pick(lang, { zh: '还没有提醒。在订单或会话页面的“提醒”里，用一句话写下什么时候要跟进。', en: 'No reminders yet. On an order or chat page, write when to follow up under Reminders.' })}</Empty>}
        <Group api={api} id="overdue" title={pick(lang, { zh: '已到期', en: 'Overdue' })} list={v.overdue} now={now} lang={lang} bad />
        <Group api={api} id="today" title={pick(lang, { zh: '今天', en: 'Today' })} list={v.today} now={now} lang={lang} />
        <Group api={api} id="upcoming" title={pick(lang, { zh: '以后', en: 'Upcoming' })} list={v.upcoming} now={now} lang={lang} />
        <Group api={api} id="done" title={pick(lang, { zh: '已完成', en: 'Done' })} list={v.done} now={now} lang={lang} />
      </Section>
      <Section id="notes-search" title={pick(lang, { zh: '搜索全部备注', en: 'Search all notes' })}>
        <NotesSearch />
      </Section>
    </main>
  );
}
