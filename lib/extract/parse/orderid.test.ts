import type { Platform } from '../../snapshot';
import { cleanId, findOrderId, looksLikeOrderId } from './orderid';

describe('looksLikeOrderId', () => {
  it.each<[Platform, string, boolean]>([
    ['pinduoduo', '241118-083155271036412', true],
    ['pinduoduo', '220216-179332719430230 复制', true],
    ['pinduoduo', '241118-08315527103641', false],
    ['pinduoduo', '241118083155271036412', false],
    ['douyin', '6955070819967571696', true],
    ['douyin', '695507081996757169', false],
    ['taobao', '3668803670628269143', true],
    ['taobao', '366880367062826914', true],
    ['taobao', '36688036706282', false],
    ['jd', '312345678901', true],
    ['jd', '3123456789', false],
    ['jd', '31234567890123', false],
    ['kuaishou', '2412345678901234', true],
    ['kuaishou', '241234567890123', false],
    ['amazon', '112-1234567-1234567', true],
    ['amazon', '112-1234567-123456', false],
    ['amazon', '1121234567-1234567', false],
    ['shopify', '#1001', true],
    ['shopify', '#SO1001', true],
    ['shopify', '#1001-EU', true],
    ['shopify', 'Order', false],
    ['demo', 'DEMO-20261118-001', true],
    ['demo', 'ABC12', false],
    ['demo', 'ABCDEFG', false],
    ['unknown', 'A1B2C3D4', true],
  ])('%s %s → %s', (platform, text, want) => {
    expect(looksLikeOrderId(platform, text)).toBe(want);
  });
});

describe('cleanId', () => {
  it.each([
    ['241118-083155271036412 复制', '241118-083155271036412'],
    [' 112-1234567-1234567\u00a0Copy', '112-1234567-1234567'],
    ['6955 0708 1996 7571 696', '6955070819967571696'],
  ])('%j → %s', (text, want) => expect(cleanId(text)).toBe(want));
});

describe('findOrderId', () => {
  it.each<[Platform, string, string | undefined]>([
    ['pinduoduo', '订单编号：241118-083155271036412 复制', '241118-083155271036412'],
    ['pinduoduo', '订单号：220216-179332719430230复制', '220216-179332719430230'],
    ['pinduoduo', '商品ID: 123456789 订单编号：241118-083155271036412', '241118-083155271036412'],
    ['pinduoduo', '售后编号：241118-999999999999999', undefined],
    ['douyin', '订单编号 6955070819967571696 商品ID 3623456789012345678', '6955070819967571696'],
    ['douyin', '6955070819967571696', '6955070819967571696'],
    ['douyin', '6955070819967571696 3623456789012345678', undefined],
    ['douyin', '售后单号 7123456789012345678 商品ID 3623456789012345678', undefined],
    ['taobao', '订单号: 3668803670628269143 创建时间: 2026-08-06 01:22:42', '3668803670628269143'],
    ['taobao', '退款编号 3668803670628269144 订单编号 3668803670628269143', '3668803670628269143'],
    ['jd', '订单号：312345678901 收货人手机：13812345678', '312345678901'],
    ['jd', '手机：13812345678', undefined],
    ['jd', 'skuId：100012345678', undefined],
    ['jd', '服务单号 123456789012', undefined],
    ['kuaishou', '订单号 2412345678901234', '2412345678901234'],
    ['amazon', 'Order ID: 112-1234567-1234567 Copy', '112-1234567-1234567'],
    ['amazon', 'Return ID 112-7654321-7654321 Order ID 112-1234567-1234567', '112-1234567-1234567'],
    ['shopify', 'Order #1001 Paid Unfulfilled', '#1001'],
    ['shopify', '#1002 placed on Nov 18, 2026 at 3:04 pm', '#1002'],
    ['shopify', 'placed on Nov 18 2026', undefined],
    ['shopify', 'Hi, my order LP1187 arrived Monday', 'LP1187'],
    ['shopify', 'my parcel TT482913065GB has not moved', undefined],
    ['shopify', 'code SPRING10 did not work on 4521', undefined],
    ['demo', '订单号 DEMO-20261118-001', 'DEMO-20261118-001'],
    ['taobao', '暂无订单', undefined],
  ])('%s %j → %s', (platform, text, want) => {
    expect(findOrderId(platform, text)).toBe(want);
  });
});
