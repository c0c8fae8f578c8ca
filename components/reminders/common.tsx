/** Shared pieces of the reminder views: a ticking clock, safe writes, the time field with its live reading, one reminder row. */
import { useEffect, useState } from 'preact/hooks';
import { safeWrite, StorageFullError } from '../../lib/db/backup';
import { done, removeReminder, reschedule, restoreReminder, snooze } from '../../lib/db/reminders';
import type { Reminder } from '../../lib/db/schema';
import { pick, type Lang } from '../../lib/i18n';
import { formatWhen } from '../../lib/time/format';
import type { PanelApi } from '../api';
import { readTime, type ReadTime } from '../../lib/reminder-text';
import './reminders.css';

/** The current time, refreshed every `ms` (so that "overdue" and "today" move on their own). */
export function useNow(ms = 15000): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(id);
  }, [ms]);
  return now;
}

/** Runs a write through safeWrite; a full disk or another failure becomes a clear notice. Tells the background on success. */
export async function write<T>(api: PanelApi, fn: () => Promise<T>, remindersChanged = true): Promise<T | undefined> {
  const lang = api.store.getState().lang;
  try {
    const out = await safeWrite(fn);
    if (remindersChanged) api.remindersChanged?.();
    return out;
  } catch (e) {
    const text = e instanceof StorageFullError
      ? pick(lang, { zh: '浏览器存储已满，这次修改没有保存。请先在设置里导出备份，再删除旧笔记或已完成的提醒。', en: 'Browser storage is full, so this change was not saved. Export a backup in Settings, then delete old notes or finished reminders.' })
      : pick(lang, { zh: '保存失败：', en: 'Could not save: ' }) + (e instanceof Error ? e.message : String(e));
    api.store.getState().notify({ kind: 'error', text });
    return undefined;
  }
}

/** Opens a page through the API (focus an existing tab), else a new tab. */
export function openPage(api: PanelApi, url: string) {
  if (api.openPage) void api.openPage(url).catch(() => window.open(url, '_blank'));
  else window.open(url, '_blank');
}

/** The live reading of a time field: the time it names, or why it cannot be saved. */
export function TimeReading(props: { text: string; read: ReadTime | null; now: number; lang: Lang; testid: string }) {
  const { text, read, now, lang } = props;
  if (!text.trim()) return null;
  if (!read) return <p class="when-hint bad" data-testid={props.testid} data-ok="false">{pick(lang, { zh: '没看懂这个时间。试试“明天上午10点”“2小时后”“周五下班前”。', en: 'Cannot read this time. Try "tomorrow 10am", "in 2 hours", "Friday end of day".' })}</p>;
  if (read.past) return <p class="when-hint bad" data-testid={props.testid} data-ok="false">{pick(lang, { zh: '这个时间已经过了：', en: 'That time has passed: ' })}{formatWhen(read.at, now, lang)}</p>;
  return <p class="when-hint ok" data-testid={props.testid} data-ok="true" data-at={read.at.getTime()}>→ {formatWhen(read.at, now, lang)}</p>;
}

/** One reminder with its actions: done, snooze, change the time, delete (undo), open the page. */
export function ReminderRow(props: { api: PanelApi; r: Reminder; now: number; lang: Lang; showWhere?: boolean }) {
  const { api, r, now, lang } = props;
  const [editing, setEditing] = useState(false);
  const [timeText, setTimeText] = useState('');
  const read = editing ? readTime(timeText, lang, new Date(now)) : null;
  const notify = api.store.getState().notify;
  const overdue = r.status === 'fired' || (r.status === 'pending' && r.dueAt <= now);
  const saveTime = async () => {
    const at = readTime(timeText, lang, new Date());
    if (!at || at.past) return;
    if ((await write(api, () => reschedule(api.db, r.id!, at.at, timeText))) !== undefined) {
      setEditing(false);
      notify({ kind: 'ok', text: pick(lang, { zh: '已改到 ', en: 'Moved to ' }) + formatWhen(at.at, Date.now(), lang) });
    }
  };
  const remove = async () => {
    const gone = await write(api, () => removeReminder(api.db, r.id!));
    if (gone) notify({ kind: 'ok', text: pick(lang, { zh: '提醒已删除', en: 'Reminder deleted' }), action: { label: pick(lang, { zh: '撤销', en: 'Undo' }), run: () => void write(api, () => restoreReminder(api.db, gone)) } });
  };
  return (
    <li class={`rem ${r.status}${overdue ? ' overdue' : ''}`} data-testid="reminder" data-status={r.status} data-id={r.id}>
      <div class="rem-text" data-user-text>{r.text}</div>
      <div class="rem-meta">
        <span class={overdue ? 'rem-when bad' : 'rem-when'} data-testid="reminder-when">{formatWhen(r.dueAt, now, lang)}</span>
        {r.status === 'fired' && <span class="pill" data-testid="reminder-fired">{r.missed ? pick(lang, { zh: '关闭期间到期', en: 'missed while closed' }) : pick(lang, { zh: '已提醒', en: 'shown' })}</span>}
        {r.status === 'done' && <span class="pill ok">{pick(lang, { zh: '已完成', en: 'done' })}</span>}
        {props.showWhere && r.orderId && <span class="pill">{r.orderId}</span>}
        {props.showWhere && r.buyerNick && <span class="tag">{r.buyerNick}</span>}
      </div>
      <div class="rem-actions">
        {r.status !== 'done' && <button type="button" class="link small" data-testid="reminder-done" onClick={() => void write(api, () => done(api.db, r.id!))}>{pick(lang, { zh: '完成', en: 'Done' })}</button>}
        {r.status !== 'done' && <button type="button" class="link small" data-testid="reminder-snooze" onClick={() => void write(api, () => snooze(api.db, r.id!, { minutes: 15 }))}>{pick(lang, { zh: '15分钟后', en: '+15 min' })}</button>}
        <button type="button" class="link small" data-testid="reminder-edit" onClick={() => { setEditing(!editing); setTimeText(r.timeText ?? ''); }}>{pick(lang, { zh: '改时间', en: 'Change time' })}</button>
        {props.showWhere && r.url && <button type="button" class="link small" data-testid="reminder-open" onClick={() => openPage(api, r.url!)}>{pick(lang, { zh: '打开页面', en: 'Open page' })}</button>}
        <button type="button" class="link small" data-testid="reminder-delete" onClick={() => void remove()}>{pick(lang, { zh: '删除', en: 'Delete' })}</button>
      </div>
      {editing && (
        <div class="rem-edit">
          <input data-testid="reminder-time-edit" value={timeText} placeholder={pick(lang, { zh: '新时间，如“明天下午3点”', en: 'New time, e.g. "tomorrow 3pm"' })}
            onInput={(e) => setTimeText((e.target as HTMLInputElement).value)}
            onKeyDown={(e) => { if (e.key === 'Enter') void saveTime(); }} />
          <button type="button" class="btn" data-testid="reminder-time-save" disabled={!read || read.past} onClick={() => void saveTime()}>{pick(lang, { zh: '改', en: 'Move' })}</button>
          <TimeReading text={timeText} read={read} now={now} lang={lang} testid="reminder-time-reading" />
        </div>
      )}
    </li>
  );
}
