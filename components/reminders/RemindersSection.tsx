/**
 * Reminders for the followed buyer/order: write the time naturally (明天上午10点, in 2 hours, 30秒后),
 * see the reading live before saving, or pick a preset; the text defaults to the situation.
 */
import { useState } from 'preact/hooks';
import { createReminder, remindersFor } from '../../lib/db/reminders';
import { buyerIdsOf, buyerKeyOf, orderKeyOf } from '../../lib/db/keys';
import { pick, t } from '../../lib/i18n';
import { formatWhen } from '../../lib/time/format';
import { presets } from '../../lib/time/parse';
import { useApi, usePanel } from '../api';
import { useLive } from '../hooks';
import { Empty, Section } from '../Section';
import { usePage } from '../situation/PageProvider';
import { ReminderRow, TimeReading, useNow, write } from './common';
import { defaultReminderText, pageDeadline, readTime } from '../../lib/reminder-text';

export function RemindersSection() {
  const api = useApi();
  const lang = usePanel((s) => s.lang);
  const { snap, situation } = usePage();
  const now = useNow(5000);
  const bk = buyerKeyOf(snap);
  const ok = orderKeyOf(snap);
  const list = useLive(() => (bk || ok ? remindersFor(api.db, snap) : Promise.resolve([])), [buyerIdsOf(snap).join('|'), ok], []);
  const [when, setWhen] = useState('');
  const [preset, setPreset] = useState<{ at: Date; label: string } | null>(null);
  const [text, setText] = useState<string | null>(null);
  const fallback = defaultReminderText(snap, situation.scenario === 'other' ? null : situation.scenario, lang);
  const read = preset ? { at: preset.at, past: preset.at.getTime() <= now } : readTime(when, lang, new Date(now));
  const deadline = pageDeadline(snap, situation.steps, now);
  const quick = presets(new Date(now), { deadline });

  const save = async () => {
    const at = preset ? { at: preset.at, past: preset.at.getTime() <= Date.now() } : readTime(when, lang, new Date());
    if (!at || at.past) return;
    const body = (text ?? fallback).trim();
    if (!body) return;
    const id = await write(api, () => createReminder(api.db, { text: body, dueAt: at.at, snapshot: snap, timeText: preset ? preset.label : when }));
    if (id === undefined) return;
    setWhen('');
    setPreset(null);
    setText(null);
    api.store.getState().notify({ kind: 'ok', text: pick(lang, { zh: '提醒已设好：', en: 'Reminder set: ' }) + formatWhen(at.at, Date.now(), lang) });
  };

  return (
    <Section id="reminders" title={t(lang, 'reminders')} badge={list.length ? <span class="pill" data-testid="reminders-count">{list.length}</span> : undefined}>
      {list.length === 0 ? <Empty testid="reminders-empty">{pick(lang, { zh: '这位买家/这个订单还没有待办提醒。', en: 'No open reminders for this buyer or order.' })}</Empty> : (
        <ul class="rem-list">{list.map((r) => <ReminderRow key={r.id} api={api} r={r} now={now} lang={lang} />)}</ul>
      )}
      <div class="rem-form">
        <div class="presets">
          {quick.map((p) => (
            <button type="button" key={p.id} class="btn ghost" data-testid={`preset-${p.id}`} aria-pressed={preset?.label === p.label[lang]}
              onClick={() => { setPreset({ at: p.at, label: p.label[lang] }); setWhen(''); }}>{p.label[lang]}</button>
          ))}
        </div>
        <div class="row">
          <input data-testid="reminder-when-input" value={preset ? preset.label : when}
            placeholder={pick(lang, { zh: '什么时候？如“明天上午10点”“2小时后”', en: 'When? e.g. "tomorrow 10am", "in 2 hours"' })}
            onInput={(e) => { setPreset(null); setWhen((e.target as HTMLInputElement).value); }}
            onKeyDown={(e) => { if (e.key === 'Enter') void save(); }} />
        </div>
        <TimeReading text={preset ? preset.label : when} read={read} now={now} lang={lang} testid="reminder-reading" />
        <div class="row">
          <textarea data-testid="reminder-text" rows={2} value={text ?? fallback}
            onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
        </div>
        <div class="row">
          <button type="button" class="btn" data-testid="reminder-save" disabled={!read || read.past || !(text ?? fallback).trim()} onClick={() => void save()}>
            {pick(lang, { zh: '设提醒', en: 'Set reminder' })}
          </button>
          {!bk && !ok && <span class="tag">{pick(lang, { zh: '页面上没有订单和买家，提醒不会挂在某个订单上。', en: 'No order or buyer on this page; the reminder will not be tied to one.' })}</span>}
        </div>
      </div>
    </Section>
  );
}
