import { classify } from './index';
import type { ScenarioId } from '../scenarios';
import { SCENARIO_IDS } from '../scenarios';
import type { PageSnapshot } from '../snapshot';

type Row = [messages: string[], top1: ScenarioId | ScenarioId[], top3?: ScenarioId[]];

// Our own buyer messages, written for these tests (zh and en, slang, masks, emoji).
const TABLE: Row[] = [
  // return_refund
  [['这个裙子我不想要了，怎么寄回去'], 'return_refund'],
  [['七天无理由能退吗？包装都还在'], 'return_refund'],
  [['退货的运费谁出？我买了运费险的'], 'return_refund'],
  [['I want to return these shoes and get my money back'], 'return_refund'],
  [['快递还在路上，我想拦截一下不要了'], 'return_refund'],
  // refund_only
  [['申请了仅退款，钱什么时候到账'], 'refund_only'],
  [['退款都三天了还没到账，咋回事'], 'refund_only'],
  [['The refund still has not shown up on my card'], 'refund_only'],
  // exchange
  [['鞋子小了，能给我换大一码吗'], 'exchange'],
  [['想换成白色的，可以调换吗'], 'exchange'],
  [['Can I exchange this jacket for a medium?'], 'exchange'],
  // quality_issue
  [['屏幕坏了，开机就黑屏'], 'quality_issue'],
  [['才穿两天鞋底就开胶了'], 'quality_issue'],
  [['充电器插上去充不进电 😩'], 'quality_issue'],
  [['The blender is defective, it stopped working after one use'], 'quality_issue'],
  [['杯子有一股很重的塑料味'], 'quality_issue'],
  // goal beats cause
  [['质量太差了，我要退货'], 'return_refund', ['quality_issue']],
  [['衣服有破洞，给我换一件新的'], 'exchange', ['quality_issue']],
  // wrong_item
  [['我买的黑色，发来的是灰色，发错了吧'], 'wrong_item'],
  [['少发了一件，只收到一条裤子'], 'wrong_item'],
  [['说好的赠品怎么没有给'], 'wrong_item'],
  [['I received the wrong item, this is not what I ordered'], 'wrong_item'],
  [['打开是空盒子，里面什么都没有'], 'wrong_item'],
  // urge_dispatch
  [['拍了三天了怎么还不发货'], 'urge_dispatch'],
  [['亲，今天能发出吗？急用'], 'urge_dispatch'],
  [['When will my order ship? It has been a week'], 'urge_dispatch'],
  // shipping_query
  [['我的快递到哪了'], 'shipping_query'],
  [['发的什么快递？单号给我一下'], 'shipping_query'],
  [['Where is my parcel? Can you send me the tracking number?'], 'shipping_query'],
  [['明天能送到吗'], 'shipping_query'],
  // shipping_exception
  [['物流五天没更新了，是不是丢件了'], 'shipping_exception'],
  [['显示已签收，可我根本没收到'], 'shipping_exception'],
  [['My package says delivered but it never arrived'], 'shipping_exception'],
  [['Order is delayed again, it was supposed to arrive Monday'], 'shipping_exception'],
  // change_order
  [['地址填错了，帮我改成公司地址'], 'change_order'],
  [['拍错颜色了，能帮我取消订单吗'], 'change_order'],
  [['Please cancel my order, I placed it by mistake'], 'change_order'],
  [['电话号码写错了，改一下'], 'change_order'],
  // price_protection
  [['我刚买完就降价了，能补差价吗'], 'price_protection'],
  [['优惠券没用上，少优惠了二十块'], 'price_protection'],
  [['The price dropped two days after I bought it, can I get a price adjustment?'], 'price_protection'],
  // warranty_usage
  [['这个净水器怎么安装？有说明书吗'], 'warranty_usage'],
  [['保修期是多久？坏了去哪里维修'], 'warranty_usage'],
  [['How do I set up the camera with my phone?'], 'warranty_usage'],
  // invoice
  [['麻烦开一张发票，抬头写公司'], 'invoice'],
  [['能开增值税专票吗，税号我发你'], 'invoice'],
  [['Can you send me an invoice with VAT for this order?'], 'invoice'],
  // payment
  [['付款一直失败，支付不了怎么办'], 'payment'],
  [['我被扣了两次钱！'], 'payment'],
  [['I was charged twice for the same order'], 'payment'],
  [['可以用花呗分期吗'], 'payment'],
  // complaint (with and without threats)
  [['你们再不处理我就投诉到12315'], 'complaint'],
  [['你们这客服态度也太差了'], 'complaint'],
  [['I will contact my lawyer if this is not fixed'], 'complaint'],
  [['Your customer service is terrible and unprofessional'], 'complaint'],
  // review
  [['好评返现怎么领？'], 'review'],
  [['之前给的评价能改吗，我想追评一下'], 'review'],
  [['How do I edit the review I left last week?'], 'review'],
  // cross_border
  [['海外直邮要交关税吗'], 'cross_border'],
  [['清关需要我的身份证吗'], 'cross_border'],
  [['Will I have to pay customs duty on this?'], 'cross_border'],
  // presale
  [['这款有没有货？什么材质的'], 'presale'],
  [['我165斤穿多大码'], 'presale'],
  [['能便宜点吗？包邮吗'], 'presale'],
  [['Is this available in stock in size 10?'], 'presale'],
  // other
  [['你好'], 'other'],
  [['好的，谢谢亲'], 'other'],
  [['thanks!'], 'other'],
  [['我的账号登录不上，验证码收不到'], 'other'],
  // slang, masks, traditional characters
  [['肿么还木有发货啊'], 'urge_dispatch'],
  [['订单[订单x]的快递到哪了'], 'shipping_query'],
  [['订单 241118-083155271036412 神马时候发货'], 'urge_dispatch'],
  [['Order 123-4567890-1234567 has not arrived yet, still waiting'], 'shipping_exception'],
  [['東西壞了，我要退貨'], 'return_refund'],
  [['發票什麼時候開'], 'invoice'],
  // negation and retraction
  [['鞋子有点大想换货', '算了不用换了，就这样吧'], 'other'],
  [['物流好几天没动了', '已经收到了，谢谢'], 'other'],
  [['Where is my package?', 'never mind, it arrived'], 'other'],
  [['不是质量问题，就是颜色发错了'], 'wrong_item'],
  [['我想退货', '不退了，我换个码吧'], 'exchange'],
  // more phrasing variety
  [["my kindle won't hold a charge anymore, any fix?"], 'quality_issue'],
  [['ordered a phone case, got a screen protector instead. what now?'], 'wrong_item'],
  [['your driver left my parcel in the rain and now the box is soaked'], 'shipping_exception'],
  [['how long does a refund take to hit my bank after you receive the return?'], 'refund_only'],
  [['the echo dot keeps disconnecting from wifi every hour'], 'quality_issue'],
  [['the price of the TV dropped by $100 the day after I bought it. can you refund the difference?'], 'price_protection'],
  [['does this lens fit a canon 80d?'], 'presale'],
  [['my order from the US got stuck in customs, do I have to pay import fees?'], 'cross_border'],
  [['got my replacement today, all good now cheers'], 'other'],
  [["still no sign of my parcel, it's been 10 days"], 'shipping_exception'],
  [['包裹一直显示在派送中，三天了'], 'shipping_exception'],
  [['我付了两次钱，退一笔给我'], 'payment'],
  [['收到的杯子是裂的'], 'quality_issue'],
  [['买了两件只到了一件'], 'wrong_item'],
  [['这个能用多久，电池能换吗'], 'warranty_usage'],
  [['帮我取消一下，不想要了'], 'change_order'],
  [['我给你们好评了，返现什么时候给'], 'review'],
  [['你们再拖我就找消协'], 'complaint'],
  [['订单显示已出库两天了，物流信息一直没变'], 'shipping_exception'],
  [['我这单能不能开公司的票'], 'invoice'],
  [['为什么我的优惠券用不了'], 'price_protection'],
  [['帮我把送货时间改到周六'], 'change_order'],
  [['收货人写错了，能改吗'], 'change_order'],
  [['满减活动到什么时候'], 'presale'],
  [['已经签收了，谢谢'], 'other'],
  [['显示签收了，可我不知道是谁帮我签收了'], 'shipping_exception'],
  [['鞋子磨脚，穿不了，想退'], 'return_refund'],
  [['快递被别人签收了，我没拿到'], 'shipping_exception'],
  [['把你们的退货地址给我，我明天寄'], 'return_refund'],
  [['吊牌已经剪了还能寄回去吗'], 'return_refund'],
  [['订单号不是这个'], 'other'],
  [['发票开好了吗 发到 someone@example.com'], 'invoice'],
  [["The courier marked it as no one home but I was in all day"], 'shipping_exception'],
  [['the driver claimed the office was closed, it was open till 7'], 'shipping_exception'],
  [["They never collected my return, the box is still in my hallway"], 'return_refund'],
  [['How do I merge two accounts into one?'], 'other'],
  [['I emailed you twice about my refund and got nothing back'], 'refund_only'],
  // multi-intent: several scenarios reported
  [['发票还没开，另外快递到哪了'], ['invoice', 'shipping_query'], ['invoice', 'shipping_query']],
  [['屏幕有划痕，怎么申请保修？'], ['quality_issue', 'warranty_usage'], ['quality_issue', 'warranty_usage']],
];

describe('classify: scenario table', () => {
  it('covers every scenario id', () => {
    const covered = new Set(TABLE.flatMap(([, t]) => (Array.isArray(t) ? t : [t])));
    for (const id of SCENARIO_IDS) expect(covered.has(id), id).toBe(true);
    expect(TABLE.length).toBeGreaterThanOrEqual(60);
  });

  // A learned model is judged as a whole: it must get nine in ten of these hand-written cases
  // first (the misses are printed), and all of them within its top three.
  it('names ≥ 90 % of the table first and has every expected id in its top three', () => {
    const misses: string[] = [];
    let top3 = 0;
    for (const [messages, top1, want3] of TABLE) {
      const r = classify({ messages });
      const first = r.scenarios[0]?.id;
      const ok = Array.isArray(top1) ? top1.includes(first) : first === top1;
      if (!ok) misses.push(`${JSON.stringify(messages)} → ${first} (want ${top1})`);
      const ids3 = r.scenarios.slice(0, 3).map((s) => s.id);
      const need = want3 ?? (Array.isArray(top1) ? top1.slice(0, 1) : [top1]);
      if (need.every((id) => ids3.includes(id)) || (Array.isArray(top1) && top1.some((id) => ids3.includes(id)))) top3++;
      else misses.push(`${JSON.stringify(messages)}: top 3 ${ids3.join(',')} lacks ${need.join(',')}`);
    }
    console.log(`scenario table: ${TABLE.length} cases; misses:\n  ${misses.join('\n  ')}`);
    expect(misses.filter((m) => m.includes('(want')).length / TABLE.length).toBeLessThanOrEqual(0.1);
    expect(top3 / TABLE.length).toBeGreaterThanOrEqual(0.95);
  });
});

describe('classify: a later turn takes a need back', () => {
  it('an arrival that closes the turn takes the parcel question back; one the turn goes on about does not', () => {
    expect(classify({ messages: ['快递到哪了', '哦 到了 谢谢亲'] }).scenarios[0].id).toBe('other');
    expect(classify({ messages: ['where is my parcel??', 'found it, thanks lol'] }).scenarios[0].id).toBe('other');
    // A damaged box on arrival, a question about the arrival: the need stands.
    for (const t of ['快递到了 外盒烂了 里面的瓶子漏了一半', '包裹到了外包装全烂了 里面杯子倒是没事', '快递到了 | 纸箱湿了一角 | 绘本都泡皱了']) {
      expect(classify({ messages: t.split(' | ') }).scenarios[0].id, t).toBe('shipping_exception');
    }
    // An arrival the buyer goes on chasing after is part of the story (at the depot), not the end of it.
    expect(classify({ messages: ['快递怎么还没到', '昨天就到了', '今天还没人送'] }).scenarios[0].id).not.toBe('other');
    // A later turn that asks about the arrival takes nothing back.
    expect(classify({ messages: ['快递到哪了', '到了会先打电话吗'] }).scenarios[0].id).toBe('shipping_query');
  });

  it('a request withdrawn is still what the chat is about (the agent cancels it); a new need said with it comes first', () => {
    expect(classify({ messages: ['这条裙子我想退货', '算了 不退了'] }).scenarios[0].id).toBe('return_refund');
    expect(classify({ messages: ['地址写错了 帮我改一下', '哦 不用改了 我跟快递说好了'] }).scenarios[0].id).toBe('change_order');
    expect(classify({ messages: ['我想退货', '不退了，我换个码吧'] }).scenarios[0].id).toBe('exchange');
  });
});

describe('classify: a short line whose need cannot be told is a fragment', () => {
  it('other comes first, the model\'s guesses follow it', () => {
    for (const t of ['就说能不能吧', '掌柜的忙不', '零钱里也木有']) {
      const r = classify({ messages: [t] });
      expect(r.scenarios[0].id, t).toBe('other');
      expect(r.scenarios.slice(1).some((s) => s.score > r.scenarios[0].score), t).toBe(true);
    }
  });
  it('a short line that names its need, or a longer one the model is unsure of, keeps its reading', () => {
    for (const [t, id] of [['退货', 'return_refund'], ['到哪了', 'shipping_query'], ['还没到账', 'refund_only']] as const) expect(classify({ messages: [t] }).scenarios[0].id, t).toBe(id);
    const long = classify({ messages: ['没收到货 怎么显示交易成功 你们看看是怎么回事'] });
    expect(long.scenarios[0].id).not.toBe('other');
  });
});

describe('classify: a complaint read as a lean, with no need close behind, is no complaint', () => {
  it('other comes first, complaint next to it', () => {
    const r = classify({ messages: ['@AmazonHelp 6 hours ago.'] });
    expect(r.scenarios.slice(0, 2).map((s) => s.id)).toEqual(['other', 'complaint']);
  });
  it('dissatisfaction said plainly, or a threat, stays a complaint', () => {
    for (const t of ['your customer service is the worst I have ever dealt with', '你们客服到底有没有人管 一直没人回', '@AmazonHelp fix this or I am filing a complaint with the BBB']) {
      expect(classify({ messages: [t] }).scenarios[0].id, t).toBe('complaint');
    }
  });
});

describe('classify: output shape', () => {
  it('ranks best first with scores in 0..1 and cues from the text', () => {
    const r = classify({ messages: ['衣服开线了，我要退货'] });
    expect(r.scenarios.length).toBeGreaterThan(0);
    for (let i = 1; i < r.scenarios.length; i++) expect(r.scenarios[i - 1].score).toBeGreaterThanOrEqual(r.scenarios[i].score);
    // Scores are rounded to 0.001: an alternative far behind may show 0.
    for (const s of r.scenarios) {
      expect(s.score).toBeGreaterThanOrEqual(0);
      expect(s.score).toBeLessThanOrEqual(1);
    }
    expect(r.scenarios[0].score).toBeGreaterThan(0.5);
    expect(r.scenarios[0].cues.some((c) => c.includes('退货'))).toBe(true);
  });

  it('returns other with no messages and ignores seller and system turns', () => {
    expect(classify({ messages: [] }).scenarios[0].id).toBe('other');
    const r = classify({
      messages: [
        { role: 'seller', text: '亲，您的发票已经开好了，退货地址也发您了' },
        { role: 'system', text: '系统消息：订单已发货' },
        { role: 'buyer', text: '好的谢谢' },
      ],
    });
    expect(r.scenarios[0].id).toBe('other');
  });

  it("uses the snapshot's chat when no messages are given", () => {
    const r = classify({
      messages: [],
      snapshot: { orderStage: 'to_ship', messages: [{ role: 'seller', text: '亲在的' }, { role: 'buyer', text: '我的东西到哪了' }] },
    });
    expect(r.scenarios[0].id).toBe('urge_dispatch');
  });

  it('a need the buyer comes back to outweighs one said once', () => {
    const r = classify({ messages: ['发票开一下', '对了，快递到哪了？', '快递到底到哪了'] });
    expect(r.scenarios[0].id).toBe('shipping_query');
    // The same two needs, the invoice now the one come back to.
    const r2 = classify({ messages: ['快递到哪了', '另外帮我开个发票', '发票抬头写公司'] });
    expect(r2.scenarios[0].id).toBe('invoice');
  });

  it('a turn that asks for one thing on its own is not drowned by the chat around it, and the alternatives stay the whole chat\'s', () => {
    // Read as one text, the hurry ("等着用") outweighs the plain question of where the parcel is.
    for (const chat of [['亲 前天拍的那床凉被', '到哪啦', '热得睡不着等着用呢'], ['你好 我买的电热毯', '现在到哪了', '冻死了等着用']]) {
      const r = classify({ messages: chat });
      expect(r.scenarios[0].id).toBe('shipping_query');
      // The whole text's own three first readings: a single turn brings no new alternative.
      const whole = classify({ messages: [chat.join(' ')] }).scenarios.slice(0, 3).map((s) => s.id).sort();
      expect(r.scenarios.slice(0, 3).map((s) => s.id).sort()).toEqual(whole);
    }
  });

  it('the need the first turn names weighs more than the same words said last (buyers state the need first)', () => {
    const dispatch = '什么时候发货呀 着急';
    const arrival = '后天能到吗 到不了的话今天能发出去不';
    const score = (messages: string[], id: string) => classify({ messages }).scenarios.find((s) => s.id === id)?.score ?? 0;
    expect(score([dispatch, arrival], 'urge_dispatch')).toBeGreaterThan(score([arrival, dispatch], 'urge_dispatch'));
    expect(score([arrival, dispatch], 'presale')).toBeGreaterThan(score([dispatch, arrival], 'presale'));
  });
});

describe('classify: page context shifts the ranking', () => {
  const snap = (s: Partial<PageSnapshot>) => s;

  it('to_ship: "where is it" reads as chasing dispatch', () => {
    const words = ['我的东西到哪了？'];
    expect(classify({ messages: words }).scenarios[0].id).toBe('shipping_query');
    expect(classify({ messages: words, snapshot: snap({ orderStage: 'to_ship' }) }).scenarios[0].id).toBe('urge_dispatch');
  });

  it('shipped: "has it shipped" reads as a tracking question', () => {
    const words = ['发货了吗'];
    expect(classify({ messages: words }).scenarios[0].id).toBe('urge_dispatch');
    expect(classify({ messages: words, snapshot: snap({ orderStage: 'shipped' }) }).scenarios[0].id).toBe('shipping_query');
  });

  it('an open return case lifts return_refund for a vague message', () => {
    const words = ['那现在怎么弄'];
    const plain = classify({ messages: words });
    const inCase = classify({ messages: words, snapshot: snap({ afterSales: { state: 'awaiting_return' } }) });
    expect(plain.scenarios[0].id).not.toBe('return_refund');
    expect(inCase.scenarios[0].id).toBe('return_refund');
    // Words that name no need are vague whatever the model leans to; a need named in them is not.
    expect(classify({ messages: ['ok so what happens now?'], snapshot: snap({ afterSales: { state: 'awaiting_return', kind: 'exchange' } }) }).scenarios[0].id).toBe('exchange');
    expect(classify({ messages: ['帮我开一张发票'], snapshot: snap({ afterSales: { state: 'awaiting_return' } }) }).scenarios[0].id).toBe('invoice');
  });

  it('the buyer words still dominate over the context', () => {
    const r = classify({ messages: ['帮我开一张发票'], snapshot: snap({ orderStage: 'to_ship', afterSales: { state: 'requested' } }) });
    expect(r.scenarios[0].id).toBe('invoice');
  });

  it('a buyer who says the parcel has left asks about the parcel, not the dispatch; asking whether it left is still dispatch', () => {
    expect(classify({ messages: ['显示已经出库了 到上海一般几天'] }).scenarios[0].id).toBe('shipping_query');
    expect(classify({ messages: ['it shipped on monday, how long to ohio usually'] }).scenarios[0].id).toBe('shipping_query');
    expect(classify({ messages: ['已经出库了吗'] }).scenarios[0].id).toBe('urge_dispatch');
    expect(classify({ messages: ['has it shipped yet?'] }).scenarios[0].id).toBe('urge_dispatch');
  });

  it('not shipped + money back = refund only; on its way + stop it = return', () => {
    expect(classify({ messages: ['不想要了，退款吧'], snapshot: snap({ orderStage: 'to_ship' }) }).scenarios[0].id).toBe('refund_only');
    expect(classify({ messages: ['我要拒收'], snapshot: snap({ orderStage: 'shipped' }) }).scenarios[0].id).toBe('return_refund');
  });

  it('tracking that has not moved for days is a stalled parcel, however the buyer asks where it is', () => {
    for (const t of ['where is my package, tracking has not updated for a week', '快递到哪了 三天没更新了', 'hi, my order hasn\'t moved in 4 days, where is it?']) {
      expect(classify({ messages: [t] }).scenarios[0].id).toBe('shipping_exception');
    }
    // The words the rule read explain the reading first.
    expect(classify({ messages: ['where is my package, tracking has not updated for a week'] }).scenarios[0].cues[0]).toBe('has not updated');
    expect(classify({ messages: ['where is my parcel, it said it would come today'] }).scenarios[0].id).toBe('shipping_query');
  });

  it('when the goods come on a given day is asked of an order placed; naming the product to buy keeps it before buying', () => {
    expect(classify({ messages: ['这个明天能送到吗'] }).scenarios[0].id).toBe('shipping_query');
    expect(classify({ messages: ['请问这款明天能送到北京吗'] }).scenarios[0].id).toBe('presale');
  });

  it('how to use the goods is after-sales usage; the same question with a word of buying stays before buying', () => {
    for (const [t, cue] of [['电饭煲煮粥要煮多久', '煮多久'], ['豆浆机放多少豆子', '放多少豆']]) {
      const r = classify({ messages: [t] });
      expect(r.scenarios[0].id).toBe('warranty_usage');
      expect(r.scenarios[0].cues[0]).toBe(cue);
    }
    expect(classify({ messages: ['这个蒸锅蒸鱼要蒸多久 还没下单'] }).scenarios[0].id).toBe('presale');
  });

  it('a price lower now than when the buyer bought is a price drop, however the chat goes on', () => {
    const r = classify({ messages: ['上周买的299 现在就259了', '怎么办', '好的'] });
    expect(r.scenarios[0].id).toBe('price_protection');
    expect(r.scenarios[0].cues[0]).toContain('现在就259');
  });

  it('a repair picked up like a return is a repair; a repair that turns into a return is a return', () => {
    for (const t of ['申请了维修，快递什么时候上门取件', '修理的话需要原包装吗 上门取件吗']) {
      const r = classify({ messages: [t] });
      expect(r.scenarios[0].id).toBe('warranty_usage');
      expect(r.scenarios[0].cues.some((c) => /维修|修理/.test(c))).toBe(true);
    }
    expect(classify({ messages: ['维修不了的话能退货吗'] }).scenarios[0].id).toBe('return_refund');
    expect(classify({ messages: ['这个要退货 上门取件吗'] }).scenarios[0].id).toBe('return_refund');
    // "装修好了" is no repair.
    expect(classify({ messages: ['装修好了再送 先不要了 退掉吧'] }).scenarios[0].id).toBe('return_refund');
  });

  it('an order of the buyer\'s own is no question before buying', () => {
    expect(classify({ messages: ['这款能用这个优惠吗'] }).scenarios[0].id).toBe('presale');
    expect(classify({ messages: ['我这个订单能用这个优惠吗'] }).scenarios[0].id).not.toBe('presale');
  });

  it('the courier or the depot is asked of goods on their way', () => {
    for (const t of ['这款的快递员号码多少', '请问这款的驿站在哪']) expect(classify({ messages: [t] }).scenarios[0].id, t).toBe('shipping_query');
  });

  it('asking for the goods sooner is chasing them, not a complaint', () => {
    for (const t of ['希望能早点到 孩子等着穿', '希望能早点发货 谢谢']) expect(classify({ messages: [t] }).scenarios[0].id, t).toBe('urge_dispatch');
  });

  it('goods that never came are no wrong item, and their money back is a refund only; a return the shop says it never got is a return', () => {
    for (const t of ['我到现在都没收到东西', '电饭煲的单子 一直没收到货']) expect(classify({ messages: [t] }).scenarios[0].id, t).toBe('shipping_exception');
    for (const t of ['我都没收到东西 凭什么说签收了不退', '没收到货就申请了退款 快递来了我拒收可以吧']) expect(classify({ messages: [t] }).scenarios[0].id, t).toBe('refund_only');
    expect(classify({ messages: ['退货寄回去了 你们说没收到货'] }).scenarios[0].id).toBe('return_refund');
    expect(classify({ messages: ['订单里的充电器没收到货'] }).scenarios[0].id).toBe('wrong_item');
  });

  it('an open case is no place for a pre-sale alternative; a pre-sale question in so many words stays one', () => {
    const words = ['实物颜色偏黄，和图片不一样，麻烦尽快处理'];
    const inCase = classify({ messages: words, snapshot: snap({ orderStage: 'delivered', afterSales: { state: 'requested' } }) });
    expect(inCase.scenarios.map((s) => s.id)).not.toContain('presale');
    expect(classify({ messages: ['这款外套是长款还是短款呢'], snapshot: snap({ afterSales: { state: 'requested' } }) }).scenarios[0].id).toBe('presale');
  });

  it("the shop menu the buyer picked says whether the goods are theirs, and its topic when nothing else is said", () => {
    // A question about goods received is about using them, not about buying them.
    const use = classify({ messages: ['这个能蒸鸡蛋吗 厨电类-收货后疑问解答'] });
    expect(use.scenarios[0].id).toBe('warranty_usage');
    expect(use.scenarios[0].cues[0]).toBe('收货后咨询');
    expect(use.scenarios.map((s) => s.id)).not.toContain('presale');
    // The bare choice names the topic, and the menu's words are no angry complaint.
    const bare = classify({ messages: ['在吗', '锅煲类-收货后疑问解答'] });
    expect(bare.scenarios[0].id).toBe('warranty_usage');
    expect(bare.sentiment).toBe('calm');
    expect(classify({ messages: ['人工 电热类-购买前咨询'] }).scenarios[0].id).toBe('presale');
    expect(classify({ messages: ['商品信息咨询'] }).scenarios[0].id).toBe('presale');
    // Words of a need beside the choice keep their own reading; a chat that picked both sides names neither topic.
    expect(classify({ messages: ['净水器类--收货后疑问解答', '滤芯接口漏水了 要退货'] }).scenarios[0].id).toBe('return_refund');
    expect(classify({ messages: ['电动类-购买前咨询 电动类-收货后疑问解答'] }).scenarios[0].id).toBe('other');
  });

  it('a platform-handled case brings complaint into view', () => {
    const r = classify({ messages: ['你们到底怎么处理'], snapshot: snap({ afterSales: { state: 'platform' } }) });
    expect(r.scenarios.map((s) => s.id)).toContain('complaint');
  });
});

describe('classify: fallbacks', () => {
  it('talk about the goods with no other need is a fault report or a pre-sale question, not small talk', () => {
    expect(classify({ messages: ['鞋底靠近脚后跟这里也有一道'] }).scenarios[0].id).toBe('quality_issue');
    expect(classify({ messages: ['这款外套是长款还是短款呢'] }).scenarios[0].id).toBe('presale');
    expect(classify({ messages: ['好的收到啦'] }).scenarios[0].id).toBe('other');
  });

  it("asking for a person, or the chat client's own prompt, names no need and is no angry complaint", () => {
    for (const t of ['人工,我要人工', '人工服务', '转人工服务', '请选择咨询订单', '您选择了一个订单进行咨询(订单号:[订单x];商品编号:[数字x])']) {
      const r = classify({ messages: [t] });
      expect(r.scenarios[0].id).toBe('other');
      expect(r.sentiment).toBe('calm');
    }
    expect(classify({ messages: ['人工服务', '买的鞋子开胶了 我要退货'] }).scenarios[0].id).toBe('return_refund');
  });

  it('greetings and acknowledgements weigh nothing: a chat reads as its substantive turns', () => {
    const need = classify({ messages: ['我的快递三天没动了'] });
    const chat = classify({ messages: ['你好', '在吗', '我的快递三天没动了', '好的 谢谢'] });
    expect(chat.scenarios).toEqual(need.scenarios);
    expect(classify({ messages: ['hi', 'where is my refund', 'ok thanks!'] }).scenarios).toEqual(classify({ messages: ['where is my refund'] }).scenarios);
    // Small talk alone is still read (as small talk).
    expect(classify({ messages: ['你好', '在吗'] }).scenarios[0].id).toBe('other');
  });

  it('always offers three alternatives; guesses carry low scores and no cues', () => {
    const r = classify({ messages: ['你好'] });
    expect(r.scenarios).toHaveLength(3);
    expect(r.scenarios[0].id).toBe('other');
    for (const s of r.scenarios.slice(1)) {
      expect(s.score).toBeLessThanOrEqual(0.1);
      expect(s.cues).toEqual([]);
    }
    // With a need read, the alternatives follow the model's scores.
    const scores = classify({ messages: ['都发货了是吧'] }).scenarios.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const shipped = classify({ messages: ['你好'], snapshot: { orderStage: 'shipped' } });
    expect(shipped.scenarios.slice(1).map((s) => s.id)).toEqual(['shipping_query', 'shipping_exception']);
  });
});
