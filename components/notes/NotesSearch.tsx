/** Search across every note (text and #tags), with each hit's buyer/order and a link to its page. */
import { useState } from 'preact/hooks';
import { pick } from '../../lib/i18n';
import { platformName } from '../../lib/i18n';
import { useApi, usePanel } from '../api';
import { useLive } from '../hooks';
import { openPage } from '../reminders/common';
import { Empty } from '../Section';
import { isWarnTag, searchNotes } from '../../lib/db/notes-search';
import { allNotes } from '../../lib/db/notes';
import './notes.css';

export function NotesSearch() {
  const api = useApi();
  const lang = usePanel((s) => s.lang);
  const [q, setQ] = useState('');
  const all = useLive(() => (q.trim() ? allNotes(api.db) : Promise.resolve([])), [Boolean(q.trim())], []);
  const hits = searchNotes(all, q).slice(0, 50);
  return (
    <div class="notes-search">
      <input type="search" data-testid="notes-search" value={q}
        placeholder={pick(lang, { zh: '搜索全部备注：文字或 #标签', en: 'Search all notes: words or #tag' })}
        onInput={(e) => setQ((e.target as HTMLInputElement).value)} />
      {q.trim() && hits.length === 0 && <Empty testid="notes-search-empty">{pick(lang, { zh: '没有找到匹配的备注。', en: 'No matching notes.' })}</Empty>}
      {hits.length > 0 && (
        <ul class="note-list">
          {hits.map((n) => (
            <li key={n.id} class={n.pinned ? 'note pinned' : 'note'} data-testid="notes-search-hit">
              <div class="note-text" data-user-text>{n.text}</div>
              <div class="note-meta">
                <span>{platformName(lang, n.platform)}</span>
                {n.orderId && <span class="pill">{pick(lang, { zh: '订单 ', en: 'Order ' })}{n.orderId}</span>}
                {n.buyerNick && <span class="pill">{n.buyerNick}</span>}
                {n.tags.map((tag) => <span class={isWarnTag(tag) ? 'chip warn' : 'chip'} key={tag}>#{tag}</span>)}
                {n.url && <button type="button" class="link small" data-testid="note-open" onClick={() => openPage(api, n.url!)}>{pick(lang, { zh: '打开页面', en: 'Open page' })}</button>}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
