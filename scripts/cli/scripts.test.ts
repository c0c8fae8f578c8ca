import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BUILTIN_SCRIPTS } from '../../lib/replies/builtin/index';
import { variablesIn } from '../../lib/replies/template';
import { UsageError } from './args';
import { run } from './scripts';

function capture(argv: string[]): { code: number; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...a) => void err.push(a.join(' ')));
  try {
    return { code: run(argv) as number, out, err };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'cli-scripts-'));
const file = (name: string, text: string): string => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const SNAP = {
  platform: 'pinduoduo', pageKind: 'chat', url: 'https://mms.pinduoduo.com/', shop: '云朵家居', orderId: '241118-0001',
  buyer: { nick: '小鹿' }, items: [{ title: '珊瑚绒四件套', qty: 1 }], amounts: { paid: 129, currency: 'CNY' },
  logistics: { courier: 'SF', trackingNo: 'SF123', latestEvent: null }, confidence: {},
};

describe('cli scripts', () => {
  afterEach(() => vi.restoreAllMocks());

  it('lists built-ins, filtered by language, as text or JSON', () => {
    const en = capture(['list', '--lang', 'en']);
    const nEn = BUILTIN_SCRIPTS.filter((s) => s.lang === 'en').length;
    expect(en.out).toHaveLength(nEn);
    expect(en.out.every((l) => l.startsWith('en.'))).toBe(true);
    const all = JSON.parse(capture(['list', '--json']).out.join('\n'));
    expect(all).toHaveLength(BUILTIN_SCRIPTS.length);
  });

  it('searches with the same ranking as the panel (shortcut first)', () => {
    const withShortcut = BUILTIN_SCRIPTS.find((s) => s.shortcut)!;
    const r = capture(['search', withShortcut.shortcut!, '--limit', '3', '--json']);
    const hits = JSON.parse(r.out.join('\n'));
    expect(hits[0]).toMatchObject({ id: withShortcut.id, field: 'shortcut' });
    expect(hits.length).toBeLessThanOrEqual(3);
    expect(capture(['search', 'qqqqzzzz']).err[0]).toMatch(/no script matches/);
  });

  it('renders a script from a snapshot and lists missing variables on stderr', () => {
    const script = BUILTIN_SCRIPTS.find((s) => variablesIn(s.body).includes('buyer'))!;
    const snap = file('snap.json', JSON.stringify(SNAP));
    const r = capture(['render', script.id, '--snapshot', snap, '--agent', '小王', '--now', '2026-11-23T10:00:00+08:00']);
    expect(r.code).toBe(0);
    expect(r.out.join('\n')).toContain('小鹿');
    expect(r.out.join('\n')).not.toContain('{buyer');
    const missing = variablesIn(script.body).filter((v) => !['buyer', 'order_id', 'product', 'qty', 'amount', 'courier', 'tracking_no', 'shop', 'agent', 'today', 'platform'].includes(v));
    const unfilledWithoutFallback = missing.filter((v) => script.body.includes(`{${v}}`));
    if (unfilledWithoutFallback.length) expect(r.err[0]).toMatch(/^missing: /);
    else expect(r.err).toEqual([]);
  });

  it('reports missing variables for a bare snapshot', () => {
    const script = BUILTIN_SCRIPTS.find((s) => s.body.includes('{order_id}'))!;
    const r = capture(['render', script.id, '--snapshot', file('bare.json', '{"platform":"taobao"}')]);
    expect(r.code).toBe(0);
    expect(r.out.join('\n')).toContain('{order_id}');
    expect(r.err[0]).toMatch(/missing: .*order_id/);
  });

  it('turns bad input into usage errors', () => {
    const snap = file('ok.json', JSON.stringify(SNAP));
    expect(() => capture(['render', 'no.such.id', '--snapshot', snap])).toThrow(/no script with id/);
    expect(() => capture(['render', BUILTIN_SCRIPTS[0].id, '--snapshot', file('bad.json', '{oops')])).toThrow(/not valid JSON/);
    expect(() => capture(['render', BUILTIN_SCRIPTS[0].id, '--snapshot', file('mars.json', '{"platform":"mars"}')])).toThrow(/not a page snapshot/);
    expect(() => capture(['render', BUILTIN_SCRIPTS[0].id, '--snapshot', join(dir, 'absent.json')])).toThrow(/no such file/);
    expect(() => capture(['render', BUILTIN_SCRIPTS[0].id])).toThrow(/--snapshot/);
    expect(() => capture(['search', 'x', '--limit', '0'])).toThrow(UsageError);
    expect(() => capture(['list', '--lang', 'fr'])).toThrow(/zh or en/);
    expect(() => capture(['frobnicate'])).toThrow(/unknown scripts subcommand/);
  });

  it('previews an import file', () => {
    const csv = file('in.csv', '标题,内容,快捷编码\n新话术,亲，您好,zzqq\n,,\n');
    const r = capture(['preview', csv]);
    expect(r.out[0]).toBe('added 1, changed 0, conflicts 0, unchanged 0, errors 0');
    expect(() => capture(['preview', file('x.json', '{"format":"other"}')])).toThrow(/not a script pack/);
  });

  it('reads a CSV Excel saved in GBK, and refuses bytes no encoding reads', () => {
    // 标题,内容,快捷编码\n退货地址,亲，请把商品寄回：杭州市余杭区,thdz\n in GBK: its shortcut clashes with a built-in, so the title is printed.
    const gbk = join(dir, 'gbk.csv');
    writeFileSync(gbk, Buffer.from('b1eacce22cc4dac8dd2cbfecbdddb1e0c2eb0acdcbbbf5b5d8d6b72cc7d7a3acc7ebb0d1c9ccc6b7bcc4bbd8a3bababcd6ddcad0d3e0babcc7f82c7468647a0a', 'hex'));
    const r = capture(['preview', gbk]);
    expect(r.out[0]).toBe('added 0, changed 0, conflicts 1, unchanged 0, errors 0');
    expect(r.out[1]).toMatch(/^conflict #0 "退货地址": shortcut ;thdz already used by /);
    const broken = join(dir, 'broken.csv');
    writeFileSync(broken, Buffer.from([0x61, 0x2c, 0x62, 0x0a, 0xff, 0x81]));
    expect(() => capture(['preview', broken])).toThrow(/cannot read .*broken\.csv: Cannot read the text encoding/);
  });
});
