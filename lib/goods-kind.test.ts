import { describe, expect, it } from 'vitest';
import { GOODS_KINDS, goodsKind, goodsLabel, titleKind } from './goods-kind';

describe('goods kind from item titles', () => {
  it.each([
    ['加厚珊瑚绒四件套 1.8m床', 'textile'],
    ['全棉枕头一对装 包邮', 'textile'],
    ['电热毯 双人双控', 'electrical'],
    ['小米空气净化器4', 'electrical'],
    ['实木衣柜 两门', 'furniture'],
    ['北欧茶几 小户型', 'furniture'],
    ['可机洗 羊毛衫 女 宽松', 'apparel'],
    ['男士休闲裤 春季', 'apparel'],
    ['坚果礼盒 每日坚果 30包', 'food'],
    ['玻尿酸补水面膜 10片', 'beauty'],
    ['Cordless stick vacuum cleaner', 'electrical'],
    ['Solid oak coffee table', 'furniture'],
    ['Organic cotton duvet cover, king', 'textile'],
    ["Women's running shoes, size 7", 'apparel'],
    ['Dark chocolate gift box', 'food'],
    ['Vitamin C serum 30ml', 'beauty'],
    // A sofa throw is bedding-like textile, not furniture; a food-grade spatula is not food.
    ['北欧风加厚羊羔绒毯 双层保暖午睡毯 沙发盖毯', 'textile'],
    ['记忆棉护颈枕 慢回弹', 'textile'],
    ['多功能电煮锅 家用宿舍小电锅', 'electrical'],
    ['2026新茶 明前龙井 特级 250g', 'food'],
  ])('%s → %s', (title, kind) => {
    expect(titleKind(title)).toBe(kind);
  });

  it('leaves the kind unknown when the title names none (and Latin words only as whole words)', () => {
    expect(titleKind('神秘盲盒 随机发货')).toBeUndefined();
    expect(titleKind('食品级硅胶锅铲 耐高温')).toBeUndefined();
    expect(titleKind('Stainless steel water bottle')).toBeUndefined();
    // "fan" is not in "fancy", "tea" not in "steam".
    expect(titleKind('Fancy steam mop pads')).toBeUndefined();
  });

  it('the order takes the kind of its first item that names one (a gift line does not decide)', () => {
    expect(goodsKind([{ title: '神秘福袋' }, { title: '智能电饭煲 4L' }, { title: '赠品：纯棉毛巾' }])).toBe('electrical');
    expect(goodsKind([])).toBeUndefined();
    expect(goodsKind(undefined)).toBeUndefined();
  });

  it('names every kind in both languages', () => {
    for (const k of GOODS_KINDS) {
      expect(goodsLabel(k, 'zh')).toMatch(/[\u4e00-\u9fff]/);
      expect(goodsLabel(k, 'en')).toMatch(/^[A-Z]/);
    }
  });
});
