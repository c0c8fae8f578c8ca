/**
 * What the product knows of each platform, declared once: the name the panel shows, the name a reply
 * uses ({platform}: 淘宝 rather than 淘宝/天猫, 抖音 rather than the shop console's name 抖店), and
 * whether its buyers write Chinese by default (the reply language when the buyer's words do not say).
 */
import type { Platform } from './snapshot';

interface PlatformInfo {
  name: { zh: string; en: string };
  replyName: { zh: string; en: string };
  chinese: boolean;
}

export const PLATFORM_INFO: Readonly<Record<Platform, PlatformInfo>> = Object.freeze({
  taobao: { name: { zh: '淘宝/天猫', en: 'Taobao/Tmall' }, replyName: { zh: '淘宝', en: 'Taobao' }, chinese: true },
  pinduoduo: { name: { zh: '拼多多', en: 'Pinduoduo' }, replyName: { zh: '拼多多', en: 'Pinduoduo' }, chinese: true },
  douyin: { name: { zh: '抖店', en: 'Douyin' }, replyName: { zh: '抖音', en: 'Douyin' }, chinese: true },
  jd: { name: { zh: '京东', en: 'JD' }, replyName: { zh: '京东', en: 'JD' }, chinese: true },
  kuaishou: { name: { zh: '快手', en: 'Kuaishou' }, replyName: { zh: '快手', en: 'Kuaishou' }, chinese: true },
  shopify: { name: { zh: 'Shopify', en: 'Shopify' }, replyName: { zh: 'Shopify', en: 'Shopify' }, chinese: false },
  amazon: { name: { zh: '亚马逊', en: 'Amazon' }, replyName: { zh: '亚马逊', en: 'Amazon' }, chinese: false },
  demo: { name: { zh: '演示店铺', en: 'Demo shop' }, replyName: { zh: '演示店', en: 'Demo shop' }, chinese: true },
  unknown: { name: { zh: '其他网站', en: 'Other site' }, replyName: { zh: '', en: '' }, chinese: false },
});

/** Platforms whose buyers write Chinese unless their words say otherwise. */
export const CHINESE_PLATFORMS: ReadonlySet<Platform> = new Set(
  (Object.keys(PLATFORM_INFO) as Platform[]).filter((p) => PLATFORM_INFO[p].chinese && p !== 'demo'),
);
