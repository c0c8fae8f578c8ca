/**
 * What kind of goods an order holds, read from its item titles: usage, care and warranty replies
 * differ by kind (a bedding set is washed, not switched on; a sofa is assembled, not charged).
 * One table: the kinds, their names and the title words that name them. A title that names none
 * leaves the kind unknown, and then every reply stays eligible.
 *
 * The words are everyday product nouns, not taken from any evaluation set. Order matters: the first
 * kind whose words a title holds wins, so an electric blanket (电热毯) is electrical before it is
 * textile, a sofa throw (沙发盖毯) is textile before it is furniture, and a wardrobe (衣柜) is furniture
 * before 衣 makes it apparel.
 */
import type { Lang } from './i18n';

interface GoodsKindDef {
  label: { zh: string; en: string };
  /** Han words match anywhere; Latin words as whole words (plural -s / -es allowed). */
  words: readonly string[];
}

const TABLE = {
  electrical: {
    label: { zh: '电器数码', en: 'Electrical' },
    words: [
      '电器', '家电', '电动', '电热', '充电', '插电', 'usb', '蓝牙', '洗衣机', '冰箱', '空调', '电视', '手机', '耳机', '音箱', '吹风机', '电吹风',
      '剃须刀', '扫地机', '吸尘器', '净化器', '加湿器', '除湿机', '电饭煲', '压力锅', '微波炉', '烤箱', '空气炸锅', '破壁机', '榨汁机', '豆浆机',
      '料理机', '咖啡机', '热水器', '电水壶', '烧水壶', '净水器', '风扇', '取暖器', '暖风机', '台灯', '路由器', '电脑', '键盘',
      '鼠标', '显示器', '相机', '投影仪', '打印机', '智能手表', '手环', '电动牙刷', '冲牙器', '按摩仪', '充电宝', '数据线', '摄像头', '门铃', '电池', '养生壶', '电煮锅', '电火锅', '落地灯', '阅读灯',
      '灯泡', '插座', '麦克风', '游戏机',
      'electric', 'cordless', 'rechargeable', 'battery', 'bluetooth', 'wireless', 'blender', 'kettle', 'vacuum', 'charger', 'headphone',
      'earbud', 'speaker', 'phone', 'laptop', 'tablet', 'tv', 'monitor', 'printer', 'camera', 'router', 'heater', 'fan', 'toaster',
      'microwave', 'air fryer', 'coffee maker', 'espresso machine', 'hair dryer', 'shaver', 'trimmer', 'smartwatch', 'doorbell',
      'projector', 'keyboard', 'mouse', 'console', 'controller', 'lamp', 'dehumidifier', 'humidifier', 'purifier',
    ],
  },
  textile: {
    label: { zh: '家纺', en: 'Home textiles' },
    words: [
      '四件套', '三件套', '被子', '被芯', '被套', '床单', '床笠', '枕', '毛巾', '浴巾', '窗帘', '毯', '靠垫', '地垫', '凉席', '蚊帐',
      '桌布', '床品', '夏凉被', '蚕丝被', '羽绒被',
      'duvet', 'comforter', 'bedding', 'sheet set', 'bed sheet', 'pillow', 'pillowcase', 'towel', 'curtain', 'rug', 'blanket', 'throw',
    ],
  },
  furniture: {
    label: { zh: '家具', en: 'Furniture' },
    words: [
      '沙发', '餐桌', '书桌', '电脑桌', '茶几', '椅', '凳', '柜', '书架', '置物架', '床架', '实木床', '双人床', '单人床', '床垫', '衣帽架', '梳妆台',
      'sofa', 'couch', 'desk', 'chair', 'table', 'cabinet', 'shelf', 'shelves', 'bookcase', 'wardrobe', 'bed frame', 'mattress', 'dresser', 'stool', 'nightstand',
    ],
  },
  beauty: {
    label: { zh: '美妆个护', en: 'Beauty' },
    words: [
      '面霜', '乳液', '精华', '口红', '唇釉', '粉底', '面膜', '洗面奶', '爽肤水', '化妆水', '防晒', '眼霜', '香水', '洗发水', '护发素', '沐浴露',
      '护手霜', '身体乳', '彩妆', '眼影', '睫毛膏', '卸妆', '腮红', '气垫',
      'serum', 'moisturiser', 'moisturizer', 'lipstick', 'foundation', 'shampoo', 'conditioner', 'perfume', 'sunscreen', 'cleanser',
      'skincare', 'makeup', 'lotion', 'mascara', 'eyeshadow', 'face cream',
    ],
  },
  food: {
    label: { zh: '食品', en: 'Food' },
    words: [
      '零食', '坚果', '茶叶', '红茶', '绿茶', '普洱', '咖啡豆', '奶粉', '饼干', '大米', '水果', '龙井', '新茶', '曲奇', '速食', '牛肉干', '蜂蜜', '巧克力', '螺蛳粉', '方便面',
      '月饼', '粽子', '白酒', '红酒', '饮料', '特产', '辣条', '糕点', '肉松', '果干', '麦片',
      'snack', 'coffee beans', 'tea', 'chocolate', 'honey', 'cookie', 'nuts', 'protein powder', 'granola', 'whole bean', 'loose leaf', 'candy', 'jerky', 'coffee',
    ],
  },
  apparel: {
    label: { zh: '服饰鞋包', en: 'Clothing' },
    words: [
      '衣', '衫', '裤', '裙', '鞋', '靴', '袜', '外套', '衬衫', 't恤', '卫衣', '毛衣', '羽绒服', '夹克', '西装', '文胸', '帽', '围巾', '手套', '背包',
      '双肩包', '手提包', '钱包', '挎包', '旗袍', '汉服',
      'shirt', 't-shirt', 'tee', 'dress', 'jeans', 'trousers', 'pants', 'jacket', 'coat', 'hoodie', 'sweater', 'shoes', 'sneakers', 'boots',
      'socks', 'hat', 'scarf', 'gloves', 'leggings', 'skirt', 'bra', 'blouse', 'backpack', 'handbag', 'wallet',
    ],
  },
} as const satisfies Record<string, GoodsKindDef>;

export type GoodsKind = keyof typeof TABLE;
export const GOODS_KINDS = Object.keys(TABLE) as GoodsKind[];

export const goodsLabel = (kind: GoodsKind, lang: Lang): string => TABLE[kind].label[lang];

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Per kind, one regular expression over its words (Han anywhere, Latin as whole words). */
const MATCHERS: [GoodsKind, RegExp][] = GOODS_KINDS.map((k) => {
  const han = TABLE[k].words.filter((w) => /[\u4e00-\u9fff]/.test(w)).map(escape);
  const latin = TABLE[k].words.filter((w) => !/[\u4e00-\u9fff]/.test(w)).map(escape);
  const parts = [...han, ...(latin.length ? [`(?<![a-z])(?:${latin.join('|')})(?:e?s)?(?![a-z])`] : [])];
  return [k, new RegExp(parts.join('|'), 'i')];
});

/** The kind of one title (first kind of the table whose word it holds), or undefined. */
export function titleKind(title: string): GoodsKind | undefined {
  return MATCHERS.find(([, re]) => re.test(title))?.[0];
}

/**
 * The kind of goods of an order: the kind of its first titled item that names one (gifts and
 * accessories usually follow the main item).
 */
export function goodsKind(items: readonly { title?: string }[] | undefined): GoodsKind | undefined {
  for (const it of items ?? []) {
    const k = it.title ? titleKind(it.title) : undefined;
    if (k) return k;
  }
  return undefined;
}
