import { readCorpusDir, readSplit } from '../../scripts/classifier/corpus';
import { classify } from './index';
import { normalize } from './normalize';
import { ACCUSE_CHEAT, AIMED_INSULT, moodWords, AIMED_SWEAR, ANGRY_WORDS, EXPOSE_TO_ALL, MANAGER_DEMAND, ESCALATION, ANXIOUS_WORDS, PLATFORM_APPEAL, REGULATOR_STEP, RISK_WORDS, SENIOR_DEMAND, SOON_WORDS, URGENT_WORDS, WARN_OTHERS, shouts, wordAt } from './risk';
import type { RiskFlag, Sentiment } from './types';

const risk = (...messages: string[]) => classify({ messages }).risk;

describe('risk flags', () => {
  it.each<[string, RiskFlag, string]>([
    ['再不给我处理我就去投诉', 'complaint_threat', '投诉'],
    ['我要打12315', 'complaint_threat', '12315'],
    ['申请平台介入吧', 'complaint_threat', '平台介入'],
    ['叫你们领导来跟我说', 'complaint_threat', '你们领导'],
    ['I want to speak to a manager now', 'complaint_threat', 'manager'],
    ['不解决我就给差评', 'bad_review_threat', '差评'],
    ["I'll leave a 1 star review if nothing happens", 'bad_review_threat', '1 star'],
    ['我已经找律师了', 'legal', '律师'],
    ['再拖我就起诉你们', 'legal', '起诉'],
    ['See you in court', 'legal', 'court'],
    ['我要发微博曝光你们', 'media', '曝光'],
    ['Posting this on twitter so everyone sees', 'media', 'posting'],
    ['going to put this all over twitter and reddit', 'media', 'reddit'],
    ['你们就是一群骗子', 'abuse', '骗子'],
    ['your agents are idiots', 'abuse', 'idiots'],
    // Regulators, review sites, the press and insults beyond the first list (each in ≥ 2 of our own examples).
    ['logged it with trading standards this morning', 'complaint_threat', 'trading standards'],
    ['my credit card company is getting involved now', 'complaint_threat', 'credit card company'],
    ['writing it all up on trustpilot tonight', 'bad_review_threat', 'trustpilot'],
    ['a journalist friend would love this story', 'media', 'journalist'],
    ['the staff on your chat are incompetent', 'abuse', 'incompetent'],
    ['这事我找电视台的人说说', 'media', '电视台'],
    ['你们就是奸商', 'abuse', '奸商'],
    ['再不处理我就申请淘宝介入了', 'complaint_threat', '介入'],
    ['is there anyone higher up who can sort this', 'complaint_threat', 'higher up'],
    ['our legal team will contact you about the losses', 'legal', 'legal team'],
    ['you lot are thieves, simple as', 'abuse', 'thieves'],
    ['真是个黑店 收钱不办事', 'abuse', '黑店'],
    ['全额退款 运费你们出 不然我找平台', 'complaint_threat', '找平台'],
    ['two weeks and no refund. consumer forum next', 'legal', 'consumer forum'],
    ["i'll have to ask Amazon to step in", 'complaint_threat', 'to step in'],
    ['fine, see you in the class action', 'legal', 'class action'],
    ['再不退我就去消费者权益保护那边反映', 'complaint_threat', '消费者权益'],
    // A demand to go above support (ESCALATION), and accusations of cheating aimed at the shop.
    ['three chats and nothing. I need someone at corporate to look at this', 'complaint_threat', 'corporate'],
    ["I'd like this escalated to your CEO", 'complaint_threat', 'ceo'],
    ["I've emailed your CEO and still nothing", 'complaint_threat', 'ceo'],
    ['they cheated me out of my refund', 'abuse', 'cheated'],
    ['this seller is a fraud, plain and simple', 'abuse', 'is a fraud'],
    ['booked a citizens advice appointment about this order', 'complaint_threat', 'citizens advice'],
    ['these sellers are con artists, the jacket is plastic', 'abuse', 'con artists'],
    ['charged twice and nobody answers. calling my bank tomorrow', 'complaint_threat', 'calling my bank'],
    ['多扣的钱再不退 我让信用卡那边拒付', 'complaint_threat', '拒付'],
    ['说了三遍了 麻烦升级处理', 'complaint_threat', '升级处理'],
    ['听不懂人话吗 我要的是换货', 'abuse', '听不懂人话'],
    ['发错三次了 大家都别买', 'media', '大家都别买'],
    ['size 9, not a 7. are you blind?', 'abuse', 'are you blind'],
    ['absolute muppets in that depot', 'abuse', 'muppets'],
    ["if it's not back by monday i'll go to my bank", 'complaint_threat', 'go to my bank'],
    ['two weeks on "preparing". the review writes itself', 'bad_review_threat', 'the review writes itself'],
    ['fix it by friday or you get 2 stars', 'bad_review_threat', 'get 2 stars'],
    // Taking it to the marketplace itself, without 投诉 or 介入 (PLATFORM_APPEAL).
    ['坏的发过来还不认 行 我直接找天猫', 'complaint_threat', '找天猫'],
    ['三天了还没退款 我去找京东处理', 'complaint_threat', '找京东'],
    ['协商不了就让平台来评评理吧', 'complaint_threat', '让平台来评评理'],
    ['说好的赠品一直没发 那就官方见', 'complaint_threat', '官方见'],
    ['这个电暖器第二次坏了 不换我就提交交易纠纷', 'complaint_threat', '提交交易纠纷'],
    // A regulator, a hotline or a consumer body named with the step (REGULATOR_STEP).
    ['标的纯银 一测是合金 我明天就去市监局', 'complaint_threat', '去市监局'],
    ['面膜用了脸红肿 再不处理我打消费者热线', 'complaint_threat', '打消费者热线'],
    ['以次充好 咱们消保委见', 'complaint_threat', '消保委见'],
    // Someone senior, whoever is in charge, the complaints department (SENIOR_DEMAND).
    ['third chat today, can someone senior call me back', 'complaint_threat', 'someone senior'],
    ['how do I reach your complaints department', 'complaint_threat', 'complaints department'],
    ['four chats and nothing. get the executive team to look at this', 'complaint_threat', 'executive team'],
    ['20 days no pickup, please give me the nodal officer contact', 'complaint_threat', 'nodal officer'],
    ['two hours on hold again. fuck you amazon', 'abuse', 'fuck you'],
  ])('%s → %s', (text, flag, cue) => {
    const r = risk(text);
    expect(r.flags).toContain(flag);
    expect(r.cues.join(' ')).toContain(cue);
  });

  it("a name, a place, a bank, a porch thief and other buyers' reviews are no threat (LEGAL_STEP, NOT_A_THREAT, reviewNoThreat)", () => {
    for (const t of ['my neighbour Sue took in the parcel, thanks', 'left at the food court entrance', 'delivered to 14 Oak Court instead of my house', '开户银行：中国工商银行北京分行', '退款退到工商银行卡了吗', 'porch thieves took my parcel again, can you resend', '这个主管道的接口尺寸是多少', '有差评说会掉色 是真的吗', '看到中评说尺码偏小', 'I read some 1 star reviews saying it breaks', 'i left an honest negative review and the seller keeps emailing me', "the seller wrote 'we noticed you left us a negative review'"]) {
      const r = classify({ messages: [t] });
      expect(r.risk.flags, t).toEqual([]);
      expect(r.sentiment, t).not.toBe('angry');
    }
    expect(risk('if this is not fixed I will sue').flags).toContain('legal');
    expect(risk('we will sue you for the damage').cues.join(' ')).toContain('sue');
    expect(risk('taking them to small claims court next week').flags).toContain('legal');
    expect(risk('我要去工商局投诉你们').flags).toContain('complaint_threat');
    expect(risk('不给退就差评').flags).toContain('bad_review_threat');
    // A review already given, the shop's owner spoken of, a device's alarm and oneself called an idiot are no threat either.
    for (const t of ['我写了个中评 你们商家回复骂我 什么意思', 'i left a negative review because the lamp arrived broken', '你们老板人挺好的 替我谢谢他', '买的按摩椅 开机就报警 说明书上没这个代码', 'i threw the box out like an idiot, can i still return it']) expect(risk(t).flags, t).toEqual([]);
    expect(risk('叫你们老板出来').flags).toContain('complaint_threat');
    expect(risk('再不退钱我就报警').flags).toContain('legal');
    expect(risk('your drivers are thieves').flags).toContain('abuse');
  });

  it('asking about corporate things is no demand to escalate', () => {
    for (const t of ['can I get a corporate invoice for this order?', 'we want to set up a corporate account for the office', 'what is the CEO letter they mention on the box?', 'can I talk to Jeff again? he was helping me with the return']) expect(risk(t).flags, t).toEqual([]);
  });

  it('a threat with no other need read is a complaint first (scenarios.md), its threat words as cues', () => {
    const r = classify({ messages: ['lol. trustpilot it is then'] });
    expect(r.risk.flags).toContain('bad_review_threat');
    expect(r.scenarios[0].id).toBe('complaint');
    expect(r.scenarios[0].cues).toContain('trustpilot');
    expect(r.scenarios.map((s) => s.id)).not.toContain('other');
    // Still three alternatives, whatever the swap took out.
    for (const t of ['lol. trustpilot it is then', 'ok. bbb it is then', '我要投诉你们']) expect(classify({ messages: [t] }).scenarios.length, t).toBeGreaterThanOrEqual(3);
    // A need beside the threat stays first.
    expect(classify({ messages: ['快递三天没动了 再不更新我就去消协'] }).scenarios[0].id).toBe('shipping_exception');
  });

  it('a few words that lean on one threat-like n-gram are no threat and no mood (the side heads read short texts less surely)', () => {
    // A tweet that names the site it is written on ("same email as this twitter") threatens nothing.
    for (const t of ['u there?', '那行 我等你们消息', 'yes same email as this twitter']) {
      const r = classify({ messages: [t] });
      expect(r.risk.flags, t).toEqual([]);
    }
    expect(classify({ messages: ['u there?'] }).sentiment).toBe('calm');
  });

  it('plain dissatisfaction is a complaint without risk', () => {
    const r = classify({ messages: ['你们的服务也太差了吧'] });
    expect(r.scenarios[0].id).toBe('complaint');
    expect(r.risk.flags).toEqual([]);
    const e = classify({ messages: ['so disappointed in your support lately'] });
    expect(e.scenarios[0].id).toBe('complaint');
    expect(e.risk.flags).toEqual([]);
  });

  it('an accusation that is the whole message is an insult; asked about, it is none', () => {
    for (const t of ['@AmazonHelp fraud!', '@115821 scam.']) expect(classify({ messages: [t] }).risk.flags, t).toContain('abuse');
    for (const t of ['@AmazonHelp fraud?', '@AmazonHelp is this a scam']) expect(classify({ messages: [t] }).risk.flags, t).toEqual([]);
  });

  it('a denied threat is not a threat', () => {
    expect(risk('放心，我不会给差评的').flags).toEqual([]);
    expect(risk('我没有投诉你们，只是问一下').flags).toEqual([]);
    // Whom the review would go to may stand between the denial and the threat; the threat itself still counts.
    expect(classify({ messages: ['放心 不会给商家差评的'] }).risk.flags).toEqual([]);
    expect(classify({ messages: ['不会再给你们差评了'] }).risk.flags).toEqual([]);
    expect(classify({ messages: ['我要给你们差评'] }).risk.flags).toEqual(['bad_review_threat']);
  });

  it('ordinary after-sales messages carry no risk', () => {
    for (const t of ['快递到哪了', '麻烦开个发票', 'Where is my order?', '鞋子坏了想退货']) expect(risk(t).flags).toEqual([]);
    // Product words that contain a threat word are not threats.
    for (const t of ['滚筒洗衣机噪音大', '烟雾报警器不响了', '多媒体音箱没声音', 'press the power button twice', '在微博上看到你们的活动', '拖把杆子断了 才用一星期', '我在小红书看到的同款 是你们家的吗', 'the driver left it on the front step in the rain', '门锁一直报警 输密码也开不了', 'the seller offers a refund if I delete my 1 star review, is that allowed?', '店小二在吗 这个有货吗', '我家狗有病 这个粮能吃吗', 'the courier says I should be filing a report with the post office, is that right?', 'does this game come with the cheats unlocked?', 'got an email saying my account is locked, is this a scam?', 'someone stole my parcel off the porch, can you resend it?']) {
      expect(risk(t).flags, t).toEqual([]);
    }
  });

  it('a threat in an earlier message still counts', () => {
    expect(risk('不处理就投诉', '好的我等你消息').flags).toContain('complaint_threat');
  });
});

describe('sentiment', () => {
  it('goods named after rubbish, an alarm and "worst case" are no angry words; rubbish said of the goods is', () => {
    for (const t of ['这个垃圾桶有盖吗', '垃圾处理器怎么安装', '取件码找到了 在垃圾短信里', '这个报警器怎么安装', 'worst case I can pick it up myself']) expect(classify({ messages: [t] }).sentiment, t).not.toBe('angry');
    expect(classify({ messages: ['什么垃圾东西 用一天就坏了'] }).sentiment).toBe('angry');
  });
  it('a doubled question mark is no word of worry in Chinese (it lifts a calm English one), and a worry denied is none', () => {
    expect(moodWords(['退款什么时候到??']).anxious).toEqual([]);
    expect(moodWords(['any update on my order??']).anxious).toEqual(['??']);
    expect(moodWords(['我不着急 等补货了再发', '别着急 慢慢来']).anxious).toEqual([]);
    expect(moodWords(['我很着急 今天能发吗']).anxious).toEqual(['着急']);
    // In English a doubled question mark still lifts a calm reading to worry.
    for (const t of ['is the refund processed??', 'any update on my order??']) expect(classify({ messages: [t] }).sentiment, t).toBe('anxious');
  });

  const TABLE: [string[], Sentiment][] = [
    [['你好，请问这款有白色吗'], 'calm'],
    [['垃圾袋有加厚的吗'], 'calm'],
    [['好的谢谢'], 'calm'],
    [['Thanks, that works for me'], 'calm'],
    [['怎么还没发货？我急用啊'], 'anxious'],
    [['人呢？？在吗'], 'anxious'],
    [['Please help, my parcel still has not arrived 😭'], 'anxious'],
    [['什么垃圾东西，气死我了'], 'angry'],
    [['这服务太差了！！！'], 'angry'],
    [['This is ridiculous, worst service ever 😡'], 'angry'],
    [['再不处理我就投诉'], 'angry'],
  ];
  it.each(['my fucking spatula better be at my house today', 'where the hell is the parcel you said came yesterday', 'fed up of chasing this order every day'])('swearing or being fed up is angry: %s', (t) => {
    expect(classify({ messages: [t] }).sentiment).toBe('angry');
  });
  it.each(['parcel came a week late and the box was open. thanks for nothing', '快递又没送到 呵呵', '又要我重新拍照 逗我呢'])('sarcasm and exasperation are angry: %s', (t) => {
    expect(classify({ messages: [t] }).sentiment).toBe('angry');
  });
  it.each(["I'm scared the parcel went to the wrong house", 'bit nervous, the tracking has not moved since Monday', 'I need the charger urgently for work', '拜托帮我看一下物流', '求求你们 帮忙查查物流', '快帮我看看这个订单'])('words of worry are anxious: %s', (t) => {
    expect(classify({ messages: [t] }).sentiment).toBe('anxious');
  });
  it.each([['I need it by Friday for my son, is it on track', 'need it by'], ['物流三天没动了 会不会是丢了', '会不会是'], ['孩子明天急用 能发顺丰吗', '急用'], ['面霜用了两天脸上起红疹', '红疹'], ['退款还没到 白条要逾期了', '逾期'], ['后天就要出门了 还没发货', '天就要'], ['我没申请退款 怎么显示退款中', '我没申请']])('%s: a word of worry', (t, w) => {
    expect(moodWords([t]).anxious).toContain(w);
  });
  it.each(['third chat and I get "we\'re sorry for the inconvenience" again', "tracking stuck and all you say is 'sorry for the inconvenience'. great"])('the canned apology quoted back is sarcasm: %s', (t) => {
    expect(moodWords([normalize(t)]).angry).toEqual(['"sorry"']);
  });
  it('"shame on you" is anger, not an insult', () => {
    expect(risk('no apology, no refund. shame on you').flags).not.toContain('abuse');
  });
  it('an apology said plainly is none', () => {
    expect(moodWords(['sorry for the late reply, the order number is below']).angry).toEqual([]);
  });
  it('an ornament sold as goods is no exasperation', () => {
    expect(moodWords(['这个陶瓷摆设有几种颜色', '这个安装难吗']).angry).toEqual([]);
  });
  it('a worry denied is none', () => {
    expect(moodWords(['别担心 我不着急', "I'm not scared of a late parcel"]).anxious).toEqual([]);
    expect(moodWords(['有点担心 快递放门口会不会丢']).anxious).toEqual(['担心']);
  });
  it.each(['are you seriously telling me it is lost again', 'unbelievable, third time the courier skipped my house', '说好的补发 补了个寂寞', '你们客服就是个摆设吗', '到底有没有人管', 'why do i even bother chatting with you', 'how many times do I have to send the photos', 'it was a simple question. where is my refund', 'cool cool cool, another missed delivery', '什么破店 发个货要一周', '回个消息很难吗', '别拿话术糊弄我', 'listed as new, sent a used one. classic bait and switch', 'thanks @shop for ruining my weekend', 'your agent hung up on me twice', '@shop is this a joke', 'no apology, no refund. shame on you'])('exasperation is angry: %s', (t) => {
    expect(moodWords([normalize(t)]).angry.length).toBe(1);
  });
  it('asking what promotion is on is no exasperation', () => {
    expect(classify({ messages: ['你们最近搞什么活动吗 想多买几件'] }).sentiment).toBe('calm');
  });
  it.each(['WHERE IS MY ORDER, it said tuesday', 'STILL NO PARCEL after two weeks', "They sent the order to the wrong country. I'm so done with this"])('shouting, or being done with it, is angry: %s', (t) => {
    expect(classify({ messages: [t] }).sentiment).toBe('angry');
  });
  it.each(['Can I pay with PAYPAL or VISA for this?', '您好 我是MERCEDES-BENZ专卖店的 要开发票', 'my AMAZON order from the UK store has not arrived yet, can you check the tracking for me please'])('capitals that are no shouting leave the mood alone: %s', (t) => {
    expect(shouts([t])).toBe(false);
    expect(classify({ messages: [t] }).sentiment).toBe('calm');
  });
  it('a buyer who threatens (a complaint, a bad review) is never read as calm, however politely it is put', () => {
    for (const t of ['你好，麻烦帮我看下物流，不行我就申请平台介入', 'please refund me or I will leave a one star review']) {
      const r = classify({ messages: [t] });
      expect(r.risk.flags.length).toBeGreaterThan(0);
      expect(r.sentiment).toBe('angry');
    }
  });
  // The learned sentiment head is judged as a whole (misses printed): at least four in five right.
  it('reads at least 80 % of the table right', () => {
    const misses = TABLE.filter(([messages, want]) => classify({ messages }).sentiment !== want);
    console.log(`sentiment misses: ${misses.map(([m, w]) => `${m.join(' / ')} (want ${w})`).join('; ')}`);
    expect(1 - misses.length / TABLE.length).toBeGreaterThanOrEqual(0.8);
  });
});

describe('urgency', () => {
  it('is 0 for a calm question without time words', () => {
    expect(classify({ messages: ['这个是什么材质的'] }).urgency.level).toBe(0);
  });
  it('is 1 for time words or hurry', () => {
    const u = classify({ messages: ['明天能到吗'] }).urgency;
    expect(u.level).toBe(1);
    expect(u.cues).toContain('明天');
  });
  it('is 2 for urgent words, repeated messages or threats', () => {
    expect(classify({ messages: ['急用！今天必须发'] }).urgency.level).toBe(2);
    const rep = classify({ messages: ['发货了吗', '发货了吗'] }).urgency;
    expect(rep.level).toBe(2);
    expect(rep.cues.join(' ')).toMatch(/repeated/);
    expect(classify({ messages: ['I need this ASAP'] }).urgency.level).toBe(2);
  });
});

describe('an insult aimed at people is abuse; the same word about a service or a thing is not', () => {
  it.each([
    ['honestly your delivery drivers are clowns', 'your delivery drivers are clowns'],
    ['you guys are a bunch of crooks, where is my refund', 'you guys are a bunch of crooks'],
    ['客服你们简直就是一群土匪', '你们简直就是一群土匪'],
  ])('%s', (text, cue) => {
    const r = risk(text);
    expect(r.flags).toContain('abuse');
    expect(r.cues).toContain(cue);
  });
  it.each(['your support is a joke', 'this charger is useless', 'you are not useless, it was my fault', '充电器垃圾 充不进电'])('%s', (text) => {
    expect(risk(text).flags).not.toContain('abuse');
  });
});

describe('the domain words are knowledge our own examples show, not memory of a test set', () => {
  // Our own examples: the training split, and the written, twice-labelled cases that wait in candidates/ (their held-out
  // fifths, *-val, left out: they measure the rules).
  const candidates = readCorpusDir('candidates', (f) => !f.endsWith('-val.jsonl'));
  const texts = [...readSplit('train'), ...candidates].map((c) => normalize(c.messages.join(' ')));
  const words = [...Object.values(RISK_WORDS).flat(), ...URGENT_WORDS, ...SOON_WORDS, ...ANGRY_WORDS, ...ANXIOUS_WORDS];
  it.each(words)('"%s" occurs in at least two of our own written cases', (w) => {
    let n = 0;
    for (const t of texts) if (wordAt(t, w) >= 0 && ++n >= 2) break;
    expect(n).toBeGreaterThanOrEqual(2);
  });
  it.each([['English', /[a-z]/], ['Chinese', /[\u4e00-\u9fff]/]])('the aimed insult occurs in at least two of our own %s cases', (_, script) => {
    const hits = texts.filter((t) => AIMED_INSULT.exec(t)?.[0].match(script));
    expect(hits.length).toBeGreaterThanOrEqual(2);
  });
  it.each([['swearing aimed at the shop', AIMED_SWEAR], ['telling everyone', EXPOSE_TO_ALL], ["demanding the shop's manager", MANAGER_DEMAND], ['taking it to the marketplace', PLATFORM_APPEAL], ['asking for someone senior', SENIOR_DEMAND], ['taking it to a regulator by name', REGULATOR_STEP], ['accusing the shop of cheating', ACCUSE_CHEAT], ['warning others', WARN_OTHERS]])('%s occurs in at least two of our own cases', (_, re) => {
    expect(texts.filter((t) => re.test(t)).length).toBeGreaterThanOrEqual(2);
  });
  it('shouting occurs in at least two of our own cases', () => {
    expect(readSplit('train').filter((c) => shouts(c.messages)).length).toBeGreaterThanOrEqual(2);
  });
  it('the demand to escalate above support occurs in at least two of our own cases', () => {
    expect(texts.filter((t) => ESCALATION.test(t)).length).toBeGreaterThanOrEqual(2);
  });
});

describe('asking who handles it, passing on who sent the buyer, asking the platform to look or buying from it: no appeal to the platform', () => {
  it.each(['保修期内坏了是找京东还是找厂家', '自营的是直接找京东报修吗', '商家让我找京东 京东又让我找商家', '京东快递到哪了 我在家等着', '淘宝上显示已签收了', '我是在京东找官方旗舰店买的 是正品吗', '请京东查一下我的物流', '我找京东客服问过了 说找你们', '我就找京东自营买 放心'])('%s', (t) => {
    expect(risk(t).flags).toEqual([]);
  });
});

describe('a procedure asked about, a threat denied, a title among the goods: no risk', () => {
  it.each([
    '请问平台介入是什么意思 我没遇到过', // asked about (askedHow)
    '小二介入后还能跟商家协商吗',
    '我不投诉 你们把配件补给我就行', // denied (SOFT)
    '《消费者权益保护法》这本书有精装版吗', // a book's title (NOT_A_THREAT)
    '市监局备案的批号在哪看', // a regulator's name without the step
    '发票要去税务局认证吗', // the tax bureau in an invoice's course, a regulator's website, a toy
    '我到药监局官网查了批号 是真的吧',
    '黑猫警长的贴纸还有吗',
    '这个磁性留言板能用水笔吗',
    'the executive office chair I ordered is missing a wheel', // goods, and someone who is not above support
    'is there someone above 18 who must sign for it?',
  ])('%s', (t) => {
    expect(risk(t).flags).toEqual([]);
  });
});

describe('accusing the shop of cheating is abuse, warning others is media; the same words about something else are not', () => {
  it.each<[string, RiskFlag]>([
    ['stop cheating customers with fake discounts', 'abuse'],
    ['#amazoncheat cancelled my deal order, frauding the customers', 'abuse'],
    ['looting customers in broad daylight', 'abuse'],
    ['@AmazonHelp #BoycottAmazon until they fix returns', 'media'],
    ['everyone boycott them this year', 'media'],
    ['let everyone know how you treat buyers', 'media'],
  ])('%s → %s', (text, flag) => {
    expect(risk(text).flags).toContain(flag);
  });
  it.each(['@AmazonHelp you stole my money, plain and simple', 'amazon robbed me of £60', "you're robbing people and calling it a return policy", "kept my refund for a month. this is theft", "that's daylight robbery"])('theft said of the shop is an accusation: %s', (text) => {
    expect(ACCUSE_CHEAT.test(normalize(text)), text).toBe(true);
  });
  it.each(['they stole my package off the porch', 'someone stole my parcel, can you resend', 'is theft covered by the protection plan?', 'the driver said it was theft from the van'])('theft by someone else is none: %s', (text) => {
    expect(ACCUSE_CHEAT.test(normalize(text)), text).toBe(false);
  });
  it.each(['这个饭桶多少钱', '发朋友圈能返现吗', '升级处理是什么意思', '信用卡拒付要多久'])('goods, an offer or a procedure asked about: %s', (t) => {
    expect(risk(t).flags).toEqual([]);
  });
  it.each(['the review will help other buyers, it fits well', 'does it get 2 stars on energy rating', 'i gave it two stars by mistake, can i change it'])('a review or a rating that threatens nothing: %s', (t) => {
    expect(risk(t).flags).toEqual([]);
  });
  it.each(['can the refund go to my bank instead of the gift card', 'your agent told me to call my bank, my bank says call you', 'refund is going to my bank account?'])('the bank as where money goes, or advice passed on, is no threat: %s', (t) => {
    expect(risk(t).flags).toEqual([]);
  });
  it('a game\'s cheats are no accusation', () => {
    expect(ACCUSE_CHEAT.test(normalize('does this game have the cheats people use online?'))).toBe(false);
  });
  it.each([
    'my bank flagged the charge as fraud, can you retry the payment?',
    'is this text a scam or fraud? it says my account is locked',
    'fool me twice i guess, second charger that died',
    'i made a fool of myself ordering the wrong size, can I swap it?',
    'raising this publicly now since the DMs go nowhere',
    "don't want to post my order number publicly, can you DM me",
    'the post office was shut for the public holiday, so the parcel went back',
    'my prime gaming loot is not showing up',
  ])('%s', (text) => {
    expect(risk(text).flags).toEqual([]);
  });
});

describe('swearing aimed at the shop is abuse; swearing about the situation is not', () => {
  it.each(['漏发了你他妈什么意思啊', '你们tmd到底发不发货', '你妈的 什么破店'])('%s', (text) => {
    expect(risk(text).flags).toContain('abuse');
  });
  it.each(['他妈的怎么还没到', '你妈妈签收了吗 我家里人说没看到', '我妈的生日礼物 什么时候能到'])('%s', (text) => {
    expect(risk(text).flags).not.toContain('abuse');
  });
});

describe('telling everyone is media, demanding the manager is a complaint threat', () => {
  it.each<[string, RiskFlag]>([['东西不对我告诉大家看看你们什么服务', 'media'], ['再不处理我就发朋友圈让大家评评理', 'media'], ['申请退款三天了没人理 店长在哪', 'complaint_threat'], ['你做不了主 叫你们经理来', 'complaint_threat']])('%s → %s', (text, flag) => {
    expect(risk(text).flags).toContain(flag);
  });
  it.each(['大家都说这款好用 我也想买一个', '店长推荐的是哪一款', '老板在吗 这个有货吗'])('%s', (text) => {
    expect(risk(text).flags).toEqual([]);
  });
});

describe('session 55: the bank in Chinese, a police report, posting it in forums and groups, the press, whoever is in charge', () => {
  it.each<[string, RiskFlag]>([
    ['订单的钱我让信用卡中心去追了', 'complaint_threat'],
    ['不退的话我就到银行去申请退单', 'complaint_threat'],
    ['明天我就去派出所报案 你们等着', 'legal'],
    ['货款骗走了是吧 我这就报案', 'legal'],
    ['不处理我就在网上发帖 让人看看', 'media'],
    ['聊天截图我都发到业主群里了', 'media'],
    ["fine. I'm telling everyone I know how this went", 'media'],
    ['maybe the press would like to hear about a shop that keeps my money', 'media'],
    ['别跟我废话 叫你们负责人来', 'complaint_threat'],
    ['我不跟你说 换个管事的', 'complaint_threat'],
  ])('%s → %s', (text, flag) => {
    expect(risk(text).flags).toContain(flag);
  });
  it.each([
    '我的银行卡被冻结了 订单会不会取消',
    '快递员让我去报案 这个要你们出什么材料吗',
    '快递放驿站了 我下班去派出所旁边的驿站取',
    '群里发的优惠券还能用吗',
    '你们发到群里的优惠券怎么用',
    '我用的是招行信用卡中心发的卡 可以分期吗',
    '客服把链接发到群里了吗',
    'how do I clean the press-on lid of the juicer',
    'i told everybody at work about the sale, they loved it',
  ])('no threat: %s', (text) => {
    expect(risk(text).flags).toEqual([]);
  });
  it('crude words about the goods or the service are anger; garbage bags among the goods are not', () => {
    for (const t of ['the blender is garbage, lid cracked on day one', 'delivery here is a total shambles', 'what is this nonsense, still no refund']) expect(classify({ messages: [t] }).sentiment, t).toBe('angry');
    expect(classify({ messages: ['do the garbage bags fit a 30 litre bin?'] }).sentiment).not.toBe('angry');
    expect(classify({ messages: ['does the charger come with a BS 1363 plug?'] }).sentiment).not.toBe('angry');
  });
});
