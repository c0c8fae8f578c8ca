import { ZH } from '../extract/lexicon';
import { describe, expect, it } from 'vitest';
import { FIXTURE_NOW, diffSnapshot, fixturesOf, toDocument } from '../adapters/testkit';
import { readWith } from '../adapters/read';
import { MESSAGE_BUYER_KEY, MESSAGE_TEXT_KEY } from './fields';
import { mappedAdapter, readMapped, withOverrides } from './read';
import { buildSelector, messageRowSelectors } from './selector';

const fx = fixturesOf('unknown').find((f) => f.name === 'order-chat')!;

function byText(doc: Document, text: string): Element {
  const el = Array.from(doc.body.querySelectorAll('*')).find((e) => Array.from(e.childNodes).some((n) => n.nodeType === 3 && n.nodeValue?.trim() === text));
  if (!el) throw new Error(`no element with text ${text}`);
  return el;
}

/** The mapping an agent makes on the fixture by clicking each field (as the picker computes it). */
function mapByClicks(doc: Document): Record<string, string> {
  const rows = messageRowSelectors(byText(doc, '照片发了，能直接退款吗？不想退回去了'));
  return {
    orderId: buildSelector(byText(doc, 'XP20261121-007788')),
    buyer: buildSelector(byText(doc, '茶小白_2046')),
    messages: rows.rows,
    [MESSAGE_BUYER_KEY]: rows.buyer,
    [MESSAGE_TEXT_KEY]: rows.text,
    orderStatus: buildSelector(byText(doc, '已发货')),
    afterSalesStatus: buildSelector(byText(doc, '退款待处理')),
    paid: buildSelector(byText(doc, '¥168.00')),
    trackingNo: buildSelector(byText(doc, '中通 78823456789012')),
    chatBox: buildSelector(doc.querySelector('textarea')!),
  };
}

describe('reading a page by a mapping', () => {
  it('the fixture has a host that no supported platform claims', () => {
    expect(fx.url).toMatch(/^https:\/\/shop\.example\.test\//);
    expect(readWith([], toDocument(fx.html), fx.url, FIXTURE_NOW).platform).toBe('unknown');
  });

  it('reads the unknown-site fixture by the mapping its clicks give, field by field', () => {
    const doc = toDocument(fx.html);
    const fields = mapByClicks(doc);
    expect(fields.chatBox).toBe('textarea[placeholder="输入回复，Enter 发送"]');
    const snap = readMapped(doc, fx.url, FIXTURE_NOW, fields, ZH, 480);
    expect(diffSnapshot(snap, fx.expected)).toEqual([]);
    expect(snap.confidence.orderId).toBeGreaterThan(0.5);
  });

  it('without a mapping the generic reader finds less (the reason to map): the conversation and the buyer, not the order id or amounts', () => {
    const snap = readWith([], toDocument(fx.html), fx.url, FIXTURE_NOW);
    expect(snap.orderId).toBeUndefined();
    expect(snap.amounts).toBeUndefined();
    // The buyer by the 千牛 word 顾客 (a label since the lexicon learned it).
    expect(snap.buyer?.nick).toBe(fx.expected.buyer?.nick);
    // What it does read is right: the conversation by structure, the badge and the courier line.
    expect(snap.messages).toEqual(fx.expected.messages?.map(({ role, text }) => expect.objectContaining({ role, text })));
    expect([snap.orderStage, snap.logistics?.trackingNo]).toEqual([fx.expected.orderStage, fx.expected.logistics?.trackingNo]);
  });

  it('a selector that no longer matches gives a partial snapshot (that field left out, the rest read)', () => {
    const doc = toDocument(fx.html);
    const fields = { ...mapByClicks(doc), buyer: '#gone .nick', orderStatus: 'div[data-x="never"]', trackingNo: ':::bad' };
    const snap = readMapped(doc, fx.url, FIXTURE_NOW, fields, ZH, 480);
    expect(snap.buyer).toBeUndefined();
    expect(snap.orderStage).toBeUndefined();
    expect(snap.logistics).toBeUndefined();
    expect(snap.orderId).toBe('XP20261121-007788');
    expect(snap.messages).toHaveLength(4);
  });

  it('a page that changed shape entirely gives an empty but valid snapshot', () => {
    const doc = toDocument('<html><head><title>x</title></head><body><p>维护中</p></body></html>');
    const snap = readMapped(doc, fx.url, FIXTURE_NOW, mapByClicks(toDocument(fx.html)), ZH, 480);
    expect(snap).toEqual({ platform: 'unknown', pageKind: 'unknown', url: fx.url, confidence: {} });
  });

  it('skipped fields are left to the label reader; new rows are read on the next read', () => {
    const doc = toDocument(fx.html);
    const { paid: _skip, ...fields } = mapByClicks(doc);
    const a = mappedAdapter(fields, ZH);
    expect(a.chatBox).toEqual([fields.chatBox]);
    const row = doc.createElement('div');
    row.className = 'msg_item__M3k8P';
    row.dataset.from = 'customer';
    row.innerHTML = '<span class="msg_meta__u7TfA">10:30</span><div class="msg_bubble__K9sLq">那我等你们退款</div>';
    doc.getElementById('msgs')!.appendChild(row);
    const snap = a.read(doc, fx.url, FIXTURE_NOW);
    expect(snap.platform).toBe('unknown');
    expect(snap.messages?.at(-1)).toMatchObject({ role: 'buyer', text: '那我等你们退款' });
  });

  it('an unknown site may price in any currency, by label or by mapped field (not only yuan as on the Chinese platforms)', () => {
    const doc = new DOMParser().parseFromString('<html lang="zh"><title>海外小店</title><body><p>实付款：US$12.50</p><p id="fee">€3.00</p></body></html>', 'text/html');
    expect(readMapped(doc, 'https://shop.example/o/1', FIXTURE_NOW, {}, ZH, 480).amounts).toEqual({ paid: 12.5, currency: 'USD' });
    expect(readMapped(doc, 'https://shop.example/o/1', FIXTURE_NOW, { paid: '#fee' }, ZH, 480).amounts).toEqual({ paid: 3, currency: 'EUR' });
  });
});

describe('withOverrides (a known platform with the agent\'s fixes)', () => {
  const doc = () => toDocument(`<div><h1>订单详情</h1><span class="x9">订单编号：1234567890123</span><div class="who_7f">小鹿乱撞</div></div>`);
  const reader = { id: 'jd' as const, pageKind: () => 'order_detail' as const, chatBox: ['textarea'], read: (_d: Document, url: string) => ({ platform: 'jd' as const, pageKind: 'order_detail' as const, url, orderId: '1234567890123', confidence: { orderId: 0.95 } }) };

  it('adds a picked field the reader missed, keeps the rest, and follows fields changed later', () => {
    let fields: Record<string, string> | null = null;
    const r = withOverrides(reader, () => fields, ZH, 480);
    expect(r.read(doc(), 'https://shop.jd.com/o', FIXTURE_NOW).buyer).toBeUndefined();
    fields = { buyer: '.who_7f', chatBox: '#reply' };
    const s = r.read(doc(), 'https://shop.jd.com/o', FIXTURE_NOW);
    expect([s.orderId, s.buyer?.nick, s.confidence.buyer]).toEqual(['1234567890123', '小鹿乱撞', 0.9]);
    expect(r.chatBox).toEqual(['#reply', 'textarea']);
  });

  it('keeps the reader\'s value when a picked selector finds nothing', () => {
    const r = withOverrides(reader, () => ({ orderId: '.gone' }), ZH, 480);
    expect(r.read(doc(), 'https://shop.jd.com/o', FIXTURE_NOW).orderId).toBe('1234567890123');
  });
});
