import { describe, expect, it } from 'vitest';
import { douyin } from './douyin';
import { adapterFor } from './registry';
import { FIXTURE_NOW, diffSnapshot, fixturesOf, toDocument } from './testkit';

const fixtures = fixturesOf('douyin');
const read = (name: string, mutate?: (d: Document) => void) => {
  const fx = fixtures.find((f) => f.name === name)!;
  const doc = toDocument(fx.html);
  mutate?.(doc);
  return douyin.read(doc, fx.url, FIXTURE_NOW);
};
const CHAT = 'chat-price-gap-long';

describe('douyin adapter', () => {
  it('has fixtures for chat, order detail and after-sales', () => {
    expect(new Set(fixtures.map((f) => f.expected.pageKind))).toEqual(new Set(['chat', 'order_detail', 'after_sales']));
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('reads %s field by field', (_n, fx) => {
    expect(diffSnapshot(douyin.read(toDocument(fx.html), fx.url, FIXTURE_NOW), fx.expected)).toEqual([]);
  });

  it('reads the live 飞鸽 thread: wrapped rows, .messageNotMe / .messageIsMe sides, 机器人回复 as system, the top bar name not 添加备注', () => {
    const row = (id: string, cls: string, t: string, tag = '') => `<div data-qa-id="qa-message-warpper"><div data-id="${id}"><div><div>${tag}<span>12:01:0${id}</span></div><div class="x1 leaveMessage ${cls}"><pre><span>${t}</span></pre></div></div></div></div>`;
    const doc = toDocument(`<html><body><div class="headerShopName"><div><div class="shopName">禾光家居</div><div>子账号：客服-阿宁</div></div><span>▾</span></div>
      <main id="workspace-chat"><div id="topbar-left-info"><span>糯米团子</span><span>添加备注</span></div><div>
      ${row('1', 'messageNotMe', '快递两天没动了')}${row('2', 'messageIsMe', '您好，欢迎光临', '<span>机器人回复</span>')}${row('3', 'messageIsMe', '亲，我帮您催一下')}${row('4', 'messageNotMe', '好的谢谢')}
      </div><textarea data-qa-id="qa-send-message-textarea"></textarea></main></body></html>`);
    const s = douyin.read(doc, 'https://im.jinritemai.com/pc_seller_v2/main/workspace', FIXTURE_NOW);
    expect(s.messages?.map((m) => [m.role, m.text])).toEqual([['buyer', '快递两天没动了'], ['system', '您好，欢迎光临'], ['seller', '亲，我帮您催一下'], ['buyer', '好的谢谢']]);
    expect([s.buyer?.nick, s.shop]).toEqual(['糯米团子', '禾光家居']);
  });

  it('a row without either side marker is placed by its inline direction (a bare picture from the buyer, row; the shop, row-reverse)', () => {
    const bare = (id: string, dir: string, inner: string) => `<div data-qa-id="qa-message-warpper"><div data-id="${id}"><div style="flex-direction: ${dir};"><div><img alt="头像"></div><div>${inner}</div></div></div></div>`;
    const doc = toDocument(`<html><body><main id="workspace-chat"><div id="topbar-left-info"><span>糯米团子</span></div><div>
      ${bare('1', 'row', '<pre><span>袋子破了</span></pre>')}${bare('2', 'row', '<img src="x.jpeg" alt="图片"><div>11:24:12</div>')}${bare('3', 'row-reverse', '<pre><span>收到，马上处理</span></pre>')}
      </div></main></body></html>`);
    const s = douyin.read(doc, 'https://im.jinritemai.com/pc_seller_v2/main/workspace', FIXTURE_NOW);
    expect(s.messages?.map((m) => [m.role, m.text])).toEqual([['buyer', '袋子破了'], ['buyer', '[图片]'], ['seller', '收到，马上处理']]);
  });

  it('reads a focused order card with renamed classes: id and tags in its folding header, the goods row\'s name and x2', () => {
    const card = (open: boolean, tag: string, id: string, body = '') => `<div class="ecom-collapse-item${open ? ' ecom-collapse-item-active' : ''}"><div class="ecom-collapse-header" role="button" aria-expanded="${open}"><div class="h1"><span class="auxo-tag">${tag}</span><span class="auxo-tag">售后中</span></div><div class="h2"><span>${id}</span></div></div>${body}</div>`;
    const goods = '<div class="ecom-collapse-content"><div class="q9" data-btm="d5834"><div class="pic"></div><div><div class="tt">禾光 加厚纯棉浴巾 70x140cm 2条装</div><div class="sku">颜色分类：奶咖色</div><div class="pr"><span>¥59.90</span><span>x2</span></div></div></div><div><span>实付金额</span><span>¥104.80</span></div></div>';
    const doc = toDocument(`<html><body><main id="workspace-chat"><div id="topbar-left-info"><span>糯米团子</span></div></main>
      <aside><div class="ecom-collapse">${card(true, '已发货', '6948271530936158427', goods)}${card(false, '已完成', '6937705182264019330')}</div></aside></body></html>`);
    const s = douyin.read(doc, 'https://im.jinritemai.com/pc_seller_v2/main/workspace', FIXTURE_NOW);
    expect([s.orderStage, s.items?.[0]?.title, s.items?.[0]?.qty, s.amounts?.paid]).toEqual(['shipped', '禾光 加厚纯棉浴巾 70x140cm 2条装', 2, 104.8]);
    // The header's unlabelled 19-digit id (real-pages.md [D8]) and its after-sales tag.
    expect([s.orderId, s.afterSales?.state]).toEqual(['6948271530936158427', 'requested']);
  });

  it('matches both hosts and names page kinds from the URL', () => {
    expect(adapterFor('https://fxg.jinritemai.com/ffa/morder/order/list')?.id).toBe('douyin');
    expect(adapterFor('https://www.douyin.com/')).toBeUndefined();
    expect(douyin.pageKind(new URL('https://im.jinritemai.com/pc_seller_v2/main/workspace?fromOrder=6957213380046618925'))).toBe('chat');
    expect(douyin.pageKind(new URL('https://fxg.jinritemai.com/ffa/maftersale/aftersale/detail-v2?aftersale_id=1'))).toBe('after_sales');
    expect(douyin.pageKind(new URL('https://fxg.jinritemai.com/ffa/morder/aftersale/detail?type=1&aftersale_id=1'))).toBe('after_sales');
    expect(douyin.pageKind(new URL('https://fxg.jinritemai.com/ffa/morder/order/detail?id=1'))).toBe('order_detail');
  });

  it('reads the open conversation, not the buyers in the list', () => {
    const s = read(CHAT);
    expect(s.buyer).toEqual({ nick: '小满的妈妈' });
    expect(JSON.stringify(s)).not.toContain('一颗小橙子');
  });

  it('counts robot and auto-reply bubbles and notices as system', () => {
    const s = read(CHAT);
    const roles = (needle: string) => s.messages!.filter((m) => m.text.includes(needle)).map((m) => m.role);
    expect(roles('下班时间')).toEqual(['system']);
    expect(roles('小额打款到账时间')).toEqual(['system']);
    expect(roles('已接入会话')).toEqual(['system']);
    expect(roles('我跟主管申请了一下')).toEqual(['seller']);
    expect(s.messages!.length).toBeGreaterThanOrEqual(40);
  });

  it('resolves relative divider times (昨天, today) against now', () => {
    const s = read(CHAT);
    expect(s.messages!.find((m) => m.text === '这种能换吗')?.time).toBe('2026-11-22T21:03:00+08:00');
    expect(s.messages!.at(-1)?.time).toBe('2026-11-23T10:05:00+08:00');
  });

  it('reads the expanded card; the product id beside the order id is not the order id', () => {
    const s = read(CHAT);
    expect(s.orderId).toBe('6957213380046618925');
    const none = read(CHAT, (d) => d.querySelectorAll('[aria-expanded]').forEach((e) => e.setAttribute('aria-expanded', 'false')));
    expect(none.orderId).toBe('6957213380046618925'); // the -active class still marks it
    const neither = read(CHAT, (d) => {
      d.querySelectorAll('[aria-expanded]').forEach((e) => e.setAttribute('aria-expanded', 'false'));
      d.querySelectorAll('.ecom-collapse-item-active').forEach((e) => e.classList.remove('ecom-collapse-item-active'));
    });
    expect(neither.orderId).toBeUndefined();
    expect(neither.amounts).toBeUndefined();
  });

  it('takes 实付金额, not 订单金额 or the shop income', () => {
    expect(read(CHAT).amounts?.paid).toBe(119);
    expect(read('order_detail-completed').amounts?.paid).toBe(119.8);
  });

  it('takes the order id by label, never the 19-digit after-sales id in the URL or beside it', () => {
    const s = read('after_sales-refunded');
    expect(s.orderId).toBe('6956530197708842213');
    const noLabel = read('after_sales-refunded', (d) => d.querySelectorAll('[data-field="order-id"]').forEach((e) => e.remove()));
    expect(noLabel.orderId).toBeUndefined();
  });

  it('reads the list again after React re-rendered it', () => {
    const fx = fixtures.find((f) => f.name === CHAT)!;
    const doc = toDocument(fx.html);
    const list = doc.querySelector('[role="log"]')!;
    const fresh = list.cloneNode(true) as Element;
    list.replaceWith(fresh);
    fresh.insertAdjacentHTML('beforeend', '<div class="timeDivider_time__k2Pq9">10:14</div><div data-id="message-in" class="messageItem_row__X"><div class="leaveMessage messageNotMe"><pre><span>在吗</span></pre></div></div>');
    expect(douyin.read(doc, fx.url, FIXTURE_NOW).messages!.at(-1)).toEqual({ role: 'buyer', text: '在吗', time: '2026-11-23T10:14:00+08:00' });
  });

  it('gives a partial snapshot without throwing on a page it does not know', () => {
    const url = 'https://im.jinritemai.com/pc_seller_v2/main/workspace';
    expect(douyin.read(toDocument('<div id="root"><p>网络异常，请刷新</p></div>'), url, FIXTURE_NOW)).toEqual({ platform: 'douyin', pageKind: 'chat', url, confidence: {} });
    expect(douyin.read(toDocument(''), '::', FIXTURE_NOW).pageKind).toBe('unknown');
  });

  it('inserts into the real reply box', () => {
    expect(toDocument(fixtures.find((f) => f.name === CHAT)!.html).querySelector(douyin.chatBox[0])?.tagName).toBe('TEXTAREA');
  });
});
