/** Queries on notes. Every write goes through here so that keys and timestamps stay consistent. */
import type { PageSnapshot } from '../snapshot';
import { buyerIdsOf, buyerKeyOf, orderKeyOf, rowsOfBuyer } from './keys';
import type { CopilotDb, Note } from './schema';

export interface NewNote {
  text: string;
  tags?: string[];
  pinned?: boolean;
  /** Attach to the buyer, the order, or both (default both, where the page shows them). */
  attach?: 'buyer' | 'order' | 'both';
}

/** Adds a note for the page's buyer and/or order; returns its id. Throws on empty text. */
export async function addNote(db: CopilotDb, snap: PageSnapshot, input: NewNote, now = Date.now()): Promise<number> {
  const text = input.text.trim();
  if (!text) throw new Error('empty note');
  const attach = input.attach ?? 'both';
  const buyerKey = attach !== 'order' ? buyerKeyOf(snap) : undefined;
  const orderKey = attach !== 'buyer' ? orderKeyOf(snap) : undefined;
  const note: Note = {
    platform: snap.platform,
    shop: snap.shop,
    buyerKey,
    who: buyerKey ? buyerIdsOf(snap) : undefined,
    buyerId: buyerKey ? snap.buyer?.id : undefined,
    orderKey,
    orderId: orderKey ? snap.orderId : undefined,
    buyerNick: snap.buyer?.nick,
    text,
    tags: normaliseTags(input.tags ?? []),
    pinned: input.pinned ?? false,
    url: snap.url,
    createdAt: now,
    updatedAt: now,
  };
  for (const k of Object.keys(note) as (keyof Note)[]) if (note[k] === undefined) delete note[k];
  return (await db.notes.add(note)) as number;
}

/** Notes about this page's buyer (by id or nickname, see keys.ts) or order: pinned first, then newest first. */
export async function notesFor(db: CopilotDb, snap: PageSnapshot): Promise<Note[]> {
  const ok = orderKeyOf(snap);
  const [byBuyer, byOrder] = await Promise.all([
    rowsOfBuyer(db.notes, snap),
    ok ? db.notes.where('orderKey').equals(ok).toArray() : [],
  ]);
  const seen = new Map<number, Note>();
  for (const n of [...byBuyer, ...byOrder]) seen.set(n.id!, n);
  return sortNotes([...seen.values()]);
}

/** Every note (for a search across all of them). */
export function allNotes(db: CopilotDb): Promise<Note[]> {
  return db.notes.toArray();
}

/** Pinned first, then most recently updated first. */
export function sortNotes(notes: Note[]): Note[] {
  return notes.sort((a, b) => Number(b.pinned) - Number(a.pinned) || b.updatedAt - a.updatedAt || b.id! - a.id!);
}

/** Edits a note's text, tags or pin. */
export async function updateNote(db: CopilotDb, id: number, patch: Partial<Pick<Note, 'text' | 'tags' | 'pinned'>>, now = Date.now()): Promise<void> {
  const p: Partial<Note> = { ...patch, updatedAt: now };
  if (patch.text !== undefined) {
    p.text = patch.text.trim();
    if (!p.text) throw new Error('empty note');
  }
  if (patch.tags) p.tags = normaliseTags(patch.tags);
  const n = await db.notes.update(id, p);
  if (!n) throw new Error(`note ${id} not found`);
}

/** Deletes a note and returns it, so that the caller can offer undo with restoreNote. */
export async function deleteNote(db: CopilotDb, id: number): Promise<Note | undefined> {
  return db.transaction('rw', db.notes, async () => {
    const n = await db.notes.get(id);
    if (n) await db.notes.delete(id);
    return n;
  });
}

/** Puts a deleted note back with its original id. */
export async function restoreNote(db: CopilotDb, note: Note): Promise<void> {
  await db.notes.put(note);
}

/** Trims, dedupes and drops empty tags (order kept). */
export function normaliseTags(tags: string[]): string[] {
  const out: string[] = [];
  for (const t of tags.map((x) => x.trim().replace(/^#/, ''))) if (t && !out.includes(t)) out.push(t);
  return out;
}
