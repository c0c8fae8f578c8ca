import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLATFORM_MATCHES, SELLER_MATCHES, platformOfHost } from './hosts';
import { ADAPTERS, adapterFor } from './registry';
import { fixturesOf } from './testkit';
import { pageScripts } from './page-scripts';
import { kindOfUrl } from './read';

const DIR = import.meta.dirname;
const NOT_ADAPTERS = new Set(['hosts', 'registry', 'types', 'testkit', 'read', 'page-scripts']);

describe('adapter registry (meta)', () => {
  it('lists every adapter file of lib/adapters exactly once', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).map((f) => f.replace(/\.ts$/, '')).filter((f) => !NOT_ADAPTERS.has(f));
    expect(ADAPTERS.map((a) => a.id).sort()).toEqual(files.sort());
  });

  it.each(ADAPTERS.map((a) => [a.id, a] as const))('%s has tests and at least 3 fixtures with expected snapshots', (id) => {
    expect(existsSync(join(DIR, `${id}.test.ts`))).toBe(true);
    expect(fixturesOf(id).length).toBeGreaterThanOrEqual(3);
  });

  it.each(ADAPTERS.map((a) => [a.id, a] as const))('%s has its own page script, declared for exactly its hosts', (id, a) => {
    const file = join(DIR, '..', '..', 'entrypoints', `page-${id}.ts`);
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toContain(`startWithOverrides([${id}]`);
    const declared = pageScripts(true).find((p) => p.name === `page-${id}`);
    expect(declared?.matches).toEqual([...a.matches]);
    expect(pageScripts(false).some((p) => p.name === 'page-demo')).toBe(false);
  });

  it.each(ADAPTERS.map((a) => [a.id, a] as const))('%s reads its own fixture URLs, and no other adapter claims them', (id) => {
    for (const fx of fixturesOf(id)) expect(adapterFor(fx.url)?.id).toBe(id);
  });

  it('the store manifest matches only the seller hosts', () => {
    // One wildcard host only: the frames Shopify's own apps (Inbox) show in the admin.
    expect(SELLER_MATCHES.every((m) => m.startsWith('https://'))).toBe(true);
    expect(SELLER_MATCHES.filter((m) => m.includes('*.'))).toEqual(['https://*.shopifyapps.com/*']);
    expect(platformOfHost('inbox.shopifyapps.com')).toBe('shopify');
    expect(platformOfHost('inbox.shopify.com')).toBe('shopify');
    expect(platformOfHost('market.m.taobao.com')).toBe('taobao');
    expect(platformOfHost('shopifyapps.com.evil.example')).toBe('unknown');
    expect(platformOfHost('evilshopifyapps.com')).toBe('unknown');
    expect(SELLER_MATCHES).not.toContain('http://127.0.0.1/*');
    expect(platformOfHost('mms.pinduoduo.com')).toBe('pinduoduo');
    expect(platformOfHost('www.example.com')).toBe('unknown');
    expect(Object.keys(PLATFORM_MATCHES).sort()).toEqual(['amazon', 'douyin', 'jd', 'kuaishou', 'pinduoduo', 'shopify', 'taobao']);
  });

  it('matches every chat and order page form the seller consoles use, with the kind its URL tells (issue #15 item 3, and the chat frames)', () => {
    const FORMS: [string, string, string][] = [
      ['https://qn.taobao.com/home.htm/qn-im/reception', 'taobao', 'chat'],
      ['https://market.m.taobao.com/app/qn/im-history-search/index.html#/', 'taobao', 'chat'],
      ['https://mms.pinduoduo.com/chat-merchant/index.html#/', 'pinduoduo', 'chat'],
      ['https://im.jinritemai.com/pc_seller_v2/main/workspace', 'douyin', 'chat'],
      ['https://fxg.jinritemai.com/ffa/order/detail?order_id=6951803367429105518', 'douyin', 'order_detail'],
      ['https://dongdong.jd.com/', 'jd', 'chat'],
      ['https://im.kwaixiaodian.com/workbench', 'kuaishou', 'chat'],
      ['https://admin.shopify.com/store/x/orders/5509876543210', 'shopify', 'order_detail'],
      // Shopify Inbox, in the admin or in its frame: a page of unknown kind that the conversation the
      // reader finds makes a chat (a kind fixed from the URL alone read the blind Inbox pages worse).
      ['https://admin.shopify.com/store/x/apps/inbox/conversations/40918273', 'shopify', 'unknown'],
      ['https://inbox.shopifyapps.com/conversations/7304815529?shop=x.myshopify.com', 'shopify', 'unknown'],
      ['https://inbox.shopify.com/store/1f1s6n-tx/conversations/open/019c7297-e318', 'shopify', 'unknown'],
      ['https://sellercentral.amazon.com/orders-v3/order/114-3941689-8772232', 'amazon', 'order_detail'],
      ['https://sellercentral.amazon.com/messaging/inbox?fi=RESPONSE_NEEDED', 'amazon', 'chat'],
    ];
    for (const [url, id, kind] of FORMS) {
      const a = adapterFor(url);
      expect([url, a?.id, a?.pageKind(new URL(url))]).toEqual([url, id, kind]);
    }
  });

  it('no adapter takes an unrelated site', () => {
    expect(adapterFor('https://www.example.com/orders/1')).toBeUndefined();
    expect(adapterFor('https://evil.example/mms.pinduoduo.com/')).toBeUndefined();
  });
});

describe('every adapter never throws', () => {
  // A document whose every property throws stands for a reader bug meeting an odd page: the page
  // agent relies on read() returning a snapshot (it has no try/catch of its own).
  const hostile = new Proxy({}, { get: () => { throw new Error('odd page'); } }) as unknown as Document;
  const empty = new DOMParser().parseFromString('', 'text/html');
  it.each(ADAPTERS.map((a) => [a.id, a] as const))('%s', (id, a) => {
    for (const doc of [hostile, empty]) {
      for (const url of ['https://example.com/x', 'not a url']) {
        const snap = a.read(doc, url, new Date('2026-11-23T10:00:00+08:00'));
        expect(snap.platform).toBe(id);
        expect(snap.url).toBe(url);
      }
    }
  });
});

// Every order, after-sales and chat page form of the 7 platforms that public evidence shows
// (shared/spec/real-pages.md, seller-pages.md): the right reader and page kind.
describe('URL coverage of the real page forms', () => {
  it.each([
    ['https://qn.taobao.com/home.htm/qn-im/index', 'taobao', 'chat'],
    ['https://myseller.taobao.com/home.htm/trade-platform/tp/detail?bizOrderId=3668812345678901234', 'taobao', 'order_detail'],
    ['https://refund2.taobao.com/dispute/applyRouter.htm?bizOrderId=2733456789012345678', 'taobao', 'after_sales'],
    ['https://mms.pinduoduo.com/chat-merchant/index.html#/', 'pinduoduo', 'chat'],
    ['https://mms.pinduoduo.com/orders/detail?sn=261120-507731886412350', 'pinduoduo', 'order_detail'],
    ['https://mms.pinduoduo.com/aftersales-ssr/detail?id=1&orderSn=261115-226093418870153', 'pinduoduo', 'after_sales'],
    ['https://im.jinritemai.com/pc_seller_v2/main/workspace', 'douyin', 'chat'],
    ['https://fxg.jinritemai.com/ffa/order/detail?order_id=6956114408532977301', 'douyin', 'order_detail'],
    ['https://fxg.jinritemai.com/ffa/maftersale/aftersale/detail-v3?aftersale_id=7302541198836650219', 'douyin', 'after_sales'],
    ['https://dongdong.jd.com/', 'jd', 'chat'],
    ['https://shop.jd.com/jdm/trade/orders/order-details?orderId=298765432101', 'jd', 'order_detail'],
    ['https://im.kwaixiaodian.com/workbench', 'kuaishou', 'chat'],
    ['https://s.kwaixiaodian.com/zone/order/detail?id=2611204419027735', 'kuaishou', 'order_detail'],
    ['https://s.kwaixiaodian.com/zone/refund/detail?refundId=2112250083316654', 'kuaishou', 'after_sales'],
    ['https://admin.shopify.com/store/maple-and-moss/orders/5512345678901', 'shopify', 'order_detail'],
    ['https://sellercentral.amazon.com/orders-v3/order/112-6083519-4410652', 'amazon', 'order_detail'],
    ['https://sellercentral.amazon.com/messaging/inbox?fi=RESPONSE_NEEDED', 'amazon', 'chat'],
  ])('%s → %s %s', (url, platform, kind) => {
    const a = adapterFor(url);
    expect(a?.id).toBe(platform);
    expect(a!.pageKind(new URL(url))).toBe(kind);
    expect(platformOfHost(new URL(url).hostname)).toBe(platform);
  });
});

describe('kindOfUrl (sites without an adapter)', () => {
  it.each([
    ['https://www.youzan.com/v4/trade/order/detail?orderNo=E20261115092841066300018', 'order_detail'],
    ['https://shop.example.com/admin/orders/view?order_id=4821', 'order_detail'],
    ['https://www.youzan.com/v4/trade/refund/detail?refundId=201126111909261432', 'after_sales'],
    ['https://shop.example.com/wp-admin/admin.php?page=returns', 'after_sales'],
    ['https://fernwoodtea.com/wp-admin/admin.php?page=wc-orders&action=edit&id=48213', 'order_detail'],
    // A single-page app's route after the hash (a Vue back office: blind set 33).
    ['https://d.weidian.com/weidian-pc/weidian-loader/#/pc-vue-order/orderDetail?orderId=792504318865217', 'order_detail'],
    ['https://d.weidian.com/weidian-pc/weidian-loader/#/pc-vue-refund-order/refund/order', 'after_sales'],
    ['https://d.weidian.com/weidian-pc/weidian-loader/#/pc-vue-order/orderList', 'unknown'],
    // An admin's page of one order (blind set 39's Shopline), unless it opens on a chat.
    ['https://lumenvale.myshopline.com/admin/orders/21058406173925548811302747', 'order_detail'],
    ['https://shop.example.test/admin/orders/7788?tab=chat', 'unknown'],
    ['https://shop.example.com/wp-admin/admin.php?page=wc-orders', 'unknown'],
    ['https://b-im.youzan.com/', 'unknown'],
    ['https://shop.example.com/wp-admin/edit.php?post_type=shop_order', 'unknown'],
    ['not a url', 'unknown'],
  ])('%s → %s', (url, kind) => expect(kindOfUrl(url)).toBe(kind));
});
