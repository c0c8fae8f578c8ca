import { beforeEach, describe, expect, it } from 'vitest';
import { CopilotDb } from './schema';
import { addNote, deleteNote, notesFor, restoreNote, updateNote } from './notes';
import type { PageSnapshot } from '../snapshot';

const snap = (over: Partial<PageSnapshot> = {}): PageSnapshot => ({
  platform: 'pinduoduo', pageKind: 'chat', url: 'https://mms.pinduoduo.com/chat-merchant/index.html#/',
  shop: '示例小店', orderId: '241118-083155271036412', buyer: { nick: '阿青', id: '42' }, confidence: {}, ...over,
});

describe('notes', () => {
  let db: CopilotDb;
  beforeEach(async () => {
    db = new CopilotDb(`notes-test-${Math.random()}`);
    await db.open();
  });

  it('finds a note again from another page of the same order, and by buyer on another order', async () => {
    await addNote(db, snap(), { text: '  买家说周末不在家，下周一再派送  ', tags: ['VIP', ' VIP', ''] }, 1000);
    const onOrderPage = await notesFor(db, snap({ pageKind: 'order_detail', buyer: undefined }));
    expect(onOrderPage.map((n) => n.text)).toEqual(['买家说周末不在家，下周一再派送']);
    expect(onOrderPage[0].tags).toEqual(['VIP']);
    const otherOrderSameBuyer = await notesFor(db, snap({ orderId: '241119-000000000000001' }));
    expect(otherOrderSameBuyer).toHaveLength(1);
    const otherBuyer = await notesFor(db, snap({ orderId: '241119-000000000000001', buyer: { nick: '别人', id: '7' } }));
    expect(otherBuyer).toHaveLength(0);
  });

  it('follows the buyer from the chat (id + nickname) to order and after-sales pages that show only the nickname', async () => {
    await addNote(db, snap(), { text: '只收顺丰', attach: 'buyer' }, 1000);
    const nickOnly = { buyer: { nick: '阿青' }, orderId: '241120-000000000000009' };
    expect((await notesFor(db, snap({ pageKind: 'order_detail', ...nickOnly }))).map((n) => n.text)).toEqual(['只收顺丰']);
    expect(await notesFor(db, snap({ pageKind: 'after_sales', ...nickOnly, shop: undefined }))).toHaveLength(1);
    // The same nickname is another buyer when both pages know the id and it differs, or in another shop.
    expect(await notesFor(db, snap({ orderId: undefined, buyer: { nick: '阿青', id: '43' } }))).toHaveLength(0);
    expect(await notesFor(db, snap({ ...nickOnly, shop: '别的店' }))).toHaveLength(0);
    expect(await notesFor(db, snap({ ...nickOnly, platform: 'jd' }))).toHaveLength(0);
    // A note written on a nickname-only page is found on the chat that shows the id too.
    await addNote(db, snap({ pageKind: 'order_detail', ...nickOnly }), { text: '要发票', attach: 'buyer' }, 2000);
    expect((await notesFor(db, snap({ orderId: undefined }))).map((n) => n.text)).toEqual(['要发票', '只收顺丰']);
  });

  it('lists pinned first, then newest', async () => {
    const a = await addNote(db, snap(), { text: 'old' }, 1);
    await addNote(db, snap(), { text: 'new' }, 2);
    expect((await notesFor(db, snap())).map((n) => n.text)).toEqual(['new', 'old']);
    await updateNote(db, a, { pinned: true }, 3);
    expect((await notesFor(db, snap())).map((n) => n.text)).toEqual(['old', 'new']);
  });

  it('rejects empty text and restores a deleted note with its id', async () => {
    await expect(addNote(db, snap(), { text: '   ' })).rejects.toThrow('empty note');
    const id = await addNote(db, snap(), { text: 'keep me' });
    const gone = await deleteNote(db, id);
    expect(await notesFor(db, snap())).toHaveLength(0);
    await restoreNote(db, gone!);
    expect((await notesFor(db, snap()))[0].id).toBe(id);
  });
});
