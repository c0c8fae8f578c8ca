import { describe, expect, it } from 'vitest';
import { demo } from './demo';
import { readPage } from './registry';
import { FIXTURE_NOW, diffSnapshot, fixturesOf, toDocument } from './testkit';

describe('demo adapter', () => {
  const fixtures = fixturesOf('demo');
  it('has fixtures for chat, order detail and after-sales', () => {
    expect(fixtures.map((f) => f.expected.pageKind).sort()).toEqual(['after_sales', 'chat', 'order_detail']);
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('reads %s field by field', (_n, fx) => {
    const snap = demo.read(toDocument(fx.html), fx.url, FIXTURE_NOW);
    expect(diffSnapshot(snap, fx.expected)).toEqual([]);
  });

  it('takes the order id by its label, not the product id or after-sales id beside it', () => {
    const [chat] = fixtures.filter((f) => f.expected.pageKind === 'chat');
    const snap = demo.read(toDocument(chat.html), chat.url, FIXTURE_NOW);
    expect(snap.orderId).toBe('261118-552310987604213');
    const [as] = fixtures.filter((f) => f.expected.pageKind === 'after_sales');
    expect(demo.read(toDocument(as.html), as.url, FIXTURE_NOW).orderId).toBe('261118-552310987604213');
  });

  it('takes what the buyer paid, not what the shop receives', () => {
    const [order] = fixtures.filter((f) => f.expected.pageKind === 'order_detail');
    expect(demo.read(toDocument(order.html), order.url, FIXTURE_NOW).amounts?.paid).toBe(129);
  });

  it('counts the auto-reply as system, not seller', () => {
    const [chat] = fixtures.filter((f) => f.expected.pageKind === 'chat');
    const msgs = demo.read(toDocument(chat.html), chat.url, FIXTURE_NOW).messages ?? [];
    expect(msgs.filter((m) => m.text.includes('自动回复')).map((m) => m.role)).toEqual(['system']);
  });
});

describe('pages with no matching labels', () => {
  it('gives a partial snapshot and never throws', () => {
    const doc = toDocument('<html><body><h1>欢迎</h1><p>这里没有订单。</p><div>订单编号：</div><div>买家：</div></body></html>');
    const snap = readPage(doc, 'https://example.com/somewhere', FIXTURE_NOW);
    expect(snap).toEqual({ platform: 'unknown', pageKind: 'unknown', url: 'https://example.com/somewhere', confidence: {} });
  });

  it('does not take the next label as the value of an empty one', () => {
    const doc = toDocument('<div><span>订单编号：</span><span>买家昵称：</span><span>阿青</span></div>');
    const snap = readPage(doc, 'https://example.com/', FIXTURE_NOW);
    expect(snap.orderId).toBeUndefined();
    expect(snap.buyer?.nick).toBe('阿青');
  });

  it('gives no order id when the page shows two different ones under the same label', () => {
    const doc = toDocument('<div>订单编号：AB12345678</div><div>订单编号：CD87654321</div>');
    expect(readPage(doc, 'https://example.com/', FIXTURE_NOW).orderId).toBeUndefined();
  });

  it('survives an empty document and a bad URL', () => {
    expect(readPage(toDocument(''), 'not a url', FIXTURE_NOW).platform).toBe('unknown');
  });
});
