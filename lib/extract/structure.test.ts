import { describe, expect, it } from 'vitest';
import { readPage } from '../adapters/registry';
import { pageTime } from './generic';
import { ZH } from './lexicon';
import { buyerNameInChat, cardRole, findMessageList, replyToName, rowRole, structuralMessages, words } from './structure';

const page = (html: string) => new DOMParser().parseFromString(`<html><head><title>客服工作台</title></head><body>${html}</body></html>`, 'text/html');
const NOW = new Date('2026-11-25T10:00:00+08:00');
const zhTime = (t: string) => pageTime(t, { platform: 'unknown', now: NOW, tz: 480, locale: 'zh', lex: ZH });

// A console we have never seen: hashed classes, a side list of other buyers, bot and system rows.
const CONSOLE = `
<div class="app_x91">
  <aside class="sess_list_k2"><ul class="ul_Zq">
    <li class="item_a1"><b>王小姐</b><span>好的谢谢</span><i>09:12</i></li>
    <li class="item_a1"><b>阿杰</b><span>什么时候发货</span><i>09:30</i></li>
    <li class="item_a1"><b>小鹿乱撞</b><span>退回去的运费谁出</span><i>09:58</i></li>
  </ul></aside>
  <main class="col_main_9f">
    <div class="msgs_x7Yt">
      <div class="row_1aB row_left_3c"><span class="nick_77">小鹿乱撞</span><span class="time_99">今天 09:50</span><div class="bubble_q1">收到的颜色和图片不一样</div></div>
      <div class="row_1aB row_right_8d"><span class="time_99">今天 09:51</span><div class="bubble_q1">亲，麻烦拍张照片给我看看</div></div>
      <div class="row_1aB row_right_8d robot_ff"><div class="bubble_q1">【自动回复】您好，客服马上为您服务</div></div>
      <div class="tip_center_4"><span>系统：买家已申请退款</span></div>
      <div class="row_1aB row_left_3c"><span class="time_99">今天 09:58</span><div class="bubble_q1">退回去的运费谁出？</div></div>
    </div>
    <div class="editor_wrap"><textarea class="ta_0"></textarea><button>发送</button></div>
  </main>
</div>`;

describe('structural chat reader', () => {
  it('splits class names into words', () => {
    expect(words('chatMessage_right msg-isMe')).toEqual(['chat', 'message', 'right', 'msg', 'is', 'me']);
  });

  it('reads each bubble of a row that groups several messages of one sender', () => {
    const d = page(`<ol class="msgs_a1"><li class="group_g incoming_i"><span class="av">MO</span><div class="stack_s"><div class="sender_n">Marcus · 9:38 AM</div><div class="Message_bubble_b">Hi! I ordered two crews</div><div class="Message_bubble_b">Can one be a size L?</div></div></li>
      <li class="group_g outgoing_o"><div class="stack_s"><div class="sender_n">Dana · 9:45 AM</div><div class="Message_bubble_b">Sure, I put it on hold</div></div></li>
      <li class="group_g incoming_i"><div class="stack_s"><div class="Message_bubble_b">Thanks!</div></div></li></ol><textarea></textarea>`);
    expect(structuralMessages(d, () => undefined).map((m) => [m.role, m.text])).toEqual([['buyer', 'Hi! I ordered two crews'], ['buyer', 'Can one be a size L?'], ['seller', 'Sure, I put it on hold'], ['buyer', 'Thanks!']]);
  });

  it('tells the sides apart by the words in class names; bots and notices are system', () => {
    const d = page(CONSOLE);
    const rows = [...d.querySelector('.msgs_x7Yt')!.children];
    expect(rows.map(rowRole)).toEqual(['buyer', 'seller', 'system', 'system', 'buyer']);
  });

  it('finds the conversation, not the side list of other buyers', () => {
    expect(findMessageList(page(CONSOLE))?.className).toBe('msgs_x7Yt');
  });

  it('reads the messages with their times, oldest first', () => {
    const m = structuralMessages(page(CONSOLE), zhTime);
    expect(m.filter((x) => x.role === 'buyer').map((x) => x.text)).toEqual(['收到的颜色和图片不一样', '退回去的运费谁出？']);
    expect(m[0].time).toBe('2026-11-25T09:50:00+08:00');
    expect(m.map((x) => x.role)).toEqual(['buyer', 'seller', 'system', 'system', 'buyer']);
  });

  it('reads side by inline layout when class names say nothing', () => {
    const d = page(`<div><div id="l">
      <div style="display:flex;justify-content:flex-start"><p>在吗</p></div>
      <div style="display:flex;justify-content:flex-end"><p>在的亲</p></div>
      <div style="display:flex;justify-content:flex-start"><p>快递到哪了</p></div>
    </div><div contenteditable="true"></div></div>`);
    expect(structuralMessages(d, zhTime).map((x) => `${x.role}:${x.text}`)).toEqual(['buyer:在吗', 'seller:在的亲', 'buyer:快递到哪了']);
  });

  it('reads the side from data attributes and inbound/outbound, and the text without the name and time', () => {
    const d = page(`<div><div class="thread">
      <div class="m m--inbound" data-sender-type="BUYER"><div class="m__meta"><span class="m__sender">Michael Torres</span> <span class="m__time">Nov 29, 2026 9:12 AM</span></div><div class="m__bubble">Has it shipped?</div></div>
      <div class="m" data-sender-type="SELLER"><div class="m__meta"><span class="m__sender">You</span></div><div class="m__bubble">Yes, on Monday.</div></div>
      <div class="LayoutWrapper_msgContent"><div class="beforeMsgBody"><span class="nick">桃子汽水</span><span class="time">12-03 09:28:00</span></div><div class="msgBody" data-direction="incoming"><pre>行，谢谢</pre></div></div>
    </div><textarea></textarea></div>`);
    expect(structuralMessages(d, zhTime).map((x) => `${x.role}:${x.text}`)).toEqual(['buyer:Has it shipped?', 'seller:Yes, on Monday.', 'buyer:行，谢谢']);
  });

  it('never invents messages: rows that say nothing of their side are left out', () => {
    const d = page(`<div><div><p>一</p><p>二</p><p>三</p></div><textarea></textarea></div>`);
    expect(structuralMessages(d, zhTime)).toEqual([]);
  });

  it('fills in a known platform’s chat page whose selectors found nothing', () => {
    const s = readPage(page(CONSOLE), 'https://im.kwaixiaodian.com/workbench', NOW);
    expect(s.pageKind).toBe('chat');
    expect(s.messages?.filter((m) => m.role === 'buyer').pop()?.text).toBe('退回去的运费谁出？');
    expect(s.confidence.messages).toBeLessThan(0.9);
  });

  it('puts a thread drawn newest first (rows newest at the top, shown column-reverse) back in time order', () => {
    const rows = CONSOLE.match(/^ {6}<div class="(?:row|tip).*$/gm)!;
    const reversed = CONSOLE.replace(rows.join('\n'), [...rows].reverse().join('\n')).replace('class="msgs_x7Yt"', 'class="msgs_x7Yt" style="display:flex;flex-direction:column-reverse"');
    const read = (html: string) => readPage(page(html), 'https://kefu.example-shop.test/workbench', NOW).messages?.map((m) => m.text);
    expect(read(reversed)).toEqual(read(CONSOLE));
    expect(read(reversed)?.at(-1)).toBe('退回去的运费谁出？');
  });

  it('takes the order named only by a link\'s text from the block that holds the parcel (not the first order link)', () => {
    const side = `<aside><h3>Orders</h3><div class="c1"><a href="https://admin.example.test/orders/5901">#KO1019</a><span>$58.00</span></div>
      <div class="c2"><a href="https://admin.example.test/orders/6012847719431">#KO1047</a><div><span>Carrier</span><span>UPS</span></div><div><span>Tracking number</span><span>1Z8V37W40395681244</span></div></div></aside>`;
    const s = readPage(page(CONSOLE + side), 'https://kefu.example-shop.test/workbench', NOW);
    expect([s.orderId, s.logistics?.trackingNo]).toEqual(['#KO1047', '1Z8V37W40395681244']);
    expect(readPage(page(CONSOLE + side.replace('1Z8V37W40395681244', '')), 'https://kefu.example-shop.test/workbench', NOW).orderId).toBeUndefined();
  });

  it('reads a chat on a site without a reader', () => {
    const s = readPage(page(CONSOLE), 'https://kefu.example-shop.test/workbench', NOW);
    expect(s.platform).toBe('unknown');
    expect(s.pageKind).toBe('chat');
    expect(s.messages?.filter((m) => m.role === 'buyer').length).toBe(2);
  });
});

describe('cardRole', () => {
  it('an order card sent into the chat is a system row; a typed message that starts with the id is not', () => {
    expect(cardRole('buyer', '订单号：2432619087745310待发货 禾木 日式实木收纳凳 ¥69.00 x2 共2件')).toBe('system');
    expect(cardRole('buyer', 'Order ID: 111-4482093-7715436 Harbor & Pine Candle Set Qty: 2 $24.99')).toBe('system');
    expect(cardRole('buyer', '订单号2419077788123456，退款怎么还没到账？')).toBe('buyer');
    expect(cardRole('buyer', '就是这个订单')).toBe('buyer');
    // Amazon's shared order: the id, the goods and the quantity, no price.
    expect(cardRole('buyer', 'Order 114-2276408-9031462Cedar & Pine Acacia Wood Cutting Board Set, 3 PieceQty: 1')).toBe('system');
    expect(cardRole('buyer', 'Order 114-2276408-9031462 still has not arrived')).toBe('buyer');
    // The console's card of where the buyer came in from is not the buyer's words; words about a page are.
    expect(cardRole('buyer', '买家从商品详情页进入 双面羊毛呢大衣 ¥299.00')).toBe('system');
    expect(cardRole('buyer', '从详情页进不去了')).toBe('buyer');
    // Nor is its card of the goods the buyer is looking at (blind set 26); the buyer's own "正在看" is.
    expect(cardRole('buyer', '买家正在看 山岚 秋冬户外冲锋衣 ¥399.00¥599.00')).toBe('system');
    expect(cardRole('buyer', '正在看物流，怎么还没到')).toBe('buyer');
  });
  it('a product card a buyer shares (its price and a link to its page) is a system row; a question with a link is not', () => {
    const row = (html: string) => new DOMParser().parseFromString(`<div>${html}</div>`, 'text/html').body.firstElementChild!;
    const card = row('<strong>Linen Duvet Cover</strong><span>Sage / Full-Queen · $148.00</span><a href="/store/x/products/8840220590353">View product</a>');
    expect(cardRole('buyer', 'Linen Duvet Cover Sage / Full-Queen · $148.00 View product', card)).toBe('system');
    const ask = row('Is this $148.00 one in stock? <a href="/store/x/products/8840220590353">link</a>');
    expect(cardRole('buyer', 'Is this $148.00 one in stock? link', ask)).toBe('buyer');
    expect(cardRole('buyer', 'Linen Duvet Cover · $148.00', row('<p>Linen Duvet Cover · $148.00</p>'))).toBe('buyer');
    // A row read as a picture that prints a price is a product card (picture, name, price); a photo prints none.
    expect(cardRole('buyer', '[图片]', row('<img alt=""><p>暖光里 E27螺口LED灯泡 3只装</p><p>¥12.90</p>'))).toBe('system');
    expect(cardRole('buyer', '[图片]', row('<img alt="" src="photo.jpg">'))).toBe('buyer');
    // The console's caption of a shared card, as the text or as a line of the row.
    expect(cardRole('buyer', 'Order shared from Order status page · 10:04 AM')).toBe('system');
    expect(cardRole('seller', 'Ellie Marsh shared an order · 14:07')).toBe('system');
    expect(cardRole('buyer', 'Dinner Plate – Single', row('<div><b>Dinner Plate – Single</b><small>Oat · In stock</small></div><div>Product shared · 12:30 PM</div>'))).toBe('system');
    expect(cardRole('buyer', 'I shared my order number with you yesterday', row('<p>I shared my order number with you yesterday</p>'))).toBe('buyer');
    // An order card whose shown line is the goods' name: another line gives its order id, another its price.
    const order = row('<div class="t">我要咨询的订单</div><div>订单号：3981026637459012884</div><div class="muted">禾野明前龙井2026新茶特级 250g</div><div>实付 ¥168.00 · 卖家已发货</div>');
    expect(cardRole('buyer', '禾野明前龙井2026新茶特级 250g', order)).toBe('system');
    expect(cardRole('buyer', '这个订单怎么还没发', row('<p>订单号：3981026637459012884</p><p>这个订单怎么还没发</p>'))).toBe('buyer');
    // A card without a price: its goods' name, and an element holding only the id and its status after a dot.
    const shared = row('<div class="title">胡桃木桌面收纳盒 三层</div><div class="meta">订单号 2418009355217764 · 已发货</div>');
    expect(cardRole('buyer', '胡桃木桌面收纳盒 三层订单号 2418009355217764 · 已发货', shared)).toBe('system');
    expect(cardRole('buyer', '订单号 2418009355217764 · 已发货', row('<p>订单号 2418009355217764 · 已发货</p>'))).toBe('buyer');
    // The id in an element of its own, the status in the next, the goods' name above: a card.
    const split = row('<div><div>青花缠枝碗碟盘 18头</div><div>订单号：4103958276640117529</div><div>卖家已发货</div></div>');
    expect(cardRole('buyer', '青花缠枝碗碟盘 18头订单号：4103958276640117529卖家已发货', split)).toBe('system');
  });
});

describe('structuralMessages quotes', () => {
  it('a reply\'s text leaves out the message it quotes', () => {
    const row = (cls: string, text: string) => `<div class="${cls}"><div class="bubble"><div class="meta">x</div><div class="content">${text}</div></div></div>`;
    const doc = new DOMParser().parseFromString(`<body><div class="list">${row('message_row__1m message_row--self__3s', '付款后48小时内发出')}${row('message_row__1m', '<div class="reply-quote">付款后48小时内发出</div>说好48小时发的')}${row('message_row__1m message_row--self__3s', '马上查')}${row('message_row__1m', '快点')}</div><textarea></textarea></body>`, 'text/html');
    expect(structuralMessages(doc, () => undefined).map((m) => m.text)).toEqual(['付款后48小时内发出', '说好48小时发的', '马上查', '快点']);
  });
});

describe('structuralMessages attachments', () => {
  it('a row\'s meta line (name · time) is not its text; a picture sent as a file shows as a picture message', () => {
    const row = (dir: string, inner: string) => `<div class="msg msg--${dir}"><div class="msg__bubble"><div class="msg__meta"><span>Devon Park</span> · <time>9:14 AM</time></div>${inner}</div></div>`;
    const doc = new DOMParser().parseFromString(`<title>Messages</title><body><div class="list">${row('inbound', '<pre class="msg__body">The tray is cracked.</pre>')}${row('inbound', '<a class="attachment" role="img" aria-label="Attachment"></a><div class="muted">tray_crack.jpg · 1.2 MB</div>')}${row('outbound', '<pre class="msg__body">Sorry! Sending a new one.</pre>')}${row('inbound', '<pre class="msg__body">Thanks</pre>')}</div><textarea></textarea></body>`, 'text/html');
    expect(structuralMessages(doc, () => undefined).map((m) => m.text)).toEqual(['The tray is cracked.', '[image]', 'Sorry! Sending a new one.', 'Thanks']);
  });
  it('a sender line is not the text; an attachment shown by its size and a link is a picture', () => {
    const row = (dir: string, inner: string) => `<div class="bsm-message bsm-message-${dir}"><div class="sender">Nat Greer</div>${inner}<div class="meta">Nov 30, 2026 8:13 AM</div></div>`;
    const doc = new DOMParser().parseFromString(`<title>Messages</title><body><div class="list">${row('inbound', '<div class="body">The hem is pulled.</div>')}${row('inbound', '<div class="att"><img alt="Attachment" src="x.gif"><div class="fn">towel.jpg<br><span>412 KB · <a href="#">Download</a></span></div></div>')}${row('outbound', '<div class="body">Sorry about that.</div>')}${row('inbound', '<div class="body">ok</div>')}</div><textarea></textarea></body>`, 'text/html');
    expect(structuralMessages(doc, () => undefined).map((m) => m.text)).toEqual(['The hem is pulled.', '[image]', 'Sorry about that.', 'ok']);
  });
  it('a picture row whose name and time sit in spans of its meta line reads as a picture, not the name', () => {
    const row = (side: string, inner: string) => `<div class="msg-row_row__Q7 msg-row_${side}__4b"><div class="msg-row_body__3H"><div class="msg-row_meta__2K"><span>橘子汽水ya</span><span>21:58:09</span></div>${inner}</div></div>`;
    const doc = new DOMParser().parseFromString(`<title>接待</title><body><div class="list">${row('left', '<div class="bubble_text__1F"><pre>盘子碎了</pre></div>')}${row('right', '<div class="bubble_text__1F"><pre>麻烦拍照</pre></div>')}${row('left', '<div class="bubble_image__2T"><img alt="图片" src="p.jpg"></div>')}${row('left', '<div class="bubble_text__1F"><pre>拍好了</pre></div>')}</div><textarea></textarea></body>`, 'text/html');
    expect(structuralMessages(doc, () => undefined).map((m) => m.text)).toEqual(['盘子碎了', '麻烦拍照', '[图片]', '拍好了']);
  });
});

describe('rowRoles', () => {
  it('a row of the same kind without the one side\'s mark is the other side\'s', () => {
    const row = (cls: string, text: string) => `<div class="${cls}"><div class="bubble"><div class="meta">x</div><div class="content">${text}</div></div></div>`;
    const doc = new DOMParser().parseFromString(`<body><div class="list">${row('message_row__1m', '茶叶罐子压扁了')}${row('message_row__1m message_row--self__3s', '亲，麻烦拍照')}<div class="message_time__2b">11-18 09:12</div>${row('message_row__1m', '照片传了')}${row('message_row__1m message_row--self__3s', '收到')}</div><textarea></textarea></body>`, 'text/html');
    expect(structuralMessages(doc, () => undefined).map((m) => m.role)).toEqual(['buyer', 'seller', 'buyer', 'seller']);
  });
  it('with both sides marked, an unmarked row (a picture) whose classes are exactly one side\'s rows\' is that side\'s', () => {
    const doc = new DOMParser().parseFromString(`<title>接待中心</title><body><div class="wrap">
      <div class="chatRow--E"><div class="name">橙子 14:02</div><div class="chatTextLeft--M">碗碎了两只</div></div>
      <div class="chatRow--E"><div class="name">橙子 14:03</div><img class="chatImage--G" alt="[图片]" src="a.jpg"></div>
      <div class="chatRow--E chatRowRight--Q"><div class="name">小店 14:05</div><div class="chatTextRight--H">亲，麻烦拍一下外箱</div></div>
      <div class="chatRow--E"><div class="name">橙子 14:07</div><div class="chatTextLeft--M">外箱是好的</div></div>
      <div class="chatRow--E chatRowRight--Q"><div class="name">小店 14:08</div><div class="chatTextRight--H">好的</div></div>
      </div><textarea></textarea></body>`, 'text/html');
    expect(structuralMessages(doc, () => undefined).map((m) => `${m.role}:${m.text}`)).toEqual(['buyer:碗碎了两只', 'buyer:[图片]', 'seller:亲，麻烦拍一下外箱', 'buyer:外箱是好的', 'seller:好的']);
  });
  it('with class names that say nothing (hashed) the page\'s own layout tells the sides: right is the shop, centred a notice', () => {
    const doc = new DOMParser().parseFromString(`<html><head><title>接待中心</title><style>
      .sc-a { display: flex; align-items: flex-start; } .sc-b { flex-direction: row-reverse; } .sc-c { text-align: center; }
    </style></head><body><div class="sc-w">
      <div class="sc-a"><img alt="" src="a.png"><div class="sc-t">杯子裂了一道缝</div></div>
      <div class="sc-a sc-b"><img alt="" src="b.png"><div class="sc-t">亲，麻烦拍张照片</div></div>
      <div class="sc-c"><span>今天 10:02</span></div>
      <div class="sc-a"><img alt="" src="a.png"><div class="sc-t">照片发了</div></div>
      <div class="sc-x">会话已转接给客服小满</div>
      <div class="sc-a sc-b"><img alt="" src="b.png"><div class="sc-t">收到，马上给您补发</div></div>
      </div><textarea></textarea></body></html>`, 'text/html');
    expect(structuralMessages(doc, () => undefined).filter((m) => m.role !== 'system').map((m) => `${m.role}:${m.text}`)).toEqual(['buyer:杯子裂了一道缝', 'seller:亲，麻烦拍张照片', 'buyer:照片发了', 'seller:收到，马上给您补发']);
  });
  it('a message of emoji pictures only is its emoji codes; the avatar\'s name is not one', () => {
    const doc = new DOMParser().parseFromString(`<title>接待中心</title><body><div class="wrap">
      <div class="chatRow--E"><img class="avatar--A" alt="豆豆爱吃橘子" src="a.png"><div class="name">豆豆爱吃橘子 10:20</div><div class="chatTextLeft--M">线头抽出来了</div></div>
      <div class="chatRow--E"><img class="avatar--A" alt="豆豆爱吃橘子" src="a.png"><div class="name">豆豆爱吃橘子 10:21</div><div class="chatTextLeft--M"><img class="emoji--e" alt="[捂脸]" src="e.gif"><img class="emoji--e" alt="[捂脸]" src="e.gif"></div></div>
      <div class="chatRow--E chatRowRight--Q"><div class="name">小店 10:22</div><div class="chatTextRight--H">亲，非常抱歉</div></div>
      </div><textarea></textarea></body>`, 'text/html');
    expect(structuralMessages(doc, () => undefined).map((m) => `${m.role}:${m.text}`)).toEqual(['buyer:线头抽出来了', 'buyer:[捂脸][捂脸]', 'seller:亲，非常抱歉']);
  });
});

describe('the buyer name a conversation shows', () => {
  const rows = (buyer: string[], shop: string[]) => page(`<div class="list">${[
    ...buyer.map((n, i) => `<div class="msg left"><span class="msg-name">${n}</span><span class="msg-time">10:0${i}</span><div class="bubble">问题${i}</div></div>`),
    ...shop.map((n, i) => `<div class="msg right"><img alt="${n}"><div class="bubble">回复${i}</div></div>`),
  ].join('')}</div><textarea></textarea>`);

  it('is the sender name on two or more buyer rows', () => {
    expect(buyerNameInChat(rows(['小鹿乱撞', '小鹿乱撞', '小鹿乱撞'], ['客服小美', '客服小美']))).toBe('小鹿乱撞');
  });
  it('comes from the avatar alt text when rows carry no name element', () => {
    const doc = page(`<div class="list">${[0, 1, 2].map((i) => `<div class="buyer-item"><img alt="拾光"><p class="text">话${i}</p></div><div class="cs-item"><img alt="客服"><p class="text">答${i}</p></div>`).join('')}</div><textarea></textarea>`);
    expect(buyerNameInChat(doc)).toBe('拾光');
  });
  it('takes the sender line\'s name without the time after it, and the name the chat box addresses', () => {
    const row = (side: string, meta: string, text: string) => `<div class="message_row ${side}"><div class="bubble"><div class="message_meta">${meta}</div><div class="message_content">${text}</div></div></div>`;
    const doc = new DOMParser().parseFromString(`<body><div class="list">${row('', '茶茶不加糖 09:20', '照片传了')}${row('message_row--self', '阿木家的茶:小满 09:24', '收到')}${row('', 'Marcus Oyelaran · 9:41 AM', '另一罐没问题')}${row('', '茶茶不加糖', '多久到账')}</div><textarea></textarea></body>`, 'text/html');
    expect(buyerNameInChat(doc)).toBe('茶茶不加糖');
    const box = new DOMParser().parseFromString('<body><div role="textbox" contenteditable="true" aria-label="Reply to Aiyana Brooks"></div></body>', 'text/html');
    expect(replyToName(box)).toBe('Aiyana Brooks');
    expect(replyToName(new DOMParser().parseFromString('<body><textarea placeholder="输入内容，按Enter发送"></textarea></body>', 'text/html'))).toBeUndefined();
    // Seller Central's Katal editor: "Type your reply to Renee Whitaker".
    expect(replyToName(new DOMParser().parseFromString('<body><kat-textarea placeholder="Type your reply to Renee Whitaker"></kat-textarea></body>', 'text/html'))).toBe('Renee Whitaker');
  });

  it('takes the name a sender line sets in bold before the message', () => {
    const row = (side: string, name: string, text: string) => `<div class="msg msg--${side}"><div class="meta"><b>${name}</b> · 9:41 AM</div><div class="bubble">${text}</div></div>`;
    const doc = new DOMParser().parseFromString(`<body><div class="thread">${row('inbound', 'Priya Raman', 'Hi, my candles have not come')}${row('outbound', 'You (Dana K.)', 'Sorry, let me check')}${row('inbound', 'Priya Raman', 'Thanks')}${row('outbound', 'You (Dana K.)', 'A replacement ships today')}</div><textarea></textarea></body>`, 'text/html');
    expect(buyerNameInChat(doc)).toBe('Priya Raman');
  });
  it('is nothing when two names compete, a name shows once, or the shop carries it', () => {
    expect(buyerNameInChat(rows(['甲', '甲', '乙', '乙'], ['客服', '客服']))).toBeUndefined();
    expect(buyerNameInChat(rows(['甲', '乙', '丙'], ['客服', '客服']))).toBeUndefined();
    expect(buyerNameInChat(rows(['店小二', '店小二'], ['店小二', '客服']))).toBeUndefined();
  });
});
