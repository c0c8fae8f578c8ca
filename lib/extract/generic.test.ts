import { describe, expect, it } from 'vitest';
import { emptySnapshot } from '../snapshot';
import { buyerNameByClass, nameIn, nickIn, noCaseSaid, readByLabels, readMessages, readUnlabelled, rowItem, rowsOf, shopName, withStructure, type ReadContext } from './generic';
import { orderPanel } from './panel';
import { QTY, goodsByLines, labelledGoods, namedGoods, readBlocks, readGoodsBlocks, readItems } from './goods';
import { ANY, EN, ZH } from './lexicon';
import { AMAZON_ID, DOUYIN_ID, JD_ID, SHOPIFY_ID, findOrderId } from './parse/orderid';

const NOW = new Date('2026-11-23T10:15:00+08:00');
const zh: ReadContext = { platform: 'douyin', now: NOW, tz: 480, locale: 'zh', lex: ZH, idFormat: DOUYIN_ID };
const en: ReadContext = { platform: 'amazon', now: NOW, tz: 0, locale: 'en', lex: EN };
const dom = (html: string) => new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;

describe('nameIn', () => {
  it('a shop switcher\'s name before its bar, when the bar is the only element inside it', () => {
    expect(nameIn(dom('<button>Harbor &amp; Pine Home <span class="sep">|</span> United States ▾</button>').firstElementChild)).toBe('Harbor & Pine Home');
    expect(nameIn(dom('<div><span>青禾家居旗舰店</span><span>|</span></div>').firstElementChild)).toBe('青禾家居旗舰店');
  });
});

describe('readItems', () => {
  it('takes exact header words first: 商品规格 is the spec, 商品总价 does not overwrite the title', () => {
    const body = dom(`<table><tr><th>商品规格</th><th>商品</th><th>单价</th><th>数量</th><th>商品总价</th></tr>
      <tr><td>粉色 120cm</td><td>儿童羽绒服</td><td>¥199.00</td><td>x2</td><td>¥398.00</td></tr></table>`);
    expect(readItems(body, zh)).toEqual([{ title: '儿童羽绒服', sku: '粉色 120cm', qty: 2, price: 199 }]);
  });

  it('reads Polaris <s-table> rows, and a product cell\'s first line as its name', () => {
    const body = dom(`<s-table><s-table-header-row><s-table-header>Product</s-table-header><s-table-header>Price</s-table-header><s-table-header>Quantity</s-table-header></s-table-header-row>
      <s-table-body><s-table-row><s-table-cell><s-stack><s-link href="/products/1">Ash Glaze Dinner Plate, Set of 4</s-link><s-text>Ash · SKU FC-AGP4</s-text></s-stack></s-table-cell><s-table-cell>£64.00</s-table-cell><s-table-cell>2</s-table-cell></s-table-row></s-table-body></s-table>`);
    expect(readItems(body, en)).toEqual([{ title: 'Ash Glaze Dinner Plate, Set of 4', qty: 2, price: 64 }]);
  });

  it('a row of one cell across the columns heads a group (a parcel), not an item', () => {
    const body = dom(`<table><tr><th>商品</th><th>单价</th><th>数量</th></tr><tr><td colspan="3"><strong>包裹 - 1</strong> 中通快递 运单号：73519864207713</td></tr>
      <tr><td>汝窑天青色盖碗 手工开片 150ml</td><td>168.00</td><td>1</td></tr></table>`);
    expect(readItems(body, zh)).toEqual([{ title: '汝窑天青色盖碗 手工开片 150ml', qty: 1, price: 168 }]);
  });

  it('reads the quantity of a cell that shows more than it ("¥318.00 x2 店铺券 -¥20.00" under 数量/优惠)', () => {
    const body = dom(`<table><tr><th>宝贝</th><th>单价</th><th>数量/优惠</th></tr><tr><td>实木桌面收纳盒 胡桃木多层抽屉式</td><td>¥159.00</td><td><div>¥318.00</div><div>x2</div><div>店铺券 -¥20.00</div></td></tr></table>`);
    expect(readItems(body, zh)[0].qty).toBe(2);
  });

  it('a tag before the name in the goods cell (<span class="order-info_tag">预售</span>) is not the name', () => {
    const body = dom(`<table><tr><th>宝贝</th><th>单价</th><th>数量</th></tr><tr><td><div><span class="order-info_tag__u7sK">预售</span><div class="title"><a>澜山三合一冲锋衣男 户外登山服</a></div><div>颜色分类：岩石灰</div></div></td><td>¥699.00</td><td>1</td></tr></table>`);
    expect(readItems(body, zh)[0].title).toBe('澜山三合一冲锋衣男 户外登山服');
  });

  it("a picture's stand-in text before the name (<div class=\"goodsImg\">商品图</div>) is not the name", () => {
    const body = dom(`<table><tr><th>商品</th><th>单价</th><th>数量</th></tr><tr><td><div class="goodsCell"><div class="goodsImg__W3qsd">商品图</div><div><div class="goodsTitle">云岭 手冲滤杯 陶瓷 1-2人份</div><div>颜色分类：白</div></div></div></td><td>¥58.00</td><td>x1</td></tr></table>`);
    expect(readItems(body, zh)[0].title).toBe('云岭 手冲滤杯 陶瓷 1-2人份');
  });

  it('a column headed by two in one whose other part is none of ours (小计/数量) is the quantity', () => {
    const body = dom(`<table><tr><th>宝贝</th><th>单价</th><th>状态</th><th>小计/数量</th></tr><tr><td><a>小林家 粗陶侧把壶 230ml</a></td><td>¥168.00</td><td>卖家已发货</td><td><div><div>¥336.00</div><div>x2</div></div></td></tr></table>`);
    expect(readItems(body, zh)[0]).toMatchObject({ title: '小林家 粗陶侧把壶 230ml', qty: 2 });
  });

  it('a column headed by price and quantity together (单价 / 数量): "¥129.00" over "x2" gives both', () => {
    const body = dom(`<table><tr><th>宝贝</th><th>单价 / 数量</th><th>交易状态</th></tr><tr><td><div>儿童加绒卫衣套装 两件套</div></td><td><div><div>¥129.00</div><div>x2</div></div></td><td>卖家已发货</td></tr></table>`);
    expect(readItems(body, zh)).toEqual([{ title: '儿童加绒卫衣套装 两件套', qty: 2, price: 129 }]);
  });

  it('reads the quantity column named 购买数量 or 申请数量, and a cell written 数量：2', () => {
    const t = (h: string, q: string) => dom(`<table><tr><th>商品</th><th>单价</th><th>${h}</th></tr><tr><td>儿童加绒卫衣 男童女童秋冬款</td><td>¥79.90</td><td>${q}</td></tr></table>`);
    expect(readItems(t('购买数量', '×2'), zh)[0].qty).toBe(2);
    expect(readItems(t('申请数量', '2'), zh)[0].qty).toBe(2);
    expect(readItems(t('数量', '数量：2'), zh)[0].qty).toBe(2);
  });

  it('reads a Fusion table whose header and body are two tables', () => {
    const body = dom(`<div class="next-table"><div class="next-table-header"><table><thead><tr><th>宝贝</th><th>单价</th><th>数量</th></tr></thead></table></div>
      <div class="next-table-body"><table><tbody><tr><td><div><a href="#">东北五常大米 5kg</a></div><div>商家编码：HS-5</div></td><td>¥79.90</td><td>2</td></tr></tbody></table></div></div>
      <table><tr><td>别的表</td><td>x</td></tr></table>`);
    expect(readItems(body, zh)).toEqual([{ title: '东北五常大米 5kg', qty: 2, price: 79.9 }]);
  });

  it('reads a table drawn with blocks: a header row of column words and the rows after it', () => {
    const body = dom(`<div class="t"><div class="h"><span>商品</span><span>单价</span><span>数量</span></div>
      <div class="b"><div class="r"><div>陶瓷炖锅 2.5L <small>商品编号：1000915</small></div><div>¥189.00</div><div>x1</div></div><div class="r"><div>赠品 隔热垫</div><div>¥0.00</div><div>x1</div></div></div></div>`);
    expect(readItems(body, zh)[0]).toEqual({ title: '陶瓷炖锅 2.5L', qty: 1, price: 189 });
  });

  it('falls back to the longest header a cell starts with', () => {
    const body = dom(`<table><tr><th>商品信息（点击查看）</th><th>数量（件）</th></tr><tr><td>保温杯</td><td>1</td></tr></table>`);
    expect(readItems(body, zh)).toEqual([{ title: '保温杯', qty: 1 }]);
  });
});

describe('rowItem', () => {
  const sel = { title: ['.name'], qty: ['.num'], price: ['.price'] };
  it('reads the quantity from a cell that is only a quantity when the quantity selector finds none', () => {
    const row = dom(`<div><div class="name">无线鼠标 M1</div><div class="right"><div>¥0.00</div><div>x3</div></div></div>`).firstElementChild!;
    expect(rowItem(row, sel, zh)).toEqual({ title: '无线鼠标 M1', qty: 3 });
    const row2 = dom(`<div><div class="name">保温杯</div><span>数量：2</span></div>`).firstElementChild!;
    expect(rowItem(row2, sel, zh)?.qty).toBe(2);
  });
  it('does not take a number inside other text for a quantity', () => {
    const row = dom(`<div><div class="name">保温杯 x2 装</div><div>赠品 x1 份</div></div>`).firstElementChild!;
    expect(rowItem(row, sel, zh)?.qty).toBeUndefined();
  });
});

describe('readMessages', () => {
  const rows = (html: string) => [...dom(html).children];
  const reader = {
    role: (r: Element) => (r.getAttribute('data-role') as 'buyer' | 'seller' | null) ?? undefined,
    text: (r: Element) => r.querySelector('p')?.textContent,
    time: (r: Element) => r.querySelector('time')?.textContent,
    group: (r: Element) => (r.className === 'divider' ? r.textContent : undefined),
  };

  it('rows without their own time take the last divider time; their own time wins', () => {
    const msgs = readMessages(rows(`<div class="divider">2026-11-20 09:00</div><div data-role="buyer"><p>在吗</p></div>
      <div data-role="seller"><p>在的</p><time>2026-11-20 09:05</time></div><div class="divider">昨天 14:32</div><div data-role="buyer"><p>发货了吗</p></div>`), reader, zh);
    expect(msgs).toEqual([
      { role: 'buyer', text: '在吗', time: '2026-11-20T09:00:00+08:00' },
      { role: 'seller', text: '在的', time: '2026-11-20T09:05:00+08:00' },
      { role: 'buyer', text: '发货了吗', time: '2026-11-22T14:32:00+08:00' },
    ]);
  });

  it('keeps the last `max` messages, with the group time printed before them', () => {
    const html = `<div class="divider">2026-11-21 08:00</div>${Array.from({ length: 10 }, (_, i) => `<div data-role="buyer"><p>m${i}</p></div>`).join('')}`;
    const msgs = readMessages(rows(html), reader, zh, 3);
    expect(msgs.map((m) => m.text)).toEqual(['m7', 'm8', 'm9']);
    expect(msgs[0].time).toBe('2026-11-21T08:00:00+08:00');
  });

  it('reads a row that only shows a picture as "[图片]", never an avatar or a card\'s goods picture', () => {
    const msgs = readMessages(rows(`<div data-role="buyer"><img alt="头像" src="a.png"><p>盖子裂了</p></div>
      <div data-role="buyer"><img alt="头像" src="a.png"><span>momo 20:12</span><div class="msg-image"><img src="crack.jpg" alt=""></div></div>
      <div data-role="buyer"><img class="avatar" src="a.png"><span>momo 20:13</span></div>
      <div data-role="buyer"><div class="card-goods"><img src="g.jpg"><span>森屿 加厚玻璃保鲜盒 4件套 ¥59.90 x1 订单号 6941773025186449307 已发货</span></div></div>`), reader, zh);
    expect(msgs.map((m) => m.text)).toEqual(['盖子裂了', '[图片]']);
    expect(readMessages(rows(`<div data-role="buyer"><span>Darnell 9:12 AM</span><img src="split.jpg"></div>`), reader, en).map((m) => m.text)).toEqual(['[image]']);
  });

  it('a shop bubble tagged as an auto-reply or a robot\'s is system; a person who writes the word is not', () => {
    const msgs = readMessages(rows(`<div data-role="seller"><div class="tag">自动回复</div><p>客服暂时不在，留言后第一时间回复</p></div>
      <div data-role="seller"><p>您好，我是真人客服，不是自动回复哦</p></div>`), reader, zh);
    expect(msgs.map((m) => m.role)).toEqual(['system', 'seller']);
  });

  it('reads a reply without the earlier message it quotes (a quote block or a blockquote)', () => {
    const el = { ...reader, text: (r: Element) => r.querySelector('.body') };
    const msgs = readMessages(rows(`<div data-role="buyer"><div class="body"><div class="msg-quote">小店:小木：付款后48小时内发出</div>说好48小时发的</div></div>
      <div data-role="buyer"><div class="body"><blockquote>Ships in 2 days</blockquote>It has been a week</div></div>
      <div data-role="buyer"><div class="body">quoted price was ¥20</div></div>`), el, zh);
    expect(msgs.map((m) => m.text)).toEqual(['说好48小时发的', 'It has been a week', 'quoted price was ¥20']);
  });

  it('reads a voice or video message by its placeholder when the row has no text element', () => {
    const msgs = readMessages(rows(`<div data-role="buyer"><p>盖子裂了</p></div>
      <div data-role="buyer"><div class="voice" title="点击播放"><svg></svg><span class="dur">[语音] 8″</span><i class="dot"></i></div></div>
      <div data-role="buyer"><div class="video"><span>[视频]</span></div></div>`), { ...reader, text: (r) => r.querySelector('p')?.textContent }, zh);
    expect(msgs.map((m) => m.text)).toEqual(['盖子裂了', '[语音] 8″', '[视频]']);
  });

  it('reads a voice bubble shown only by its class and length as a voice message', () => {
    const msgs = readMessages(rows(`<div data-role="buyer"><p>昨天下的单</p></div>
      <div data-role="buyer"><div class="message__bubble message__voice" title="语音消息"><svg></svg><span class="message__voice-len">8″</span></div></div>
      <div data-role="buyer"><div class="audioMsg"><i></i></div></div>`), { ...reader, text: (r) => r.querySelector('p')?.textContent }, zh);
    expect(msgs.map((m) => m.text)).toEqual(['昨天下的单', '[语音] 8″', '[语音]']);
  });
});

describe('readByLabels labels', () => {
  it('reads the open card of an accordion (a tablist whose open body is a tabpanel), not a tab strip', () => {
    const page = `<div class="ecom-collapse" role="tablist"><div class="ecom-collapse-item"><div role="button" aria-expanded="true">订单号 6951738204615529183</div>
      <div role="tabpanel"><span>订单金额</span><span>¥269.00</span><span>实付金额</span><span>¥239.00</span></div></div></div>`;
    expect(readByLabels(dom(page), zh, emptySnapshot('https://x/')).amounts?.paid).toBe(239);
    // A tab strip's entries are still no labels.
    expect(readByLabels(dom('<div role="tablist"><span role="tab">实付金额</span><span role="tab">¥239.00</span></div>'), zh, emptySnapshot('https://x/')).amounts).toBeUndefined();
  });

  it('a Latin label followed by a word with only a space is a term, not a label and its value', () => {
    const page = '<nav><a>Buyer Messages</a></nav><h4>Buyer comment</h4><p>Too small</p><div><span>Buyer</span><span>Gabriel Novak</span></div>';
    expect(readByLabels(dom(page), en, emptySnapshot('https://x/')).buyer?.nick).toBe('Gabriel Novak');
    expect(readByLabels(dom('<p>Buyer: Gabriel Novak</p>'), en, emptySnapshot('https://x/')).buyer?.nick).toBe('Gabriel Novak');
  });

  it('the buyer as PDD names them on an after-sales page: 消费者', () => {
    expect(readByLabels(dom('<p><span>消费者：</span><span>向日葵的微笑</span></p>'), zh, emptySnapshot('https://x/')).buyer?.nick).toBe('向日葵的微笑');
  });

  it('a field outranks the same label inside a longer line (a timeline\'s "12-02 17:48 买家：你们不退我就找平台了")', () => {
    const page = '<div><div>买家：</div><div>柚子茶不加糖</div></div><div class="timeline"><div class="timeline_line">12-02 17:48 买家：你们不退我就找平台了</div></div>';
    expect(readByLabels(dom(page), zh, emptySnapshot('https://x/')).buyer?.nick).toBe('柚子茶不加糖');
    // Two fields that disagree are still ambiguous.
    expect(readByLabels(dom('<div><div>买家：</div><div>柚子</div><div>买家：</div><div>小鹿</div></div>'), zh, emptySnapshot('https://x/')).buyer).toBeUndefined();
  });

  it('Taobao\'s 买家信息 names the buyer 昵称, after an online status that is no value', () => {
    const page = '<div><span>昵称：</span><span><span class="ww-inline_status">旺旺在线</span><span class="buyer-nick">苏**</span></span></div>';
    expect(readByLabels(dom(page), zh, emptySnapshot('https://x/')).buyer?.nick).toBe('苏**');
  });
});

describe('readByLabels: what the buyer paid', () => {
  it('订单总额 (Seller Central in Chinese) is what the buyer paid, unless a 实付 beside it says otherwise', () => {
    const sc: ReadContext = { platform: 'amazon', now: NOW, tz: 0, locale: 'en', lex: ANY };
    expect(readByLabels(dom('<table><tr><td>商品小计：</td><td>$29.98</td></tr><tr><td>订单总额：</td><td>$33.28</td></tr></table>'), sc, emptySnapshot('https://x/')).amounts?.paid).toBe(33.28);
    expect(readByLabels(dom('<div><span>订单总额：</span><span>¥199.00</span></div><div><span>实付款：</span><span>¥175.90</span></div>'), zh, emptySnapshot('https://x/')).amounts?.paid).toBe(175.9);
  });

  it('用户实付金额 / 买家实付金额 label what the buyer paid (blind set 37)', () => {
    expect(readByLabels(dom('<div><span>订单金额：</span><span>¥199.00</span></div><div><span>用户实付金额：</span><span>¥175.90</span></div>'), zh, emptySnapshot('https://x/')).amounts?.paid).toBe(175.9);
  });

  it('消费者实付 is what the buyer paid, 商家实收 (with the platform subsidy) is not (blind set 29, PDD)', () => {
    const page = '<div><span>商品总价</span><span>¥119.80</span></div><div><span>消费者实付</span><span>¥101.80</span></div><div><span>商家实收</span><span>¥109.80</span></div>';
    expect(readByLabels(dom(page), zh, emptySnapshot('https://x/')).amounts?.paid).toBe(101.8);
  });

  it('two figures under different paid labels: the likelier label (实付款, not a shop card’s 今日支付金额; blind set 33)', () => {
    const order = '<div><span>实付款：</span><span>¥77.80</span></div>';
    const stats = '<div class="card"><div>店铺数据（今日）</div><div>支付订单数：<b>41</b></div><div>支付金额：<b>¥3,218.60</b></div></div>';
    expect(readByLabels(dom(order + stats), zh, emptySnapshot('https://x/')).amounts?.paid).toBe(77.8);
    // Two figures under the same label stay ambiguous.
    expect(readByLabels(dom(order + order.replace('77.80', '129.00')), zh, emptySnapshot('https://x/')).amounts?.paid).toBeUndefined();
  });
});

describe('readByLabels: the order status', () => {
  it('a question or a long sentence after "Order status" (a conversation list\'s topic over another buyer\'s preview) is no status', () => {
    const list = '<ul><li><div>Order status</div><div>Hi, my order still says unfulfilled, any update?</div></li></ul>';
    expect(readByLabels(dom(list), en, emptySnapshot('https://x/')).orderStage).toBeUndefined();
    expect(readByLabels(dom('<div><span>Order status</span><span>Unfulfilled</span></div>'), en, emptySnapshot('https://x/')).orderStage).toBe('to_ship');
  });
});

describe('readByLabels separators', () => {
  it('a separator printed before a label is not part of it (· Carrier:)', () => {
    const snap = readByLabels(dom('<div>Order status: <span>Shipped</span> · Carrier: <span>USPS</span> · Tracking ID: <span>9400111899223856104729</span></div>'), en, emptySnapshot('https://x/'));
    expect([snap.logistics?.courier, snap.logistics?.trackingNo]).toEqual(['USPS', '9400111899223856104729']);
  });
});

describe('readByLabels order id', () => {
  const sctx: ReadContext = { platform: 'shopify', now: NOW, tz: 0, locale: 'en', lex: EN, idFormat: SHOPIFY_ID };
  it('an id written against "Order #" keeps its own #; after "Order # " the # is the label\'s', () => {
    expect(readByLabels(dom('<strong><a>Order #SC2417</a></strong>'), sctx, emptySnapshot('https://x/')).orderId).toBe('#SC2417');
    expect(readByLabels(dom('<p>Order # 113-2749105-6638214</p>'), { ...en, idFormat: '\\d{3}-\\d{7}-\\d{7}' }, emptySnapshot('https://x/')).orderId).toBe('113-2749105-6638214');
  });
  it('an id followed by prose is a message, not a field', () => {
    expect(readByLabels(dom('<div>Order #1039 still hasn\'t arrived and it\'s been 2 weeks</div>'), sctx, emptySnapshot('https://x/')).orderId).toBeUndefined();
  });
});

describe('readByLabels mid-line labels', () => {
  it('reads a label with its colon after other words in a short line, never the end of a longer Latin name', () => {
    expect(readByLabels(dom('<div>共4件商品\u3000实付款：<b>¥427.00</b></div>'), zh, emptySnapshot('https://x/')).amounts?.paid).toBe(427);
    expect(readByLabels(dom('<p>Referral fee refund: $1.20</p>'), en, emptySnapshot('https://x/')).amounts?.refund).toBeUndefined();
    expect(readByLabels(dom('<div>售后：退货退款，待商家处理 退款金额 ¥11.40</div>'), zh, emptySnapshot('https://x/')).amounts?.refund).toBe(11.4);
  });
});

describe('readByLabels folded orders', () => {
  const tctx: ReadContext = { platform: 'taobao', now: NOW, tz: 480, locale: 'zh', lex: ZH, idFormat: '\\d{18,19}' };
  it('leaves out another order folded away under a collapsed header, not the open order\'s fields', () => {
    const page = `<div><span>订单号：</span><span>3904417758261093617</span></div><div><span>实付款</span><span>¥153.00</span></div>
      <div class="next-collapse"><div class="next-collapse-panel"><div class="next-collapse-panel-title" role="button" aria-expanded="false">▸ 3871205532981746620\u3000交易成功</div>
      <div class="next-collapse-panel-content"><div>实付款：¥95.00</div><div><span>运单号：</span><span>773328190462215</span></div></div></div></div>`;
    const s = readByLabels(dom(page), tctx, emptySnapshot('https://x/'));
    expect([s.orderId, s.amounts?.paid, s.logistics?.trackingNo]).toEqual(['3904417758261093617', 153, undefined]);
  });
  it('keeps the folded block of the order being read (focus)', () => {
    const page = `<div class="item" aria-expanded="false"><span>订单编号：3904417758261093617</span><div><span>实付：</span><span>¥74.00</span></div></div>`;
    expect(readByLabels(dom(page), tctx, emptySnapshot('https://x/'), '3904417758261093617').amounts?.paid).toBe(74);
    expect(readByLabels(dom(page), tctx, emptySnapshot('https://x/')).amounts?.paid).toBeUndefined();
  });
  it('keeps a panel whose folded child is only a sibling order item', () => {
    const page = `<div class="panel"><div class="item" aria-expanded="false"><span>订单编号：3871205532981746620</span><div><span>实付：</span><span>¥19.90</span></div></div>
      <div class="item" aria-expanded="true"><span>订单编号：3904417758261093617</span><div><span>实付：</span><span>¥74.00</span></div></div></div>`;
    expect(readByLabels(dom(page), tctx, emptySnapshot('https://x/')).amounts?.paid).toBe(74);
  });
});

describe('readByLabels status', () => {
  it('a case the shop refused in the words of the state (商家拒绝售后申请, 已拒绝; blind set 37)', () => {
    expect(readByLabels(dom('<p><span>售后状态：</span><span>商家拒绝售后申请</span></p>'), zh, emptySnapshot('https://x/')).afterSales?.state).toBe('refused');
    expect(readByLabels(dom('<p><span>售后状态：</span><span>已拒绝</span></p>'), zh, emptySnapshot('https://x/')).afterSales?.state).toBe('refused');
  });

  it('a status line that names only the case gives the after-sales state', () => {
    const page = '<table><tr><th>Status</th><th>Image</th></tr></table><h3>Refunds</h3><p>Status: Refund successful</p>';
    expect(readByLabels(dom(page), en, emptySnapshot('https://x/')).afterSales?.state).toBe('refunded');
  });

  it('the case in front, not the order\'s earlier cases under 该订单历史售后', () => {
    const page = `<div><p>售后状态：待商家处理</p><p>退款金额：¥128.70</p></div><div><h4>该订单历史售后（1）</h4><div><p>售后状态：售后关闭（买家撤销）</p><p>退款金额：¥128.70</p></div></div>`;
    expect(readByLabels(dom(page), zh, emptySnapshot('https://x/')).afterSales?.state).toBe('requested');
    // Headed by whose cases they are: 该客户其他服务单.
    const jd = `<div><p>退款金额 <span>¥159.00</span></p></div><div><h4>该客户其他服务单</h4><div><p>退款金额 <span>¥39.00</span></p></div></div>`;
    expect(readByLabels(dom(jd), zh, emptySnapshot('https://x/')).amounts?.refund).toBe(159);
    // Headed as the buyer's record of cases (该买家近90天维权记录: blind set 37's 有赞), a table of them.
    const yz = `<div><p>退款金额：<span>¥35.00</span></p></div><div><h3>该买家近90天维权记录</h3><div><table><tr><th>维权编号</th><th>退款金额</th><th>状态</th></tr>
      <tr><td>202610051932170000051876</td><td>¥59.90</td><td>退款关闭</td></tr></table></div></div>`;
    expect(readByLabels(dom(yz), zh, emptySnapshot('https://x/')).amounts?.refund).toBe(35);
  });
});

describe('readByLabels logistics', () => {
  it('parcels shown one under the other, each headed by its number (分包裹发货): the first one\'s (blind set 37)', () => {
    const box = (n: number, c: string, no: string) => `<div class="package"><div class="head"><b>包裹${n}</b><span><span>物流公司：</span>${c}</span><span><span>运单号：</span>${no}</span></div></div>`;
    const page = `<section><h3>物流信息</h3>${box(1, '京东快递', 'JDVB23817465029')}${box(2, '中通快递', '78536140972851')}</section>`;
    expect(readByLabels(dom(page), zh, emptySnapshot('https://x/')).logistics).toMatchObject({ trackingNo: 'JDVB23817465029', courier: 'JD' });
    // Two numbers with no parcel numbers stay unread rather than guessed.
    expect(readByLabels(dom(page.replace(/包裹\d/g, '')), zh, emptySnapshot('https://x/')).logistics?.trackingNo).toBeUndefined();
  });

  it('运输公司 / 承运人 name the carrier and 跟踪编号 / 追踪编码 the number (a cross-border platform in Chinese: blind sets 31, 32)', () => {
    const read = (a: string, b: string) => readByLabels(dom(`<div><span>${a}</span><span>UPS</span></div><div><span>${b}</span><span>1Z4F8X290312745586</span></div>`), zh, emptySnapshot('https://x/')).logistics;
    expect(read('运输公司', '跟踪编号')).toEqual({ trackingNo: '1Z4F8X290312745586', courier: 'UPS' });
    expect(read('承运人', '追踪编码')).toEqual({ trackingNo: '1Z4F8X290312745586', courier: 'UPS' });
  });

  it('the shipment printed as 发货物流 with its courier\'s name, not the return parcel beside it', () => {
    const page = `<section><h3>退货物流</h3><p>物流公司：中通快递</p><p>物流单号：78461203957316</p></section>
      <section><div><span>发货物流</span><span>圆通速递 YT7534820196651</span></div><div><span>发货时间</span><span>2026/11/10 16:02</span></div></section>`;
    expect(readByLabels(dom(page), zh, emptySnapshot('https://x/')).logistics).toEqual({ trackingNo: 'YT7534820196651', courier: 'YTO' });
    // The return block may name who sends it back (客户寄回物流).
    const jd = `<div><h4>客户寄回物流</h4><p>物流公司 <span>中通快递</span></p><p>运单号 <span>78492035716284</span></p></div><div><span>物流公司：</span><span>京东快递</span><span>运单号：</span><span>JDVB28817304561</span></div>`;
    expect(readByLabels(dom(jd), zh, emptySnapshot('https://x/')).logistics).toEqual({ trackingNo: 'JDVB28817304561', courier: 'JD' });
    const alone = readByLabels(dom('<p><span>发货物流</span><span>韵达快递 433012876554321</span></p>'), zh, emptySnapshot('https://x/'));
    expect(alone.logistics).toEqual({ trackingNo: '433012876554321', courier: 'YUNDA' });
  });

  it('a tracking number paired with the return carrier is the return\'s; the original shipment is the order\'s', () => {
    const page = `<div><p>Return</p><dl><dt>Return carrier</dt><dd>UPS</dd><dt>Tracking ID</dt><dd>1ZA48V920345126781</dd></dl></div>
      <div><h4>Original shipment</h4><dl><dt>Carrier</dt><dd>USPS</dd><dt>Tracking ID</dt><dd>9405511899561098765432</dd></dl></div>`;
    expect(readByLabels(dom(page), en, emptySnapshot('https://x/')).logistics).toEqual({ trackingNo: '9405511899561098765432', courier: 'USPS' });
  });

  it('a return block whose heading names it after a badge is the return\'s', () => {
    const page = `<div><h2><span class="badge">In transit</span> Return shipment (1)</h2><dl><dt>Carrier</dt><dd>UPS Ground</dd><dt>Tracking number</dt><dd>1Z7Y49W30347815526</dd></dl></div>
      <div><h2><span class="badge">Fulfilled</span> #1047-F1</h2><dl><dt>Carrier</dt><dd>USPS Ground Advantage</dd><dt>Tracking number</dt><dd>9400111899223456781234</dd></dl></div>`;
    expect(readByLabels(dom(page), en, emptySnapshot('https://x/')).logistics).toEqual({ trackingNo: '9400111899223456781234', courier: 'USPS' });
  });

  it('the courier labelled 物流公司名称', () => {
    const snap = readByLabels(dom('<p>物流公司名称：韵达快递</p><p>运单号：431829307765104</p>'), zh, emptySnapshot('https://x/'));
    expect(snap.logistics).toEqual({ trackingNo: '431829307765104', courier: 'YUNDA' });
  });

  it('a printed carrier we do not model is OTHER, never guessed from the tracking number', () => {
    const snap = readByLabels(dom('<p>Carrier: Royal Mail</p><p>Tracking ID: TT482913065GB</p>'), en, emptySnapshot('https://x/'));
    expect(snap.logistics).toEqual({ trackingNo: 'TT482913065GB', courier: 'OTHER' });
  });

  it('no printed carrier: the tracking shape of the region decides', () => {
    const snap = readByLabels(dom('<p>运单号：SF1234567890123</p>'), zh, emptySnapshot('https://x/'));
    expect(snap.logistics?.courier).toBe('SF');
  });

  it('配送方式 counts only when it names a known courier', () => {
    expect(readByLabels(dom('<p>配送方式：京东快递</p><p>运单号：JDVB98765432101</p>'), zh, emptySnapshot('https://x/')).logistics?.courier).toBe('JD');
    expect(readByLabels(dom('<p>配送方式：普通快递</p><p>运单号：78123456789012</p>'), zh, emptySnapshot('https://x/')).logistics?.courier).toBe('ZTO');
  });

  it('the order\'s shipment, not the buyer\'s return parcel beside it; the return parcel when it is the only one', () => {
    // Two blocks with the same labels, one headed as the return parcel (JD, Taobao).
    const headed = readByLabels(dom(`<div><h4>物流信息</h4><div><div>发货物流</div><p>物流公司：中通快递</p><p>运单号：73509812647730</p></div>
      <div><div>退货物流（顾客寄回）</div><p>物流公司：顺丰速运</p><p>运单号：SF1487203695521</p></div></div>`), zh, emptySnapshot('https://x/'));
    expect(headed.logistics).toEqual({ courier: 'ZTO', trackingNo: '73509812647730' });
    // The return block first.
    const first = readByLabels(dom(`<div><div><b>退货物流</b><p>物流公司：韵达快递</p><p>运单号：312984765043217</p></div><div><b>订单信息</b><p>物流公司名称：中通快递</p><p>运单号：78459021736615</p></div></div>`), zh, emptySnapshot('https://x/'));
    expect(first.logistics?.trackingNo).toBe('78459021736615');
    // Labels of their own (PDD: 发货运单号 / 退货运单号).
    const labelled = readByLabels(dom('<dl><dt>发货快递：</dt><dd>极兔速递</dd><dt>发货运单号：</dt><dd>JT3196504827713</dd><dt>退货快递：</dt><dd>中通快递</dd><dt>退货运单号：</dt><dd>78463920175531</dd></dl>'), zh, emptySnapshot('https://x/'));
    expect(labelled.logistics).toEqual({ courier: 'JT', trackingNo: 'JT3196504827713' });
    // Only the return parcel on the page.
    const only = readByLabels(dom('<div><h3>Return shipping</h3><p>Return carrier: UPS</p><p>Return tracking number: 1Z5X27W60369183402</p></div>'), en, emptySnapshot('https://x/'));
    expect(only.logistics).toEqual({ courier: 'UPS', trackingNo: '1Z5X27W60369183402' });
  });

  it('the paid amount from a table\'s column when the table holds one row of values, never from item rows', () => {
    const table = (rows: string) => `<table><thead><tr><th>商品</th><th>数量</th><th>用户实付</th><th>商家应收</th></tr></thead><tbody>${rows}</tbody></table>`;
    const row = (t: string, paid: string) => `<tr><td>${t}</td><td>x1</td><td>${paid}</td><td>¥351.50</td></tr>`;
    expect(readByLabels(dom(table(row('料理机', '¥356.00'))), zh, emptySnapshot('https://x/')).amounts?.paid).toBe(356);
    expect(readByLabels(dom(table(row('料理机', '¥356.00') + row('杯子', '¥20.00'))), zh, emptySnapshot('https://x/')).amounts?.paid).toBeUndefined();
    // "Return tracking ID" is the return parcel's own label.
    const only = readByLabels(dom('<dl><dt>Return carrier</dt><dd>UPS</dd><dt>Return tracking ID</dt><dd>1Z5X27W60369183402</dd></dl>'), en, emptySnapshot('https://x/'));
    expect(only.logistics).toEqual({ courier: 'UPS', trackingNo: '1Z5X27W60369183402' });
  });

  it('a label with its colon that starts a sentence in a longer text (Refund amount: inside an alert)', () => {
    const en1 = readByLabels(dom('<div>Issue refund by March 10, 2026. Refund amount: $74.97 (item $79.99 + tax $6.40 − return label $11.42).</div>'), en, emptySnapshot('https://x/'));
    expect(en1.amounts?.refund).toBe(74.97);
    const zh1 = readByLabels(dom('<p>买家申请仅退款（未收到货），请在48小时内处理，逾期系统将自动同意退款。退款金额：¥128.70，退款原因：未收到货</p>'), zh, emptySnapshot('https://x/'));
    expect(zh1.amounts?.refund).toBe(128.7);
    // Mid-sentence, without its colon, a label word is prose.
    expect(readByLabels(dom('<div>We will send the refund amount of $20.00 to your card once the parcel is back with us, thank you.</div>'), en, emptySnapshot('https://x/')).amounts).toBeUndefined();
  });

  it('several fields in one line: each label\'s value ends where the next label begins', () => {
    const s = readByLabels(dom('<p>售后：退货退款，待商家处理\u3000退款金额 ¥11.40</p>'), zh, emptySnapshot('https://x/'));
    expect([s.afterSales?.state, s.amounts?.refund]).toEqual(['requested', 11.4]);
    // 售后 alone is a menu entry: it labels only with its colon.
    expect(readByLabels(dom('<ul><li>售后</li><li>退款中</li></ul>'), zh, emptySnapshot('https://x/')).afterSales).toBeUndefined();
    const e = readByLabels(dom('<p>实付款：¥427.00 运费：¥0.00 运单号：78312345678901</p>'), zh, emptySnapshot('https://x/'));
    expect([e.amounts?.paid, e.logistics?.trackingNo]).toEqual([427, '78312345678901']);
  });

  it('an open 协商历史 tab hides its pane, not the tab bar and the parcel line beside the tabs', () => {
    const page = `<p>退款金额：¥119.00</p><div class="ant-tabs"><div class="ant-tabs-nav"><div class="ant-tabs-nav-list"><div class="ant-tabs-tab ant-tabs-tab-active">协商历史</div><div class="ant-tabs-tab">发货物流</div></div>
      <div class="ant-tabs-extra-content">韵达快递 快递单号：462617085229641</div></div><div class="ant-tabs-content"><div class="ant-tabs-tabpane ant-tabs-tabpane-active"><ul><li>退款金额：¥125.00</li></ul></div>
      <div class="ant-tabs-tabpane ant-tabs-tabpane-hidden"><ul><li>【苏州市】已签收</li></ul></div></div></div>`;
    const s = readByLabels(dom(page), zh, emptySnapshot('https://x/'));
    expect([s.amounts?.refund, s.logistics?.trackingNo]).toEqual([119, '462617085229641']);
  });

  it('Pinduoduo\'s 协商详情 is a history too; 消费者昵称 names the buyer; 订单实付款 is the paid amount', () => {
    const page = `<div class="card"><div class="title">退款申请单</div><div class="pairs"><div>退款金额：</div><div>¥25.00</div><div>消费者昵称：</div><div>橙子不甜</div><div>订单实付款：</div><div>¥39.90 <span>（含运费 ¥0.00）</span></div></div></div>
      <div class="card"><div class="title">协商详情</div><ul><li><div>消费者修改售后申请</div><div><span>退款金额</span><span><del>¥39.90</del> → ¥25.00</span></div></li></ul></div>`;
    const s = readByLabels(dom(page), zh, emptySnapshot('https://x/'));
    expect([s.amounts?.refund, s.buyer?.nick, s.amounts?.paid]).toEqual([25, '橙子不甜', 39.9]);
  });

  it('a 协商历史 card first in the left column hides the card, not the columns with the case\'s own fields', () => {
    const page = `<div class="cols"><div class="left"><div class="card"><div class="title">协商历史</div><ul><li>买家发起退货退款申请 退款金额：¥259.00</li><li>买家修改申请 退款金额：¥199.00</li></ul></div>
      <div class="card"><div class="title">售后备注</div><p>仓库已签收</p></div></div>
      <div class="right"><div class="card"><div><span>买家：</span><span>奶茶去冰</span></div><div><span>退款金额：</span><span>¥259.00</span></div><div><span>售后状态：</span><span>买家已退货，待商家收货</span></div></div></div></div>`;
    const s = readByLabels(dom(page), zh, emptySnapshot('https://x/'));
    expect([s.buyer?.nick, s.amounts?.refund, s.afterSales?.state]).toEqual(['奶茶去冰', 259, 'returned']);
    // A tab bar without marked panes is still the heading: its card (tabs, then the history) is hidden.
    const tabs = `<p>退款金额：¥74.90</p><div class="card"><div class="bar"><div class="tab active">协商历史</div><div class="tab">发货物流</div><div class="tab">退货物流</div><div class="tab">操作记录</div></div>
      <ul><li>售后类型：仅退款\u3000退款金额：¥30.00\u3000申请原因：尺码不合适</li></ul></div>`;
    expect(readByLabels(dom(tabs), zh, emptySnapshot('https://x/')).amounts?.refund).toBe(74.9);
    // "该买家在本店的其他订单（2）" heads the buyer's other orders, a long heading with its fold button.
    const others = `<div><span>用户实付</span><span>¥304.90</span></div><section><div class="item"><div class="head"><span>该买家在本店的其他订单（2）</span><span>展开</span></div>
      <div class="wrap"><table><tr><td>306114893270</td><td>用户实付 ¥189.00</td></tr><tr><td>299870315546</td><td>用户实付 ¥29.90</td></tr></table></div></div></section>`;
    expect(readByLabels(dom(others), zh, emptySnapshot('https://x/')).amounts?.paid).toBe(304.9);
  });

  it('a column of amount labels beside a column of their figures: the figure at the label\'s place', () => {
    const grid = `<div><div><span>商品总价</span><span>运费</span><span>店铺优惠</span><span>用户实付</span><span>商家实收</span></div>
      <div><span>¥99.80</span><span>¥0.00</span><span>-¥6.00 <i>满99减6</i></span><span>¥89.80</span><span>¥93.80 <i>含平台补贴¥4.00</i></span></div></div>`;
    expect(readByLabels(dom(grid), zh, emptySnapshot('https://x/')).amounts?.paid).toBe(89.8);
    // A column of labels we know beside a column of their values, texts among them.
    const info = `<div><div><div>订单编号</div><div>订单状态</div><div>买家昵称</div><div>收货人</div><div>快递单号</div></div>
      <div><div>2431077458203916</div><div>交易成功</div><div>山间小路的风</div><div>李*然 139****6620</div><div>773219046581237</div></div></div>`;
    const g = readByLabels(dom(info), zh, emptySnapshot('https://x/'));
    expect([g.buyer?.nick, g.orderStage, g.logistics?.trackingNo]).toEqual(['山间小路的风', 'completed', '773219046581237']);
    // Rows of label and value pairs are no columns: each label keeps the value beside it.
    const rows = `<table><tr><td>售后状态</td><td>待商家处理</td><td>即将超时</td></tr><tr><td>退款金额</td><td>¥59.00</td><td>全额</td></tr><tr><td>申请时间</td><td>2026-11-20</td><td>超时</td></tr></table>`;
    const r = readByLabels(dom(rows), zh, emptySnapshot('https://x/'));
    expect([r.afterSales?.state, r.amounts?.refund]).toEqual(['requested', 59]);
  });

  it('a parcel headed 买家寄回 is the buyer\'s return, not the order\'s shipment; 订单实付金额 and 预计退款金额 label amounts', () => {
    const page = `<div><p><span>订单实付金额</span><span>¥593.00</span></p><p><span>预计退款金额</span><span>¥531.75</span></p>
      <div class="parcel"><div><span>订单发货</span><span>已签收</span></div><dl><dt>物流公司</dt><dd>顺丰速运</dd></dl><dl><dt>运单号</dt><dd>SF1428630579214</dd></dl></div>
      <div class="parcel"><div><span>买家寄回</span><span>运输中</span></div><dl><dt>物流公司</dt><dd>韵达快递</dd></dl><dl><dt>运单号</dt><dd>431890256713402</dd></dl></div></div>`;
    const s = readByLabels(dom(page), zh, emptySnapshot('https://x/'));
    expect([s.logistics?.courier, s.logistics?.trackingNo, s.amounts?.paid, s.amounts?.refund]).toEqual(['SF', 'SF1428630579214', 593, 531.75]);
  });

  it('a return approved whose parcel is on its way back is returned; approved and not yet shipped stays awaiting', () => {
    const moving = readByLabels(dom('<dl><dt>Return status</dt><dd>Authorized · In transit</dd></dl>'), en, emptySnapshot('https://x/'));
    expect(moving.afterSales?.state).toBe('returned');
    const waiting = readByLabels(dom('<dl><dt>Return status</dt><dd>Authorized</dd></dl>'), en, emptySnapshot('https://x/'));
    expect(waiting.afterSales?.state).toBe('awaiting_return');
    expect(readByLabels(dom('<p>售后状态：待买家退货（运输中）</p>'), zh, emptySnapshot('https://x/')).afterSales?.state).toBe('returned');
    // The movement as a second badge beside the state.
    const badges = readByLabels(dom('<div><div>Return status</div><div><span class="pill">Authorized</span> <span class="pill">Return in transit</span></div></div><div><div>Refund status</div><div>Not refunded</div></div>'), en, emptySnapshot('https://x/'));
    expect(badges.afterSales?.state).toBe('returned');
  });

  it('labels a refund as 申请金额 (the amount a case asks) and "Refund amount to be issued"', () => {
    expect(readByLabels(dom('<div><span>申请金额：</span><span>¥126.80</span></div>'), zh, emptySnapshot('https://x/')).amounts?.refund).toBe(126.8);
    expect(readByLabels(dom('<div><span>Refund amount to be issued</span><span>$1,005.35</span></div>'), en, emptySnapshot('https://x/')).amounts?.refund).toBe(1005.35);
  });

  it('物流信息 with a courier\'s name and its number after it names the parcel, not an event', () => {
    const s = readByLabels(dom('<div class="title">物流信息 <small>极兔速递 JT3126584409173 <a>复制</a></small></div><ul><li>2026-11-24 18:02 【阿克苏市】已揽收</li></ul>'), zh, emptySnapshot('https://x/'));
    expect([s.logistics?.courier, s.logistics?.trackingNo, s.logistics?.latestEvent]).toEqual(['JT', 'JT3126584409173', undefined]);
  });

  it('parcels in tabs: the shown parcel\'s courier and number, not the hidden pane\'s', () => {
    const page = `<div><div class="tabs"><div class="tab active">包裹1</div><div class="tab">包裹2</div></div>
      <div class="pkg"><p><span>物流公司</span>极兔速递</p><p><span>运单号</span>JT5031862749013</p></div>
      <div class="pkg detail_hidden__1aQ"><p><span>物流公司</span>申通快递</p><p><span>运单号</span>773205618840297</p></div></div>`;
    const s = readByLabels(dom(page), zh, emptySnapshot('https://x/'));
    expect([s.logistics?.courier, s.logistics?.trackingNo]).toEqual(['JT', 'JT5031862749013']);
  });

  it('a refund printed under a caption of its own (Estimated refund · To Visa •••• 4417 · $90.71)', () => {
    const s = readByLabels(dom('<div><span>Estimated refund</span><div><span>To Visa •••• 4417</span><span>$90.71</span></div></div>'), en, emptySnapshot('https://x/'));
    expect(s.amounts?.refund).toBe(90.71);
  });

  it('a refund printed negative is the amount refunded', () => {
    expect(readByLabels(dom('<dl><dt>Refund total:</dt><dd>-£5.60</dd></dl>'), { ...en, currency: 'GBP' }, emptySnapshot('https://x/')).amounts?.refund).toBe(5.6);
    expect(readByLabels(dom('<p>退款金额：−¥11.40</p>'), zh, emptySnapshot('https://x/')).amounts?.refund).toBe(11.4);
  });

  it('a price drawn in parts after its label (¥ · 71 · .80)', () => {
    const s = readByLabels(dom('<div class="chatd-price">实付 <span>¥</span><span>71</span><span>.80</span></div>'), zh, emptySnapshot('https://x/'));
    expect(s.amounts?.paid).toBe(71.8);
  });

  it('"Tracking:" alone labels the tracking number', () => {
    const snap = readByLabels(dom('<div>Shipped on Nov 16 · USPS<br>Tracking: <a>9400111899223412567890</a><br>Latest: Departed</div>'), en, emptySnapshot('https://x/'));
    expect(snap.logistics).toEqual({ trackingNo: '9400111899223412567890', courier: 'USPS' });
  });

  it('用户实付 and Paid by customer are what the buyer paid', () => {
    expect(readByLabels(dom('<p>用户实付：¥88.50</p>'), zh, emptySnapshot('https://x/')).amounts).toEqual({ paid: 88.5, currency: 'CNY' });
    expect(readByLabels(dom('<p>Paid by customer</p><p>$12.00</p>'), en, emptySnapshot('https://x/')).amounts).toEqual({ paid: 12, currency: 'USD' });
  });

  it('a site currency turns a bare $ into that currency', () => {
    const snap = readByLabels(dom('<p>Order total: $30.00</p>'), { ...en, currency: 'CAD' }, emptySnapshot('https://x/'));
    expect(snap.amounts).toEqual({ paid: 30, currency: 'CAD' });
  });
});

describe('readMessages on long chats', () => {
  const list = (html: string) => dom(html).children; // a live HTMLCollection, as rowsOf gives
  const reader = {
    role: (r: Element) => (r.getAttribute('data-role') as 'buyer' | 'seller' | null) ?? undefined,
    text: (r: Element) => r.querySelector('p')?.textContent,
    time: (r: Element) => r.querySelector('time')?.textContent,
    group: (r: Element) => r.querySelector('.divider, b')?.textContent,
  };

  it('a message row that prints a group time opens that group itself', () => {
    const msgs = readMessages(list(`<div><b>2026-11-20 09:00</b></div><div data-role="buyer"><p>第一条</p></div>
      <div data-role="seller"><b>2026-11-21 18:30</b><p>第二条</p></div><div data-role="buyer"><p>第三条</p></div>`), reader, zh);
    expect(msgs.map((m) => [m.text, m.time])).toEqual([
      ['第一条', '2026-11-20T09:00:00+08:00'],
      ['第二条', '2026-11-21T18:30:00+08:00'],
      ['第三条', '2026-11-21T18:30:00+08:00'],
    ]);
  });

  it('takes the group printed far above the messages kept, and none when there is none', () => {
    const rows = Array.from({ length: 50 }, (_, i) => `<div data-role="buyer"><p>m${i}</p></div>`).join('');
    const withGroup = readMessages(list(`<div><b>昨天 08:15</b></div>${rows}`), reader, zh, 5);
    expect(withGroup.map((m) => m.text)).toEqual(['m45', 'm46', 'm47', 'm48', 'm49']);
    expect(new Set(withGroup.map((m) => m.time))).toEqual(new Set(['2026-11-22T08:15:00+08:00']));
    const without = readMessages(list(rows), reader, zh, 5);
    expect(without.map((m) => m.time)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it('gives a row its own time the group in force (a clock time under a day divider)', () => {
    const msgs = readMessages(list(`<div><b>2026-11-19</b></div><div data-role="buyer"><p>早</p><time>09:41</time></div>
      <div><b>昨天</b></div><div data-role="seller"><p>晚</p><time>21:05</time></div>`), { ...reader, time: (r, day) => {
      const t = r.querySelector('time')?.textContent;
      return t && `${day} ${t}`;
    } }, zh);
    expect(msgs.map((m) => m.time)).toEqual(['2026-11-19T09:41:00+08:00', '2026-11-22T21:05:00+08:00']);
  });

  it('skips rows it cannot read and keeps the page order', () => {
    const msgs = readMessages(list(`<div data-role="buyer"><p> 在吗 </p></div><div class="img"></div><div data-role="seller"><p></p></div>
      <div data-role="seller"><p>在的，\n您说</p></div>`), reader, zh);
    expect(msgs).toEqual([{ role: 'buyer', text: '在吗' }, { role: 'seller', text: '在的， 您说' }]);
  });
});

describe('rowsOf', () => {
  it('is the first matching row and its siblings, dividers included; nothing when no row matches', () => {
    const body = dom(`<ul class="other"><li class="msg">别的会话</li></ul><div id="chat"><ol><li class="day">今天</li><li class="msg">a</li><li class="msg">b</li></ol></div>`);
    expect([...(rowsOf(body, '#chat li.msg') as HTMLCollection)].map((e) => e.textContent)).toEqual(['今天', 'a', 'b']);
    expect(rowsOf(body, '#none li').length).toBe(0);
  });
});

describe('reading what panels show without labels', () => {
  const snap = () => emptySnapshot('https://x.test/', 'unknown', 'chat');
  const ctx: ReadContext = { platform: 'unknown', now: NOW, tz: 480, locale: 'zh', lex: ZH };

  it('takes a status badge and a courier line with its number', () => {
    const s = snap();
    readUnlabelled(dom(`<div><span>订单号 6937481205562913847</span><span class="x9">已发货</span></div>
      <div><div>物流信息</div><div>圆通速递 YT7461029384756</div></div>`), ctx, s);
    expect([s.orderStage, s.logistics?.courier, s.logistics?.trackingNo]).toEqual(['shipped', 'YTO', 'YT7461029384756']);
  });

  it('the parcel\'s 已签收 tag beside the order\'s 卖家已发货 is delivered; another pair of stages gives none', () => {
    const s = snap();
    readUnlabelled(dom(`<div><span>订单号：4012873356219584327</span><span class="st">卖家已发货</span></div><div><b>物流信息</b> <span class="tag">已签收</span></div>`), ctx, s);
    expect(s.orderStage).toBe('delivered');
    const t = snap();
    readUnlabelled(dom(`<div><span>订单号：4012873356219584327</span><span class="st">卖家已发货</span></div><div><span class="tag">交易关闭</span></div>`), ctx, t);
    expect(t.orderStage).toBeUndefined();
  });

  it('a case\'s type ("仅退款（未发货）") is not a stage badge beside the order\'s own', () => {
    const s = snap();
    readUnlabelled(dom(`<div><span>订单编号：4021873365512947718</span><span class="st">卖家已发货</span></div>
      <div><span class="lb">退款类型</span><span>仅退款（未发货）</span></div>`), ctx, s);
    expect(s.orderStage).toBe('shipped');
  });

  it('a parcel read only from the return\'s labels gives way to the shipment\'s courier line; a line about the return is none', () => {
    const page = dom(`<dl><dt>Return tracking</dt><dd>9202690391582214470319</dd><dt>Return status</dt><dd>Delivered to the store on Dec 3</dd></dl>
      <dl><dt>UPS</dt><dd><a>1Z4R79E60399215508</a></dd></dl><div>USPS return shipment 9202690391582214470319 was delivered.</div>`);
    const s = readByLabels(page, en, emptySnapshot('https://x/', 'shopify', 'order_detail'));
    expect(s.logistics?.trackingNo).toBe('9202690391582214470319');
    readUnlabelled(page, en, s);
    expect([s.logistics?.courier, s.logistics?.trackingNo]).toEqual(['UPS', '1Z4R79E60399215508']);
  });

  it('a folded older order whose id is in its fold button ("▸ #2104") lends it no badge', () => {
    const s = emptySnapshot('https://x/', 'shopify', 'chat');
    s.orderId = '#2318';
    readUnlabelled(dom(`<div><a>#2318</a><span class="Polaris-Badge">Return requested</span></div>
      <div class="row"><button type="button" aria-expanded="false">▸ #2104</button><span><span class="Polaris-Badge">Refunded</span><span>Mar 18 · $155.00</span></span></div>`), { ...en, platform: 'shopify', idFormat: SHOPIFY_ID }, s);
    expect(s.afterSales?.state).toBe('requested');
  });

  it('a Polaris badge whose class names its progress (Polaris-Badge--progressComplete) is a badge, not a bar of steps', () => {
    const s = emptySnapshot('https://x/', 'shopify', 'chat');
    s.orderId = '#HF1342';
    readUnlabelled(dom(`<div><a>#HF1342</a><span class="Polaris-Badge Polaris-Badge--progressComplete"><span class="Polaris-Text--visuallyHidden">Complete</span>Fulfilled</span></div>`), { ...en, platform: 'shopify', idFormat: SHOPIFY_ID }, s);
    expect(s.orderStage).toBe('shipped');
    const bar = emptySnapshot('https://x/', 'shopify', 'chat');
    readUnlabelled(dom(`<div class="order-progress"><span>Fulfilled</span></div>`), { ...en, platform: 'shopify', idFormat: SHOPIFY_ID }, bar);
    expect(bar.orderStage).toBeUndefined();
  });

  it('gives nothing for a progress bar of stages, two parcels, a sentence or a menu', () => {
    const s = snap();
    readUnlabelled(dom(`<ol><li>待发货</li><li>已发货</li><li>交易成功</li></ol>
      <p>中通 73512345678901</p><p>韵达 431298765432101</p>`), ctx, s);
    expect([s.orderStage, s.logistics]).toEqual([undefined, undefined]);
    const m = snap();
    readUnlabelled(dom(`<nav><a>待发货</a></nav><div role="tablist"><span role="tab">已发货</span></div><p>快递显示已签收了但是我没收到</p>`), ctx, m);
    expect(m.orderStage).toBeUndefined();
    // A to-do counter beside the order's own badge.
    const c = snap();
    readUnlabelled(dom(`<div><span class="todo">待发货<b>12</b></span></div><div class="status"><div class="text">交易成功</div></div>`), ctx, c);
    expect(c.orderStage).toBe('completed');
  });

  it('takes a badge on a page whose body class reads like a menu, and none from a list of other orders', () => {
    const ectx: ReadContext = { ...ctx, locale: 'en', lex: EN };
    const d = new DOMParser().parseFromString(`<body class="wp-admin toplevel_page_chatster-menu"><div class="card"><strong>Order #4821</strong><mark><span>Shipped</span></mark></div>
      <h3>Recent orders</h3><ul><li><a>#4821</a><mark><span>Shipped</span></mark><span>$81.45</span></li><li><a>#4533</a><mark><span>Refunded</span></mark><span>$42.00</span></li></ul></body>`, 'text/html');
    const s = { ...snap(), orderId: '#4821' };
    readUnlabelled(d.body, ectx, s);
    expect([s.orderStage, s.afterSales]).toEqual(['shipped', undefined]);
  });

  it('takes the case\'s step over a tag that only says a case is open (售后中 on the goods row)', () => {
    const s = snap();
    readUnlabelled(dom(`<div><div class="st">待买家寄回</div></div><table><tr><td>充电器</td><td><span class="tag">售后中</span></td></tr></table>`), { ...ctx, platform: 'jd' }, s);
    expect(s.afterSales?.state).toBe('awaiting_return');
  });

  it('takes a status heading that says more than a badge, and no counter of a to-do list', () => {
    const s = snap();
    readUnlabelled(dom(`<div class="style_statusHead__Vf4oS"><div class="style_statusText__d9LmA">买家已退货，待商家收货</div><div>请在 6天23时 内处理</div></div>
      <div><span>退货退款中</span></div>
      <div class="todo"><div class="kv"><span>待商家处理</span><span>7</span></div><div class="kv"><span>平台介入中</span><span>(1)</span></div></div>`), { ...ctx, platform: 'douyin' }, s);
    expect(s.afterSales?.state).toBe('returned');
    // The same words without a class that calls them a status are a sentence, not a badge.
    const p = snap();
    readUnlabelled(dom(`<div><p>买家已退货，待商家收货</p></div>`), { ...ctx, platform: 'douyin' }, p);
    expect(p.afterSales).toBeUndefined();
    // A field's name is no state (申请退款金额 reads like 申请退款).
    const f = snap();
    readUnlabelled(dom(`<div><span class="st">平台介入中</span></div><dl><dt>申请退款金额</dt><dd>¥279.00</dd></dl>`), ctx, f);
    expect(f.afterSales?.state).toBe('platform');
    // A to-do list alone names no state of this case.
    const t = snap();
    readUnlabelled(dom(`<div class="todo"><div><span>待商家收货</span><b>5</b></div><div><span>平台介入中</span><b>1</b></div></div>`), ctx, t);
    expect(t.afterSales).toBeUndefined();
  });

  it('takes a case state a web component draws from its attribute (kat-badge label), never a filter\'s checkbox', () => {
    const ectx: ReadContext = { ...ctx, platform: 'amazon', locale: 'en', lex: EN };
    const s = snap();
    readUnlabelled(dom(`<div><dl><dt>Return status</dt><dd><kat-badge type="warning" label="Return requested"></kat-badge></dd></dl></div>`), ectx, s);
    expect(s.afterSales?.state).toBe('requested');
    const f = snap();
    readUnlabelled(dom(`<div><kat-checkbox label="Return requested" checked></kat-checkbox></div>`), ectx, f);
    expect(f.afterSales).toBeUndefined();
  });

  it('takes the heading\'s case state beside a steps widget that names the states to come', () => {
    const s = snap();
    readUnlabelled(dom(`<div><div class="h">待买家退货 <span>退货退款</span></div><div class="auxo-steps"><div class="auxo-steps-item"><div class="auxo-steps-item-title">买家退货</div></div><div class="auxo-steps-item"><div class="auxo-steps-item-title">退款成功</div></div></div></div>`), { ...ctx, platform: 'douyin' }, s);
    expect(s.afterSales?.state).toBe('awaiting_return');
  });

  it('takes the one case state a heading shows, not a progress bar of several', () => {
    const s = snap();
    readUnlabelled(dom(`<div class="st9"><div class="t1">平台介入中</div><p>消费者已申请平台客服介入，请于 11/20 前上传凭证</p></div>`), ctx, s);
    expect(s.afterSales).toEqual({ state: 'platform', raw: '平台介入中' });
    const bar = snap();
    readUnlabelled(dom(`<ol><li>申请退款</li><li>同意退货</li><li>退款成功</li></ol>`), ctx, bar);
    expect(bar.afterSales).toBeUndefined();
  });
});

describe('nickIn', () => {
  it('keeps the name, not the phone, address or a half of a Latin name', () => {
    expect(nickIn('刘** 137****4409')).toBe('刘**');
    expect(nickIn('Michael Torres, Tucson, AZ 85719')).toBe('Michael Torres');
    expect(nickIn('tb_82736451')).toBe('tb_82736451');
    // An operator column's event, not a name.
    expect(nickIn('买家付款成功，订单状态变更为“待发货”')).toBeUndefined();
    expect(nickIn('系统 自动确认收货')).toBeUndefined();
    expect(nickIn('3028475116')).toBeUndefined();
    expect(nickIn('确认收货')).toBeUndefined();
    expect(nickIn('Jonas Becker (3 orders)')).toBe('Jonas Becker');
    // A link's action on the buyer is no name.
    expect(nickIn('Contact buyer')).toBeUndefined();
    expect(nickIn('Message customer')).toBeUndefined();
    expect(nickIn('Contessa Byers')).toBe('Contessa Byers');
    // A caption with small words is not a name.
    expect(nickIn('Messages in this thread')).toBeUndefined();
    expect(nickIn('Send a message about this order')).toBeUndefined();
  });
  it('is nothing for a log line that starts with a date or a time', () => {
    expect(nickIn('2026/11/15 21:40:03 申请平台介入')).toBeUndefined();
    expect(nickIn('09:12 已同意退款')).toBeUndefined();
  });
});

describe('orderPanel', () => {
  const page = (html: string) => new DOMParser().parseFromString(`<body>${html}<div class="msgs"><div class="row left"><p>在吗</p></div><div class="row right"><p>在的</p></div><div class="row left"><p>到哪了</p></div></div><textarea></textarea></body>`, 'text/html');
  const card = (id: string, attrs = '') => `<div class="card" ${attrs}><div>订单号：${id}</div><div>实付金额 ¥99.00</div><div>订单状态 已发货</div></div>`;

  it('is the one order shown in full; with other orders listed, the one singled out', () => {
    expect(orderPanel(page(card('6937481205562913847')), ctx(zh))?.textContent).toContain('6937481205562913847');
    const list = `<ul><li aria-current="true">订单号：6937481205562913847</li><li>订单号：6921837465502918374</li></ul>`;
    expect(orderPanel(page(list + card('6937481205562913847')), ctx(zh))?.className).toBe('card');
  });

  it('is nothing when two orders are shown in full, or when nothing singles the panel\'s order out', () => {
    expect(orderPanel(page(card('6937481205562913847') + card('6921837465502918374')), ctx(zh))).toBeNull();
    const list = `<ul><li>订单号：6937481205562913847</li><li>订单号：6921837465502918374</li></ul>`;
    expect(orderPanel(page(list + card('6937481205562913847')), ctx(zh))).toBeNull();
    const folded = `<div class="card card-collapsed"><div>订单号：6921837465502918374</div></div>`;
    expect(orderPanel(page(card('6937481205562913847') + folded), ctx(zh))?.textContent).toContain('6937481205562913847');
  });

  it('is the whole panel, even with another order of the buyer folded away in a closed <details>', () => {
    const side = `<aside class="side">${card('6937481205562913847')}<div class="goods">加厚珊瑚绒毛毯 x1</div><div class="parcel">运单号：78312345678901</div>
      <details><summary>该买家其他订单 (1)</summary><div>订单号：6921837465502918374</div><div>实付金额 ¥59.00</div><div>订单状态 已完成</div></details></aside>`;
    const p = orderPanel(page(side), ctx(zh));
    expect(p?.className).toBe('side');
    // Open, it is another order shown in full: then which one is meant is not known.
    expect(orderPanel(page(side.replace('<details>', '<details open>')), ctx(zh))?.className).not.toBe('side');
    // So under a header marked collapsed (aria-expanded="false") that folds its block.
    const expander = side.replace('<details><summary>该买家其他订单 (1)</summary>', '<div class="x"><div role="button" aria-expanded="false">该买家其他订单 (1)</div>').replace('</details>', '</div>');
    expect(orderPanel(page(expander), ctx(zh))?.className).toBe('side');
    expect(orderPanel(page(expander.replace('aria-expanded="false"', 'aria-expanded="true"')), ctx(zh))?.className).not.toBe('side');
    // A card itself marked folded is one of a list of order cards: the panel is the open card, not the list with its tabs.
    const cards = `<div class="list"><div><span>待发货</span><span>已发货</span></div>${card('6937481205562913847')}<div class="card" aria-expanded="false"><div>订单号：6921837465502918374</div><div>实付金额 ¥36.90</div><div>订单状态 已完成</div></div></div>`;
    expect(orderPanel(page(cards), ctx(zh))?.className).toBe('card');
  });

  it('is the whole panel: the goods and totals in a block beside the labelled one belong to it', () => {
    const side = `<aside class="side"><div class="kv">${card('6937481205562913847')}</div><div class="goods">加厚珊瑚绒毛毯 x1</div><div class="totals">合计 ¥99.00</div></aside>`;
    const p = orderPanel(page(side), ctx(zh));
    expect(p?.className).toBe('side');
    // It stops below the chat: a panel never takes in the conversation or the chat box.
    expect(p?.querySelector('textarea, .msgs')).toBeNull();
  });

  it('with the order known, the card that prints its id unlabelled; a refund number there is no other order', () => {
    const ks: ReadContext = { ...ctx(zh), idFormat: '\\d{16}' };
    const cur = `<div class="OrderCard"><div class="head"><span>2430881196620384</span><span>交易关闭</span></div><div class="row"><span>实付款</span><span>¥39.90</span></div>
      <div class="row"><span>售后状态</span><span>退款成功</span></div><div class="row"><span>退款编号</span><span>2433290014658831</span></div></div>`;
    const older = `<div class="OrderCard OrderCard-collapsed"><div class="head"><span>2428730512276649</span><span>交易成功</span></div></div>`;
    const p = orderPanel(page(`<aside>${cur}${older}</aside>`), ks, '2430881196620384');
    expect(p?.textContent).toContain('2430881196620384');
    expect(p?.textContent).not.toContain('2428730512276649');
  });
});

function ctx(c: ReadContext): ReadContext {
  return { ...c, platform: 'unknown' };
}

describe('goods and shop without tables or labels', () => {
  it('names goods by class words or product links, with quantity and price from their row', () => {
    const items = namedGoods(dom(`<div class="order-goods"><img alt=""><p class="goods-name">加厚珊瑚绒毛毯 沙发毯</p><p class="goods-spec">150x200cm</p><span class="num">×2</span></div>`), zh);
    expect(items).toEqual([{ title: '加厚珊瑚绒毛毯 沙发毯', qty: 2 }]);
    const linked = namedGoods(dom(`<nav><a href="/store/x/products/1">All products</a></nav><div><div><a class="_T_1" href="/store/x/products/8120">Merino Crew Sock – 3 Pack</a></div><span>$32.00 × 2</span></div>`), en);
    expect(linked.map((i) => [i.title, i.qty])).toEqual([['Merino Crew Sock – 3 Pack', 2]]);
    expect(namedGoods(dom(`<div class="product-name-column">ASIN: B0C7KX12PL · SKU: BL-1</div>`), en)).toEqual([]);
    // A list's row that links to another conversation names a buyer, not goods ("_ItemName" of Shopify Inbox's list);
    // a name linked to its product page is goods.
    const list = `<a role="listitem" href="https://inbox.shopify.com/store/x/conversations/open/01a2"><span class="_ItemName_4kq7d_33">Marcus Oyelaran</span></a>`;
    expect(namedGoods(dom(`${list}<div><a class="line-item-name" href="/store/x/products/9120">Merino Wool Toque</a> × 2</div>`), en).map((i) => i.title)).toEqual(['Merino Wool Toque']);
    // A tag inside the name is not part of it.
    const tagged = namedGoods(dom(`<div class="afs-goods-card"><div class="afs-goods-card__title">森屿 陶瓷炖锅 2.5L<span class="jd-tag">质量问题</span></div><div><span>购买数量：<b>1 件</b></span></div></div>`), zh);
    expect(tagged.map((i) => i.title)).toEqual(['森屿 陶瓷炖锅 2.5L']);
  });

  it('takes the shop name from the header, never an order id field or a score', () => {
    const page = (html: string) => new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
    expect(shopName(page(`<div class="shop-order-id">1234</div><span class="shop-score">4.8</span><header><span class="headerShopName">MUZI木子女装</span></header>`))).toBe('MUZI木子女装');
    expect(shopName(page(`<span class="dd-shop">极客数码旗舰店</span>`))).toBe('极客数码旗舰店');
    expect(shopName(page(`<span class="shop-rate">4.82</span>`))).toBeUndefined();
    // A name beside its shop's id.
    expect(shopName(page(`<div class="user-info-top"><div class="user-name"><span class="name">赣果鲜生水果店</span><span class="id">店铺ID：690233718</span></div></div>`))).toBe('赣果鲜生水果店');
    // The signed-in sub-account in the header, "店铺名:子账号": the shop's part, when it has a shop's form.
    expect(shopName(page(`<header><span>消息</span><span>森屿木作旗舰店:售后小禾</span></header>`))).toBe('森屿木作旗舰店');
    expect(shopName(page(`<header><span>运单号:78631045</span></header>`))).toBeUndefined();
    // The shop switcher's name (blind set 35's 有赞), never an entry of its list.
    expect(shopName(page(`<div class="shop-switch-m_wrap_9Xa2"><span class="shop-switch-m_name_3sLkA">禾木生活馆</span></div>`))).toBe('禾木生活馆');
    expect(shopName(page(`<ul class="shop-switch-m_list_8Qa"><li class="shop-switch-m_item_2Lb">另一家小店</li></ul>`))).toBeUndefined();
  });

  it('takes the shop name without the account after it, from a "店铺：" line, or by a shop\'s own name form near the top', () => {
    const page = (html: string) => new DOMParser().parseFromString(`<body>${html}<div class="msgs"><div class="row left"><p>这家旗舰店</p></div><div class="row right"><p>在的</p></div><div class="row left"><p>好</p></div></div><textarea></textarea></body>`, 'text/html');
    expect(shopName(page(`<span class="qn-header_shop__d8QxA">栖木MOOD女装店 · 主账号 qimu_mood</span>`))).toBe('栖木MOOD女装店');
    expect(shopName(page(`<div><span>待发货 <b>14</b></span><span title="店铺：青禾陶舍手作馆">店铺：青禾陶舍手作馆</span></div>`))).toBe('青禾陶舍手作馆');
    expect(shopName(page(`<div class="k1"><span class="logo">抖店 | 飞鸽</span><span class="b0c">北纬山野户外旗舰店</span><span>客服：小北</span></div>`))).toBe('北纬山野户外旗舰店');
    expect(shopName(page(`<div><span>客服工作台</span><span>在线</span></div>`))).toBeUndefined();
  });
});

describe('parcel lines', () => {
  it('reads a courier and number printed side by side, never a date beside them', () => {
    const s = emptySnapshot('https://x.test/', 'unknown', 'order_detail');
    readUnlabelled(dom(`<div class="trk"><span>FedEx</span> <a href="#">785512349876</a> <span>Delivered Nov 25</span></div>`), en, s);
    expect([s.logistics?.courier, s.logistics?.trackingNo]).toEqual(['FEDEX', '785512349876']);
  });
  it('reads a courier\'s name with the number as the next element in a longer shipment row', () => {
    const s = emptySnapshot('https://x.test/', 'unknown', 'order_detail');
    readUnlabelled(dom(`<div class="tracking-item"><strong>UPS</strong> <a href="#">1ZA7V0390391842265</a><div>Shipped on March 5, 2026 · Items: Smoky Lapsang Souchong - 100 g tin × 2, Bamboo Tea Scoop × 1</div><div>Shipment status: In Transit</div><a href="#">Delete</a></div>`), en, s);
    expect([s.logistics?.courier, s.logistics?.trackingNo]).toEqual(['UPS', '1ZA7V0390391842265']);
  });
});

describe('the buyer\'s order cards beside a chat (a name alone as each card\'s head)', () => {
  const shop: ReadContext = { platform: 'shopify', now: NOW, tz: 0, locale: 'en', lex: EN, idFormat: SHOPIFY_ID };
  const page = (open: string) => new DOMParser().parseFromString(`<body>
    <div class="thread"><div class="row left"><p>Hi! I placed order #LL2103 last night</p></div><div class="row right"><p>Hi Theo, let me check</p></div>
      <div class="row left"><p>Can you add a duvet cover before I pay?</p></div></div><textarea></textarea>
    <aside><h3>Orders</h3>
      <div class="card" ${open}><div><a href="#">#LL2103</a><span>Mar 8</span></div><div><span>Payment pending</span><span>Unfulfilled</span></div>
        <div class="line">Merino Blend Throw<br><span>Charcoal · $118.00 × 1</span></div><div><strong>Total</strong><strong>$171.00</strong></div></div>
      <div class="card"><div><a href="#">#LL2031</a><span>Feb 2</span></div><div><span>Paid</span><span>Fulfilled</span><span>$96.50</span></div>
        <div>USPS · <a href="#">9400111899220018823417</a> · Delivered Feb 6</div></div>
    </aside></body>`, 'text/html');
  const read = (open: string) => withStructure(page(open), emptySnapshot('https://admin.shopify.com/store/x/apps/inbox', 'shopify', 'chat'), shop);
  it('reads the open card of the order the buyer names: its goods line, and a payment badge over a fulfilment one', () => {
    const s = read('aria-expanded="true"');
    expect([s.orderId, s.items?.[0], s.orderStage, s.logistics?.trackingNo]).toEqual(['#LL2103', { title: 'Merino Blend Throw', qty: 1 }, 'unpaid', undefined]);
  });
  it('reads no card when none is shown open beside the others', () => {
    const s = read('');
    expect([s.orderId, s.orderStage]).toEqual(['#LL2103', undefined]);
  });
  it('reads the card left when the others are folded, with its own fulfilment\'s name (#LL2103-F1) inside', () => {
    const doc = new DOMParser().parseFromString(`<body>
      <div class="thread"><div class="row left"><p>Hi! My order #LL2103 came with the wrong bowl</p></div><div class="row right"><p>Sorry, checking now</p></div>
        <div class="row left"><p>I have sent a return request</p></div></div><textarea></textarea>
      <aside><div class="order-block"><div><a href="#">#LL2103</a><span>Mar 5</span></div><div><span class="badge">Fulfilled</span><span class="badge">Return requested</span></div>
        <div>Glazed Serving Bowl<br><span>Tidepool · $84.00 × 1</span></div><dl><dt>#LL2103-F1</dt><dd>USPS</dd></dl></div>
      <div class="_Collapsed_9vx2e_39"><a href="#">#LL2018</a> · Nov 29 · $47.50 <span class="badge">Fulfilled</span></div></aside></body>`, 'text/html');
    const s = withStructure(doc, emptySnapshot('https://admin.shopify.com/store/x/apps/inbox', 'shopify', 'chat'), shop);
    expect([s.orderId, s.orderStage, s.afterSales?.state]).toEqual(['#LL2103', 'shipped', 'requested']);
  });
  it('never takes a picture\'s file name for an order', () => {
    expect(findOrderId('shopify', 'IMG_4471.png')).toBeUndefined();
    expect(findOrderId('shopify', 'order #LL2103 please')).toBe('#LL2103');
  });
  it('reads a courier with its number as the next text of a shipment row ("USPS · <a>9400…</a>")', () => {
    const s = emptySnapshot('https://x.test/', 'unknown', 'order_detail');
    readUnlabelled(dom(`<div class="trk">USPS · <a href="#">9400111899223345671280</a><br><span>Shipped Mar 4 · In Transit: Arrived at USPS Regional Facility, Denver CO, Mar 5</span></div>`), en, s);
    expect([s.logistics?.courier, s.logistics?.trackingNo]).toEqual(['USPS', '9400111899223345671280']);
  });
});

describe('a return page: the return parcel\'s status, the requested refund, links elsewhere', () => {
  it('never takes the return parcel\'s status for the order\'s; a section with its own heading beside it is the order\'s', () => {
    const body = dom(`<div><div><span>Order status</span><span>Shipped</span></div><div><span>Requested refund</span><span>$69.21</span></div>
      <div><h4>Return shipment</h4><div><span>Carrier</span><span>UPS</span></div><div><span>Status</span><span>Delivered Mar 9, 2026</span></div></div></div>`);
    const s = readByLabels(body, en, emptySnapshot('https://x.test/', 'amazon', 'after_sales'));
    expect([s.orderStage, s.amounts?.refund]).toEqual(['shipped', 69.21]);
    const zhBody = dom(`<div><section><h3>客户寄回物流</h3><div><span>物流公司</span><span>中通快递</span></div></section>
      <section><h3>订单信息</h3><div><span>订单状态</span><span>已完成</span></div></section></div>`);
    expect(readByLabels(zhBody, zh, emptySnapshot('https://x.test/', 'jd', 'after_sales')).orderStage).toBe('completed');
  });
  it('takes no state from a link to another page (a bookmarks bar\'s "A-to-z Guarantee Claims")', () => {
    const s = emptySnapshot('https://x.test/', 'amazon', 'after_sales');
    readUnlabelled(dom(`<div><a href="/gp/guarantee-claims/home.html">A-to-z Guarantee Claims</a></div><div><span class="badge">Refund required</span></div>`), en, s);
    expect(s.afterSales?.state).toBe('returned');
  });
});

describe('an order page\'s after-sales state when no case state is shown', () => {
  const read = (refund?: number) => {
    const s = emptySnapshot('https://sellercentral.amazon.co.uk/orders-v3/order/205-6183027-4491542', 'amazon', 'order_detail');
    Object.assign(s, { orderId: '205-6183027-4491542', buyer: { nick: 'E. W.' }, items: [{ title: 'Mug', qty: 1 }], orderStage: 'to_ship', amounts: { paid: 44.96, ...(refund ? { refund } : {}) } });
    return withStructure(dom('<p>Order</p>').ownerDocument, s, en).afterSales?.state;
  };
  it('is none without a refund, refunded when the page shows a refund\'s amount (Refund total −£5.60)', () => {
    expect(read()).toBe('none');
    expect(read(5.6)).toBe('refunded');
  });
});

describe('a shipped order whose parcel\'s card says Delivered', () => {
  const read = (html: string, c: ReadContext = en) => {
    const s = emptySnapshot('https://admin.shopify.com/store/x/orders/5869014327609', 'shopify', 'order_detail');
    Object.assign(s, { orderId: '#1163', buyer: { nick: 'Nadia R' }, items: [{ title: 'Lamp', qty: 1 }], orderStage: 'shipped', amounts: { paid: 44.96 }, logistics: { courier: 'USPS', trackingNo: '9400111899223100012345' } });
    return withStructure(new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html'), s, c).orderStage;
  };
  it('is delivered when the card with its tracking number says so', () => {
    expect(read('<div class="card"><h3>Fulfilled</h3><p>USPS Ground Advantage</p><a>9400 1118 9922 3100 0123 45</a><span>Delivered Mar 2</span></div>')).toBe('delivered');
    expect(read('<dl><dt>Tracking ID</dt><dd>9400111899223100012345</dd><dt>Delivered</dt><dd>Mar 3, 2026</dd></dl>')).toBe('delivered');
    // With the weekday (Seller Central's shipment panel).
    expect(read('<div class="kv"><span>Tracking ID</span><span>9400111899223100012345</span><span>Delivery status</span><span>Delivered Tuesday, Mar 3, 2026, 4:10 PM · Mailbox</span></div>')).toBe('delivered');
  });
  it('stays shipped for a message that quotes the number, the buyer\'s return parcel, a line elsewhere, and a Chinese trace', () => {
    expect(read('<div class="msg"><p>Your order left with USPS, tracking 9400111899223100012345, give it a day.</p><span>Delivered</span></div>')).toBe('shipped');
    expect(read('<div><h4>Return shipment</h4><dl><dt>Tracking ID</dt><dd>9400111899223100012345</dd><dt>Status</dt><dd>Delivered Mar 9, 2026</dd></dl></div>')).toBe('shipped');
    expect(read('<div><p>Tracking 9400111899223100012345</p></div><section><div><div><div><ul><li>#1099 · Delivered Feb 1</li></ul></div></div></div></section>')).toBe('shipped');
    expect(read('<div><p>运单号 9400111899223100012345</p><p>已签收</p></div>', zh)).toBe('shipped');
  });
});

describe('an A-to-z claim', () => {
  it('asks back its claim amount: the case\'s refund, beside the order total', () => {
    const s = readByLabels(dom('<dl><dt>Order total</dt><dd>$95.84</dd><dt>Claim amount</dt><dd>$89.99</dd></dl>'), en, emptySnapshot('https://sellercentral.amazon.com/gp/guarantee-claims/home.html', 'amazon', 'after_sales'));
    expect(s.amounts).toMatchObject({ paid: 95.84, refund: 89.99 });
  });
});

describe('the refund a chat\'s system notice names', () => {
  const read = (notice: string, role: 'system' | 'buyer' = 'system') => {
    const s = emptySnapshot('https://qn.taobao.com/home.htm/qn-im/reception', 'taobao', 'chat');
    s.messages = [{ role: 'buyer', text: '我申请退款了' }, { role, text: notice }];
    return withStructure(dom('<p>x</p>').ownerDocument, s, zh).amounts?.refund;
  };
  it('is the case\'s refund when nothing else gives it', () => {
    expect(read('买家已申请退款，退款金额 ¥189.00，退款原因：未按约定时间发货')).toBe(189);
  });
  it('is not read from the buyer\'s own words or a notice without an amount', () => {
    expect(read('退款金额 ¥189.00', 'buyer')).toBeUndefined();
    expect(read('买家已申请退款')).toBeUndefined();
  });
});

describe('a page that shows no stage but the date its parcel was delivered', () => {
  const read = (html: string) => {
    const s = emptySnapshot('https://sellercentral.amazon.com/gp/returns/list/v2', 'amazon', 'after_sales');
    return withStructure(new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html'), s, en).orderStage;
  };
  it('is delivered ("Delivered on: Fri, Oct 9, 2026"); an estimate or a bare word is not', () => {
    expect(read('<div><span>Delivered on:</span><span>Fri, Oct 9, 2026</span></div>')).toBe('delivered');
    expect(read('<div><span>Estimated delivery:</span><span>Fri, Oct 9, 2026</span></div>')).toBeUndefined();
    expect(read('<div><span>Delivered on:</span><span>—</span></div>')).toBeUndefined();
  });
});

describe('the kind of case its type label names', () => {
  const read = (html: string) => {
    const s = emptySnapshot('https://x.test/refund/detail?id=1', 'unknown', 'after_sales');
    s.afterSales = { state: 'requested' };
    return withStructure(new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html'), s, { ...zh, platform: 'unknown' }).afterSales?.kind;
  };
  it('reads 仅退款 (also 已发货仅退款), 退货退款, 换货 and Return type, in the label\'s text or the next', () => {
    expect(read('<div><span>售后类型</span><span>已发货仅退款</span></div>')).toBe('refund');
    expect(read('<p>售后类型：退货退款　退款金额：¥259.00</p>')).toBe('return');
    expect(read('<dl><dt>服务类型</dt><dd>换货</dd></dl>')).toBe('exchange');
    expect(read('<div><span>申请时间</span><span>2026-11-20</span></div>')).toBeUndefined();
  });
  it('a case whose status says it is done ended as its type ends: an exchange closed, a refund refunded', () => {
    const read = (type: string) => readByLabels(dom(`<div><span>服务单状态</span><span>已完成</span></div><div><span>服务类型</span><span>${type}</span></div>`), zh, emptySnapshot('x', 'jd', 'after_sales')).afterSales?.state;
    expect(read('换货（同款换新）')).toBe('closed');
    expect(read('维修')).toBe('closed');
    expect(read('退货')).toBe('refunded');
    expect(readByLabels(dom('<div><span>服务单状态</span><span>已完成</span></div>'), zh, emptySnapshot('x', 'jd', 'after_sales')).afterSales).toBeUndefined();
  });
  it('is read with the case\'s state among the same labels', () => {
    const s = readByLabels(dom('<div><span>售后状态</span><span>待商家处理</span></div><div><span>售后类型</span><span>仅退款</span></div>'), zh, emptySnapshot('x', 'douyin', 'after_sales'));
    expect(s.afterSales).toMatchObject({ state: 'requested', kind: 'refund' });
  });
  it('on a chat, is read from a case card among the conversation\'s newest rows, not from a row older than the messages read', () => {
    const chat = (rows: string[]) => {
      const s = emptySnapshot('https://x.test/chat', 'unknown', 'chat');
      s.afterSales = { state: 'requested' };
      const doc = new DOMParser().parseFromString(`<body><div class="msg-list">${rows.join('')}</div><textarea></textarea></body>`, 'text/html');
      return withStructure(doc, s, { ...zh, platform: 'unknown' }).afterSales?.kind;
    };
    const buyer = (t: string) => `<div class="msg msg-left"><div class="bubble">${t}</div></div>`;
    const seller = (t: string) => `<div class="msg msg-right"><div class="bubble">${t}</div></div>`;
    const card = '<div class="msg msg-center"><div class="card"><div><span>服务类型</span><span>换货</span></div><div><span>申请原因</span><span>尺码不合适</span></div></div></div>';
    expect(chat([buyer('想换个大一码'), seller('好的亲'), card, buyer('申请了')])).toBe('exchange');
    expect(chat([card, ...Array.from({ length: 210 }, (_, i) => (i % 2 ? seller(`好的 ${i}`) : buyer(`在吗 ${i}`)))])).toBeUndefined();
  });
});

describe('the newest line of the parcel\'s trace', () => {
  const read = (html: string, kind: 'order_detail' | 'after_sales' = 'order_detail', c = zh) => {
    const s = emptySnapshot('https://x.test/order/detail?id=1', 'unknown', kind);
    s.orderStage = 'shipped';
    s.logistics = { courier: 'YTO', trackingNo: 'YT7548103926615' };
    return withStructure(new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html'), s, { ...c, platform: 'unknown' }).logistics;
  };
  const trace = `<section><div>物流信息</div><div class="tabs"><span>包裹1</span><a>查看物流详情</a></div>
    <div class="item"><div>【金华市】快件已从 义乌转运中心 发出</div><div>2026-11-19 03:12:06</div></div><div class="item"><div>【郑州市】快件已到达 郑州转运中心</div><div>2026-11-19 22:48:31</div></div>
    <div class="item"><div>【金华市】已揽收（揽收员电话：0579-87193320）</div><div>2026-11-18 19:05:44</div></div></section>`;
  it('is the row with the latest time (cells printed without a space between them), not a tab or a button', () => {
    expect(read(trace)).toMatchObject({ latestEvent: '【郑州市】快件已到达 郑州转运中心', latestTime: '2026-11-19T22:48:31+08:00' });
    expect(read('<ul><li>Nov 5, 2026 6:12 AM — Arrived at USPS Regional Facility, KANSAS CITY MO</li><li>Nov 4, 2026 9:40 PM — Departed from facility</li></ul>', 'order_detail', en)).toMatchObject({ latestEvent: 'Arrived at USPS Regional Facility, KANSAS CITY MO', latestTime: '2026-11-05T06:12:00+00:00' });
  });
  it('on a chat page, is the order panel\'s line, not a message that quotes the courier', () => {
    const msgs = ['在吗', '2026-11-24 09:00 快递显示【杭州市】已签收，可我没收到', '人呢', '怎么回事'].map((t, i) => `<div class="row ${i % 2 ? 'right' : 'left'}"><p>${t}</p></div>`).join('');
    const doc = new DOMParser().parseFromString(`<body><div class="msgs">${msgs}</div><textarea></textarea><aside>${trace}</aside></body>`, 'text/html');
    const s = emptySnapshot('https://x.test/chat', 'unknown', 'chat');
    s.logistics = { courier: 'YTO', trackingNo: 'YT7548103926615' };
    expect(withStructure(doc, s, { ...zh, platform: 'unknown' }).logistics?.latestEvent).toBe('【郑州市】快件已到达 郑州转运中心');
  });
  it('is none from a buyer\'s own words ("I see it says delivered")', () => {
    expect(read('<ul><li>Nov 5, 2026 — I see it says delivered but nothing here</li></ul>', 'order_detail', en)?.latestEvent).toBeUndefined();
  });
  it('is none from a label with its date, the case\'s history or the return parcel\'s block', () => {
    expect(read('<div><span>签收时间</span><span>2026-11-21 15:04:19</span></div>')?.latestEvent).toBeUndefined();
    // A platform notice that names a date and courier words is not the parcel's.
    expect(read(`<div role="alert"><span>平台公告：2026/11/20 起部分偏远地区揽收时效调整，请留意物流异常订单。</span></div>${trace}`)?.latestEvent).toBe('【郑州市】快件已到达 郑州转运中心');
    expect(read('<ul><li>2026-11-20 10:02 买家已退货，退货包裹已签收</li></ul>', 'after_sales')?.latestEvent).toBeUndefined();
    expect(read('<section><h3>退货物流</h3><ul><li>2026/11/19 06:12:40 【金华市】快件已到达 金华转运中心</li></ul></section>', 'after_sales')?.latestEvent).toBeUndefined();
  });
});

describe('the paid amount by a lone "Total" line', () => {
  const page = (stage: string, totals: string) => new DOMParser().parseFromString(`<body><h1>Order #51207 details</h1><div><span>Status:</span><span>${stage}</span></div>
    <div><span>Subtotal</span><span>$70.00</span><span>Shipping: USPS Priority Mail</span><span>$9.40</span>${totals}</div></body>`, 'text/html');
  const any: ReadContext = { platform: 'unknown', now: NOW, tz: 0, locale: 'en', lex: ANY };
  const read = (stage: string, totals: string) => withStructure(page(stage, totals), readByLabels(page(stage, totals).body, any, emptySnapshot('https://x.test/wp-admin/admin.php?page=wc-orders&action=edit&id=51207', 'unknown', 'order_detail')), any).amounts?.paid;
  it('is the order\'s paid amount when no label names one and the order is paid for', () => {
    expect(read('Shipped', '<strong>Total</strong><strong>$72.40</strong>')).toBe(72.4);
    expect(read('Completed', '<span>3 items · Total $72.40</span>')).toBe(72.4);
  });
  it('is nothing for an unpaid order, or when two totals differ', () => {
    expect(read('Pending payment', '<strong>Total</strong><strong>$72.40</strong>')).toBeUndefined();
    expect(read('Shipped', '<strong>Total</strong><strong>$72.40</strong><p>Total</p><p>$66.40</p>')).toBeUndefined();
  });
});

describe('form controls and table spans (a WordPress / WooCommerce admin)', () => {
  const any: ReadContext = { platform: 'unknown', now: NOW, tz: 0, locale: 'en', lex: ANY };
  const read = (html: string) => readByLabels(dom(html), any, emptySnapshot('https://x.test/', 'unknown', 'order_detail'));
  it('reads the option a labelled drop-down shows, never the other options, and skips a link inside the label', () => {
    const s = read(`<p><label for="order_status">Status: <a href="#">Customer payment page →</a></label>
      <select id="order_status"><option>Pending payment</option><option>Processing</option><option selected="selected">Partially Shipped</option><option>Completed</option></select></p>`);
    expect(s.orderStage).toBe('to_ship');
    // A drop-down without a <label for>: its shown option is text beside the label.
    expect(read(`<p><span>Order status:</span> <select><option>Cancelled</option><option selected>Completed</option></select></p>`).orderStage).toBe('completed');
  });
  it('takes "Customer:" with its colon as the buyer, after the label\'s own action links; the bare word is a heading', () => {
    expect(read(`<p><label>Customer: <a href="#">View other orders →</a> <a href="#">Profile →</a></label><span>Kayla Brennan (#212 – kayla@example.com)</span></p>`).buyer?.nick).toBe('Kayla Brennan');
    expect(read(`<div><h2>Customer</h2><h3>Contact information</h3><p>kayla@example.com</p></div>`).buyer).toBeUndefined();
  });
  it('reads an order label\'s number in any format on a site without an adapter: the first word, the # not counted', () => {
    expect(read(`<h2>Order #48213 details</h2>`).orderId).toBe('48213');
    expect(read(`<p>Order ID: 2411 1808 3155</p>`).orderId).toBe('241118083155');
  });
  it('joins an amount printed in parts with its minus sign ("−" "$" "21.60")', () => {
    expect(read(`<table><tr><td>Refunded:</td><td><span>-</span><span>$</span><span>21.60</span></td></tr></table>`).amounts?.refund).toBe(21.6);
  });
  it('reads a goods table whose name header spans the picture column, never the rows of a table inside a cell', () => {
    const body = dom(`<table><thead><tr><th colspan="2">Item</th><th>Cost</th><th>Qty</th><th>Total</th></tr></thead><tbody>
      <tr><td class="thumb"></td><td><a href="#">Hand-thrown Stoneware Teapot - Moss</a><table><tr><th>Glaze:</th><td>Moss</td></tr></table></td><td>$64.00</td><td>× 1</td><td>$57.60</td></tr></tbody></table>`);
    expect(readItems(body, any)).toEqual([{ title: 'Hand-thrown Stoneware Teapot - Moss', qty: 1 }]);
  });
  it('names the shop from a WordPress admin page\'s title', () => {
    const d = new DOMParser().parseFromString('<title>Edit order ‹ Fernwood Tea Co. — WordPress</title><body><p>x</p></body>', 'text/html');
    expect(shopName(d)).toBe('Fernwood Tea Co.');
  });
});

describe('goods without a table or named classes', () => {
  const doc = (html: string) => new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  it('the item after a goods label, without its variant and quantity', () => {
    expect(labelledGoods(doc('<div><span>商品</span><span>极客 27英寸 显示器 Type-C 90W x1</span></div><div><span>实付金额</span><span>¥1,799</span></div>').body, { lex: ZH }))
      .toEqual([{ title: '极客 27英寸 显示器 Type-C 90W', qty: 1 }]);
    expect(labelledGoods(doc('<table><tr><th>宝贝</th><td><div>桌面文件收纳盒 多层抽屉式</div><div>颜色分类：奶白色; 数量：2</div></td></tr></table>').body, { lex: ZH }))
      .toEqual([{ title: '桌面文件收纳盒 多层抽屉式', qty: 2 }]);
  });
  it('not a tab called 商品, not "Item price", not two different items', () => {
    expect(labelledGoods(doc('<div role="tablist"><div role="tab">商品</div><div role="tab">售后服务中心</div></div>').body, { lex: ZH })).toEqual([]);
    expect(labelledGoods(doc('<div><span>Item price:</span><span>$89.99</span></div>').body, { lex: EN })).toEqual([]);
    expect(labelledGoods(doc('<div><span>Reason</span><span>Item defective or doesn\'t work</span></div>').body, { lex: EN })).toEqual([]);
    expect(labelledGoods(doc('<div>Item: NovaBlend Pro 1200W Blender</div>').body, { lex: EN })).toEqual([{ title: 'NovaBlend Pro 1200W Blender' }]);
    expect(labelledGoods(doc('<p>商品：红色保温杯 500ml</p><p>商品：蓝色保温杯 350ml</p>').body, { lex: ZH })).toEqual([]);
  });
  it('a line item\'s title (_LineTitle_), its quantity from "£18.00 × 4" in its row', () => {
    expect(namedGoods(doc('<div class="_Line_d2"><span class="_Thumb_d2"></span><div><div class="_LineTitle_d2">Speckled Stoneware Mug</div><div class="_LineVariant_d2">Oat / 350 ml</div><div class="_LineVariant_d2">£18.00 × 4</div></div></div>').body))
      .toEqual([{ title: 'Speckled Stoneware Mug', qty: 4 }]);
  });

  it('not the title of a steps, tabs or menu item (auxo-steps-item-title)', () => {
    expect(namedGoods(doc('<div class="auxo-steps-item"><div class="auxo-steps-item-title">买家申请</div></div><div class="goods"><div class="goods-name">极客派 G3 Pro 降噪耳机</div><span>数量 1</span></div>').body)).toEqual([{ title: '极客派 G3 Pro 降噪耳机', qty: 1 }]);
  });

  it('the line above a details line that names the quantity; a size is no quantity', () => {
    expect(goodsByLines(doc('<div><div>Hearth &amp; Fern Ceramic Table Lamp, Sage Green</div><div>SKU: HF-LMP-45 · Qty: 2 · £38.99</div></div>').body))
      .toEqual([{ title: 'Hearth & Fern Ceramic Table Lamp, Sage Green', qty: 2 }]);
    expect(readBlocks(doc('<div class="g"><div class="t">A类纯棉四件套 全棉被套床单</div><div class="s">1.5m床(被套200×230) / 奶油白</div><div class="p">¥139.00×1</div></div>').body, { row: '.g', title: '.t', sku: '.s', qty: '.q', price: '.p' }, zh))
      .toEqual([expect.objectContaining({ title: 'A类纯棉四件套 全棉被套床单', qty: 1 })]);
    // The "row" marker on the name itself: the quantity and price from the block around it.
    expect(readBlocks(doc('<div><div class="g">山茶 手工皂 三块装 礼盒</div><div class="s">规格：默认</div><div class="p">￥59.00<del>￥79.00</del> ×2</div></div>').body, { row: '.g', title: '.t', sku: '.s', qty: '.q', price: '.p' }, zh))
      .toEqual([{ title: '山茶 手工皂 三块装 礼盒', qty: 2, price: 59 }]);
    // "30 x 56 in" is a size written with spaces, "¥318.00 x2" a quantity.
    expect(QTY.exec('Bath Towels, Set of 2, 30 x 56 in')).toBeNull();
    expect(QTY.exec('¥318.00 x2')?.[1]).toBe('2');
  });

  it('the line above a quantity line, when it reads as a product name', () => {
    expect(goodsByLines(doc('<div><div>ASIN: B0C7KX12PL · SKU: BL-GK12</div><div>Brightline 1.2L Gooseneck Kettle, Matte Black</div><div>Quantity: 1 · Item price: $38.99</div></div>').body))
      .toEqual([{ title: 'Brightline 1.2L Gooseneck Kettle, Matte Black', qty: 1 }]);
    expect(goodsByLines(doc('<div><div>Order ID: 113-4829104-5520261</div><div>Quantity: 1</div></div>').body)).toEqual([]);
  });

  it('the name beside a product picture when classes say nothing, if a variant, quantity or price line follows', () => {
    expect(readGoodsBlocks(doc('<div class="a1"><img alt="图片"><div><div class="x9">法式复古小香风短外套</div><div class="y2">颜色：米白；尺码：M</div></div></div>').body))
      .toEqual([{ title: '法式复古小香风短外套' }]);
    // The price and quantity in a cell of their own after the name's block.
    expect(readGoodsBlocks(doc('<div class="m_goods_xE3kj"><img alt=""><div><div class="t">北欧奶油风落地灯 立式阅读灯</div><div class="sku">米白色；遥控调光款</div></div><div class="pr">¥269.00<br>x1</div></div>').body))
      .toEqual([{ title: '北欧奶油风落地灯 立式阅读灯', qty: 1 }]);
    // The quantity in a grid of label and value cells printed with no space between them.
    expect(readGoodsBlocks(doc('<div class="mi-item"><div role="img" aria-label="product image"></div><div><a href="/o/1">Brevetti 58 mm Calibrated Espresso Tamper</a><div>ASIN: B0C9XT1L6P</div><div class="grid"><span>Quantity</span><span>2</span><span>Item price</span><span>$34.00</span></div></div></div>').body))
      .toEqual([{ title: 'Brevetti 58 mm Calibrated Espresso Tamper', qty: 2 }]);
    // A conversation row: a picture, a name and a message, no variant: not goods.
    expect(readGoodsBlocks(doc('<li><img alt=""><div><p class="q1">拾光的猫</p><p class="q2">今天能发货吗</p></div></li>').body)).toEqual([]);
    // A page frame's icon is no product picture: the names further down the page (a customer list) are not goods.
    expect(readGoodsBlocks(doc('<main><div class="bar"><img alt="" src="icon.gif"><h1>Inbox</h1></div><ul><li><span class="_Name_1x">Daniel Osei</span><time>12:52 PM</time></li></ul><div><img alt="" src="p.jpg"></div></main>').body)).toEqual([]);
    // The card's heading before the goods block is not the goods' name.
    expect(readGoodsBlocks(doc('<div class="card"><div class="cardTitle">订单信息</div><div class="goods"><img alt=""><div><div>冬季加厚羽绒服女 中长款</div><div>颜色：雾霾蓝；尺码：L</div><div>¥299.00 × 1</div></div></div></div>').body))
      .toEqual([{ title: '冬季加厚羽绒服女 中长款', qty: 1 }]);
  });
});

describe('the order panel beside a chat that prints its id without a label', () => {
  const ctx: ReadContext = { platform: 'unknown', now: NOW, tz: 480, locale: 'zh', lex: ZH };
  const page = (side: string) => new DOMParser().parseFromString(`<body>
    <div class="msgs"><div class="row left"><p>在吗</p></div><div class="row right"><p>在的</p></div>
      <div class="row left"><div class="card">订单编号：251104-417729305816643</div></div><div class="row left"><p>毯子掉毛</p></div></div>
    <textarea></textarea>${side}</body>`, 'text/html');
  const side = (id: string) => `<aside><div class="head"><span>已签收</span><span>${id}</span></div>
    <div><span>实付金额</span><span>¥45.90</span></div><div><span>售后状态</span><span>退货退款，待商家处理</span></div></aside>`;

  it('is the block showing the id the conversation named, with the labels of other fields', () => {
    const s = withStructure(page(side('251104-417729305816643')).documentElement.ownerDocument, emptySnapshot('https://x.test/chat', 'unknown', 'chat'), ctx);
    expect([s.orderId, s.amounts?.paid, s.afterSales?.state, s.orderStage]).toEqual(['251104-417729305816643', 45.9, 'requested', 'delivered']);
  });
  it('on a site without an adapter, is the order a buyer names in words ("my order #51207"), never a bare number', () => {
    const chat = (text: string) => new DOMParser().parseFromString(`<body><div class="msgs"><div class="row left"><p>hello there</p></div><div class="row right"><p>Hi, how can I help?</p></div>
      <div class="row left"><p>${text}</p></div></div><textarea></textarea></body>`, 'text/html');
    const read = (text: string) => withStructure(chat(text), emptySnapshot('https://x.test/tickets/1873', 'unknown', 'chat'), { ...ctx, locale: 'en', lex: ANY }).orderId;
    expect(read('my order #51207 still says in transit')).toBe('51207');
    expect(read('我的订单号：88412075 还没到')).toBe('88412075');
    expect(read('I paid 51207 points for it')).toBeUndefined();
  });
  it('is nothing when the block shows another order', () => {
    const s = withStructure(page(side('251101-338201947561020')).documentElement.ownerDocument, emptySnapshot('https://x.test/chat', 'unknown', 'chat'), ctx);
    expect([s.amounts?.paid, s.afterSales]).toEqual([undefined, undefined]);
  });
});

describe('the order a conversation names, when no panel labels one', () => {
  const ctx: ReadContext = { platform: 'shopify', now: NOW, tz: 0, locale: 'en', lex: EN, idFormat: SHOPIFY_ID };
  const chat = (rows: string, side = '') => new DOMParser().parseFromString(`<body><div class="msgs">${rows}</div><textarea></textarea>${side}</body>`, 'text/html');
  const row = (who: 'in' | 'out', text: string) => `<div class="row ${who === 'in' ? 'left' : 'right'}"><p>${text}</p></div>`;
  const rows = [row('in', 'Hi, my parcel has not come'), row('out', 'Could you share your order number?'), row('in', "It's #1041"), row('out', 'Thanks, #1041 shipped with UPS (tracking 1Z999AA10123456784)'), row('in', 'ok thanks')].join('');
  it('is the newest id of the platform\'s format in the buyer\'s or agent\'s messages, and finds its row in the side list', () => {
    const side = '<aside><h3>Recent orders</h3><ul><li><a>#1041</a> <span>Nov 28</span> <span>Paid</span> <span>Fulfilled</span></li><li><a>#1017</a> <span>Aug 14</span> <span>Paid</span></li></ul></aside>';
    const s = withStructure(chat(rows, side), emptySnapshot('https://x.test/inbox', 'shopify', 'chat'), ctx);
    expect(s.orderId).toBe('#1041');
  });
  it('takes a notice naming the order, and reads that order\'s card, not the folded card of another unlabelled order', () => {
    const zctx: ReadContext = { platform: 'taobao', now: NOW, tz: 480, locale: 'zh', lex: ZH, idFormat: '\\d{18,19}' };
    const card = (id: string, st: string, paid: string) => `<div class="card"><div role="button"><span>订单 ${id}</span><span>${st}</span></div><div><div><span>实付款</span><span>${paid}</span></div><div><label>物流公司</label><span>中通快递</span></div><div><label>运单号</label><span>75381946620473</span></div></div></div>`;
    const d = new DOMParser().parseFromString(`<body><div class="msgs"><div class="notice_center"><span>顾客 momo 当前在咨询订单 4027719358260417653</span></div>
      <div class="row left"><p>锅收到了，磕了一块</p></div><div class="row right"><p>亲，麻烦拍照</p></div><div class="row left"><p>好的</p></div></div><textarea></textarea>
      <aside>${card('4027719358260417653', '卖家已发货', '¥188.80')}${card('3941852067319417653', '交易成功', '¥79.00')}</aside></body>`, 'text/html');
    const s = withStructure(d, emptySnapshot('https://x.test/im', 'taobao', 'chat'), zctx);
    expect([s.orderId, s.amounts?.paid]).toEqual(['4027719358260417653', 188.8]);
  });

  it('takes the one labelled id outside the conversation (its header) and finds the panel showing it unlabelled', () => {
    const actx: ReadContext = { platform: 'amazon', now: NOW, tz: 0, locale: 'en', lex: EN, idFormat: '\\d{3}-\\d{7}-\\d{7}' };
    const d = new DOMParser().parseFromString(`<body><ul><li>Liam Chen · Order 701-5582093-4410276</li></ul>
      <div class="head"><b>Gabrielle Tremblay</b> <span>Order ID:</span> <span>702-3318264-5520917</span></div>
      <div class="msgs">${row('in', 'The red is almost orange')}${row('out', 'Sorry, could you send a photo?')}${row('in', 'Here it is')}</div><textarea></textarea>
      <aside><div>702-3318264-5520917</div><div><span>Carrier</span><span>FedEx</span></div><div><span>Tracking ID</span><span>784512093366</span></div><div><span>Order total</span><span>CA$121.01</span></div></aside></body>`, 'text/html');
    const s = withStructure(d, emptySnapshot('https://x.test/inbox', 'amazon', 'chat'), actx);
    expect([s.orderId, s.logistics?.trackingNo, s.amounts?.paid]).toEqual(['702-3318264-5520917', '784512093366', 121.01]);
  });

  it('reads the goods of the order card a buyer sent: the name beside a picture drawn as a block, and its quantity line', () => {
    const d = new DOMParser().parseFromString(`<body><div class="msgs"><div class="row left"><div class="ref"><div><span>Order ID: 111-4482093-7715436</span></div>
      <div><div role="img" aria-label="Product image"></div><div><div>Harbor &amp; Pine Soy Wax Candle Set, Pack of 2</div><div>ASIN: <span>B0CK7R2M4T</span></div><div>Qty: <span>2</span> · Item price: <span>$24.99</span></div><div>Order status: <span>Shipped</span> · Carrier: <span>USPS</span></div></div></div></div><p>Where is it?</p></div>
      ${row('out', 'Let me check')}${row('in', 'thanks')}</div><textarea></textarea></body>`, 'text/html');
    const actx: ReadContext = { platform: 'amazon', now: NOW, tz: 0, locale: 'en', lex: EN, idFormat: '\\d{3}-\\d{7}-\\d{7}' };
    const s = withStructure(d, emptySnapshot('https://x.test/inbox', 'amazon', 'chat'), actx);
    expect([s.orderId, s.items, s.orderStage, s.logistics?.courier]).toEqual(['111-4482093-7715436', [{ title: 'Harbor & Pine Soy Wax Candle Set, Pack of 2', qty: 2 }], 'shipped', 'USPS']);
  });

  it('of two order blocks with their fields, reads the one tagged as asked about (当前咨询), not the one folded (order-fold, 展开 ▾)', () => {
    const jctx: ReadContext = { platform: 'jd', now: NOW, tz: 480, locale: 'zh', lex: ZH, idFormat: '\\d{11,13}' };
    const block = (id: string, tag: string, cls: string, st: string, paid: string, fold: string) => `<div class="order-block ${cls}"><div class="head"><span>订单号：</span><span>${id}</span>${tag}<span>${st}</span>${fold}</div>
      <div><span>物流公司</span><span>中通快递</span></div><div><span>运单号</span><span>78331295064812</span></div><div><span>用户实付</span><span>${paid}</span></div></div>`;
    const side = (a: string, b: string) => `<aside>${a}${b}</aside>`;
    const chat = `<div class="msgs"><div class="row left"><p>到哪了</p></div><div class="row right"><p>亲，在路上</p></div><div class="row left"><p>好</p></div></div><textarea></textarea>`;
    const open = block('305672819034', '<span>当前咨询</span>', '', '等待确认收货', '¥440.00', '');
    const folded = block('298115630472', '', 'order-fold', '已完成', '¥89.00', '<span>展开 ▾</span>');
    for (const html of [side(open, folded), side(folded, open)]) {
      const s = withStructure(new DOMParser().parseFromString(`<body>${chat}${html}</body>`, 'text/html'), emptySnapshot('https://dongdong.jd.com/', 'jd', 'chat'), jctx);
      expect([s.orderId, s.amounts?.paid, s.orderStage]).toEqual(['305672819034', 440, 'shipped']);
    }
  });

  it('reads the open order of a panel that also holds the buyer\'s folded orders, each folded by its own header (展开 ▼; blind set 35)', () => {
    const jctx: ReadContext = { platform: 'jd', now: NOW, tz: 480, locale: 'zh', lex: ZH, idFormat: '\\d{11,13}' };
    const card = (id: string, open: boolean, paid: string, no: string) => `<div class="order-card"><div class="order-card__head" aria-expanded="${open}"><div>订单号：<span>${id}</span></div><span>已完成</span><span>${open ? '收起 ▲' : '展开 ▼'}</span></div>
      <div class="order-card__body"><div><span>实付金额</span><span>${paid}</span></div><div><span>订单状态</span><span>已完成</span></div><div><span>物流公司</span><span>京东快递</span></div><div><span>运单号</span><span>${no}</span></div></div></div>`;
    const chat = `<div class="msgs"><div class="row left"><p>热水器坏了</p></div><div class="row right"><p>亲，麻烦发个照片</p></div><div class="row left"><p>好</p></div></div><textarea></textarea>`;
    const d = new DOMParser().parseFromString(`<body>${chat}<aside><div class="tabs">订单(2)</div><div class="pane">${card('301457982263', true, '¥1,049.00', 'JDVB28461937025')}${card('301458120947', false, '¥39.90', 'JDAZ71039466218')}</div></aside></body>`, 'text/html');
    const s = withStructure(d, emptySnapshot('https://dongdong.jd.com/', 'jd', 'chat'), jctx);
    expect([s.orderId, s.amounts?.paid, s.logistics?.trackingNo]).toEqual(['301457982263', 1049, 'JDVB28461937025']);
  });

  it('a page of unknown kind that shows a conversation reads its order panel, not the labels of every order on the page', () => {
    const uctx: ReadContext = { platform: 'unknown', now: NOW, tz: 480, locale: 'zh', lex: ANY };
    const card = (id: string, cls: string, st: string, paid: string) => `<div class="order-card ${cls}"><div><span>订单号：</span><span>${id}</span><span>${st}</span></div><div><span>下单时间</span><span>2026-11-17 20:35:14</span></div><div><span>实付金额</span><span>${paid}</span></div></div>`;
    const d = new DOMParser().parseFromString(`<body><div class="msgs"><div class="row left"><p>灯什么时候到</p></div><div class="row right"><p>亲，已经发出了</p></div><div class="row left"><p>好的谢谢</p></div></div><textarea></textarea>
      <aside>${card('E20261117203514068800021', 'is-active', '已发货', '¥239.00')}${card('E20261002113046052300117', 'collapsed', '已完成', '¥168.00')}</aside></body>`, 'text/html');
    const s = withStructure(d, readByLabels(d.body, uctx, emptySnapshot('https://b-im.example.com/')), uctx);
    expect([s.pageKind, s.orderId, s.amounts?.paid, s.orderStage]).toEqual(['chat', 'E20261117203514068800021', 239, 'shipped']);
  });

  it('reads the status badges of an order card inside the conversation', () => {
    const sctx: ReadContext = { platform: 'shopify', now: NOW, tz: 0, locale: 'en', lex: EN, idFormat: SHOPIFY_ID };
    const d = new DOMParser().parseFromString(`<body><div class="msgs">${row('in', 'SC2417, my email')}<div class="row right"><div class="card"><div><strong><a>Order #SC2417</a></strong><span><span class="badge">Paid</span><span class="badge">Fulfilled</span></span></div>
      <div><span>Paid by customer</span><span>$107.68</span></div></div></div>${row('in', 'Is it lost?')}</div><textarea></textarea></body>`, 'text/html');
    const s = withStructure(d, emptySnapshot('https://admin.shopify.com/store/x/apps/inbox', 'shopify', 'chat'), sctx);
    expect([s.orderId, s.amounts?.paid, s.orderStage]).toEqual(['#SC2417', 107.68, 'shipped']);
  });

  it('reads the goods an order card names by a title class, with the quantity of its block', () => {
    const jctx: ReadContext = { platform: 'jd', now: NOW, tz: 480, locale: 'zh', lex: ZH, idFormat: '\\d{11,13}' };
    const d = new DOMParser().parseFromString(`<body><div class="msgs"><div class="row left"><p>在吗</p></div><div class="row left"><div class="CardWrapper OrderCard"><div class="CardWrapper__hd"><span>订单号：301928475561</span><span>等待出库</span></div>
      <div class="CardWrapper__goods"><div class="CardWrapper__img"></div><div><div class="CardWrapper__title">悦町 麦饭石色不粘炒锅 32cm 带可视锅盖</div><div class="CardWrapper__spec">32cm带盖 / 麦饭石灰</div><div class="CardWrapper__price"><span>¥139.00</span><span>×2</span></div></div></div>
      <dl><dt>实付</dt><dd>¥248.00</dd></dl></div></div><div class="row right"><p>亲，今天发</p></div><div class="row left"><p>好</p></div></div><textarea></textarea></body>`, 'text/html');
    const s = withStructure(d, emptySnapshot('https://dongdong.jd.com/', 'jd', 'chat'), jctx);
    expect([s.orderId, s.items, s.amounts?.paid, s.orderStage]).toEqual(['301928475561', [{ title: '悦町 麦饭石色不粘炒锅 32cm 带可视锅盖', qty: 2 }], 248, 'to_ship']);
  });

  it('takes an order card item\'s quantity from the column beside its name block', () => {
    const tctx: ReadContext = { platform: 'taobao', now: NOW, tz: 480, locale: 'zh', lex: ZH, idFormat: '\\d{18,19}' };
    const d = new DOMParser().parseFromString(`<body><div class="msgs"><div class="row left"><p>在吗</p></div><div class="row left"><div class="orderCard"><div class="orderCard_head"><span>订单号：4187265530918762943</span><span>卖家已发货</span></div>
      <div class="orderCard_item"><i class="pic"></i><div class="orderCard_info"><div class="orderCard_title__3pKzR">暖山 三合一冲锋衣 防风防水</div><div class="sku">颜色分类：雾霾蓝</div></div><div class="orderCard_price"><div>¥399.00</div><div>x1</div></div></div>
      <div class="orderCard_item"><i class="pic"></i><div class="orderCard_info"><div class="orderCard_title__3pKzR">暖山 加厚羊毛徒步袜 中筒</div></div><div class="orderCard_price"><div>¥29.90</div><div>x3</div></div></div></div></div>
      <div class="row right"><p>亲，在的</p></div><div class="row left"><p>还没到</p></div></div><textarea></textarea></body>`, 'text/html');
    const s = withStructure(d, emptySnapshot('https://market.m.taobao.com/app/qn/im', 'taobao', 'chat'), tctx);
    expect(s.items).toEqual([{ title: '暖山 三合一冲锋衣 防风防水', qty: 1 }, { title: '暖山 加厚羊毛徒步袜 中筒', qty: 3 }]);
  });

  it('reads a goods row\'s quantity from its price line when no part is only a quantity', () => {
    const d = new DOMParser().parseFromString(`<body><div data-row><img alt="图片"><div><div class="a1">鹿野 三合一冲锋衣 户外登山服</div><div class="b2"><span>藏青色；XL</span><span>¥459.00 ×2</span></div></div></div>
      <div data-row><div class="a1">鹿野 速干T恤 男款 150x200 cm</div><span>¥79.00</span></div></body>`, 'text/html');
    const sel = { row: '[data-row]', title: '.nope', sku: '.nope', qty: '.nope', price: '.nope' };
    expect(readBlocks(d.body, sel, ctx)).toEqual([{ title: '鹿野 三合一冲锋衣 户外登山服', qty: 2 }, { title: '鹿野 速干T恤 男款 150x200 cm' }]);
  });

  it('names the order a buyer writes as LP1187 the way the panel prints it (#LP1187)', () => {
    const sctx: ReadContext = { platform: 'shopify', now: NOW, tz: 0, locale: 'en', lex: EN, idFormat: SHOPIFY_ID };
    const d = new DOMParser().parseFromString(`<body><div class="msgs">${row('in', 'Hi, my order LP1187 arrived cracked')}${row('out', 'So sorry!')}${row('in', 'Thanks')}</div><textarea></textarea>
      <aside><h3>Orders</h3><div><a href="/orders/5873120449081">#LP1187</a><span>Mar 1</span></div></aside></body>`, 'text/html');
    const s = withStructure(d, emptySnapshot('https://admin.shopify.com/store/x/apps/inbox', 'shopify', 'chat'), sctx);
    expect(s.orderId).toBe('#LP1187');
  });

  it('reads the card of the order it knows by its short number, each line\'s name before its quantity line', () => {
    const ectx: ReadContext = { platform: 'unknown', now: NOW, tz: 0, locale: 'en', lex: EN };
    const line = (n: string, q: string) => `<div class="oc-item"><img alt=""><div class="oc-name">${n}<div class="oc-qty">${q}</div></div><div class="oc-price">$36.00</div></div>`;
    const d = new DOMParser().parseFromString(`<body><div class="msgs"><div class="row left"><p>tracking hasn't moved</p></div><div class="row left"><div class="oc"><div><strong>Order #4821</strong><mark><span>Shipped</span></mark></div>
      <div class="oc-body">${line('Hand-thrown Espresso Cup – Speckled', 'Qty 2 × $18.00')}${line('Walnut Serving Tray – Small', 'Qty 1 × $28.00')}<table><tr><td>Order Total:</td><td>$81.45</td></tr></table></div></div></div>
      <div class="row right"><p>Let me check</p></div><div class="row left"><p>ok thanks</p></div></div><textarea></textarea></body>`, 'text/html');
    const s = withStructure(d, { ...emptySnapshot('https://shop.example.com/wp-admin/admin.php?page=chat', 'unknown', 'chat'), orderId: '#4821' }, ectx);
    expect([s.orderStage, s.items, s.amounts?.paid]).toEqual(['shipped', [{ title: 'Hand-thrown Espresso Cup – Speckled', qty: 2 }, { title: 'Walnut Serving Tray – Small', qty: 1 }], 81.45]);
  });

  it('reads the goods a chat\'s order panel names by a title class', () => {
    const kctx: ReadContext = { platform: 'kuaishou', now: NOW, tz: 480, locale: 'zh', lex: ZH, idFormat: '\\d{16}' };
    const d = new DOMParser().parseFromString(`<body><div class="msgs"><div class="row left"><p>衣服收到了</p></div><div class="row right"><p>亲，有什么问题</p></div><div class="row left"><p>想退</p></div></div><textarea></textarea>
      <aside><div class="OrderCard"><div><span>订单号</span><span>2433108562047719</span></div><div class="goods"><div class="pic"></div><div><div class="title">鹿岛 三合一冲锋衣男 防风防水</div><div class="sku"><span>黑色；L</span><span>¥299.00 ×1</span></div></div></div>
      <div><label>实付款</label><span>¥259.00</span></div><div><label>下单时间</label><span>2026-11-15 10:00</span></div></div></aside></body>`, 'text/html');
    const s = withStructure(d, emptySnapshot('https://im.kwaixiaodian.com/', 'kuaishou', 'chat'), kctx);
    expect([s.orderId, s.items]).toEqual(['2433108562047719', [{ title: '鹿岛 三合一冲锋衣男 防风防水', qty: 1 }]]);
  });

  it('reads the goods a chat\'s order panel names by a test hook (data-testid="line-item-title")', () => {
    const sctx: ReadContext = { platform: 'shopify', now: NOW, tz: 0, locale: 'en', lex: EN, idFormat: SHOPIFY_ID };
    const d = new DOMParser().parseFromString(`<body><div class="thread"><div class="msg in"><p>Can I swap the size?</p></div><div class="msg out"><p>Sure</p></div><div class="msg in"><p>Thanks</p></div></div><textarea></textarea>
      <aside><h3>Order <span>#2318</span></h3><div class="_LineItem_0vw3n"><span><div data-testid="line-item-title">Ferris Low Court Sneaker</div><div>Chalk / US 8.5</div></span><span>$138.00 × <span>1</span></span></div>
      <div><span>Paid by customer</span><span>$132.20</span></div></aside></body>`, 'text/html');
    const s = withStructure(d, { ...emptySnapshot('https://inbox.shopifyapps.com/conversations/1', 'shopify', 'chat'), orderId: '#2318' }, sctx);
    expect(s.items?.[0]).toEqual({ title: 'Ferris Low Court Sneaker', qty: 1 });
  });

  it('still reads the parcel of a completed order its reader found without one', () => {
    const dctx: ReadContext = { platform: 'douyin', now: NOW, tz: 480, locale: 'zh', lex: ZH, idFormat: '\\d{19}' };
    const d = new DOMParser().parseFromString(`<body><div class="msgs"><div class="row left"><p>退款到了吗</p></div><div class="row right"><p>亲，已退</p></div><div class="row left"><p>好</p></div></div><textarea></textarea>
      <aside><div><span>订单号</span><span>6951803367429105518</span></div><div><span>实付金额</span><span>¥399.00</span></div><div><span>物流信息</span><span>中通快递 73519826640127</span></div></aside></body>`, 'text/html');
    const snap = { ...emptySnapshot('https://im.jinritemai.com/', 'douyin', 'chat'), orderId: '6951803367429105518', items: [{ title: '冲锋衣' }], orderStage: 'completed' as const };
    expect(withStructure(d, snap, dctx).logistics).toMatchObject({ courier: 'ZTO', trackingNo: '73519826640127' });
  });

  it('reads the card of the order its reader already knows, not a newer card of another order', () => {
    const tctx: ReadContext = { platform: 'taobao', now: NOW, tz: 480, locale: 'zh', lex: ZH, idFormat: '\\d{18,19}' };
    const card = (id: string, st: string, paid: string) => `<div class="row left"><div class="orderCard"><div><span>订单号：${id}</span><span>${st}</span></div><div>共1件商品\u3000实付款：<b>${paid}</b></div></div></div>`;
    const d = new DOMParser().parseFromString(`<body><div class="msgs"><div class="row left"><p>在吗</p></div>${card('4187265530918762943', '卖家已发货', '¥427.00')}<div class="row right"><p>亲</p></div>${card('3904417758261093617', '交易成功', '¥95.00')}<div class="row left"><p>第一个呢</p></div></div><textarea></textarea></body>`, 'text/html');
    const snap = { ...emptySnapshot('https://qn.taobao.com/', 'taobao', 'chat'), orderId: '4187265530918762943' };
    const s = withStructure(d, snap, tctx);
    expect([s.amounts?.paid, s.orderStage]).toEqual([427, 'shipped']);
  });

  it('takes the order an element names by its class (OrderName), never one folded away', () => {
    const sctx: ReadContext = { platform: 'shopify', now: NOW, tz: 0, locale: 'en', lex: EN, idFormat: SHOPIFY_ID };
    const d = new DOMParser().parseFromString(`<body><div class="msgs">${row('in', 'My mugs (order HF1342) are stuck')}${row('out', 'Let me check')}${row('in', 'thanks')}</div><textarea></textarea>
      <aside><div class="_OrderRow_2m"><div class="_OrderHead_2m"><a class="_OrderName_2m">#HF1342</a><span class="badge">Fulfilled</span></div></div>
      <div class="_OrderRow_2m"><div class="_OrderHead_2m" role="button" aria-expanded="false"><a class="_OrderName_2m">#HF1207</a></div></div></aside></body>`, 'text/html');
    expect(withStructure(d, emptySnapshot('https://admin.shopify.com/store/x/apps/inbox', 'shopify', 'chat'), sctx).orderId).toBe('#HF1342');
  });

  it('reads the order\'s table row and the expanded row of details below it, not the other order\'s rows', () => {
    const jctx: ReadContext = { platform: 'jd', now: NOW, tz: 480, locale: 'zh', lex: ZH, idFormat: '\\d{11,13}' };
    const d = new DOMParser().parseFromString(`<body><div class="msgs"><div class="row left"><p>订单298104736520什么时候发</p></div><div class="row right"><p>亲，今天出库</p></div><div class="row left"><p>好的</p></div></div><textarea></textarea>
      <table><thead><tr><th>订单号</th><th>订单状态</th><th>用户实付</th></tr></thead><tbody>
      <tr class="current-row"><td><a>298104736520</a></td><td><span>等待出库</span></td><td>¥173.90</td></tr>
      <tr><td colspan="3"><div><span>下单时间</span><span>2026-11-21 22:41:07</span></div><div><span>用户实付</span><span>¥173.90</span></div><div><span>商家应收</span><span>¥178.90</span></div></td></tr>
      <tr><td><a>296650183321</a></td><td><span>已完成</span></td><td>¥59.00</td></tr>
      <tr><td colspan="3"><div><span>下单时间</span><span>2026-10-01 10:00:00</span></div><div><span>用户实付</span><span>¥59.00</span></div></td></tr></tbody></table></body>`, 'text/html');
    const s = withStructure(d, emptySnapshot('https://dongdong.jd.com/', 'jd', 'chat'), jctx);
    expect([s.orderId, s.amounts?.paid, s.orderStage]).toEqual(['298104736520', 173.9, 'to_ship']);
  });

  it('takes the one order the conversation\'s heading names, over a list of threads with their own orders', () => {
    const actx: ReadContext = { platform: 'amazon', now: NOW, tz: 0, locale: 'en', lex: EN, idFormat: '\\d{3}-\\d{7}-\\d{7}' };
    const d = new DOMParser().parseFromString(`<body><ul><li>Order ID: 112-0000000-0000001</li><li>Order ID: 114-3860527-1947468</li></ul>
      <h2>Shipping inquiry from Amazon customer Owen (Order: 114-3860527-1947468)</h2>
      <div class="msgs"><div class="row left"><p>Where is my towel set?</p></div><div class="row right"><p>It shipped yesterday</p></div><div class="row left"><p>ok</p></div></div><textarea></textarea></body>`, 'text/html');
    expect(withStructure(d, emptySnapshot('https://x.test/messaging', 'amazon', 'chat'), actx).orderId).toBe('114-3860527-1947468');
  });

  it('is nothing without the platform\'s id format, and a tracking number is not an order id', () => {
    expect(withStructure(chat(rows), emptySnapshot('https://x.test/inbox', 'shopify', 'chat'), { ...ctx, idFormat: undefined }).orderId).toBeUndefined();
    expect(withStructure(chat(row('in', 'tracking 1Z999AA10123456784 has not moved')), emptySnapshot('https://x.test/inbox', 'shopify', 'chat'), ctx).orderId).toBeUndefined();
  });
});

describe('readByLabels beside the buyer\'s other cases', () => {
  it('leaves out a block headed as other cases or orders ("该订单其他服务单", "Other orders")', () => {
    const body = dom(`<section><div><span>应退金额</span><span>¥172.42</span></div><div><span>售后状态</span><span>待客户寄回</span></div></section>
      <section><div>该订单其他服务单</div><div><div><span>退款金额</span><span>¥208.00</span></div><div><span>售后状态</span><span>已取消</span></div></div></section>`);
    const s = readByLabels(body, zh, emptySnapshot('https://x.test/', 'unknown', 'after_sales'));
    expect([s.amounts?.refund, s.afterSales?.state]).toEqual([172.42, 'awaiting_return']);
  });
  it('leaves out a negotiation history or operation log, which repeats earlier amounts', () => {
    const body = dom(`<section><div><span>退款金额</span><span>¥298.00</span></div></section>
      <section><p>协商历史</p><ul><li>买家修改了退货退款申请 <span>退款金额：</span><span>¥306.00 → ¥298.00</span></li><li>买家发起申请 <span>退款金额：</span><span>¥306.00</span></li></ul></section>`);
    expect(readByLabels(body, zh, emptySnapshot('https://x.test/', 'unknown', 'after_sales')).amounts?.refund).toBe(298);
    const label = dom('<div><span>申请退款</span><span>¥64.00</span></div>');
    expect(readByLabels(label, zh, emptySnapshot('https://x.test/', 'unknown', 'chat')).amounts?.refund).toBe(64);
  });
});

describe('shopName', () => {
  const doc = (html: string) => new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  it('reads the text beside a shop logo, the name part of a shop block, and a shop name element holding an icon', () => {
    expect(shopName(doc('<div class="headerShopName"><img src="x.jpg" alt="">暖阳家居服旗舰店</div>'))).toBe('暖阳家居服旗舰店');
    expect(shopName(doc('<span class="qn-header_shop__2Wf9k"><img src="logo.png" alt="">小林家手作茶器</span>'))).toBe('小林家手作茶器');
    expect(shopName(doc('<div class="WorkbenchHeader-shop"><span class="label">店铺</span><span class="name">鹿岛户外运动专营店</span><span class="arrow">▾</span></div>'))).toBe('鹿岛户外运动专营店');
    expect(shopName(doc('<span class="a1b2"><img src="https://p3.example.com/shop-logo/x.jpeg" alt="店铺头像">鹿野户外运动旗舰店</span>'))).toBe('鹿野户外运动旗舰店');
    expect(shopName(doc('<div class="sh"><img src="y.jpeg" alt="店铺头像"><span>满口香零食旗舰店</span><span>店铺ID：96718234</span></div>'))).toBe('满口香零食旗舰店');
    expect(shopName(doc('<div class="g"><img src="p.jpeg" alt="商品图"><span>加厚地毯</span></div>'))).toBeUndefined();
  });
  it('reads a shop block\'s name child after its label or beside its logo, never its id', () => {
    expect(shopName(doc('<span class="topbar-shop__p0Z1m">店铺：<em>北屿户外专营店</em></span>'))).toBe('北屿户外专营店');
    expect(shopName(doc('<div class="app-header-m_shop_c4Rr0"><img alt=""><span>栖木生活馆</span><span class="app-header-m_shopId_x">店铺ID 44821937</span></div>'))).toBe('栖木生活馆');
    expect(shopName(doc('<div class="shop-score"><span>4.8</span></div>'))).toBeUndefined();
  });

  it('reads the text when the title is a caption, and the shop of a sub-account "店铺名:子账号" printed beside it', () => {
    expect(shopName(doc('<span class="qn-frame_shopName__1Zt" title="当前店铺">暖山户外旗舰店</span>'))).toBe('暖山户外旗舰店');
    expect(shopName(doc('<span class="shop-name" title="暖山户外旗舰店（官方）">暖山户外旗舰…</span>'))).toBe('暖山户外旗舰店（官方）');
    expect(shopName(doc('<div class="user"><span>栖木家居旗舰店</span><span>栖木家居旗舰店:售后小林</span><a>退出</a></div>'))).toBe('栖木家居旗舰店');
    expect(shopName(doc('<div><span>订单编号</span><span>订单编号:3904417758261093617</span></div>'))).toBeUndefined();
  });
  it('reads a vender name and a shop switcher\'s current entry (its title, without the arrow), never the switcher\'s list', () => {
    expect(shopName(doc('<span class="dd-header__vender" title="木槿生活家居旗舰店">木槿生活家居旗舰店</span>'))).toBe('木槿生活家居旗舰店');
    expect(shopName(doc('<div class="ddw-shop-switch__current" title="极客岛数码配件专营店">极客岛数码配件专营店 ▾</div><ul class="ddw-shop-switch__list"><li class="shop-switch__item">别的店</li></ul>'))).toBe('极客岛数码配件专营店');
    expect(shopName(doc('<ul><li class="shop-switch-item">别的店</li></ul>'))).toBeUndefined();
    // Pinduoduo's shop is its mall.
    expect(shopName(doc('<div class="Layout_mallInfo__3vW8L"><img alt=""><div><p class="Layout_mallName__1Ubn5">竹语家居日用旗舰店</p></div></div>'))).toBe('竹语家居日用旗舰店');
  });
});

describe('the buyer named by class on a chat page', () => {
  const doc = (html: string) => new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  it('is the one text of buyer/customer + name elements; a list of other buyers\' nicknames does not count', () => {
    expect(buyerNameByClass(doc('<ul><li><span class="nickname-span">一颗大白菜</span></li><li><span class="nickname-span">番茄</span></li></ul><div><span class="buyer-name">拾光的猫</span></div><div class="BuyerInfo-name">拾光的猫</div>'))).toBe('拾光的猫');
  });
  it('is the open conversation\'s header name (chat-head-nick), not a tab that reads 顾客', () => {
    expect(buyerNameByClass(doc('<div class="chat-head--2Qx"><span class="chat-head-nick--1B">阿木木_1998</span></div><div class="conv-list"><span class="conv-nick--3m">周周不想起床</span></div>'))).toBe('阿木木_1998');
    // The name inside the header's block; the sessions list's nicknames do not count.
    expect(buyerNameByClass(doc('<ul><li class="chat-item-box"><div class="chat-info"><p class="row1"><span class="nickname-span">山茶花开了</span></p></div></li><li class="chat-item-box"><div class="chat-info"><p class="row1"><span class="nickname-span">蓝莓酱</span></p></div></li></ul><div class="chatWindowHeader"><div class="base-info"><span class="name">山茶花开了</span></div></div>'))).toBe('山茶花开了');
    // A tag inside the name is not part of it.
    expect(buyerNameByClass(doc('<div class="chatWindowHeader"><div class="base-info"><div class="name">momo的小太阳<span class="vip-tag">回头客</span></div></div></div>'))).toBe('momo的小太阳');
    const s = readByLabels(doc('<div role="tablist"><div role="tab">顾客</div><div role="tab">订单</div></div><div><span>顾客</span> <b>momo酱</b></div>').body, zh, emptySnapshot('https://x.test/', 'unknown', 'chat'));
    expect(s.buyer?.nick).toBe('momo酱');
  });

  it('is nothing when two buyers are named so', () => {
    expect(buyerNameByClass(doc('<span class="buyer-name">甲</span><span class="customerName">乙</span>'))).toBeUndefined();
  });
});

describe('what the page shows, not what it hides or logs (blind set 25)', () => {
  const any: ReadContext = { platform: 'unknown', now: NOW, tz: 60, locale: 'en', lex: ANY };
  const read = (html: string, ctx: ReadContext, kind: 'order_detail' | 'after_sales' = 'order_detail') => readByLabels(dom(html), ctx, emptySnapshot('https://x.example/', ctx.platform, kind));

  it("a tab strip's extra content beside its tabs (antd's role=tablist) is the shown tab's parcel; the tabs stay no labels", () => {
    const s = read(`<div role="tablist"><div><div role="tab" aria-selected="true">发货物流</div><div role="tab">退货物流</div></div><div class="ant-tabs-extra-content">中通快递 运单号：78845120376619</div></div>`, zh, 'after_sales');
    expect(s.logistics).toMatchObject({ courier: 'ZTO', trackingNo: '78845120376619' });
    expect(read(`<div role="tablist"><div role="tab">运单号：78845120376619</div></div>`, zh).logistics).toBeUndefined();
  });

  it("a log row's operator column (买家 | 创建订单) names no buyer; a row of label and value pairs with a time later in it does", () => {
    const log = `<table><tr><td>2026-11-14 20:31:05</td><td>买家</td><td>创建订单</td></tr></table>`;
    expect(read(`<div>昵称：<span>夏日橙**</span></div>${log}`, zh).buyer?.nick).toBe('夏日橙**');
    expect(read(`<table><tr><td>买家</td><td>夏日橙</td><td>下单时间</td><td>2026-11-14 20:31</td></tr></table>`, zh).buyer?.nick).toBe('夏日橙');
  });

  it('joins a currency printed after the figure in a node of its own (WooCommerce: "1.257,95" "€")', () => {
    const s = read(`<table><tr><td>Order Total:</td><td></td><td><span><bdi>1.257,95&nbsp;<span>€</span></bdi></span></td></tr><tr><td>Refunded:</td><td></td><td>-<span><bdi>34,65&nbsp;<span>€</span></bdi></span></td></tr></table>`, any);
    expect(s.amounts).toEqual({ paid: 1257.95, refund: 34.65, currency: 'EUR' });
  });

  it('"Total Refunded" is the refund; a bare whole number after an English label counts goods (Magento\'s "Refunded 1")', () => {
    const qty = `<table><tr><th>Product</th><th>Qty</th></tr><tr><td>Walnut Board</td><td><table><tr><th>Ordered</th><td>2</td></tr><tr><th>Refunded</th><td>1</td></tr></table></td></tr></table>`;
    const totals = `<table><tr><td><strong>Total Paid</strong></td><td>$1,299.06</td></tr><tr><td><strong>Total Refunded</strong></td><td>$71.26</td></tr></table>`;
    expect(read(qty + totals, any).amounts).toMatchObject({ paid: 1299.06, refund: 71.26 });
    expect(read(qty, any).amounts?.refund).toBeUndefined();
    expect(read(`<div><span>退款金额</span><span>89</span></div>`, zh).amounts?.refund).toBe(89);
  });

  it('a label in a block the page does not show (display: none, a form opened by a click) is none', () => {
    const shown = `<table><tr><td>Refunded:</td><td>-34,65 €</td></tr></table>`;
    const form = `<div class="wc-order-refund-items" style="display: none;"><table><tr><td>Refund amount:</td><td>0,00 €</td></tr></table></div>`;
    expect(read(shown + form, any).amounts?.refund).toBe(34.65);
    expect(read(shown + form.replace('display: none;', ''), any).amounts?.refund).toBeUndefined();
  });

  it("an order-id label owns the number behind it whatever its length (a JD id of 16 digits); an unlabelled one keeps the format", () => {
    const jd: ReadContext = { platform: 'jd', now: NOW, tz: 480, locale: 'zh', lex: ZH, idFormat: JD_ID };
    expect(read(`<div><span>订单编号：</span><span>3612049758813306 <a>复制</a></span></div>`, jd).orderId).toBe('3612049758813306');
    expect(read(`<div><span>订单编号：</span><span>361204975881 <a>复制</a></span></div>`, jd).orderId).toBe('361204975881');
    expect(read(`<div><span>操作流水</span><span>20261124132241</span></div>`, jd).orderId).toBeUndefined();
  });

  it("the courier's name before the number's label in a short line (\"韵达快递 运单号：4328…\") is the parcel's courier", () => {
    const s = read(`<div><span class="tip">韵达快递</span><span>运单号：</span><span class="tip">432876019354271</span><span>发货时间：2026-11-15 17:20:11</span></div>`, zh);
    expect(s.logistics).toMatchObject({ courier: 'YUNDA', trackingNo: '432876019354271' });
  });

  it('in a list of items of one kind with one open (aria-expanded="true"), the others are other orders', () => {
    const amazon: ReadContext = { platform: 'amazon', now: NOW, tz: 0, locale: 'en', lex: EN, idFormat: AMAZON_ID };
    const item = (id: string, buyer: string, open: boolean) => `<div class="returnRequest a-box"${open ? ' aria-expanded="true"' : ''}><div>Order ID: <a href="#">${id}</a></div><div>Buyer: <a href="#">${buyer}</a></div></div>`;
    const page = `<div>${item('114-7720396-1185027', 'Ron Pace', false)}${item('113-4829571-6630218', 'Dana Whitfield', true)}${item('112-0583814-9027441', 'Lee Moss', false)}</div>`;
    expect(read(page, amazon, 'after_sales')).toMatchObject({ orderId: '113-4829571-6630218', buyer: { nick: 'Dana Whitfield' } });
    expect(read(page.replace(' aria-expanded="true"', ''), amazon, 'after_sales').orderId).toBeUndefined();
  });

  it('a sentence that says the order has no case, printed once outside the conversation', () => {
    const doc = (html: string) => new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
    expect(noCaseSaid(doc('<h3>Refunds &amp; returns</h3><div>No refunds or returns for this order.</div>'), null)).toBe('No refunds or returns for this order.');
    expect(noCaseSaid(doc('<div>售后信息</div><div>暂无售后记录</div>'), null)).toBe('暂无售后记录');
    // Twice (two orders' panels) says nothing of this one; nor does a buyer's message.
    expect(noCaseSaid(doc('<div>无售后</div><div>无售后</div>'), null)).toBeUndefined();
    const chat = doc('<div id="c"><p>No refunds or returns for this order.</p></div>');
    expect(noCaseSaid(chat, chat.getElementById('c'))).toBeUndefined();
    expect(noCaseSaid(doc('<div>No refund was issued because the return never arrived</div>'), null)).toBeUndefined();
  });
});
