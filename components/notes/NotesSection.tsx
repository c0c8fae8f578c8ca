/** Notes on the followed buyer and order: shown automatically, quick add (Ctrl+Enter), pin, delete with undo. */
import { useState } from 'preact/hooks';
import { addNote, deleteNote, notesFor, restoreNote, updateNote } from '../../lib/db/notes';
import { buyerKeyOf, orderKeyOf } from '../../lib/db/keys';
import { t, type Lang } from '../../lib/i18n';
import type { PageSnapshot } from '../../lib/snapshot';
import { useApi, usePanel } from '../api';
import { useLive } from '../hooks';
import { Empty } from '../Section';

function when(ms: number, lang: Lang): string {
  return new Date(ms).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US', { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** Turns a storage error into the agent's words. */
export function storageMessage(e: unknown, lang: Lang): string {
  const name = (e as { name?: string })?.name ?? '';
  const inner = (e as { inner?: { name?: string } })?.inner?.name ?? '';
  if (/Quota/.test(name) || /Quota/.test(inner)) return t(lang, 'storageFull');
  return t(lang, 'saveFailed') + (e instanceof Error ? e.message : String(e));
}

export function NotesSection(props: { snap: PageSnapshot }) {
  const api = useApi();
  const lang = usePanel((s) => s.lang);
  const { snap } = props;
  const [draft, setDraft] = useState('');
  const bk = buyerKeyOf(snap);
  const ok = orderKeyOf(snap);
  const notes = useLive(() => notesFor(api.db, snap), [bk, ok], []);
  const notify = api.store.getState().notify;

  const save = async () => {
    if (!draft.trim()) return;
    try {
      await addNote(api.db, snap, { text: draft });
      setDraft('');
    } catch (e) {
      notify({ kind: 'error', text: storageMessage(e, lang) });
    }
  };
  const remove = async (id: number) => {
    const gone = await deleteNote(api.db, id);
    if (gone) notify({ kind: 'ok', text: t(lang, 'noteDeleted'), action: { label: t(lang, 'undo'), run: () => void restoreNote(api.db, gone) } });
  };

  if (!bk && !ok) return <Empty testid="notes-no-key">{t(lang, 'noteNeedsKey')}</Empty>;
  return (
    <div class="notes">
      {notes.length === 0 && <Empty testid="notes-empty">{t(lang, 'noNotes')}</Empty>}
      <ul class="note-list">
        {notes.map((n) => (
          <li key={n.id} class={n.pinned ? 'note pinned' : 'note'} data-testid="note">
            <div class="note-text">{n.text}</div>
            <div class="note-meta">
              <span>{when(n.updatedAt, lang)}</span>
              {n.orderId && n.orderKey !== ok && <span class="pill">{n.orderId}</span>}
              {n.tags.map((tag) => <span class="tag" key={tag}>#{tag}</span>)}
              <button type="button" class="link small" aria-pressed={n.pinned} onClick={() => void updateNote(api.db, n.id!, { pinned: !n.pinned })}>{n.pinned ? '★' : '☆'}</button>
              <button type="button" class="link small" onClick={() => void remove(n.id!)}>{t(lang, 'delete')}</button>
            </div>
          </li>
        ))}
      </ul>
      <div class="compose">
        <textarea
          data-testid="note-input"
          rows={2}
          value={draft}
          placeholder={t(lang, 'notePlaceholder')}
          onInput={(e) => setDraft((e.target as HTMLTextAreaElement).value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              void save();
            }
          }}
        />
        <button type="button" class="btn" data-testid="note-save" disabled={!draft.trim()} onClick={save}>{t(lang, 'save')}</button>
      </div>
    </div>
  );
}
