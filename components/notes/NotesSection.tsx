/**
 * Notes on the followed buyer and order: shown automatically; quick add (Ctrl+Enter) with #tags or
 * tag chips, attached to the buyer, the order or both; edit in place, pin, delete with undo, the link
 * back to the page a note was written on, and a search across all notes. Pinned notes and tags
 * (易投诉 in red) also show at the top of the page view whenever this buyer or order is open again.
 */
import { useState } from 'preact/hooks';
import { isQuotaError, StorageFullError } from '../../lib/db/backup';
import { addNote, deleteNote, notesFor, restoreNote, updateNote } from '../../lib/db/notes';
import { buyerIdsOf, buyerKeyOf, orderKeyOf } from '../../lib/db/keys';
import type { Note } from '../../lib/db/schema';
import { pick, t, type Lang } from '../../lib/i18n';
import type { PageSnapshot } from '../../lib/snapshot';
import { useApi, usePanel, type PanelApi } from '../api';
import { useLive } from '../hooks';
import { openPage, write } from '../reminders/common';
import { Empty } from '../Section';
import { NotesSearch } from './NotesSearch';
import { SUGGESTED_TAGS, extractTags, isWarnTag, parseTagField } from '../../lib/db/notes-search';
import './notes.css';

function when(ms: number, lang: Lang): string {
  return new Date(ms).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US', { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** Turns a storage error into the agent's words. */
export function storageMessage(e: unknown, lang: Lang): string {
  if (e instanceof StorageFullError || isQuotaError(e)) return t(lang, 'storageFull');
  return t(lang, 'saveFailed') + (e instanceof Error ? e.message : String(e));
}

function TagChip(props: { tag: string }) {
  return <span class={isWarnTag(props.tag) ? 'chip warn' : 'chip'} data-testid="note-tag">#{props.tag}</span>;
}

/** The strip at the top of the page view: tags of this buyer/order and its pinned notes. */
export function NotesTop(props: { notes: Note[]; lang: Lang }) {
  const tags: string[] = [];
  for (const n of props.notes) for (const tag of n.tags) if (!tags.includes(tag)) tags.push(tag);
  tags.sort((a, b) => Number(isWarnTag(b)) - Number(isWarnTag(a)));
  const pinned = props.notes.filter((n) => n.pinned);
  if (!tags.length && !pinned.length) return null;
  return (
    <div class={tags.some(isWarnTag) ? 'notes-top warn' : 'notes-top'} data-testid="notes-top" aria-label={pick(props.lang, { zh: '这位买家/订单的重要备注', en: 'Key notes on this buyer or order' })}>
      {tags.length > 0 && <div class="top-tags">{tags.map((tag) => <TagChip key={tag} tag={tag} />)}</div>}
      {pinned.slice(0, 3).map((n) => <div class="top-note" key={n.id} data-testid="notes-top-pinned" data-user-text>{n.text}</div>)}
    </div>
  );
}

/** The strip for the followed page: mounted first in the page view, so it shows even with Notes folded. */
export function PageNotesTop(props: { snap: PageSnapshot }) {
  const api = useApi();
  const lang = usePanel((s) => s.lang);
  const notes = useLive(() => notesFor(api.db, props.snap), [buyerIdsOf(props.snap).join('|'), orderKeyOf(props.snap)], [] as Note[]);
  return <NotesTop notes={notes} lang={lang} />;
}

function NoteItem(props: { api: PanelApi; n: Note; snap: PageSnapshot; lang: Lang }) {
  const { api, n, snap, lang } = props;
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(n.text);
  const [tags, setTags] = useState(n.tags.join(' '));
  const ok = orderKeyOf(snap);
  const notify = api.store.getState().notify;
  const save = async () => {
    const body = extractTags(text);
    if (!body.text) return;
    const done = await write(api, () => updateNote(api.db, n.id!, { text: body.text, tags: [...parseTagField(tags), ...body.tags] }).then(() => true), false);
    if (done) setEditing(false);
  };
  const remove = async () => {
    const gone = await write(api, () => deleteNote(api.db, n.id!), false);
    if (gone) notify({ kind: 'ok', text: t(lang, 'noteDeleted'), action: { label: t(lang, 'undo'), run: () => void write(api, () => restoreNote(api.db, gone), false) } });
  };
  const attachedTo = n.orderKey && n.buyerKey ? pick(lang, { zh: '买家+订单', en: 'buyer + order' }) : n.orderKey ? pick(lang, { zh: '订单', en: 'order' }) : pick(lang, { zh: '买家', en: 'buyer' });
  if (editing) {
    return (
      <li class="note note-edit" data-testid="note-editing">
        <textarea data-testid="note-edit-text" rows={3} value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
          onKeyDown={(e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); void save(); } if (e.key === 'Escape') setEditing(false); }} />
        <input data-testid="note-edit-tags" value={tags} placeholder={pick(lang, { zh: '标签，空格分开：VIP 易投诉', en: 'Tags, space-separated: VIP risky' })} onInput={(e) => setTags((e.target as HTMLInputElement).value)} />
        <div class="note-meta">
          <button type="button" class="btn" data-testid="note-edit-save" disabled={!extractTags(text).text} onClick={() => void save()}>{t(lang, 'save')}</button>
          <button type="button" class="link small" onClick={() => { setEditing(false); setText(n.text); setTags(n.tags.join(' ')); }}>{pick(lang, { zh: '取消', en: 'Cancel' })}</button>
        </div>
      </li>
    );
  }
  return (
    <li class={n.pinned ? 'note pinned' : 'note'} data-testid="note" data-id={n.id}>
      <div class="note-text" data-user-text>{n.text}</div>
      <div class="note-meta">
        <span>{when(n.updatedAt, lang)}</span>
        <span title={pick(lang, { zh: '挂在', en: 'attached to' })}>{attachedTo}</span>
        {n.orderId && n.orderKey !== ok && <span class="pill">{n.orderId}</span>}
        {n.tags.map((tag) => <TagChip key={tag} tag={tag} />)}
      </div>
      <div class="note-meta">
        <button type="button" class="link small" data-testid="note-pin" aria-pressed={n.pinned} title={pick(lang, { zh: '置顶', en: 'Pin' })}
          onClick={() => void write(api, () => updateNote(api.db, n.id!, { pinned: !n.pinned }), false)}>{n.pinned ? pick(lang, { zh: '★ 已置顶', en: '★ Pinned' }) : pick(lang, { zh: '☆ 置顶', en: '☆ Pin' })}</button>
        <button type="button" class="link small" data-testid="note-edit" onClick={() => { setText(n.text); setTags(n.tags.join(' ')); setEditing(true); }}>{pick(lang, { zh: '编辑', en: 'Edit' })}</button>
        {n.url && n.url !== snap.url && <button type="button" class="link small" data-testid="note-source" onClick={() => openPage(api, n.url!)}>{pick(lang, { zh: '原页面', en: 'Source page' })}</button>}
        <button type="button" class="link small" data-testid="note-delete" onClick={() => void remove()}>{t(lang, 'delete')}</button>
      </div>
    </li>
  );
}

export function NotesSection(props: { snap: PageSnapshot }) {
  const api = useApi();
  const lang = usePanel((s) => s.lang);
  const { snap } = props;
  const [draft, setDraft] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const bk = buyerKeyOf(snap);
  const ok = orderKeyOf(snap);
  const [attach, setAttach] = useState<'both' | 'buyer' | 'order'>('both');
  const [searching, setSearching] = useState(false);
  const notes = useLive(() => notesFor(api.db, snap), [buyerIdsOf(snap).join('|'), ok], []);
  const typed = extractTags(draft);

  const save = async () => {
    if (!typed.text) return;
    const where = bk && ok ? attach : bk ? 'buyer' : 'order';
    const id = await write(api, () => addNote(api.db, snap, { text: typed.text, tags: [...chosen, ...typed.tags], attach: where }), false);
    if (id !== undefined) {
      setDraft('');
      setChosen([]);
    }
  };
  const toggle = (tag: string) => setChosen(chosen.includes(tag) ? chosen.filter((x) => x !== tag) : [...chosen, tag]);

  if (!bk && !ok) return <Empty testid="notes-no-key">{t(lang, 'noteNeedsKey')}</Empty>;
  return (
    <div class="notes">
      <div class="notes-tools">
        <button type="button" class="link small" data-testid="notes-search-toggle" aria-expanded={searching} onClick={() => setSearching(!searching)}>
          {searching ? pick(lang, { zh: '收起搜索', en: 'Close search' }) : pick(lang, { zh: '搜索全部备注', en: 'Search all notes' })}
        </button>
      </div>
      {searching && <NotesSearch />}
      {notes.length === 0 && <Empty testid="notes-empty">{t(lang, 'noNotes')}</Empty>}
      <ul class="note-list">
        {notes.map((n) => <NoteItem key={`${n.id}-${n.updatedAt}`} api={api} n={n} snap={snap} lang={lang} />)}
      </ul>
      <div class="compose">
        <textarea
          data-testid="note-input"
          rows={2}
          value={draft}
          placeholder={pick(lang, { zh: '记一笔，可写 #标签（Ctrl+Enter 保存）', en: 'Add a note, #tags welcome (Ctrl+Enter saves)' })}
          onInput={(e) => setDraft((e.target as HTMLTextAreaElement).value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              void save();
            }
          }}
        />
        <button type="button" class="btn" data-testid="note-save" disabled={!typed.text} onClick={save}>{t(lang, 'save')}</button>
      </div>
      <div class="tag-row">
        {SUGGESTED_TAGS[lang].map((tag) => (
          <button type="button" key={tag} class="chip" data-testid="note-tag-choice" aria-pressed={chosen.includes(tag) || typed.tags.includes(tag)} onClick={() => toggle(tag)}>#{tag}</button>
        ))}
        {typed.tags.filter((x) => !(SUGGESTED_TAGS[lang] as readonly string[]).includes(x)).map((tag) => <span key={tag} class="chip" aria-pressed="true">#{tag}</span>)}
        {bk && ok && (
          <select data-testid="note-attach" value={attach} aria-label={pick(lang, { zh: '挂在', en: 'Attach to' })} onChange={(e) => setAttach((e.target as HTMLSelectElement).value as typeof attach)}>
            <option value="both">{pick(lang, { zh: '买家+订单', en: 'Buyer + order' })}</option>
            <option value="buyer">{pick(lang, { zh: '只挂买家', en: 'Buyer only' })}</option>
            <option value="order">{pick(lang, { zh: '只挂订单', en: 'Order only' })}</option>
          </select>
        )}
      </div>
    </div>
  );
}
