import { describe, expect, it } from 'vitest';
import { kuaishou } from './kuaishou';
import { adapterFor } from './registry';
import { FIXTURE_NOW, diffSnapshot, fixturesOf, toDocument } from './testkit';

const fixtures = fixturesOf('kuaishou');
const read = (name: string, mutate?: (d: Document) => void) => {
  const fx = fixtures.find((f) => f.name === name)!;
  const doc = toDocument(fx.html);
  mutate?.(doc);
  return kuaishou.read(doc, fx.url, FIXTURE_NOW);
};
const CHAT = 'chat-broken-parcel-long';

describe('kuaishou adapter', () => {
  it('has fixtures for chat, order detail and after-sales', () => {
    expect(new Set(fixtures.map((f) => f.expected.pageKind))).toEqual(new Set(['chat', 'order_detail', 'after_sales']));
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('reads %s field by field', (_n, fx) => {
    expect(diffSnapshot(kuaishou.read(toDocument(fx.html), fx.url, FIXTURE_NOW), fx.expected)).toEqual([]);
  });

  it('matches its host and names page kinds from the URL', () => {
    expect(adapterFor('https://s.kwaixiaodian.com/zone/order/list')?.id).toBe('kuaishou');
    expect(adapterFor('https://www.kuaishou.com/')).toBeUndefined();
    expect(kuaishou.pageKind(new URL('https://s.kwaixiaodian.com/zone/settles/chat'))).toBe('chat');
    expect(kuaishou.pageKind(new URL('https://s.kwaixiaodian.com/zone/refund/detail?refundId=1'))).toBe('after_sales');
    expect(kuaishou.pageKind(new URL('https://s.kwaixiaodian.com/zone/order/detail?id=1'))).toBe('order_detail');
    expect(kuaishou.pageKind(new URL('https://s.kwaixiaodian.com/zone/goods/list'))).toBe('unknown');
  });

  it('reads the open conversation, not the sessions in the list', () => {
    const s = read(CHAT);
    expect(s.buyer).toEqual({ nick: '重庆老幺', id: '2830917746' });
    expect(JSON.stringify(s)).not.toContain('辣妹子不辣');
    expect(JSON.stringify(s)).not.toContain('2611200095587431');
  });

  it('counts the shop-side robot and notices as system, and skips images and goods cards', () => {
    const s = read(CHAT);
    const roles = (needle: string) => s.messages!.filter((m) => m.text.includes(needle)).map((m) => m.role);
    expect(roles('智能助手')).toEqual(['system']);
    expect(roles('非客服工作时间')).toEqual(['system']);
    expect(roles('买家已申请售后')).toEqual(['system']);
    expect(roles('马上给您同意')).toEqual(['seller']);
    expect(s.messages!.length).toBeGreaterThanOrEqual(40);
    expect(JSON.stringify(s.messages)).not.toContain('酸辣粉 6桶装');
  });

  it('resolves 昨天 and today-only times against now', () => {
    const s = read(CHAT);
    expect(s.messages!.find((m) => m.text === '说好的退钱')?.time).toBe('2026-11-22T21:31:10+08:00');
    expect(s.messages!.at(-1)?.time).toBe('2026-11-23T10:06:19+08:00');
  });

  it('reads the selected order card, and what the buyer paid rather than what the shop receives', () => {
    const s = read(CHAT);
    expect(s.orderId).toBe('2611184406733192');
    expect(s.amounts).toEqual({ paid: 67.9, refund: 15, currency: 'CNY' });
    const none = read(CHAT, (d) => d.querySelectorAll('[class^="orderCard_card"]').forEach((e) => (e.setAttribute('class', 'orderCard_card__Hj2Kl'), e.setAttribute('aria-selected', 'false'))));
    expect(none.orderId).toBeUndefined();
    expect(none.messages!.length).toBe(s.messages!.length);
  });

  it('never takes the 16-digit refund id (label or URL) as the order id', () => {
    expect(read('after_sales-return-awaiting').orderId).toBe('2611120078342215');
    const noLabel = read('after_sales-return-awaiting', (d) => d.querySelectorAll('[data-row="order-id"]').forEach((e) => e.remove()));
    expect(noLabel.orderId).toBeUndefined();
  });

  it('reads the list again after it re-rendered', () => {
    const fx = fixtures.find((f) => f.name === CHAT)!;
    const doc = toDocument(fx.html);
    const list = doc.querySelector('[class^="messageList_list"]')!;
    const fresh = list.cloneNode(true) as Element;
    list.replaceWith(fresh);
    fresh.insertAdjacentHTML('beforeend', '<div class="chatMessage_item__Xy7Lk chatMessage_left__Ab3Cd"><span class="chatMessage_time__Lm2Nb">10:14:30</span><div class="chatMessage_text__Wq2Er">人呢</div></div>');
    expect(kuaishou.read(doc, fx.url, FIXTURE_NOW).messages!.at(-1)).toEqual({ role: 'buyer', text: '人呢', time: '2026-11-23T10:14:30+08:00' });
  });

  it('gives a partial snapshot without throwing when labels are missing', () => {
    const url = 'https://s.kwaixiaodian.com/zone/order/detail?id=2611204419027735';
    const s = kuaishou.read(toDocument('<div id="main-root"><div class="orderDetail_page__x">加载失败</div></div>'), url, FIXTURE_NOW);
    expect(s).toEqual({ platform: 'kuaishou', pageKind: 'order_detail', url, orderId: '2611204419027735', confidence: { orderId: 0.85 } });
  });

  it('inserts into the contenteditable editor: the fixture\'s, and the live Quill editor (real-pages.md [K3])', () => {
    const box = toDocument(fixtures.find((f) => f.name === CHAT)!.html).querySelector(kuaishou.chatBox.join(','));
    expect(box?.getAttribute('contenteditable')).toBe('true');
    const quill = toDocument('<html><body><div class="SendBox-Editor"><div class="ql-editor" contenteditable="true"><p><br></p></div></div></body></html>');
    expect(quill.querySelector(kuaishou.chatBox[0])?.className).toBe('ql-editor');
  });

  it('reads the live thread: rows by id, sides by _lrWrapper__notMe / __isMine, the robot tag as system (real-pages.md [K1 K2])', () => {
    const row = (id: string, side: 'notMe' | 'isMine', head: string, text: string) => `<div id="0_18_${id}"><div class="kwaishop-cs-LayoutDefaultWrapper_lrWrapper kwaishop-cs-LayoutDefaultWrapper_lrWrapper__${side}"><div class="kwaishop-cs-LayoutDefaultWrapper_msgMain"><div class="kwaishop-cs-LayoutDefaultWrapper_beforeMsgBody">${head}<span>11-27 14:0${id}:00</span></div><div class="kwaishop-cs-LayoutDefaultWrapper_msgBody"><div class="kwaishop-cs-BizTextCard">${text}</div></div></div></div></div>`;
    const doc = toDocument(`<html><body><div class="ChatHeader"><span class="ChatHeader-name">周末不加班的猫</span></div><div class="ChatMessageList"><div class="ChatMessageList-ContentWrap">
      <div id="0_18_0"><div class="kwaishop-cs-LayoutMiddleWrapper_msgBody"><div class="kwaishop-cs-BizNoticeCard">[系统消息] 会话开始</div></div></div>
      ${row('1', 'notMe', '<span>周末不加班的猫</span>', '在吗')}${row('2', 'isMine', '<span class="kwaishop-cs-LayoutDefaultWrapper_robotTag">智能助手</span>', '您好，欢迎光临')}${row('3', 'isMine', '<span>小满</span>', '亲，在的')}${row('4', 'notMe', '<span>周末不加班的猫</span>', '物流怎么没动')}</div></div></body></html>`);
    const s = kuaishou.read(doc, 'https://im.kwaixiaodian.com/workbench', FIXTURE_NOW);
    expect(s.messages?.map((m) => [m.role, m.text])).toEqual([['system', '[系统消息] 会话开始'], ['buyer', '在吗'], ['system', '您好，欢迎光临'], ['seller', '亲，在的'], ['buyer', '物流怎么没动']]);
    expect(s.buyer?.nick).toBe('周末不加班的猫');
  });

  it('takes the IM account title as the shop only when it reads as a shop\'s name', () => {
    const url = 'https://im.kwaixiaodian.com/workbench';
    const page = (name: string) => toDocument(`<div class="LoginUserInfo"><div class="LoginUserInfo-mainTitle"><span class="LoginUserInfo-mainTitle-text">${name}</span></div></div>`);
    expect(kuaishou.read(page('暖眠家居生活馆'), url, FIXTURE_NOW).shop).toBe('暖眠家居生活馆');
    expect(kuaishou.read(page('阿禾'), url, FIXTURE_NOW).shop).toBeUndefined();
  });
});
