import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './classify';
import { UsageError } from './args';

function capture(fn: () => number): { code: number; out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  const w = vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => (out.push(String(s)), true));
  const e = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  try {
    return { code: fn(), out: out.join(''), err: err.join('\n') };
  } finally {
    w.mockRestore();
    e.mockRestore();
  }
}

describe('cli classify', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cls-'));

  it('prints one JSON line per input line, best scenario first', () => {
    const f = join(dir, 'ok.jsonl');
    writeFileSync(
      f,
      [
        JSON.stringify({ id: 1, text: '快递到哪了', extra: 'ignored' }),
        JSON.stringify({ id: 'b', messages: ['我的东西到哪了'], snapshot: { orderStage: 'to_ship' } }),
        JSON.stringify({ id: 'c', messages: [{ role: 'seller', text: '发票已开' }, { role: 'buyer', text: '不处理我就投诉' }] }),
      ].join('\n'),
    );
    const r = capture(() => run([f]));
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual([1, 'b', 'c']);
    expect(lines[0].scenarios[0].id).toBe('shipping_query');
    expect(lines[1].scenarios[0].id).toBe('urge_dispatch');
    expect(lines[2].risk.flags).toContain('complaint_threat');
    expect(Object.keys(lines[0]).sort()).toEqual(['id', 'risk', 'scenarios', 'sentiment']);
  });

  it('reports a malformed line by number, keeps going and exits 1', () => {
    const f = join(dir, 'bad.jsonl');
    writeFileSync(f, ['{"id":"a","text":"开发票"}', '{oops', '{"id":"c"}', '{"id":"d","text":"谢谢"}'].join('\n'));
    const r = capture(() => run([f]));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/line 2/);
    expect(r.err).toMatch(/line 3/);
    expect(r.out.trim().split('\n')).toHaveLength(2);
  });

  it('missing file or bad arguments are usage errors', () => {
    expect(() => run([join(dir, 'nope.jsonl')])).toThrow(UsageError);
    expect(() => run([])).toThrow(UsageError);
    expect(() => run(['a', 'b'])).toThrow(UsageError);
    expect(() => run(['--x', '1', 'a'])).toThrow(UsageError);
  });
});
