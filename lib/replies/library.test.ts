import { describe, expect, it } from 'vitest';
import { inFolder, mergeLibrary, normaliseShortcut, scriptHash } from './library';
import type { UserScript } from './record';
import type { Script } from './types';

const b = (id: string, extra: Partial<Script> = {}): Script => ({
  id, title: `标题 ${id}`, body: `内容 ${id}`, scenarios: ['return_refund'], stages: [], states: [], lang: 'zh', tags: [], ...extra,
});
const row = (id: string, extra: Partial<UserScript> = {}): UserScript => ({
  id, title: `我的 ${id}`, body: `我的内容 ${id}`, scenarios: [], stages: [], states: [], lang: 'zh', tags: [], createdAt: 1, updatedAt: 1, ...extra,
});

describe('mergeLibrary', () => {
  const builtins = [b('zh.a', { shortcut: 'th', folder: '售后/退货', tags: ['安抚'] }), b('zh.b', { folder: '售后' })];

  it('lists built-ins then own scripts, skipping deleted own ones', () => {
    const lib = mergeLibrary(builtins, [row('u.2', { createdAt: 5 }), row('u.1', { createdAt: 3 }), row('u.3', { deleted: true })]);
    expect(lib.scripts.map((s) => [s.id, s.source])).toEqual([['zh.a', 'builtin'], ['zh.b', 'builtin'], ['u.1', 'user'], ['u.2', 'user']]);
    expect(lib.byId.get('u.3')).toBeUndefined();
  });

  it('an edited override replaces its built-in and keeps the original for reset', () => {
    const base = scriptHash(builtins[0]);
    const lib = mergeLibrary(builtins, [row('zh.a', { builtinId: 'zh.a', baseHash: base, body: '改过的内容', title: '标题 zh.a', scenarios: ['return_refund'] })]);
    const a = lib.byId.get('zh.a')!;
    expect(a.source).toBe('override');
    expect(a.body).toBe('改过的内容');
    expect(a.original?.body).toBe('内容 zh.a');
    expect(a.builtinChanged).toBe(false);
    expect(lib.scripts).toHaveLength(2);
  });

  it('a new built-in version never overwrites an edit, but is flagged', () => {
    const oldHash = scriptHash(builtins[0]);
    const v2 = [b('zh.a', { body: '新版内容' }), builtins[1]];
    const lib = mergeLibrary(v2, [row('zh.a', { builtinId: 'zh.a', baseHash: oldHash, body: '我的改动' })]);
    expect(lib.byId.get('zh.a')).toMatchObject({ source: 'override', body: '我的改动', builtinChanged: true });
  });

  it('an unedited override (favourite only) shows the current built-in', () => {
    const v1 = builtins[0];
    const { id: _i, ...fields } = v1;
    const favRow = row('zh.a', { ...fields, builtinId: 'zh.a', baseHash: scriptHash(v1), favourite: true });
    const v2 = [b('zh.a', { body: '新版内容' })];
    const a = mergeLibrary(v2, [favRow]).byId.get('zh.a')!;
    expect(a).toMatchObject({ source: 'builtin', body: '新版内容', favourite: true });
  });

  it('a deleted override hides the built-in', () => {
    const lib = mergeLibrary(builtins, [row('zh.b', { builtinId: 'zh.b', deleted: true })]);
    expect(lib.scripts.map((s) => s.id)).toEqual(['zh.a']);
    expect(lib.hidden).toEqual(['zh.b']);
  });

  it('on a shortcut clash the agent’s own script wins and the clash is reported', () => {
    const lib = mergeLibrary(builtins, [row('u.1', { shortcut: ';TH' })]);
    expect(lib.byShortcut.get('th')?.id).toBe('u.1');
    expect(lib.clashes).toEqual([{ shortcut: 'th', winner: 'u.1', losers: ['zh.a'] }]);
    expect(lib.byId.get('zh.a')).toMatchObject({ shadowedShortcut: 'th' });
    expect(lib.byId.get('zh.a')!.shortcut).toBeUndefined();
  });

  it('between own scripts the most recently edited wins the shortcut', () => {
    const lib = mergeLibrary([], [row('u.1', { shortcut: 'x', updatedAt: 10 }), row('u.2', { shortcut: 'x', updatedAt: 20, createdAt: 2 })]);
    expect(lib.clashes[0]).toMatchObject({ winner: 'u.2', losers: ['u.1'] });
  });

  it('collects folders and tags, and filters by folder including sub-folders', () => {
    const lib = mergeLibrary(builtins, [row('u.1', { folder: '售前', tags: ['安抚', '催评'] })]);
    expect(lib.folders).toEqual(['售后', '售后/退货', '售前'].sort((x, y) => x.localeCompare(y, 'zh')));
    expect(lib.tags[0]).toEqual({ tag: '安抚', count: 2 });
    expect(inFolder(lib.scripts, '售后').map((s) => s.id)).toEqual(['zh.a', 'zh.b']);
  });

  it('an own reply keeps its conditions (cause, sub-case, pages); unknown values are dropped', () => {
    const lib = mergeLibrary([], [
      row('u.1', { cause: 'buyer', subcase: 'missing', pageKinds: ['chat', 'order_detail'], goods: ['food'] }),
      row('u.2', { cause: 'whoever', subcase: '', pageKinds: ['nowhere'], goods: ['spaceships'] }),
    ]);
    expect(lib.byId.get('u.1')).toMatchObject({ cause: 'buyer', subcase: 'missing', pageKinds: ['chat', 'order_detail'], goods: ['food'] });
    const u2 = lib.byId.get('u.2')!;
    expect([u2.cause, u2.subcase, u2.pageKinds, u2.goods]).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('an edited built-in keeps the built-in\'s conditions unless the edit states its own ("" = any)', () => {
    const bi = [b('zh.c', { cause: 'buyer', subcase: 'wrong' })];
    const base = scriptHash(bi[0]);
    const kept = mergeLibrary(bi, [row('zh.c', { builtinId: 'zh.c', baseHash: base, body: '改过' })]).byId.get('zh.c')!;
    expect([kept.source, kept.cause, kept.subcase]).toEqual(['override', 'buyer', 'wrong']);
    const own = mergeLibrary(bi, [row('zh.c', { builtinId: 'zh.c', baseHash: base, body: '改过', cause: 'seller', subcase: '' })]).byId.get('zh.c')!;
    expect([own.cause, own.subcase]).toEqual(['seller', undefined]);
  });

  it('changing only a condition counts as an edit (the hash sees it)', () => {
    const bi = b('zh.d');
    expect(scriptHash({ ...bi, cause: 'seller' })).not.toBe(scriptHash(bi));
    expect(scriptHash({ ...bi, pageKinds: ['chat'] })).not.toBe(scriptHash(bi));
    expect(scriptHash({ ...bi, goods: ['food'] })).not.toBe(scriptHash(bi));
  });

  it('drops unknown scenario ids from stored rows', () => {
    const lib = mergeLibrary([], [row('u.1', { scenarios: ['refund_only', 'nonsense'], states: ['requested', 'x'] })]);
    expect(lib.byId.get('u.1')).toMatchObject({ scenarios: ['refund_only'], states: ['requested'] });
  });
});

describe('helpers', () => {
  it('normalises shortcuts', () => {
    expect(normaliseShortcut(' ;TK ')).toBe('tk');
    expect(normaliseShortcut('/')).toBeUndefined();
  });
  it('hashes content, not identity', () => {
    expect(scriptHash(b('x'))).toBe(scriptHash({ ...b('x'), id: 'y' } as Script));
    expect(scriptHash(b('x'))).not.toBe(scriptHash(b('x', { body: 'other' })));
  });
});
