import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './eval';
import { UsageError } from './args';

describe('cli eval', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ev-'));
  const f = join(dir, 'set.jsonl');
  // Our own tiny labelled set; the real dev set is read only at run time by `npm run eval`.
  writeFileSync(
    f,
    [
      { id: 'k1', messages: ['快递到哪了'], primary: 'shipping_query', labels: ['shipping_query'], risk: false, sentiment: 'calm' },
      { id: 'k2', messages: ['开张发票'], primary: 'invoice', labels: ['invoice'], risk: false, sentiment: 'calm' },
      { id: 'k3', messages: ['你好'], primary: 'payment', labels: ['payment'], risk: true, sentiment: 'calm' },
    ]
      .map((o) => JSON.stringify(o))
      .join('\n'),
  );

  function output(argv: string[]): string {
    const lines: string[] = [];
    const spy = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void lines.push(a.join(' ')));
    try {
      expect(run(argv)).toBe(0);
    } finally {
      spy.mockRestore();
    }
    return lines.join('\n');
  }

  it('names cases without ids (our written files) by their line: each error shows its own text', () => {
    const g = join(dir, 'noid.jsonl');
    writeFileSync(g, [
      { messages: ['你好'], primary: 'payment', labels: ['payment'], risk: false, sentiment: 'calm' },
      { messages: ['开张发票'], primary: 'refund_only', labels: ['refund_only'], risk: false, sentiment: 'calm' },
    ].map((o) => JSON.stringify(o)).join('\n'));
    const out = output(['--file', g, '--errors', '5']);
    expect(out).toMatch(/- line 1 [^\n]*\n\s+你好/);
    expect(out).toMatch(/- line 2 [^\n]*\n\s+开张发票/);
  });

  it('prints figures for the classifier and the baseline, without the texts', () => {
    const out = output(['--file', f]);
    expect(out).toMatch(/classifier: top-1 66\.7 %/);
    expect(out).toMatch(/baseline\s*: top-1/);
    expect(out).toMatch(/per-scenario recall/);
    expect(out).toMatch(/confusion/);
    expect(out).not.toContain('快递到哪了');
  });

  it('--errors N lists misclassified ids with their text', () => {
    const out = output(['--file', f, '--errors', '5']);
    expect(out).toMatch(/k3\s+predicted other/);
    expect(out).toContain('你好');
  });

  it('bad arguments and unreadable files are usage errors', () => {
    expect(() => run(['--file', join(dir, 'missing.jsonl')])).toThrow(UsageError);
    expect(() => run(['--file', f, '--errors', 'many'])).toThrow(UsageError);
    expect(() => run(['--bogus', '1'])).toThrow(UsageError);
  });
});
