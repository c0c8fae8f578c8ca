import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { addNote } from '../../lib/db/notes';
import { CopilotDb, type Note } from '../../lib/db/schema';
import type { PageSnapshot } from '../../lib/snapshot';
import { ApiContext, type PanelApi } from '../api';
import { createPanelStore } from '../store';
import { NotesSection, PageNotesTop } from './NotesSection';
import { extractTags, parseTagField, searchNotes } from '../../lib/db/notes-search';

const snap: PageSnapshot = { platform: 'taobao', pageKind: 'order', url: 'https://example.test/order?id=1', shop: '云朵', orderId: '1', buyer: { nick: '小鹿' }, confidence: {} } as unknown as PageSnapshot;

let n = 0;
function setup(s: PageSnapshot = snap) {
  const store = createPanelStore({ lang: 'zh' });
  const db = new CopilotDb(`notes-ui-${n++}-${Math.random()}`);
  const api: PanelApi = { store, db, insert: async () => 'inserted', copy: async () => true, savePrefs: () => {} };
  const view = render(<ApiContext.Provider value={api}><main><PageNotesTop snap={s} /><NotesSection snap={s} /></main></ApiContext.Provider>);
  return { api, db, store, view };
}
afterEach(cleanup);

describe('notes helpers', () => {
  it('takes #tags out of the text', () => {
    expect(extractTags('买家很急 #VIP 要今天回 #易投诉')).toEqual({ text: '买家很急 要今天回', tags: ['VIP', '易投诉'] });
    expect(extractTags('订单#123不是标签')).toEqual({ text: '订单#123不是标签', tags: [] });
    expect(parseTagField('VIP, #易投诉 已补偿 VIP')).toEqual(['VIP', '易投诉', '已补偿']);
  });
  it('searches text, order, buyer and #tags', () => {
    const note = (id: number, text: string, tags: string[], extra: Partial<Note> = {}): Note => ({ id, platform: 'taobao', text, tags, pinned: false, createdAt: id, updatedAt: id, ...extra });
    const all = [note(1, '补偿了5元', ['已补偿'], { orderId: 'A1' }), note(2, '说要投诉', ['易投诉'], { buyerNick: '小鹿' }), note(3, '普通', [], { pinned: true, buyerNick: '小鹿' })];
    expect(searchNotes(all, '#易投诉').map((x) => x.id)).toEqual([2]);
    expect(searchNotes(all, '小鹿').map((x) => x.id)).toEqual([3, 2]);
    expect(searchNotes(all, 'a1').map((x) => x.id)).toEqual([1]);
    expect(searchNotes(all, '补偿 #已补偿').map((x) => x.id)).toEqual([1]);
    expect(searchNotes(all, '  ')).toEqual([]);
  });
});

describe('NotesSection', () => {
  it('saves a note with chip and #tags, attached where chosen', async () => {
    const { db } = setup();
    fireEvent.click(screen.getAllByTestId('note-tag-choice').find((b) => b.textContent === '#易投诉')!);
    fireEvent.input(screen.getByTestId('note-input'), { target: { value: '说话冲 #VIP' } });
    const sel = screen.getByTestId('note-attach') as HTMLSelectElement;
    sel.value = 'order';
    // fireEvent.change does not reach preact's select listener under happy-dom; dispatch it directly.
    sel.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => expect(sel.value).toBe('order'));
    fireEvent.keyDown(screen.getByTestId('note-input'), { key: 'Enter', ctrlKey: true });
    await waitFor(async () => expect(await db.notes.count()).toBe(1));
    const [note] = await db.notes.toArray();
    expect(note).toMatchObject({ text: '说话冲', tags: ['易投诉', 'VIP'], orderKey: 'taobao:1', url: snap.url });
    expect(note.buyerKey).toBeUndefined();
    const top = await screen.findByTestId('notes-top');
    expect(top.textContent).toContain('#易投诉');
    expect(top.parentElement?.tagName).toBe('MAIN');
  });

  it('edits in place, pins, and shows pinned notes at the top', async () => {
    const { db } = setup();
    const id = await addNote(db, snap, { text: '旧的', tags: ['VIP'] });
    fireEvent.click(await screen.findByTestId('note-edit'));
    fireEvent.input(screen.getByTestId('note-edit-text'), { target: { value: '新的 #已补偿' } });
    fireEvent.input(screen.getByTestId('note-edit-tags'), { target: { value: 'VIP' } });
    fireEvent.click(screen.getByTestId('note-edit-save'));
    await waitFor(async () => expect((await db.notes.get(id))).toMatchObject({ text: '新的', tags: ['VIP', '已补偿'] }));
    fireEvent.click(await screen.findByTestId('note-pin'));
    await waitFor(async () => expect((await db.notes.get(id))?.pinned).toBe(true));
    expect((await screen.findByTestId('notes-top-pinned')).textContent).toBe('新的');
  });

  it('shows a note written on another page of the same buyer, with its source link, and finds it by search', async () => {
    const { db } = setup({ ...snap, orderId: '2', url: 'https://example.test/chat' });
    await addNote(db, snap, { text: '上一单已补偿5元', tags: ['已补偿'] });
    await screen.findByText('上一单已补偿5元');
    expect(screen.getByTestId('note-source')).toBeTruthy();
    fireEvent.click(screen.getByTestId('notes-search-toggle'));
    fireEvent.input(screen.getByTestId('notes-search'), { target: { value: '#已补偿' } });
    const hit = await screen.findByTestId('notes-search-hit');
    expect(hit.textContent).toContain('订单 1');
    expect(hit.textContent).toContain('小鹿');
  });

  it('deletes with undo', async () => {
    const { db, store } = setup();
    await addNote(db, snap, { text: '删掉我' });
    fireEvent.click(await screen.findByTestId('note-delete'));
    await waitFor(async () => expect(await db.notes.count()).toBe(0));
    store.getState().notice!.action!.run();
    await waitFor(async () => expect(await db.notes.count()).toBe(1));
  });
});
