/**
 * Seller hosts per platform, as manifest match patterns. The content script matches exactly these
 * (the store build); wxt.config.ts derives the manifest from this table, so a new host is one line.
 * Pure data: imported by wxt.config.ts at build time and by the adapters at run time. Each platform has
 * its own constant so that a page script carries only its own hosts (bundlers keep a whole object
 * literal when one property is used).
 */
import type { Platform } from '../snapshot';
import { hostMatches } from './types';

export const TAOBAO_HOSTS: readonly string[] = [
  'https://myseller.taobao.com/*',
  'https://qn.taobao.com/*',
  'https://trade.taobao.com/*',
  'https://trade.tmall.com/*',
  'https://refund2.taobao.com/*',
  'https://refund2.tmall.com/*',
  // 千牛's 消息 history tool shows its conversations in this cross-origin frame (real-pages.md Taobao "Chat" [T1 T2 T3]).
  'https://market.m.taobao.com/app/qn/*',
];
export const PINDUODUO_HOSTS: readonly string[] = ['https://mms.pinduoduo.com/*'];
export const DOUYIN_HOSTS: readonly string[] = ['https://fxg.jinritemai.com/*', 'https://im.jinritemai.com/*'];
export const JD_HOSTS: readonly string[] = ['https://shop.jd.com/*', 'https://dongdong.jd.com/*'];
// 客服 IM im.kwaixiaodian.com/workbench (real-pages.md, Kuaishou [K1 K2 K5–K7]); back office s.kwaixiaodian.com.
export const KUAISHOU_HOSTS: readonly string[] = ['https://s.kwaixiaodian.com/*', 'https://im.kwaixiaodian.com/*'];
// Shopify Inbox and other Shopify apps show in the admin as frames of *.shopifyapps.com (real-pages.md
// "Iframes": cross-origin; the page script runs in that frame). Inbox also opens its conversations at
// inbox.shopify.com/store/<slug>/conversations/{open|unread|closed}/<id> (public CDP/Playwright Inbox readers, their
// inbox_scope.mjs and tests, seen 2026-12; blind set 26).
export const SHOPIFY_HOSTS: readonly string[] = ['https://admin.shopify.com/*', 'https://*.shopifyapps.com/*', 'https://inbox.shopify.com/*'];
export const AMAZON_HOSTS: readonly string[] = [
  'https://sellercentral.amazon.com/*',
  'https://sellercentral.amazon.ca/*',
  'https://sellercentral.amazon.com.mx/*',
  'https://sellercentral.amazon.co.uk/*',
  'https://sellercentral-europe.amazon.com/*',
  'https://sellercentral.amazon.de/*',
  'https://sellercentral.amazon.fr/*',
  'https://sellercentral.amazon.it/*',
  'https://sellercentral.amazon.es/*',
  'https://sellercentral.amazon.co.jp/*',
  'https://sellercentral.amazon.com.au/*',
  'https://sellercentral.amazon.in/*',
  'https://sellercentral.amazon.sg/*',
  'https://sellercentral.amazon.ae/*',
];

export const PLATFORM_MATCHES: Readonly<Record<Exclude<Platform, 'demo' | 'unknown'>, readonly string[]>> = {
  taobao: TAOBAO_HOSTS,
  pinduoduo: PINDUODUO_HOSTS,
  douyin: DOUYIN_HOSTS,
  jd: JD_HOSTS,
  kuaishou: KUAISHOU_HOSTS,
  shopify: SHOPIFY_HOSTS,
  amazon: AMAZON_HOSTS,
};

/** Every seller host the store build's content script runs on. */
export const SELLER_MATCHES: readonly string[] = /* @__PURE__ */ (() => Object.values(PLATFORM_MATCHES).flat())();

/** Extra matches of the demo build only: the bundled demo seller pages served on this machine. */
export const DEMO_MATCHES: string[] = ['http://127.0.0.1/*', 'http://localhost/*'];

/** The platform whose seller hosts include this URL's host ('unknown' otherwise). */
export function platformOfHost(hostname: string): Platform {
  for (const [p, pats] of Object.entries(PLATFORM_MATCHES)) if (hostMatches(hostname, pats)) return p as Platform;
  if (hostname === '127.0.0.1' || hostname === 'localhost') return 'demo';
  return 'unknown';
}
