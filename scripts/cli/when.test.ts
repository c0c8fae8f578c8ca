import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from './when';
import { UsageError } from './args';

function capture(argv: string[]): { code: number; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...a) => void err.push(a.join(' ')));
  try {
    return { code: run(argv), out, err };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

const NOW = ['--now', '2026-11-23T09:15:00+08:00'];

describe('cli when', () => {
  afterEach(() => vi.restoreAllMocks());

  it('prints ISO with offset, the local string and the matched words', () => {
    const r = capture(['好的，明天上午10点给您回电', ...NOW, '--tz', 'Asia/Shanghai']);
    expect(r.code).toBe(0);
    expect(r.out[0]).toBe('2026-11-24T10:00:00+08:00');
    expect(r.out[1]).toBe('明天 10:00 (周二)');
    expect(r.out[2]).toMatch(/^matched: 明天上午10点 /);
  });

  it('reads English in another zone', () => {
    const r = capture(['tomorrow 9am', ...NOW, '--tz', 'America/New_York', '--lang', 'en']);
    expect(r.out[0]).toBe('2026-11-23T09:00:00-05:00');
    expect(r.out[1]).toBe('in 13 h · tomorrow 09:00');
  });

  it('exits 1 with a message when there is no time', () => {
    const r = capture(['谢谢亲', ...NOW]);
    expect(r.code).toBe(1);
    expect(r.out).toEqual([]);
    expect(r.err[0]).toContain('no time found');
  });

  it.each([[[]], [['x', '--lang', 'fr']], [['x', '--tz', 'Mars/Base']], [['x', '--now', 'yesterday']], [['x', '--bogus', '1']]])(
    'rejects bad arguments %j with a UsageError',
    (argv) => {
      expect(() => run(argv)).toThrow(UsageError);
    },
  );
});
