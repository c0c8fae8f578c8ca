/**
 * Queries on the agent's scripts (`scripts` table). Rows are the agent's own scripts (`u.…` ids) and
 * overrides of built-ins (row id = built-in id, `builtinId` set, `baseHash` = the built-in's hash when
 * the override was made). lib/replies/library.ts merges them with the built-ins.
 */
import { cleanText, IMPORT_LIMITS, type ConflictChoice, type ImportChoices, type ImportPreview, type IncomingScript } from '../replies/io';
import { mergeLibrary, normaliseShortcut, scriptHash, type Library } from '../replies/library';
import type { Script } from '../replies/types';
import type { CopilotDb, UserScript } from './schema';

/** The editable fields of a script. */
export type ScriptFields = Pick<UserScript, 'title' | 'body'> &
  Partial<Pick<UserScript, 'scenarios' | 'stages' | 'states' | 'lang' | 'platform' | 'tags' | 'shortcut' | 'tip' | 'folder' | 'favourite' | 'cause' | 'subcase' | 'pageKinds' | 'goods'>>;

/** A fresh id for the agent's own script: `u.` + 12 random base-36 characters. */
export function newScriptId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `u.${Array.from(bytes, (b) => (b % 36).toString(36)).join('')}`;
}

/** Cleans and checks fields the agent typed; throws an Error with a readable message. */
export function cleanFields<T extends Partial<ScriptFields>>(f: T): T {
  const out = { ...f };
  const check = (k: 'title' | 'body' | 'shortcut' | 'tip' | 'folder', max: number, oneLine: boolean): void => {
    const x = out[k];
    if (x === undefined) return;
    let t = cleanText(x).trim();
    if (oneLine) t = t.replace(/\s*\n\s*/g, ' ');
    if (t.length > max) throw new Error(`${k} is longer than ${max} characters`);
    (out as Record<string, unknown>)[k] = t || undefined;
  };
  check('title', IMPORT_LIMITS.title, true);
  check('body', IMPORT_LIMITS.body, false);
  check('shortcut', IMPORT_LIMITS.shortcut, true);
  check('tip', IMPORT_LIMITS.tip, false);
  check('folder', IMPORT_LIMITS.folder, true);
  if ('title' in f && !out.title) throw new Error('title is empty');
  if ('body' in f && !out.body) throw new Error('body is empty');
  if (out.tags) out.tags = [...new Set(out.tags.map((t) => cleanText(t).trim().replace(/^#/, '')).filter(Boolean))].slice(0, IMPORT_LIMITS.tags);
  return out;
}

function rowFrom(id: string, f: ScriptFields, now: number): UserScript {
  const c = cleanFields(f);
  const row: UserScript = {
    id, title: c.title, body: c.body, scenarios: c.scenarios ?? [], stages: c.stages ?? [], states: c.states ?? [],
    lang: c.lang ?? 'zh', tags: c.tags ?? [], createdAt: now, updatedAt: now,
  };
  for (const k of ['platform', 'shortcut', 'tip', 'folder', 'cause', 'subcase'] as const) if (c[k]) (row as unknown as Record<string, unknown>)[k] = c[k];
  if (c.pageKinds?.length) row.pageKinds = [...c.pageKinds];
  if (c.goods?.length) row.goods = [...c.goods];
  if (c.favourite) row.favourite = true;
  return row;
}

/** Every stored row, deleted ones included (for merge, undo and export). */
export async function listRows(db: CopilotDb): Promise<UserScript[]> {
  return (await db.scripts.toArray()) as UserScript[];
}

/** The effective library: built-ins merged with the stored rows. */
export async function loadLibrary(db: CopilotDb, builtins: readonly Script[]): Promise<Library> {
  return mergeLibrary(builtins, await listRows(db));
}

/** Adds one of the agent's own scripts; returns its id. */
export async function createScript(db: CopilotDb, fields: ScriptFields, now = Date.now()): Promise<string> {
  const id = newScriptId();
  await db.scripts.add(rowFrom(id, fields, now));
  return id;
}

/** Edits one of the agent's own scripts (or an override row) in place. */
export async function updateScript(db: CopilotDb, id: string, patch: Partial<ScriptFields>, now = Date.now()): Promise<void> {
  const n = await db.scripts.update(id, { ...cleanFields(patch), updatedAt: now });
  if (!n) throw new Error(`script ${id} not found`);
}

/** Copies any script (built-in or own) into a new own script titled "… (copy)"; returns the new id. */
export async function duplicateScript(db: CopilotDb, source: Script, now = Date.now()): Promise<string> {
  const suffix = source.lang === 'en' ? ' (copy)' : '（副本）';
  const title = `${source.title.slice(0, IMPORT_LIMITS.title - suffix.length)}${suffix}`;
  // The copy gets no shortcut: two scripts on one shortcut would only produce a clash.
  const { shortcut: _drop, id: _id, phase: _phase, ...rest } = source;
  return createScript(db, { ...rest, title }, now);
}

/**
 * Edits a built-in: writes (or updates) its override row. The built-in stays untouched, so
 * resetBuiltin brings it back.
 */
export async function overrideBuiltin(db: CopilotDb, builtin: Script, patch: Partial<ScriptFields>, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.scripts, async () => {
    const prev = (await db.scripts.get(builtin.id)) as UserScript | undefined;
    const { id: _id, phase: _phase, ...fields } = builtin;
    const base = prev && !prev.deleted ? prev : { ...rowFrom(builtin.id, fields, now), builtinId: builtin.id, baseHash: scriptHash(builtin) };
    const next: UserScript = { ...base, ...cleanFields(patch), id: builtin.id, builtinId: builtin.id, updatedAt: now };
    delete next.deleted;
    if (prev?.favourite && patch.favourite === undefined) next.favourite = true;
    await db.scripts.put(next);
  });
}

/** Drops the agent's edit of a built-in (a favourite mark survives). */
export async function resetBuiltin(db: CopilotDb, builtin: Script, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.scripts, async () => {
    const prev = (await db.scripts.get(builtin.id)) as UserScript | undefined;
    if (!prev) return;
    if (!prev.favourite) return db.scripts.delete(builtin.id);
    const { id: _id, phase: _phase, ...fields } = builtin;
    const row: UserScript = { ...rowFrom(builtin.id, fields, prev.createdAt), builtinId: builtin.id, baseHash: scriptHash(builtin), favourite: true, updatedAt: now };
    await db.scripts.put(row);
  });
}

/**
 * Deletes a script so that it can be undone with restoreScript: an own script is soft-deleted; a
 * built-in (pass it) gets a deleted override that hides it.
 */
export async function deleteScript(db: CopilotDb, id: string, builtin?: Script, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.scripts, async () => {
    const prev = await db.scripts.get(id);
    if (prev) {
      await db.scripts.update(id, { deleted: true, updatedAt: now });
      return;
    }
    if (!builtin || builtin.id !== id) throw new Error(`script ${id} not found`);
    const { id: _id, phase: _phase, ...fields } = builtin;
    const row: UserScript = { ...rowFrom(id, fields, now), builtinId: id, baseHash: scriptHash(builtin), deleted: true };
    await db.scripts.put(row);
  });
}

/** Undoes deleteScript. */
export async function restoreScript(db: CopilotDb, id: string, now = Date.now()): Promise<void> {
  const row = await db.scripts.get(id);
  if (!row) throw new Error(`script ${id} not found`);
  const { deleted: _d, ...rest } = row;
  await db.scripts.put({ ...rest, updatedAt: now });
}

/** Removes soft-deleted own scripts older than `before` for good (overrides that hide built-ins stay). */
export async function purgeDeleted(db: CopilotDb, before: number): Promise<number> {
  return db.scripts.filter((r) => !!r.deleted && !r.builtinId && r.updatedAt < before).delete();
}

/** Marks or unmarks a favourite. A built-in without a row gets an unedited override row for the mark. */
export async function setFavourite(db: CopilotDb, id: string, favourite: boolean, builtin?: Script, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.scripts, async () => {
    const prev = await db.scripts.get(id);
    if (prev) {
      await db.scripts.update(id, { favourite });
      return;
    }
    if (!favourite) return;
    if (!builtin || builtin.id !== id) throw new Error(`script ${id} not found`);
    const { id: _id, phase: _phase, ...fields } = builtin;
    const row: UserScript = { ...rowFrom(id, fields, now), builtinId: id, baseHash: scriptHash(builtin), favourite: true };
    await db.scripts.put(row);
  });
}

/** Ids of all favourites (own, overridden and marked built-ins). */
export async function favouriteIds(db: CopilotDb): Promise<Set<string>> {
  const rows = await db.scripts.filter((r) => !!r.favourite && !r.deleted).toArray();
  return new Set(rows.map((r) => r.builtinId ?? r.id));
}

function fieldsOf(inc: IncomingScript): ScriptFields {
  const { id: _id, builtinId: _b, ...f } = inc;
  return f;
}

/** What an import did: records added and changed, and those skipped with the reason. */
export interface ImportResult {
  /** Rows written: added + changed. */
  written: number;
  /** New scripts (a conflict kept as both counts here). */
  added: number;
  /** Existing scripts updated (a conflict settled with the file's version counts here). */
  changed: number;
  /** Records of the file not written: invalid + conflict + unchanged. */
  skipped: number;
  skippedBy: {
    /** Rejected records (invalid rows, shortcuts used twice in the file). */
    invalid: number;
    /** Conflicts left as they were (the choice "skip"). */
    conflict: number;
    /** Identical to a script already in the library. */
    unchanged: number;
  };
}

/** How many records of the file were rejected (a record may have several errors). */
export function rejectedRecords(errors: ImportPreview['errors']): number {
  return new Set(errors.map((e) => `${e.duplicate ? 'd' : 'r'}${e.row}`)).size;
}

/**
 * Applies a previewed import in ONE transaction: if any write fails, nothing changes. Added and
 * changed records are written; conflicts follow `choices` (default skip). Refuses when the preview
 * has rejected records unless `choices.ignoreErrors`. Returns what was written and what was skipped, and why.
 */
export async function applyImport(
  db: CopilotDb,
  preview: ImportPreview,
  choices: ImportChoices = {},
  builtins: readonly Script[] = [],
  now = Date.now(),
): Promise<ImportResult> {
  if (preview.errors.length && !choices.ignoreErrors) {
    throw new Error(`${rejectedRecords(preview.errors)} record(s) in the file are invalid; fix them or import the valid ones only`);
  }
  const builtinById = new Map(builtins.map((b) => [b.id, b]));
  let added = 0;
  let changed = 0;
  let conflict = 0;
  await db.transaction('rw', db.scripts, async () => {
    const addOwn = async (inc: IncomingScript, dropShortcut: boolean): Promise<void> => {
      const taken = inc.id?.startsWith('u.') && !(await db.scripts.get(inc.id));
      const f = fieldsOf(inc);
      if (dropShortcut) delete f.shortcut;
      await db.scripts.add(rowFrom(taken ? inc.id! : newScriptId(), f, now));
      added++;
    };
    const writeOver = async (targetId: string, inc: IncomingScript): Promise<void> => {
      const b = builtinById.get(targetId);
      const prev = (await db.scripts.get(targetId)) as UserScript | undefined;
      if (b) {
        const { id: _id, phase: _p, ...bf } = b;
        const base: UserScript = prev ?? { ...rowFrom(b.id, bf, now), builtinId: b.id, baseHash: scriptHash(b) };
        const next: UserScript = { ...base, ...cleanFields(fieldsOf(inc)), id: b.id, builtinId: b.id, updatedAt: now };
        delete next.deleted;
        await db.scripts.put(next);
      } else {
        if (!prev) throw new Error(`script ${targetId} vanished during import`);
        await db.scripts.put({ ...rowFrom(targetId, fieldsOf(inc), prev.createdAt), updatedAt: now, favourite: inc.favourite ?? prev.favourite });
      }
      changed++;
    };
    for (const a of preview.added) await addOwn(a.incoming, false);
    for (const c of preview.changed) await writeOver(c.target!.id, c.incoming);
    for (const c of preview.conflicts) {
      const choice: ConflictChoice = choices.conflicts?.[c.key] ?? 'skip';
      if (choice === 'skip') { conflict++; continue; }
      if (choice === 'keepBoth') { await addOwn(c.incoming, c.reason === 'shortcut'); continue; }
      if (c.reason === 'shortcut' && c.clashWith) {
        // The file wins the shortcut: take it off the agent's own holder (a built-in holder loses
        // anyway, because the agent's scripts win shortcut clashes in the merge).
        const holder = await db.scripts.get(c.clashWith.id);
        if (holder && normaliseShortcut(holder.shortcut) === c.clashWith.shortcut) {
          const { shortcut: _s, ...rest } = holder;
          await db.scripts.put({ ...rest, updatedAt: now });
        }
        if (c.target) await writeOver(c.target.id, c.incoming);
        else await addOwn(c.incoming, false);
      } else await writeOver(c.target!.id, c.incoming);
    }
  });
  const skippedBy = { invalid: rejectedRecords(preview.errors), conflict, unchanged: preview.unchanged.length };
  return { written: added + changed, added, changed, skipped: skippedBy.invalid + conflict + skippedBy.unchanged, skippedBy };
}
