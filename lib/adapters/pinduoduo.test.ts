import { describe, expect, it } from 'vitest';
import { pinduoduo } from './pinduoduo';
import { adapterFor } from './registry';
import { FIXTURE_NOW, diffSnapshot, fixturesOf, toDocument } from './testkit';

const fixtures = fixturesOf('pinduoduo');
const read = (name: string, mutate?: (d: Document) => void) => {
  const fx = fixtures.find((f) => f.name === name)!;
  const doc = toDocument(fx.html);
  mutate?.(doc);
  return pinduoduo.read(doc, fx.url, FIXTURE_NOW);
};

describe('pinduoduo adapter', () => {
  it('has fixtures for chat, order detail and after-sales', () => {
    expect(new Set(fixtures.map((f) => f.expected.pageKind))).toEqual(new Set(['chat', 'order_detail', 'after_sales']));
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('reads %s field by field', (_n, fx) => {
    expect(diffSnapshot(pinduoduo.read(toDocument(fx.html), fx.url, FIXTURE_NOW), fx.expected)).toEqual([]);
  });

  it('matches its hosts and names page kinds from the URL', () => {
    expect(adapterFor('https://mms.pinduoduo.com/orders/list')?.id).toBe('pinduoduo');
    expect(adapterFor('https://mobile.yangkeduo.com/')).toBeUndefined();
    expect(pinduoduo.pageKind(new URL('https://mms.pinduoduo.com/chat-merchant/#/'))).toBe('chat');
    expect(pinduoduo.pageKind(new URL('https://mms.pinduoduo.com/orders/detail?type=4399&sn=261119-418205736619042'))).toBe('order_detail');
    expect(pinduoduo.pageKind(new URL('https://mms.pinduoduo.com/aftersales-ssr/detail?id=1&orderSn=x'))).toBe('after_sales');
  });

  it('reads the open conversation only, not the other buyers in the list', () => {
    const s = read('chat-refund-long');
    expect(s.buyer).toEqual({ nick: '柚子不加糖', id: '7730915226' });
    expect(JSON.stringify(s.messages)).not.toContain('晚风吹过');
  });

  it('reads the nick from the evidenced header (.chatWindowHeader .base-info .name) without its tags', () => {
    const s = read('chat-refund-long', (d) => {
      d.querySelectorAll('.chat-detail-header .nickname, .base-info .nickname').forEach((e) => e.remove());
      d.body.insertAdjacentHTML('afterbegin', '<div class="chatWindowHeader"><div class="base-info"><span class="name">柚子不加糖<span class="tag">回头客</span></span></div></div>');
    });
    expect(s.buyer?.nick).toBe('柚子不加糖');
  });

  it('counts robot auto-replies and notices as system, and skips image and goods cards', () => {
    const s = read('chat-refund-long');
    const roles = (needle: string) => s.messages!.filter((m) => m.text.includes(needle)).map((m) => m.role);
    expect(roles('非工作时间')).toEqual(['system']);
    expect(roles('发起了售后申请')).toEqual(['system']);
    expect(roles('我帮您给快递那边催一下件')).toEqual(['seller']);
    expect(s.messages!.length).toBeGreaterThanOrEqual(40);
    expect(s.messages!.some((m) => m.text.includes('商品ID'))).toBe(false);
  });

  it('gives rows without their own time the last group time', () => {
    const s = read('chat-refund-long');
    const m = s.messages!.find((x) => x.text === '要是明天到不了我就不要了');
    expect(m?.time).toBe('2026-11-23T08:35:50+08:00');
  });

  it('reads the expanded order card, not the collapsed one above it', () => {
    const s = read('chat-refund-long');
    expect(s.orderId).toBe('261119-418205736619042');
    expect(s.amounts?.paid).toBe(74);
  });

  it('takes what the buyer paid, not what the shop receives', () => {
    for (const f of fixtures) {
      const s = pinduoduo.read(toDocument(f.html), f.url, FIXTURE_NOW);
      expect(s.amounts?.paid).toBe(f.expected.amounts?.paid);
    }
    expect(read('order_detail-shipped').amounts?.paid).toBe(101);
  });

  it('takes the order id by label or URL, never the after-sales id, goods id or payment serial', () => {
    const as = read('after_sales-returned');
    expect(as.orderId).toBe('261115-226093418870153');
    const bare = read('after_sales-returned', (d) => d.querySelectorAll('.order-sn-row').forEach((e) => e.remove()));
    expect(bare.orderId).toBe('261115-226093418870153'); // from orderSn=, not id=
    const od = read('order_detail-shipped', (d) => d.querySelectorAll('.order-sn-row').forEach((e) => e.remove()));
    expect(od.orderId).toBe('261120-507731886412350'); // from sn=
  });

  it('guesses no side card when several are collapsed and none is expanded; the order the buyer sent in the chat names it', () => {
    const s = read('chat-refund-long', (d) => d.querySelectorAll('.order-item').forEach((e) => e.classList.remove('order-item--expand')));
    // the [aria-expanded=true] fallback still names the card; drop it too
    expect(s.orderId).toBe('261119-418205736619042');
    const n = read('chat-refund-long', (d) => d.querySelectorAll('.order-item').forEach((e) => (e.classList.remove('order-item--expand'), e.setAttribute('aria-expanded', 'false'))));
    // "我要咨询的订单" card in the conversation names the order; the side card that shows that id (and
    // no other order) is its card, so its status is read too, the same as with the card expanded.
    expect([n.orderId, n.amounts?.paid, n.orderStage]).toEqual(['261119-418205736619042', 74, s.orderStage]);
    expect(s.orderStage).toBeDefined();
    expect(n.messages!.length).toBe(s.messages!.length);
    const none = read('chat-refund-long', (d) => {
      d.querySelectorAll('.order-item').forEach((e) => (e.classList.remove('order-item--expand'), e.setAttribute('aria-expanded', 'false')));
      d.querySelectorAll('.order-card-msg').forEach((e) => e.remove());
    });
    expect(none.orderId).toBeUndefined();
  });

  it('reads the list again after Vue re-rendered it (new nodes, same selectors)', () => {
    const fx = fixtures.find((f) => f.name === 'chat-refund-long')!;
    const doc = toDocument(fx.html);
    const list = doc.querySelector('ul.msg-list')!;
    const fresh = list.cloneNode(true) as Element;
    list.replaceWith(fresh);
    fresh.insertAdjacentHTML('beforeend', '<li class="onemsg" id="middlePanel_list_1"><p class="message-time">2026年11月23日 10:14:02</p><div class="merchantMessage" currentuid="7730915226"><div class="buyer-item"><div class="msg-content"><p class="msg-content-box">还在吗</p></div></div></div></li>');
    const s = pinduoduo.read(doc, fx.url, FIXTURE_NOW);
    expect(s.messages!.at(-1)).toEqual({ role: 'buyer', text: '还在吗', time: '2026-11-23T10:14:02+08:00' });
  });

  it('gives a partial snapshot without throwing when labels and rows are missing', () => {
    const doc = toDocument('<div id="app"><div class="chat-detail-header"><span class="nickname">阿青</span></div><p>加载中…</p></div>');
    const s = pinduoduo.read(doc, 'https://mms.pinduoduo.com/chat-merchant/index.html#/', FIXTURE_NOW);
    expect(s).toEqual({ platform: 'pinduoduo', pageKind: 'chat', url: 'https://mms.pinduoduo.com/chat-merchant/index.html#/', buyer: { nick: '阿青' }, confidence: { buyer: 0.9 } });
    expect(pinduoduo.read(toDocument(''), 'not a url', FIXTURE_NOW).platform).toBe('pinduoduo');
  });

  it('inserts into the real reply box', () => {
    const doc = toDocument(fixtures.find((f) => f.name === 'chat-refund-long')!.html);
    expect(doc.querySelector(pinduoduo.chatBox[0])?.tagName).toBe('TEXTAREA');
  });
});
