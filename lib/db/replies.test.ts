import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ScriptRowSchema } from '../replies/record';
import { importNotice } from '../i18n';
import { csvToScripts, previewImport, type IncomingScript } from '../replies/io';
import type { Script } from '../replies/types';
import { CopilotDb } from './schema';
import {
  applyImport, createScript, deleteScript, duplicateScript, favouriteIds, listRows, loadLibrary, overrideBuiltin,
  purgeDeleted, resetBuiltin, restoreScript, setFavourite, updateScript,
} from './replies';

const builtin = (id: string, extra: Partial<Script> = {}): Script => ({
  id, title: `标题${id}`, body: `内容${id}`, scenarios: ['return_refund'], stages: [], states: [], lang: 'zh', tags: [], ...extra,
});
const BUILTINS = [builtin('zh.a', { shortcut: 'th' }), builtin('zh.b')];
const inc = (x: Partial<IncomingScript>): IncomingScript => ({ title: 't', body: 'b', scenarios: [], stages: [], states: [], lang: 'zh', tags: [], ...x });

let db: CopilotDb;
let n = 0;
beforeEach(async () => {
  db = new CopilotDb(`scripts-test-${n++}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('own scripts', () => {
  it('creates, edits, duplicates, deletes with undo', async () => {
    const id = await createScript(db, { title: ' 退款到账 ', body: '亲，{buyer}\u0007', shortcut: 'tkdz', tags: ['#安抚', '安抚'] }, 100);
    expect(id).toMatch(/^u\.[0-9a-z]{12}$/);
    let lib = await loadLibrary(db, BUILTINS);
    expect(lib.byId.get(id)).toMatchObject({ title: '退款到账', body: '亲，{buyer}', tags: ['安抚'], source: 'user', shortcut: 'tkdz' });

    await updateScript(db, id, { body: '新内容' }, 200);
    const dup = await duplicateScript(db, (await loadLibrary(db, BUILTINS)).byId.get(id)!, 300);
    lib = await loadLibrary(db, BUILTINS);
    expect(lib.byId.get(dup)).toMatchObject({ title: '退款到账（副本）', body: '新内容' });
    expect(lib.byId.get(dup)!.shortcut).toBeUndefined();

    await deleteScript(db, id, undefined, 400);
    expect((await loadLibrary(db, BUILTINS)).byId.has(id)).toBe(false);
    await restoreScript(db, id, 500);
    expect((await loadLibrary(db, BUILTINS)).byId.get(id)?.body).toBe('新内容');

    await deleteScript(db, id, undefined, 600);
    expect(await purgeDeleted(db, 700)).toBe(1);
    expect((await listRows(db)).map((r) => r.id)).toEqual([dup]);
  });

  it('rejects empty and over-long fields', async () => {
    await expect(createScript(db, { title: '  ', body: 'x' })).rejects.toThrow(/title is empty/);
    await expect(createScript(db, { title: 'x', body: 'y'.repeat(5001) })).rejects.toThrow(/longer than 5000/);
    await expect(updateScript(db, 'u.none', { body: 'x' })).rejects.toThrow(/not found/);
  });
});

describe('built-ins', () => {
  it('override, then reset brings the built-in back', async () => {
    await overrideBuiltin(db, BUILTINS[0], { body: '我的版本' }, 10);
    let a = (await loadLibrary(db, BUILTINS)).byId.get('zh.a')!;
    expect(a).toMatchObject({ source: 'override', body: '我的版本', shortcut: 'th' });
    expect(a.original?.body).toBe('内容zh.a');
    await overrideBuiltin(db, BUILTINS[0], { title: '新标题' }, 20);
    a = (await loadLibrary(db, BUILTINS)).byId.get('zh.a')!;
    expect(a).toMatchObject({ title: '新标题', body: '我的版本' });

    await resetBuiltin(db, BUILTINS[0]);
    a = (await loadLibrary(db, BUILTINS)).byId.get('zh.a')!;
    expect(a).toMatchObject({ source: 'builtin', body: '内容zh.a', title: '标题zh.a' });
    expect(await listRows(db)).toEqual([]);
  });

  it('a built-in update reaches favourites but not edits', async () => {
    await setFavourite(db, 'zh.a', true, BUILTINS[0]);
    await overrideBuiltin(db, BUILTINS[1], { body: '我改的' });
    const v2 = [builtin('zh.a', { shortcut: 'th', body: '新版A' }), builtin('zh.b', { body: '新版B' })];
    const lib = await loadLibrary(db, v2);
    expect(lib.byId.get('zh.a')).toMatchObject({ body: '新版A', favourite: true, source: 'builtin' });
    expect(lib.byId.get('zh.b')).toMatchObject({ body: '我改的', builtinChanged: true });
    expect(await favouriteIds(db)).toEqual(new Set(['zh.a']));
  });

  it('reset keeps the favourite mark', async () => {
    await overrideBuiltin(db, BUILTINS[1], { body: '我改的', favourite: true });
    await resetBuiltin(db, BUILTINS[1]);
    expect((await loadLibrary(db, BUILTINS)).byId.get('zh.b')).toMatchObject({ body: '内容zh.b', favourite: true, source: 'builtin' });
  });

  it('deleting a built-in hides it until restored', async () => {
    await deleteScript(db, 'zh.b', BUILTINS[1]);
    expect((await loadLibrary(db, BUILTINS)).hidden).toEqual(['zh.b']);
    await restoreScript(db, 'zh.b');
    expect((await loadLibrary(db, BUILTINS)).byId.get('zh.b')?.source).toBe('builtin');
  });
});

describe('applyImport', () => {
  it('writes added/changed and follows conflict choices', async () => {
    const mine = await createScript(db, { title: '我的', body: '旧', shortcut: 'wd', folder: 'f' }, 1);
    const other = await createScript(db, { title: '别的', body: '别的内容', shortcut: 'kb' }, 1);
    const rows = await listRows(db);
    const p = previewImport(rows, [
      inc({ title: '新的', body: '新' }),
      inc({ title: '我的', folder: 'f', body: '新版', shortcut: 'wd' }),
      inc({ title: '抢快捷', body: '抢', shortcut: 'kb' }),
      inc({ title: '也抢', body: '也', shortcut: 'th' }),
      inc({ builtinId: 'zh.b', title: '标题zh.b', body: '导入的版本' }),
    ], BUILTINS);
    expect(p.conflicts.map((c) => c.key)).toEqual(['#2', '#3', '#4']);
    const r = await applyImport(db, p, { conflicts: { '#2': 'replace', '#3': 'keepBoth' } }, BUILTINS, 50);
    // Added: 新的, 抢快捷 (takes the shortcut, new script), 也抢 (kept both); changed: 我的; 标题zh.b skipped.
    expect(r).toEqual({ written: 4, added: 3, changed: 1, skipped: 1, skippedBy: { invalid: 0, conflict: 1, unchanged: 0 } });
    const lib = await loadLibrary(db, BUILTINS);
    expect(lib.byId.get(mine)?.body).toBe('新版');
    expect(lib.byId.get(other)?.shortcut).toBeUndefined();
    expect(lib.byShortcut.get('kb')?.title).toBe('抢快捷');
    expect(lib.scripts.find((s) => s.title === '也抢')?.shortcut).toBeUndefined();
    expect(lib.byShortcut.get('th')?.id).toBe('zh.a');
    expect(lib.byId.get('zh.b')?.body).toBe('内容zh.b'); // skipped by default
    expect(lib.scripts.some((s) => s.title === '新的')).toBe(true);
  });

  it('writes an id conflict with a built-in as an override', async () => {
    const p = previewImport([], [inc({ builtinId: 'zh.b', title: '标题zh.b', body: '导入的版本' })], BUILTINS);
    await applyImport(db, p, { conflicts: { '#0': 'replace' } }, BUILTINS);
    expect((await loadLibrary(db, BUILTINS)).byId.get('zh.b')).toMatchObject({ source: 'override', body: '导入的版本' });
  });

  it('refuses a preview with errors unless told to ignore them', async () => {
    const p = previewImport([], [inc({ title: 'a' })], [], [{ row: 2, message: 'bad', zh: '坏' }]);
    await expect(applyImport(db, p)).rejects.toThrow(/invalid/);
    expect(await listRows(db)).toEqual([]);
    await applyImport(db, p, { ignoreErrors: true });
    expect(await listRows(db)).toHaveLength(1);
  });

  it('counts every skipped record with its reason: 11 invalid rows are 11 skipped, not 0', async () => {
    const csv = `标题,内容,快捷编码\n${Array.from({ length: 11 }, (_, i) => `坏${i},,`).join('\n')}\n好一,内容一,hy\n好二,内容二,hy\n${'x'.repeat(300)},太长的标题,\n`;
    const parsed = csvToScripts(csv);
    await createScript(db, { title: '已有', body: '一样', lang: 'zh' }, 1);
    const p = previewImport(await listRows(db), [...parsed.scripts, inc({ title: '已有', body: '一样' })], [], parsed.errors);
    const r = await applyImport(db, p, { ignoreErrors: true });
    // 11 empty bodies + 1 over-long title + 1 shortcut used twice in the file = 13 invalid; 1 identical.
    expect(r).toEqual({ written: 1, added: 1, changed: 0, skipped: 14, skippedBy: { invalid: 13, conflict: 0, unchanged: 1 } });
    expect(importNotice('zh', r)).toBe('已导入：新增 1 条，更新 0 条；跳过 14 条（有误 13 条，内容相同 1 条）。');
    expect(importNotice('en', r)).toBe('Imported: 1 new, 0 changed; skipped 14 (13 invalid, 1 unchanged).');
    expect(importNotice('zh', { added: 2, changed: 1, skipped: 0, skippedBy: { invalid: 0, conflict: 0, unchanged: 0 } })).toBe('已导入：新增 2 条，更新 1 条。');
  });

  it('changes nothing when a write fails mid-way', async () => {
    const keep = await createScript(db, { title: '原来的', body: '原来' }, 1);
    const before = await listRows(db);
    const p = previewImport(before, [
      inc({ title: '一', body: '1' }),
      inc({ title: '二', body: '2' }),
      inc({ title: '原来的', body: '改了' }),
      inc({ title: '三', body: '3' }),
    ]);
    expect(p.added).toHaveLength(3);
    let creates = 0;
    const hook = (): void => {
      if (++creates === 3) throw new Error('disk full');
    };
    db.scripts.hook('creating', hook);
    await expect(applyImport(db, p)).rejects.toThrow(/disk full/);
    db.scripts.hook('creating').unsubscribe(hook);
    expect(creates).toBe(3);
    expect(await listRows(db)).toEqual(before);
    expect((await loadLibrary(db, [])).byId.get(keep)?.body).toBe('原来');
  });
});

describe('the reply record (lib/replies/record.ts)', () => {
  it('every row the editor, overrides, favourites, deletes and imports write is a valid stored row', async () => {
    const id = await createScript(db, { title: '退款', body: '亲 {buyer}', shortcut: 'tk', tags: ['安抚'], cause: 'seller', pageKinds: ['chat'], goods: ['beauty'], folder: '售后' }, 10);
    await updateScript(db, id, { tip: '先看图' }, 11);
    await overrideBuiltin(db, BUILTINS[0], { body: '改过的' }, 12);
    await setFavourite(db, 'zh.b', true, BUILTINS[1], 13);
    await deleteScript(db, id, undefined, 14);
    const preview = previewImport(await listRows(db), [inc({ title: '导入', body: '导入的内容', platform: 'jd', stages: ['shipped'] })], BUILTINS);
    await applyImport(db, preview, { conflicts: {} }, BUILTINS, 15);
    const rows = await listRows(db);
    expect(rows.length).toBeGreaterThanOrEqual(4);
    for (const row of rows) expect(v.safeParse(ScriptRowSchema, row).issues ?? [], JSON.stringify(row)).toEqual([]);
    // A row of another shape is not one.
    expect(v.safeParse(ScriptRowSchema, { ...rows[0], lang: 'fr' }).success).toBe(false);
  });
});
