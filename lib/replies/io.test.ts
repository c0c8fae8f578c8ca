import { describe, expect, it } from 'vitest';
import type { UserScript } from '../db/schema';
import {
  cleanText, csvToScripts, exportCsv, exportJsonPack, guessCsvMapping, IMPORT_LIMITS, ImportFormatError,
  parseCsv, parseImportFile, parseJsonPack, PACK_FORMAT, previewImport, type IncomingScript,
} from './io';
import type { Script } from './types';

const s = (id: string, extra: Partial<Script> = {}): Script => ({
  id, title: `标题${id}`, body: `亲，{buyer|您好}，内容${id}`, scenarios: ['refund_only'], stages: ['shipped'], states: ['requested'], lang: 'zh', tags: ['安抚'], ...extra,
});
const pack = (scripts: unknown[], extra: Record<string, unknown> = {}): string => JSON.stringify({ format: PACK_FORMAT, version: 1, scripts, ...extra });

describe('JSON packs', () => {
  it('round-trips scripts, including quotes, commas, newlines and HTML kept as text', () => {
    const scripts = [
      s('u.1', { body: '第一行,"引号"\n第二行 <script>alert(1)</script>', shortcut: 'tk', folder: '售后/退款', tip: '先看照片' }),
      s('u.2', { lang: 'en', title: 'Hello', body: 'Hi {buyer}, thanks!', platform: 'shopify', tags: [] }),
      s('u.3', { scenarios: ['wrong_item'], stages: ['delivered'], states: ['requested'], cause: 'seller', subcase: 'missing', pageKinds: ['chat'], goods: ['textile', 'apparel'] }),
    ];
    const text = exportJsonPack(scripts, { now: new Date('2026-11-23T00:00:00Z') });
    const back = parseJsonPack(text);
    expect(back.errors).toEqual([]);
    expect(back.exportedAt).toBe('2026-11-23T00:00:00.000Z');
    expect(back.scripts).toEqual(scripts.map(({ id, ...rest }) => ({ id, ...rest })));
  });

  it('exports one folder as a named pack', () => {
    const text = exportJsonPack([s('a', { folder: '售后' }), s('b', { folder: '售后/退货' }), s('c', { folder: '售前' })], { folder: '售后' });
    const p = JSON.parse(text);
    expect(p.name).toBe('售后');
    expect(p.scripts.map((x: { id: string }) => x.id)).toEqual(['a', 'b']);
  });

  it('exports an override as its built-in', () => {
    const p = JSON.parse(exportJsonPack([{ ...s('zh.x'), source: 'override' }]));
    expect(p.scripts[0].builtinId).toBe('zh.x');
  });

  it('refuses prototype-pollution keys anywhere', () => {
    const hostile = `{"format":"${PACK_FORMAT}","version":1,"scripts":[{"title":"a","body":"b","__proto__":{"polluted":1}}]}`;
    expect(() => parseJsonPack(hostile)).toThrow(/__proto__/);
    expect(() => parseJsonPack(pack([{ title: 'a', body: 'b', constructor: { prototype: {} } }]))).toThrow(ImportFormatError);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('gives clear messages for files that are not packs', () => {
    expect(() => parseJsonPack('{not json')).toThrow(/not valid JSON/);
    expect(() => parseJsonPack('{"scripts":[]}')).toThrow(/not a script pack/);
    expect(() => parseJsonPack(pack([], { version: 9 }))).toThrow(/newer version/);
    // The agent reads the Chinese message: a thrown ImportFormatError must carry it.
    let thrown: unknown;
    try {
      parseJsonPack('[]');
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(ImportFormatError);
    expect((thrown as ImportFormatError).zh).toMatch(/话术文件/);
  });

  it('rejects huge files and too many rows', () => {
    const big = pack([{ title: 'a', body: 'x'.repeat(IMPORT_LIMITS.bytes) }]);
    expect(() => parseJsonPack(big)).toThrow(/5 MB/);
    const many = pack(Array.from({ length: IMPORT_LIMITS.rows + 1 }, () => ({ body: 'b' })));
    expect(() => parseJsonPack(many)).toThrow(/20000/);
  });

  it('reports bad records with their position and keeps the good ones', () => {
    const r = parseJsonPack(pack([
      { title: 'ok', body: 'fine' },
      { title: 'x'.repeat(IMPORT_LIMITS.title + 1), body: 'b' },
      { title: 'no body' },
      { title: 't', body: 'b', lang: 'fr' },
      'not an object',
      { id: 'bad id with spaces', body: 'b' },
      { title: 't', body: 'b', cause: 'nobody' },
    ]));
    expect(r.scripts.map((x) => x.title)).toEqual(['ok']);
    expect(r.errors.map((e) => e.row)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(r.errors[5].message).toMatch(/cause must be one of seller, buyer, unknown/);
    expect(r.errors[0].message).toMatch(/title.*longer than 200/);
    expect(r.errors[0].zh).toMatch(/第2条.*标题超出长度上限/);
  });

  it('strips control and bidi characters, keeps HTML as plain text, drops unknown enum values', () => {
    const r = parseJsonPack(pack([{ title: 'a\u202Eb\u0007', body: 'x\u0000y\r\n<img src=x onerror=alert(1)>', scenarios: ['refund_only', 'zzz'], extra: 1 }]));
    expect(r.scripts[0]).toMatchObject({ title: 'ab', body: 'xy\n<img src=x onerror=alert(1)>', scenarios: ['refund_only'] });
    expect(r.scripts[0]).not.toHaveProperty('extra');
  });

  it('derives a title and language when missing', () => {
    const r = parseJsonPack(pack([{ body: 'Thanks for waiting, {buyer}! Your parcel is on its way.' }]));
    expect(r.scripts[0]).toMatchObject({ lang: 'en', title: 'Thanks for waiting…' });
  });
});

describe('CSV', () => {
  it('parses quotes, commas and newlines in quotes, BOM and CRLF', () => {
    const text = '\uFEFF标题,内容\r\n"退款, 到账","第一行\r\n第二行 ""好的"""\r\n简单,正文\r\n\r\n';
    expect(parseCsv(text)).toEqual([['标题', '内容'], ['退款, 到账', '第一行\r\n第二行 "好的"'], ['简单', '正文']]);
  });

  it('detects tab-separated files and rejects an unclosed quote', () => {
    expect(parseCsv('a\tb\n1\t2')).toEqual([['a', 'b'], ['1', '2']]);
    expect(() => parseCsv('a,b\n"open,2\n3,4')).toThrow(/line 2/);
  });

  it('guesses Chinese and English headers', () => {
    expect(guessCsvMapping(['分组', '快捷编码', '快捷短语'])).toEqual({ hasHeader: true, columns: { folder: 0, shortcut: 1, body: 2 } });
    expect(guessCsvMapping(['标题', '话术内容', '分类', '标签', '快捷键'])).toEqual({
      hasHeader: true, columns: { title: 0, body: 1, folder: 2, tags: 3, shortcut: 4 },
    });
    expect(guessCsvMapping(['Title', 'Content', 'Shortcode', 'Tags', 'Group']).columns).toEqual({ title: 0, body: 1, shortcut: 2, tags: 3, folder: 4 });
    expect(guessCsvMapping(['亲，您好', '谢谢'])).toEqual({ hasHeader: false, columns: { title: 0, body: 1 } });
    expect(guessCsvMapping(['只有一列'])).toEqual({ hasHeader: false, columns: { body: 0 } });
  });

  it('reads scripts with a mapping; tags split on Chinese and Latin separators', () => {
    const csv = '快捷编码,快捷短语,分组,标签\ntk,"亲，退款已原路退回，请留意{courier|到账}",售后,"退款，安抚、到账"\n,,售后,\n';
    const r = csvToScripts(csv);
    expect(r.scripts).toHaveLength(1);
    expect(r.scripts[0]).toMatchObject({ shortcut: 'tk', folder: '售后', tags: ['退款', '安抚', '到账'], lang: 'zh' });
    expect(r.scripts[0].title).toBe('亲，退款已原路退回，请留意');
    expect(r.errors).toEqual([expect.objectContaining({ row: 3, field: 'body' })]);
  });

  it('needs a body column', () => {
    expect(() => csvToScripts('a,b\n1,2', { hasHeader: true, columns: { title: 0 } })).toThrow(/reply text/);
  });

  it('round-trips through export, including formula-looking cells', () => {
    const scripts = [
      s('1', { body: '=HYPERLINK("x")，逗号,和\n换行', shortcut: 'tk', folder: '售后', tags: ['a', 'b'] }),
      s('2', { lang: 'en', title: 'Late parcel', body: '-5% off, "sorry"', tags: [] }),
    ];
    const text = exportCsv(scripts);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('\r\n');
    expect(text).toContain("\"'=HYPERLINK");
    const back = csvToScripts(text);
    expect(back.errors).toEqual([]);
    expect(back.scripts).toEqual(scripts.map(({ id: _id, stages: _s, states: _st, ...rest }) => ({ ...rest, stages: [], states: [] })));
  });

  it('parseImportFile picks the format', () => {
    expect(parseImportFile(pack([{ body: 'x' }])).scripts).toHaveLength(1);
    expect(parseImportFile('标题,内容\na,b', 'x.csv').scripts[0]).toMatchObject({ title: 'a', body: 'b' });
  });

  it('cleanText keeps tabs and newlines', () => {
    expect(cleanText('a\tb\r\nc\u200Bd')).toBe('a\tb\ncd');
  });
});

describe('previewImport', () => {
  const rowOf = (x: Script, extra: Partial<UserScript> = {}): UserScript => ({ ...x, createdAt: 1, updatedAt: 1, ...extra });
  const inc = (x: Partial<IncomingScript>): IncomingScript => ({ title: 't', body: 'b', scenarios: [], stages: [], states: [], lang: 'zh', tags: [], ...x });

  it('sorts records into added, changed, conflicts and unchanged', () => {
    const builtins = [s('zh.b1', { shortcut: 'hi' })];
    const existing = [rowOf(s('u.1', { shortcut: 'tk', folder: '售后' })), rowOf(s('u.2'))];
    const { id: _a, ...same } = s('u.1', { shortcut: 'tk', folder: '售后' });
    const incoming: IncomingScript[] = [
      inc({ title: '全新', body: '新的' }), // added
      { ...same, id: 'u.1' }, // unchanged
      inc({ id: 'u.2', title: '标题u.2', body: '别的内容' }), // id conflict
      inc({ title: '标题u.1', folder: '售后', body: '新版本', shortcut: 'tk' }), // changed: same title+folder, keeps its own shortcut
      inc({ title: '另一个', body: 'x', shortcut: 'HI' }), // shortcut conflict with a built-in
      inc({ builtinId: 'zh.b1', title: '标题zh.b1', body: '改' }), // id conflict with the built-in
      inc({ title: '重复快捷', body: 'y', shortcut: 'hi' }), // same shortcut twice in the file
    ];
    const p = previewImport(existing, incoming, builtins);
    expect(p.added.map((x) => x.key)).toEqual(['#0']);
    expect(p.unchanged.map((x) => x.key)).toEqual(['#1']);
    expect(p.changed.map((x) => [x.key, x.target?.id])).toEqual([['#3', 'u.1']]);
    expect(p.conflicts.map((x) => [x.key, x.reason, x.target?.id, x.clashWith?.id])).toEqual([
      ['#2', 'id', 'u.2', undefined],
      ['#4', 'shortcut', undefined, 'zh.b1'],
      ['#5', 'id', 'zh.b1', undefined],
    ]);
    expect(p.errors).toEqual([expect.objectContaining({ row: 7, field: 'shortcut' })]);
  });
});
