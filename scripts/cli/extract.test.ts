import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from './args';
import { run } from './extract';
import { captureLog } from './testkit';

const ROOT = join(import.meta.dirname, '..', '..');

const capture = (argv: string[]) => captureLog(run, argv);

describe('cli extract', () => {
  it('prints the snapshot of a saved demo page, keys in snapshot.md order', () => {
    const r = capture([join(ROOT, 'fixtures/demo/order.html'), '--url', 'http://127.0.0.1/demo/order.html', '--now', '2026-11-23T10:15:00+08:00']);
    expect(r.code).toBe(0);
    const snap = JSON.parse(r.out);
    expect(snap.orderId).toBe('261118-552310987604213');
    expect(snap.amounts).toEqual({ paid: 129, currency: 'CNY' });
    expect(Object.keys(snap).slice(0, 4)).toEqual(['platform', 'pageKind', 'url', 'shop']);
  });

  it('decodes a GBK page by its meta charset', () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-'));
    const file = join(dir, 'gbk.html');
    // "订单编号：AB123456" in GBK bytes.
    const body = Buffer.from([0xb6, 0xa9, 0xb5, 0xa5, 0xb1, 0xe0, 0xba, 0xc5, 0xa3, 0xba]);
    writeFileSync(file, Buffer.concat([Buffer.from('<html><head><meta charset="gbk"></head><body><div>'), body, Buffer.from('AB123456</div></body></html>')]));
    const r = capture([file, '--url', 'https://shop.example.test/order/1']);
    expect(JSON.parse(r.out).orderId).toBe('AB123456');
  });

  it.each([
    [[], /exactly one saved page/],
    [['a.html'], /--url is required/],
    [['a.html', '--url', 'not a url'], /not a URL/],
    [['/no/such/file.html', '--url', 'https://x.test/'], /no such file/],
    [[join(ROOT, 'fixtures/demo/order.html'), '--url', 'https://x.test/', '--now', 'yesterday'], /--now is not an ISO/],
    [[join(ROOT, 'fixtures/demo/order.html'), '--url', 'https://x.test/', '--frobnicate', '1'], /unknown option --frobnicate/],
  ])('rejects bad arguments %j with a clear message', (argv, msg) => {
    expect(() => run(argv as string[])).toThrowError(UsageError);
    expect(() => run(argv as string[])).toThrowError(msg);
  });
});
