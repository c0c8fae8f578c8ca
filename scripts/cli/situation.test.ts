import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from './args';
import { run } from './situation';
import { captureLog } from './testkit';

const ROOT = join(import.meta.dirname, '..', '..');

const capture = (argv: string[]) => captureLog(run, argv);

describe('cli situation', () => {
  it.each([
    ['an order page without messages', 'fixtures/demo/order.html', 'http://127.0.0.1/demo/order.html', 'warranty_usage'],
    ['an after-sales page without messages', 'fixtures/pinduoduo/after_sales-returned.html', 'https://mms.pinduoduo.com/aftersales-ssr/detail?id=29981044571&orderSn=261115-226093418870153', 'return_refund'],
    ['a chat page', 'fixtures/demo/chat.html', 'http://127.0.0.1/demo/chat.html', 'return_refund'],
  ])('%s: scenarios, steps and at least three filled scripts', (_name, file, url, top) => {
    const r = capture([join(ROOT, file), '--url', url, '--now', '2026-11-25T10:00:00+08:00']);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.out);
    expect(s.scenarios.length).toBeGreaterThan(0);
    expect(s.scenario).toBe(top);
    expect(s.steps.length).toBeGreaterThan(0);
    expect(s.scripts.length).toBeGreaterThanOrEqual(3);
    for (const x of s.scripts) {
      expect(typeof x.text).toBe('string');
      expect(x.text.length).toBeGreaterThan(10);
    }
  });

  it('--lang en writes the steps in English', () => {
    const s = JSON.parse(capture([join(ROOT, 'fixtures/demo/order.html'), '--url', 'http://127.0.0.1/demo/order.html', '--lang', 'en']).out);
    expect(s.steps[0].text).toMatch(/^[\x20-\x7e’]+$/);
  });

  it.each([[[]], [['a.html']], [['a.html', '--url', 'nope']], [['a.html', '--url', 'https://x.test/', '--lang', 'fr']]])('refuses bad arguments %j', (argv) => {
    expect(() => capture(argv as string[])).toThrow(UsageError);
  });
});
