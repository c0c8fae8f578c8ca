/** Data: one JSON backup of everything, and a restore that checks the whole file and asks before replacing anything. */
import { useState } from 'preact/hooks';
import { backupFileName, backupToJson, exportBackup, restoreBackup, validateBackup, BACKUP_TABLES, type BackupTable } from '../../lib/db/backup';
import { pick } from '../../lib/i18n';
import { useApi, usePanel } from '../api';
import { write } from '../reminders/common';
import { downloadText } from '../reminders/download';
import { Section } from '../Section';
import '../reminders/reminders.css';

const TABLE_NAMES: Record<BackupTable, { zh: string; en: string }> = {
  notes: { zh: '备注', en: 'notes' }, reminders: { zh: '提醒', en: 'reminders' }, scripts: { zh: '话术', en: 'replies' },
  usage: { zh: '使用记录', en: 'usage' }, settings: { zh: '设置', en: 'settings' }, feedback: { zh: '分类纠正', en: 'corrections' },
  ticks: { zh: '步骤勾选', en: 'ticked steps' }, mappings: { zh: '站点映射', en: 'site mappings' }, cases: { zh: '会话记录', en: 'cases' },
};

export function DataSettings() {
  const api = useApi();
  const lang = usePanel((s) => s.lang);
  const [problems, setProblems] = useState<string[] | null>(null);
  const [pending, setPending] = useState<{ name: string; text: string; counts: Record<BackupTable, number> } | null>(null);
  const notify = api.store.getState().notify;
  const summary = (c: Record<BackupTable, number>) => BACKUP_TABLES.filter((x) => c[x]).map((x) => `${TABLE_NAMES[x][lang]} ${c[x]}`).join(lang === 'zh' ? '，' : ', ') || pick(lang, { zh: '空', en: 'empty' });

  const doExport = async () => {
    const b = await exportBackup(api.db);
    downloadText(backupFileName(), backupToJson(b), 'application/json');
    const counts = Object.fromEntries(BACKUP_TABLES.map((x) => [x, b.tables[x].length])) as Record<BackupTable, number>;
    notify({ kind: 'ok', text: pick(lang, { zh: '已导出备份：', en: 'Backup saved: ' }) + summary(counts) });
  };
  const choose = async (file: File | undefined) => {
    setProblems(null);
    setPending(null);
    if (!file) return;
    const text = await file.text();
    const v = validateBackup(text);
    if (!v.ok) setProblems(v.problems);
    else setPending({ name: file.name, text, counts: v.counts });
  };
  const doRestore = async () => {
    if (!pending) return;
    const counts = await write(api, () => restoreBackup(api.db, pending.text));
    setPending(null);
    if (counts) notify({ kind: 'ok', text: pick(lang, { zh: '已恢复：', en: 'Restored: ' }) + summary(counts) });
  };

  return (
    <Section id="settings-data" title={pick(lang, { zh: '数据备份', en: 'Backup' })}>
      <p class="empty">{pick(lang, { zh: '备注、提醒、话术和设置都只存在这台电脑的浏览器里。定期导出一份备份，换电脑时再恢复。', en: 'Notes, reminders, replies and settings live only in this browser. Export a backup now and then; restore it on another computer.' })}</p>
      <div class="row-btns">
        <button type="button" class="btn" data-testid="backup-export" onClick={() => void doExport()}>{pick(lang, { zh: '导出备份 (.json)', en: 'Export backup (.json)' })}</button>
        <label class="btn ghost">
          {pick(lang, { zh: '从文件恢复…', en: 'Restore from file…' })}
          <input type="file" accept=".json,application/json" data-testid="backup-file" hidden onChange={(e) => { const el = e.target as HTMLInputElement; void choose(el.files?.[0]); el.value = ''; }} />
        </label>
      </div>
      {problems && (
        <div data-testid="backup-problems">
          <p class="when-hint bad">{pick(lang, { zh: '这个文件不能恢复，现有数据没有任何改动。问题：', en: 'This file cannot be restored; nothing was changed. Problems:' })}</p>
          <ul class="problems">{problems.slice(0, 20).map((p, i) => <li key={i}>{p}</li>)}{problems.length > 20 && <li>{pick(lang, { zh: `……另有 ${problems.length - 20} 处`, en: `…and ${problems.length - 20} more` })}</li>}</ul>
        </div>
      )}
      {pending && (
        <div class="confirm-box" data-testid="backup-confirm">
          <p>{pick(lang, { zh: `用「${pending.name}」替换现在的全部数据？文件里有：`, en: `Replace all current data with "${pending.name}"? The file holds: ` })}{summary(pending.counts)}</p>
          <div class="row-btns">
            <button type="button" class="btn" data-testid="backup-restore" onClick={() => void doRestore()}>{pick(lang, { zh: '替换并恢复', en: 'Replace and restore' })}</button>
            <button type="button" class="btn ghost" onClick={() => setPending(null)}>{pick(lang, { zh: '取消', en: 'Cancel' })}</button>
          </div>
        </div>
      )}
    </Section>
  );
}
