/**
 * Cue lexicons: the words and patterns that point to each scenario, with a weight.
 * Written from the after-sales domain (shared/spec/scenarios.md, domain.md), zh and en, for
 * text that `normalize` has already cleaned (lower case, simplified, slang folded, ids masked).
 *
 * Weights: ~4 = names the need outright (发票, 价保, tracking number); ~3 = strong; ~2 = typical but
 * shared with neighbours; ~1 = weak hint. Goals (退货, 换货, refund) weigh a little more than the
 * causes (坏了, 发错) so that "the buyer's goal beats the cause" falls out of the sums.
 *
 * A literal is matched as a substring (Chinese) or at a word start (Latin letters, so `deliver`
 * also finds `delivered`). A leading `!` marks a cue that a negation just before it cancels
 * (不是质量问题, not broken). Regexes must not be global; they are tested once per message.
 */
import type { ScenarioId } from '../scenarios';

export interface Cue {
  id: ScenarioId;
  w: number;
  lit?: string;
  re?: RegExp;
  /** Cancelled when a negator stands right before it. */
  neg?: boolean;
  /** Latin literal: needs a word boundary before it. */
  word?: boolean;
}

export const CUES: Cue[] = [];

function L(id: ScenarioId, w: number, list: string): void {
  for (let t of list.split('|')) {
    t = t.trim();
    if (!t) continue;
    const neg = t.startsWith('!');
    if (neg) t = t.slice(1);
    CUES.push({ id, w, lit: t, neg, word: /^[a-z0-9]/.test(t) });
  }
}
function R(id: ScenarioId, w: number, re: RegExp, neg = false): void {
  CUES.push({ id, w, re, neg });
}

// ── return_refund: goods go back, money comes back ──────────────────────────────────────────
L('return_refund', 3.5, '!退货|!退掉|七天无理由|7天无理由|无理由退|!寄回|!退回去|!退回给|退货退款|退款退货|运费险|退货地址|退货单号|寄回地址|上门取件|!拒收|拦截|!退换货|退货运费|收到退货|退回的|退货的');
L('return_refund', 3, '运费|邮费|!不合身|!不合适|shipping fee');
L('return_refund', 2.5, '!不想要了|!不要了|!退回|退运费|!退了吧|!退给你|!能退吗|!可以退吗|!退吗|!退么|验货|退件|寄回来|取件');
L('return_refund', 3.5, 'return label|send it back|send back|sending it back|ship it back|return the item|return it|return this|return my|returned an item|returned the|returning');
R('return_refund', 3, /\b(didn't|hasn't|haven't|have not|has not|not|never)\b.{0,10}\b(pick(ed)? ?up|collect(ed)?)\b|\b(courier|driver|hermes|ups|dpd|fedex)\b.{0,15}\b(collected|picked up)\b/);
L('return_refund', 2.5, 'return|return pickup|return collection|drop off');
R('return_refund', 3, /(能|可以|能不能|怎么|怎样|如何|想|要|申请|我要|直接|办理|给我|帮我)(办理)?退(?!款|钱|出|休|还|步|订|定|差|费|税)/, true);
R('return_refund', 2.5, /退.{0,3}(运费|快递费|邮费)/);
R('return_refund', 3, /(盒子|包装盒?|外包装|吊牌|标签).{0,4}(扔了|撕了|拆了|剪了|没了)|(退货|寄回|退回|你们的?)地址(给我|发我|是|在哪)|地址给我|(返|寄)(给你们|回去|回给)/);
R('return_refund', 2, /不(想|打算)(要|留)|不喜欢/, false);
R('return_refund', 3, /售后(单|申请|进度|审核)/);

// ── refund_only: money back, nothing to send ───────────────────────────────────────────────
L('refund_only', 4, '仅退款|只退款|退定金|退订金|退款到账|退款没到|没收到退款|退款还没|退款什么时候|部分退款');
L('refund_only', 2.5, '!退款|退钱|钱退|货款|退回来的钱|money back|refund');
L('refund_only', 3, '到账|退到');
R('refund_only', 4.5, /(钱|款|货款|退款).{0,6}(什么时候|多久|何时|几天|怎么还没?|还没|没有?)(能|会|才)?(退|到|回)/);
R('refund_only', 3, /(什么时候|多久|何时|几天).{0,4}(退钱|退款|到账|退回)/);
R('refund_only', 4, /\b(how long|when)\b.{0,25}\brefund|\brefund\b.{0,20}\b(take|arrive|hit|show)/);
R('refund_only', 3, /\brefund(ed|s)?\b.{0,30}\b(not|never|yet|still|when|where)\b|\b(get|getting|give|want|need|issue|process)\b.{0,12}\brefund/);
R('refund_only', 2.5, /\bonly (getting|got|receiving)\b.{0,15}\bback\b|\bcharged\b.{0,30}\b(cancell?ed|after cancel)/);
L('refund_only', 5, '退定金|退订金');
L('refund_only', 4.5, '原路返回|原路退回|退回的钱|退的钱|钱退到|退到哪');
R('refund_only', 5, /\bwhere('s| is)? (is )?(my|the) refund\b|\brefund status\b/);
R('refund_only', 4.5, /\b(money back|refund)\b.{0,40}\bcancel|\bcancell?(ed|ing|ation)\b.{0,40}\b(money back|refund)/);
R('refund_only', 4.5, /取消(了|的|后|之后).{0,10}(退款|钱|款)/);
L('refund_only', 5, '退款进度|退款状态');
R('refund_only', 3.5, /(要|想|申请|直接|给我|帮我|麻烦)(全额)?退款(?!退货)/);

// ── exchange ───────────────────────────────────────────────────────────────────────────────
R('exchange', 4, /换新(?!保)/, true);
L('exchange', 4, '!换货|!调换|!换一个|!换一件|!换一双|!换个码|!换码|换大一|换小一|!给我换|!帮我换|换成|换过|换的码');
L('exchange', 4.5, '换的那|换的货|换货的|换的新|新换的');
L('exchange', 4.5, 'the replacement|my replacement|replacement you');
L('exchange', 3, 'different colou|another colou|different one|exchange|replacement|swap it|replace it|replace the|replace my|different size|another size');
R('exchange', 3.5, /换(个|一个|一件|一双|成|为|到|一下)?.{0,6}(码|号|色|颜色|尺寸|尺码|款|型号|规格)/, true);
R('exchange', 2.5, /(换|更换)(一|个)?(下|个)?(吧|吗|么|呢|\?|$)/, true);
R('exchange', 2, /\breplace(d|ment)?\b/);
R('exchange', 4, /\b(can|could|may) i (get|have|swap|switch)\b.{0,25}\binstead\b/);
R('exchange', 4.5, /\b(swap|switch|change|exchange)\b.{0,30}\bfor (a |an |the )?(bigger|smaller|larger|different|another|other)\b/);

// ── quality_issue: the goods themselves are faulty ─────────────────────────────────────────
L('quality_issue', 4, '!质量问题|质量太差|质量差|质量不好|质量不行|!假货|!次品|残次|瑕疵|!开胶|!掉色|!褪色|!起球|!漏水|!漏气|!漏电|!开裂|!裂了|!裂开|!生锈|!发霉|!变质|!过期|!故障|!失灵|异响|!死机|!黑屏|!花屏|!闪退|!坏掉|!坏了|!坏的|!是坏|!破洞|!脱线|!断了|!烂了');
L('quality_issue', 2.5, '!有问题|!出问题|!毛病|!质量|!不能用|!用不了|!没法用|!不好用|!不灵|!异味|!有味道|!味道|!臭|!划痕|!掉漆|!掉皮|!起皮|!变形|!松动|!噪音|!发烫|!有虫|!不新鲜|!破了|!破损|!不是正品|!假的|!不正常|!有点黄|!皱|!掉毛|!线头|!不熟|!卡顿|!刮花|!掉色');
R('quality_issue', 3.5, /(不|没有?|无法|不能|没法)(亮|转|响|工作|反应|制冷|制热|加热|出水|启动|开机|识别|充电(?![器宝线头])|通电|出声|显示|跳|熟|煮|吸|插|连)/);
R('quality_issue', 3, /(充|开|打|关|用|插|连|煮|调|洗|吸|转|启动|蒸)不(进|上|了|开|起来|住|到|熟|动|干净|好)/);
R('quality_issue', 3, /(不能|无法|没法)(自动|正常)?.{0,2}(跳|转|用|工作|启动|加热|显示|开关)/);
L('quality_issue', 2.5, '!现象|!不行了|!坏|!不灵敏');
R('quality_issue', 3, /\b(problem|issue)s? with (?!(my|the|an|this|your) (order|account|delivery|payment|refund))/);
L('quality_issue', 3, 'cannot access|can\'t access|not able to|isn\'t working|stopped');
R('quality_issue', 2.5, /一股.{0,6}味|味道(很|太|好)?(大|重|难闻|冲)|(闻|喝|吃)(起来)?.{0,4}(怪|苦|酸|臭)/);
R('quality_issue', 2, /(怎么|为什么|老是|总是|经常|一直).{0,6}(掉|断|漏|响|烫|卡|弹|停|关机|重启)/);
R('quality_issue', 1.5, /是(怎么)?回事|什么情况/);
L('quality_issue', 4, 'defective|faulty|broken|doesn\'t work|does not work|not working|isn\'t working|stopped working|won\'t turn on|won\'t charge|not charging|counterfeit|fake|poor quality|damaged product|cracked|dead pixel');
L('quality_issue', 4, 'won\'t hold|doesn\'t hold|hold a charge|hold charge|keeps disconnecting|keeps turning off|keeps restarting|keeps rebooting|keeps freezing|disconnecting|overheat|!裂的|!碎了|!碎的|!破的|!坏的|!断底|!断了');
L('quality_issue', 2.5, 'damaged|fault|battery|leak|malfunction|keeps crashing|keeps dropping|dropping out|glitch|quality|bug|crash|freez|not responding|can\'t contact our servers|unavailable');
R('quality_issue', 2, /\b(having|facing|got|have) (an |some |a )?(issue|problem)s?\b/);
R('quality_issue', 3.5, /漏(?!发|寄|掉|了一|件|拍|单)/, true);
L('quality_issue', 3.5, '裂缝|裂痕|裂纹|broke|breaks|snapped|ripped|torn|falling apart|fell apart|peeling|!不出风|!不出热风|!不出水|!不制冷|!不加热');
L('quality_issue', 3.5, '闪个不停|一直闪|闪烁|不平|刺鼻|crackl|buzzing|hissing|rattl|flicker');
L('quality_issue', 3.5, '线开了|开线|没电了|掉电|不耐用|不结实|拉不动|拉不上|扣不上|关不上|合不上|doesn\'t close|won\'t close|doesn\'t shut|came off|fell off|came apart|doesn\'t fit properly');
L('quality_issue', 3, '是干的|干掉了|时灵时不灵|时好时坏|没反应');
R('quality_issue', 3, /(拉|推|转|拧|按|扣|关|合)不(动|上|紧|下去)/);
R('quality_issue', 4, /\bkeeps? (losing|dropping|disconnecting|crashing|freezing|turning off|switching off|restarting|rebooting|beeping|flashing|cutting out)\b/);
R('quality_issue', 3.5, /(特别|很|太|超|好|非常)烫/);

// ── wrong_item: wrong, missing, not as described ───────────────────────────────────────────
L('wrong_item', 4.5, '发错|错发|寄错|少发|漏发|发漏|空盒|空箱|空包裹|与描述不符|和描述不符|描述不符|跟描述不|和图片不|与图片不|跟图片不|货不对板|不是我买的|不是我要的|不是我拍的|不是我订的|少了一|少一件|少一个|少一样|缺一|缺了');
L('wrong_item', 3, '!赠品|!少了|!没有配|!色差|!缺少|补发|收到的是|收到两|发成|!不一样');
R('wrong_item', 3.5, /(颜色|尺码|码数|型号|款式|规格|数量|货|东西|商品)(不对|错了|发错|不一样)/);
R('wrong_item', 3, /(怎么|为什么|咋)(没有|没|少)(给|送|发|配)?.{0,6}(赠品|配件|充电器|数据线|说明书|杯|盖|头|袋|盒|件|个)/);
R('wrong_item', 3, /(没有|没|缺|少)(给|送|发|配)?(赠品|配件|充电器|数据线|耳机|杯|盖子|电池|遥控)/);
L('wrong_item', 4, 'wrong item|wrong product|wrong size|wrong color|wrong colour|wrong one|not what i ordered|not as described|empty box|empty package|missing item|instead of what|what i ordered');
L('wrong_item', 2.5, 'missing|instead|wrong|只收到|只到了');
R('wrong_item', 4.5, /(买|拍|下单|订)了?.{0,4}(两|三|四|五|#n|几|\d)(件|个|双|包|盒|瓶|套|本).{0,8}(只|才)(到|收到|发|寄)了?(一|1|#n|\d|两|三)/);
// Partial or wrong contents: fewer units than bought, a part not in the box, a label that disagrees.
R('wrong_item', 4.5, /(拍|买|下单|订)了?.{0,8}(只有|只剩|只来了?|才来了?|就来了?)(一|两|三|1|2|3|#n|\d)/);
R('wrong_item', 3.5, /(充电器|充电线|数据线|配件|赠品|说明书|电池|遥控器?|螺丝|工具|附件|零件|耳机|盖子|滤网|支架).{0,3}(没|没有|都没)(配|给|送|发|带|放|附|有)/);
R('wrong_item', 4, /(订单|包裹|箱子|盒子)(中|里|里面)的?.{1,8}(没有?收到|没到|没有|没看到|找不到)/);
L('wrong_item', 3.5, '只有机器|只有主机|两只左|两只右|左脚两只|右脚两只|一大一小|发的不是|给我发成|发成了|货不对|不是我下单');
R('wrong_item', 2.5, /(盒|箱|袋|标签|吊牌|包装)(子)?上(面)?(写|标|印)(的|着)/);
L('wrong_item', 4.5, 'someone else\'s|somebody else\'s|not in the box|wasn\'t in the box|isn\'t in the box|missing from|only got|only received|only came with|sent me the wrong|sent the wrong|received the wrong|different item|different product');
R('wrong_item', 4, /\bordered\b.{1,40}\b(but )?(got|received|sent me|came)\b(?! (it|my|the (email|message|refund)))|\b(description|listing|picture|photo|ad)\b.{0,15}\b(said|says|shows|showed|stated)\b/);
L('wrong_item', 2.5, 'box says|label says|advertised');
R('wrong_item', 4, /(订|买|拍|选|要|下单)的?(是)?.{0,6}(寄来|来的是|收到的?是|发来|到的是|送来)|不是我的(快递|包裹|东西|货)/);
L('wrong_item', 4.5, 'wasn\'t there|weren\'t there|was not there|not included|didn\'t include|supposed to include|supposed to come with|meant to come with|should have come with|but i picked|but i chose|but i selected|but i ordered');
L('wrong_item', 4.5, 'different brand|different model|different version|to what i bought|from what i ordered|than what i ordered|to what i ordered|型号不对|款式不对');
R('wrong_item', 4, /(送|赠)的(那个|东西|礼品|小样)?(呢|没有|没收到|在哪)|买一送一/);
L('wrong_item', 4, 'for a different|for another model|is for the wrong');
R('wrong_item', 3.5, /明明(选|拍|买|要|订|下单)的?|我(选|拍|买|要|订|下单)的(是|明明)|一只.{1,4}一只|(旧款|老款)/);
R('wrong_item', 3.5, /(应该|本来|说好|说|写着?|写的|标的)(有|是|送|带|配|附)(#n|一|两|三|四|五|六|\d)?.{0,12}(怎么|只有|就|才|没|不是)/);
R('wrong_item', 3, /(照片|图片|图|页面|详情页?|描述|宣传|主图|视频)(上|里|中)?(的)?.{0,6}(差|不一样|不符|不同|不对|写的|说的|是)/);
R('wrong_item', 4.5, /\bonly (\d+|one|two|three|four|half)\b.{0,15}\b(showed up|arrived|came|were in|was in|in the box)\b/);
L('wrong_item', 4, 'doesn\'t match|does not match|didn\'t match|not match|when i ordered|when i clearly ordered|but i ordered|sent me a|shipped me a|gave me a');

// ── urge_dispatch: paid, not shipped ───────────────────────────────────────────────────────
L('urge_dispatch', 3, '还没发货|没发货|未发货');
L('urge_dispatch', 4, '不发货|快点发|尽快发|赶紧发|马上发|催发货|催一下发货|发货了吗|发货了没|有货先发|什么时候发|啥时候发|几时发|多久发|几天发|今天发|明天发|怎么还不发|还不发|发货吗|能发货|可以发货|发出了吗|发了吗|发了没');
L('urge_dispatch', 2.5, '发货|待发货|出库|备货|调货|采购|缺货|到货|预售|没货|排单|not shipped|hasn\'t shipped|has not shipped|not been shipped|dispatch|still processing|not yet shipped|yet to ship|ship my|ship it');
R('urge_dispatch', 4.5, /(说好|原来说|说是|承诺|答应|不是说).{0,8}(发货|发出|发)/);
R('urge_dispatch', 3.5, /(什么时候|几时|多久|几天|哪天|何时|多长时间|能不能|可以|尽快|马上|快点|赶紧|怎么还|还不|还没|为什么还|今天|明天|会不会).{0,3}(能|会|可以|才|给我)?(发货|发出|发走|发吗|发么|发了|发呢|发\?)/);
R('urge_dispatch', 3.5, /\b(when|why|hasn't|haven't|not|still|yet|going to|gonna)\b.{0,30}\b(ship(ped)?|dispatch(ed)?)\b(?! (address|charge|cost|fee))/);
R('urge_dispatch', 3.5, /(什么时候|几时|多久|几天|哪天|何时|几号|能不能|可以|今天|明天).{0,3}(能|会|可以|才|给我)?(发(?!票|现|错|漏|成|给你|的|生)|寄(?!回|错|给你|到))|发出来|寄出来|重新(发|寄)(一个|一份)?(吧|出来)/);
L('urge_dispatch', 3.5, 'still processing|says processing|order processing|preparing for shipment|preparing to ship|ship out|shipped out yet');
L('urge_dispatch', 4, '加急|先发我|先给我发|优先发|sending out|send out|send my order|sent out yet');
L('urge_dispatch', 4, '一直不发|迟迟不发|迟迟没发|一直没发|能发出|发出吗|发得出|发出去了吗');
R('urge_dispatch', 4, /\b(when|why)\b.{0,20}\b(are|is|will) (you|it|they|my order) (be )?(shipping|dispatching|sending)\b/);
L('urge_dispatch', 4.5, '等待出库|待出库|还没出库|hasn\'t been dispatched|not been dispatched|not dispatched|hasn\'t dispatched|not been sent|hasn\'t been sent');

// ── shipping_query: where is it, when does it arrive ───────────────────────────────────────
L('shipping_query', 4, '到哪了|到哪里了|到哪儿了|到哪了呢|快递单号|运单号|物流单号|物流信息|查物流|查快递|物流查询|配送咨询|预计送达|什么快递|哪家快递|哪个快递|发什么快递|送货时间|什么时间能到|几点能到|几点到|几点送|多久能到|几天能到|几天到|多久到|什么时候到|什么时候能到|什么时候送|能到吗|今天能到|明天能到|多久配送');
L('shipping_query', 2.5, '物流|快递|配送|派送|送达|送到|送货|签收|揽收|自提|代收点|驿站|快递柜|顺丰|中通|圆通|申通|韵达|极兔|邮政|ems|德邦|京东物流|京东配送|查一下|查询|到了吗|运输|在路上');
R('shipping_query', 3, /\b(va|vg|vc|vd|jd|jdv)\s?#n/);
R('shipping_query', 3.5, /(什么时候|几时|多久|几天|哪天|何时|几点|今天|明天|后天).{0,4}(能|会|可以|才)?(到|送|收到|拿到|拿上|取到|配送|送达)/);
R('shipping_query', 4, /预计.{0,4}(到|送|达)/);
R('shipping_query', 2.5, /(?<!订)单号/);
L('shipping_query', 2, '包裹|站点|网点|取件码|自己去拿|去取');
L('shipping_query', 4, '送到家|送上门|送货上门|送到楼下|派送吗|快递员电话|配送员电话|物流到|快递到了吗|到了没|any update|update on my|where my parcel|where my package|which day|what day|which courier|what courier');
R('shipping_query', 3.5, /到了?哪(个|一|儿|里)/);
R('shipping_query', 4.5, /(今天|明天|后天|下午|上午|晚上|中午|几点|周末|周[一二三四五六日])(之前)?.{0,3}(能|会|可以)?(送|到|派)(到|来|货)?(吗|么|不|没|呢|\?)/);
L('shipping_query', 4, 'eta|status of my|status of the|track|tracking info');
L('shipping_query', 2.5, 'royal mail|usps|ups|fedex|dhl|dpd|evri|hermes|canada post');
L('shipping_query', 4, 'where is my|where\'s my|tracking|track my|track the|delivery date|estimated delivery|when will it arrive|when will my|what time do');
L('shipping_query', 2.5, 'deliver|delivery|arrive|arriving|courier|shipping|package|parcel|shipment|in transit');

// ── shipping_exception: stuck, late, lost, delivered-but-not ───────────────────────────────
L('shipping_exception', 4.5, '丢件|丢失|弄丢|快递丢|查不到物流|查不到快递|物流不动|物流不更新|没有更新|不更新|一直不动|没动静|没有动静|派送失败|配送失败|送错地方|送错地址|送错了|滞留|停发|被冒领|冒领|代签|快递破损|包装破损|外包装破|压坏|摔坏|压扁|超时|延误|延迟送|晚到|物流太慢|这么慢|太慢了|好慢|还在揽收|没送到|没有送|没送|不送货|不派送|催派送|催配送|催件|催投');
R('shipping_exception', 4.5, /(好几|几|多|一|半|两|三|四|五|六|七|八|九|十|#n)(个)?(天|周|星期|个星期|个月)(了)?(都|还|也|一直)?(没|不|未)(有)?(动|更新|动静|变化|到|送|收到|显示)/);
R('shipping_exception', 4.5, /(显示|已经?|已)签收.{0,12}(没|未|找不)(有)?(收到|拿到|见到|到)|(没|未)(有)?收到.{0,10}(显示|却|但是?|怎么)(已经?)?签收|签收了?.{0,8}(但|可是|却).{0,6}(没|未)/);
R('shipping_exception', 4, /(显示|系统显示|已经?)(被)?签收(了)?.{0,3}(但|可|却|然而|怎么)|(谁|别人|他人|陌生人)(帮我|替我|给我)?(签收|拿走|领走|取走)/);
R('shipping_exception', 3, /(还没|没有?|未|都没)(有)?(收到|拿到|到货|见到)(货|东西|包裹|快递|商品)?/);
R('shipping_exception', 4.5, /(物流|快递|信息|状态|包裹).{0,6}(一直|都|还|始终)?(没变|没有变化|不变|没有变|停在|没动|卡着)/);
R('shipping_exception', 3.5, /(快递员?|配送员?|送货员?|快递小哥|承运人|司机|派送员|骑手).{0,8}(不接|联系不上|打不通|没接|不理|态度)/);
R('shipping_exception', 3, /(应该|本来|说好|承诺|不是说).{0,8}(今天|昨天|前天|#n号|号)?.{0,3}(到|送到|送达)/);
R('shipping_exception', 3, /怎么(还没到|还不到|这么久|这么慢)|(等|过)了.{0,4}(天|周|星期)/);
L('shipping_exception', 4.5, 'not deliver|never delivered|wasn\'t delivered|hasn\'t arrived|has not arrived|never arrived|didn\'t arrive|not arrived|never received|haven\'t received|have not received|not received|didn\'t receive|didn\'t get|never got|ain\'t even|lost package|lost parcel|lost my|delayed|delay|stuck|late delivery|missed delivery|marked as delivered|marked delivered|says delivered|said delivered|shows delivered|showing delivered|delivery confirmation|it was delivered and it wasn\'t|still waiting|still not|still hasn\'t|still no|supposed to be delivered|supposed to arrive|supposed to get here|supposed to come|was supposed to|won\'t come until|wont come until|safe place|out for delivery');
R('shipping_exception', 4, /(派送中|运输中|在途|中转|揽收|在路上).{0,8}(天了|好久|很久|#n天)|(一直|还|都)(显示)?(在)?(派送中|运输中|在途|中转)/);
L('shipping_exception', 4, 'soaked|left it outside|left my parcel|left my package|left the parcel|left the package|damaged in transit|arrived damaged|box was damaged|box is damaged|crushed|no sign of');
R('shipping_exception', 3.5, /\b(location|business|shop|office|store|building|address) (was |is |were )?(closed|inaccessible|unavailable)\b|\b(said|says|claimed|marked)\b.{0,25}\b(closed|no one (was )?(home|available)|nobody (was )?(home|in)|no access|refused)\b/);
R('shipping_exception', 3.5, /\b(mess(ed|ing)?|screw(ed|ing)?) up\b.{0,20}\bdeliver|\bdeliver\w*\b.{0,25}\b(mess(ed|ing)?|screw(ed|ing)?) up\b/);
L('shipping_exception', 2.5, 'late|lost|missed|driver|delivery guy|delivery guys|wrong address|same day|same-day');
L('shipping_exception', 4, '快递退回|包裹退回|被退回|退回给商家|退回商家|地址不详|联系不上收件人|找不到地址|sitting at|at the depot|at the sorting|returned to seller|was returned|being returned');
L('shipping_exception', 4.5, '说送了|说已送|说放在|说放了|说已经送|门口没有|hasn\'t moved|has not moved|not moved|hasn\'t updated|not updated|no update|no updates|no movement');
L('shipping_exception', 4.5, '不见了|被偷|被人拿|被拿走|淋湿|泡水|in the rain|is wet|got wet|nothing showed up|never showed up|didn\'t show up|no show|window passed|missed the window|stolen');
L('shipping_exception', 4.5, '谁签|谁收的|不是我签|转运中心|分拣中心|集散中心|hasn\'t been delivered|no new date');
L('shipping_exception', 5, '显示退回|怎么退回了|没拒收|不打电话|没打电话|也不通知|没通知|直接放');
R('shipping_exception', 4.5, /(物流|快递|信息|状态|包裹|轨迹).{0,8}(没变化|没有变化|没更新|没有更新|没动|不动)/);
R('shipping_exception', 4, /(自提点|驿站|快递柜|代收点|门卫|前台).{0,6}(没有?找到|找不到|没有我的|查不到)/);
R('shipping_exception', 2.5, /\b(\d|one|two|three|next)[- ]day (shipping|delivery)\b/);
R('shipping_exception', 3, /\btak(e|es|ing) (more than|over|longer than) \w+ (days|weeks)\b/);
L('shipping_exception', 4, 'waited all day|waiting all day|all day|still nothing|attempted delivery|delivery attempt|could not be delivered|couldn\'t be delivered|unable to deliver|undeliverable|returned to sender|past 9|past 8|past 10|still says');

// ── change_order: change or cancel before it ships ─────────────────────────────────────────
L('change_order', 4.5, '改地址|修改地址|更改地址|地址错了|地址写错|地址填错|地址选错|换地址|换个地址|改收货|拍错|下错|买错|点错了|取消订单|订单取消|取消这个订单|取消这单|取消该订单|拆单|合并订单|合并发货|改订单|修改订单|更改订单|改电话|改手机|电话填错|电话写错|号码填错|手机号填错|改一下地址|地址改|改送货|改配送|改成明天|改到明天|推迟送|延迟配送|改期|改寄|改时间|换个时间|撤销订单|重新下单|重新拍|修改配送|修改送货|改下地址|备注一下');
L('change_order', 3.5, '取消一下|帮我取消|给我取消|帮忙取消|想取消|要取消|申请取消');
L('change_order', 2.5, '!取消|!撤销|修改|更改|改成|改为|改下|改一下|一起发|一起送|一起寄|分开发|备注|核实下订单|核实订单|订单信息|团购|下错单|改规格');
R('change_order', 4, /(改|修改|更改|换|变更|更换)(一下|下|个|一个)?(我的|这个|订单的?)?(收货|配送|送货|收件)?(地址|电话|手机号?|号码|收件人|联系人|送货时间|配送时间|时间|日期|规格|sku)/);
R('change_order', 4, /(地址|电话|手机号?|收件人|收货人|联系人|名字|姓名|联系方式|号码|信息)(写|填|选|弄|输入)错/);
R('change_order', 4.5, /(地址|电话|手机号?|收件人|收货人|送货时间|配送时间|送货日期|配送日期|规格|尺码|型号)(改|修改|更改|换)(成|为|到|一下|下)/);
R('change_order', 3, /(明天|后天|下周|改天|晚点|#n号|#n点).{0,4}(再)?(送|配送|送货|派送)(可以|行|好)?(吗|么|吧)?/);
L('change_order', 4.5, 'cancel my order|cancel the order|cancel this order|cancel order|change my address|change the address|change address|change the delivery|change my order|edit my order|wrong address on');
L('change_order', 3.5, 'cancel|cancell');
R('change_order', 4.5, /\b(change|update|correct|fix|edit|amend)\b.{0,22}\b(address|postcode|zip|phone number|delivery (date|day|instructions)|shipping option)\b/);
R('change_order', 4.5, /(订单|这单|这个单|单子).{0,4}(能|可以|可不可以|帮我|给我|麻烦)?取消|(能|可以|怎么)取消/);
R('change_order', 4, /(晚|推迟|延后|过)(几|两|一|三|#n)?(天|周)(再)?(发|送|寄)|先(别|不要)(发|寄)|暂时(别|不要)发|等我(通知|说)再发/);
R('change_order', 4, /(地址|电话|手机号?|收件人|规格|尺码|颜色|型号).{0,3}(选|写|填|弄|拍)(成|错)|选错|填错了|新地址|地址变了|搬家了/);
L('change_order', 4, '合并|一起发|一起寄|一起送|改回|多拍了|拍多了|ordered it by mistake|ordered by mistake|accidentally ordered|ordered the wrong|ordered twice');
R('change_order', 4.5, /撤单|撤回订单|还能撤|能撤|(刚|才)(下|拍|买)的(单|订单)?.{0,6}(不要|不想要|取消|撤)|分开(寄|发|送)|(两|几|#n)个地址|改到(周|星期|明天|后天|下周|#n号|#n点|晚上|下午|上午)/);
R('change_order', 4.5, /(地址|电话|手机号?|收件人|收货人|送货时间|配送时间|送货日期|配送日期|规格|尺码|型号|时间)(能|可以|可不可以|能不能)(改|修改|更改|换)/);
L('change_order', 4.5, 'add an item|add to my order|add something to|stop my order|stop the order|stop the shipment|hold my order|put the wrong|entered the wrong|typed the wrong|gave the wrong|wrong apartment|wrong flat|wrong house number|wrong zip|wrong postcode|pickup point|pick-up point|collection point|switch my delivery');
L('change_order', 4, '少写|漏写|写漏|门牌号|数量改|改数量|cancel one|cancel just|cancel part|cancel an item|cancel one item');
L('change_order', 4, '应该拍|应该买|本来要拍|本来想拍|下错单|address instead|to my work address|to a different address|to another address|to my new address');
R('change_order', 4.5, /\b(change|update|edit)\b.{0,12}\b(size|colou?r|quantity|item)\b.{0,12}\b(on|in) (my|the) order\b/);

// ── price_protection: price dropped, promo missed, compensation ────────────────────────────
L('price_protection', 4.5, '价保|保价|价格保护|降价|补差|差价|退差|便宜了|少优惠|优惠没|券没|没用上|没享受|补偿|赔偿|京豆|价格申诉|报价申诉|price drop|price dropped|price adjustment|price protection|price match|partial refund|compensat|went down in price|cheaper now');
R('price_protection', 4.5, /\bprice\b.{0,25}\b(dropped|went down|reduced|is lower|was lowered|cheaper)\b|\b(refund|pay|credit) (me )?the difference\b|\bdifference in price\b/);
L('price_protection', 2.5, '限时|限量|满足条件|活动期间|券|优惠券|优惠卷|优惠|领的券|领的卷|满减|活动|折扣|现在买|现在卖|现在只要|比我买|便宜|返现|送的券|coupon|promo|discount|free delivery|shipping charge|extra charge|cheaper|price');
R('price_protection', 5, /(券|优惠|红包|折扣|满减|积分).{0,4}(用不了|不能用|用不上|无法使用|没法用|不能使用|领不了|领不到|不生效)/);
R('price_protection', 4, /(买|拍|下单|付款)(完|了|之后|后|的时候).{0,10}(降|便宜|少了|低了|又降|优惠)/);
R('price_protection', 3.5, /(现在|今天|昨天|隔天|第二天).{0,6}(降|便宜|少|优惠|满#n|只要|才)/);
R('price_protection', 3.5, /满(#n|\d+)(元|块)?减/);
R('price_protection', 3.5, /(怎么|为什么|咋)?(没|没有)(给我)?(减|优惠|打折|返)|(会员价|活动价|折扣价|到手价|优惠价)(没|不|没有)/);
L('price_protection', 4, 'price difference|sale price|deal price|lightning deal|promo code|discount code|coupon code|voucher|code didn\'t|didn\'t apply|not applied|wasn\'t applied|full price|credit for|any credit');
L('price_protection', 4.5, '价格更低|更低了|价格低了|更便宜|亏了|买亏|for less than|less than i paid|paid more|cheaper than|lower price|price is lower');
R('price_protection', 3.5, /(\d+|#n|[一二三四五六七八九])折/);
L('price_protection', 4, '有点亏|太亏|能补点|补点|补一点|on offer|was on sale|full amount|charged the full');

// ── warranty_usage: how to use / install, repair, warranty ─────────────────────────────────
L('warranty_usage', 4.5, '保修|维修|修理|返修|送修|售后电话|售后网点|售后点|售后服务单|说明书|使用说明|质保|三包|延保|换新保|碎屏险|怎么用|如何使用|怎么使用|使用方法|用法|怎么安装|如何安装|上门安装|预约安装|安装时间|收货后疑问|怎么设置|怎么调|怎么连接|怎么清洗|怎么拆|怎么启动|怎么开机|怎么预约|怎么充电|怎么配对|怎么绑定|用了这个');
L('warranty_usage', 1.5, '怎么操作|服务单|使用');
R('warranty_usage', 3.5, /(电池|配件|滤芯|刷头|零件|内胆|灯泡|耗材).{0,3}(能|可以|怎么|去哪|在哪)(换|买|配|更换)|能用多久|(用|使用)寿命/);
L('warranty_usage', 2.5, '安装|!售后|配件|备件|滤芯|耗材|设置|调节|正常吗|正常不|放几|放多少|几杯水|多少水|能不能用|可以用|能用吗|蒸|煮|注意事项|贴膜');
R('warranty_usage', 3, /(怎么|如何|怎样)(才能)?.{0,3}(用|装|调|拆|使用|安装|启动|预约|清洁|保养|设置|连接|清洗)/);
R('warranty_usage', 2, /(怎么|如何|怎样)(才能)?.{0,3}(弄|开|关|洗|接|连|放|设|清|充|打开|关闭)/);
R('warranty_usage', 3, /(可以|能|有)(单独)?(配|买|购买|换)(一?个)?.{0,5}(头|配件|盖子?|刷头?|滤芯|电池|线|零件)/);
R('warranty_usage', 2.5, /放进去|装上去?|盖上|插上|拧紧|盖紧|扣上|正常吗|正常不|正常么/);
R('warranty_usage', 3, /(售后|保修|维修).{0,4}(电话|地址|点|网点|多久|期|范围)/);
L('warranty_usage', 4.5, 'warranty|repair|how to use|how do i use|how do i set|how to set|how do i install|how to install|how do i connect|how to connect|user manual|instruction|tech support|technical support|deregister|set up|setup|install');
L('warranty_usage', 2.5, 'how do i|how can i|how to');
L('warranty_usage', 2, 'manual|support|settings|reset');
L('warranty_usage', 3.5, '怎么连|连wifi|连不上wifi|配网|联网|蓝牙|pair|pairing|bluetooth|firmware|reset it|factory reset|under warranty|get it fixed|get it repaired|能修|修一下|修好');
L('warranty_usage', 4.5, '哪里修|去哪修|在哪修|哪修|过保|保内|保外|descale|clean it|clean the|cleaning|maintenance');
L('warranty_usage', 4, '第一次用|首次使用|初次使用|用之前|使用前|第一次使用');
R('warranty_usage', 3, /(怎么|如何|怎样)(才能)?.{0,3}做/);

// ── invoice ────────────────────────────────────────────────────────────────────────────────
L('invoice', 5, '发票|开票|增票|专票|普票|增值税|抬头|税号|纳税人|信用代码|电子票|纸质票|报销凭证|invoice|vat|tax receipt');
L('invoice', 1.5, '#email');
L('invoice', 2.5, '报销|开具|换开|receipt|billing address');
R('invoice', 3, /票(要|多久|什么时候|开|寄|呢)/);
R('invoice', 4, /开.{0,5}票|(公司|个人|单位)的?票/);
L('invoice', 4, 'itemized|itemised|bill with|business name|company name|tax id|vat number|gst|收据');

// ── payment ────────────────────────────────────────────────────────────────────────────────
R('payment', 4.5, /(付|扣|支付|交)了?(两|2|#n|多)次|多(付|扣|收)了/);
L('payment', 4.5, '付不了|支付不了|付不上|无法支付|支付失败|付款失败|扣了两次|扣两次|重复扣|重复付|重复支付|多扣|扣款|扣费|扣钱|自动扣|自动续费|白条|花呗|分期|货到付款|提现|代付|对公|付款码|charged twice|double charged|payment failed|payment declined|card declined|charged me|was charged|been charged|still charged|unauthori|didn\'t approve');
L('payment', 2.5, '付款|支付|付钱|信用卡|银行卡|微信支付|支付宝|余额|积分|到账|转账|账户|奖励|payment|pay |paying|debit card|credit card|gift card|billing|charge|card|amazon pay|subscription');
R('payment', 4.5, /(付|扣|支付|交|收|扣款)了?(我)?(两|2|#n|多|几)次|(钱|款)(被)?扣了|扣了(我)?(钱|款)|(没|未)(付|支付|付款)成功|(付款|支付)(没|未)成功|付不出|付不进/);
R('payment', 4.5, /\b(charged|took|taken|take|debited|billed)\b.{0,30}\b(twice|two times|double|again)\b|\b(money|payment|charge)\b.{0,20}\b(twice|taken|deducted)\b/);
L('payment', 4, 'paypal|apple pay|google pay|declined|pending charge|pre-authori');
R('payment', 4.5, /分(几|两|三|六|十二|#n|\d+)期|免息|限额|付款.{0,3}提示/);
L('payment', 4, '付定金|交定金|定金|订金|尾款|payment method|payment option');
L('payment', 4, 'transactions|transaction|two charges|double payment|转圈|付款页面|支付页面|付款界面|信用卡付|能用信用卡');
L('payment', 2.5, 'checkout');

// ── complaint: escalation, threats, plain dissatisfaction with the shop ────────────────────
L('complaint', 5, '!投诉|12315|12345|!工商|!消协|消费者协会|!平台介入|客服介入|小二介入|申请介入|!举报|!曝光|!记者|!律师|!起诉|!法院|!告你|打官司|市场监管|!找你们领导|找领导|找主管|找经理|找负责人|你们领导|你们经理|你们主管|上级');
L('complaint', 3, '!差评|服务太差|服务差|态度差|态度太差|态度恶劣|什么态度|什么服务|不负责|推卸|踢皮球|敷衍|太过分|太离谱|坑人|坑爹|骗子|欺骗|套路|忽悠|扯淡|恶心|无语|失望|什么玩意|受不了|被骗|平台处理|不受重视|常见的套路');
L('complaint', 2.5, 'complain');
L('complaint', 4.5, 'will complain|file a complaint|lodge a complaint|complain to|lawyer|sue you|legal action|court|consumer forum|consumer court|report you|manager|supervisor|escalate|2nd tier|second tier|higher authority|serious consequences|govt|government|trading standards|#fail|#bigfail|boycott');
L('complaint', 3, 'customer service|customer support|cust. service|your support|your service|your reps|reps|agents|disappoint|unprofessional|incompetent|pathetic|terrible service|worst|horrible|awful|useless|frustrat|harass|bully|bullying|disgusting|let me down|fed up|nonsensical|ridiculous|unacceptable|twats|idiots|morons|cheating|scam|switching|never shop|never order|never buy');
L('complaint', 4, '没人解决|没人处理|没有人处理|一直拖|拖了|差劲|不解决');
L('complaint', 4.5, 'ombudsman|better business bureau|bbb|regulator|watchdog|citizens advice');
R('complaint', 3, /#\w*(fail|pathetic|worst|shame|poor|terrible|awful)\w*|\b(i'?m|i am|i will|i'll|will be) (cancel(l?ing)?|clos(e|ing)|leaving|switching|quitting)\b/);
R('complaint', 5, /(?<!多)媒体|报警(?!器)/, true);
R('complaint', 3, /垃圾(?!袋|桶|分类|篓|箱)/);
R('complaint', 3.5, /(服务|态度|客服)(也|真|太|很|好|非常|特别)*(差|烂|垃圾|恶劣|敷衍)/);
R('complaint', 5, /(客服|回复|回消息|处理|答复)(也|真|太|很|好|非常|特别)*(慢|敷衍)|没人(理|回|管)|不理人|爱答不理|问了(好几|几|两|三|#n)(遍|次)/);
R('complaint', 5, /(处理|解决|回复|办事|效率|售后).{0,6}(这么|太|好|真|也太)慢|服了你们|真服了/);
L('complaint', 4.5, 'shocking service|poor service|bad service|shocking|找平台|找淘宝|找京东|找天猫|找小二|管不管|没人管');
L('complaint', 4.5, 'on hold for|been on hold|appalling|disgraceful|shambles');
R('complaint', 4, /\b(agents?|reps?|staff|chat|support|customer service)\b.{0,20}\b(keep|keeps|kept)\b/);

// ── review ────────────────────────────────────────────────────────────────────────────────
L('review', 4.5, '追评|删评|删除评价|改评价|修改评价|改差评|撤评|好评返现|评价返现|晒图|评价|好评|中评|评论|五星|5星');
L('review', 3, 'review|rating|rate my|five star|5 star|1 star|one star|feedback');
L('review', 3.5, '返现');
L('review', 5.5, 'fake review|report a review|report the review|report this review|review on my listing');
L('review', 4, '给好评|好评有|评价有|评价奖励|返几块|leave a review|post a review|write a review|my review|a rating|the rating');
R('review', 5.5, /(删|撤|改|修改|追加|删除|撤回|删掉|撤销)(了|掉|一下)?.{0,3}(差评|好评|中评|评价|评论)|(差评|好评|中评|评价|评论).{0,8}(删|撤|改|修改|删除|撤回|删掉)/);
R('review', 5.5, /\b(remove|delete|edit|change|update)\b.{0,12}\b(review|rating)\b/);

// ── cross_border ──────────────────────────────────────────────────────────────────────────
R('cross_border', 5, /转运(?!中心|站|场|点)/);
L('cross_border', 5, '海关|清关|关税|报关|直邮|保税|跨境|海淘|国际快递|国际物流|境外|海外|国外|英文版|英文网站|外文|customs|import tax|import duty|duties|international shipping|ship internationally|overseas|abroad');
L('cross_border', 2.5, '身份证|实名认证|international|in usa|from the us|from usa|from uk|to india');
L('cross_border', 3, '香港|澳门|台湾|港澳|日本|韩国|美国|英国|澳洲|加拿大|新加坡|马来西亚|us store|uk store|amazon.com|amazon.co.uk');
L('cross_border', 4.5, '交税|缴税|税费|进口税|补税|关税');
R('cross_border', 4.5, /\b(ship|deliver|send|order)\w*\b.{0,14}\b(to|from|in) (canada|mexico|australia|india|ireland|germany|france|japan|china|brazil|spain|italy|the us|the usa|the uk|europe|uae|dubai|singapore|new zealand|another country)\b/);
R('cross_border', 5.5, /\b(vat|tax|duty|duties|fees?|charges?)\b.{0,15}\b(on import|import|customs|abroad|international)|\bimport(ed|ing)?\b.{0,10}\b(vat|tax|fee|charge)/);

// ── presale: questions before buying ───────────────────────────────────────────────────────
L('presale', 4, '有货吗|有没有货|还有货|现货|库存|什么材质|材质|面料|纯棉|成分|能便宜|便宜点|便宜吗|少点|打折|包邮|多少钱|原价|秒杀|几折|区别|有什么不一样|有什么不同|哪个好|哪款好|适合|正品吗|是正品|正品不|保质期|几码|穿多大|买多大|多大码|多少斤|斤以内|还没买|想买|准备买|打算买|购买前|怎么下单|怎么购买|怎么拍|能拍|拍几|拍两|拍四|可以送到|能送到|送到吗|送得到|配送范围|元吗|块吗|块钱|能拿下|什么日期|生产日期');
L('presale', 2.5, '多重|多长|多高|多宽|多大|尺寸|价格|颜色|规格|型号|款式');
L('presale', 2, '发什么|带不带|送不送|几号|推荐|有没有|是不是');
R('presale', 4, /(能|可以|还能|有|会)(再)?(优惠|便宜|打折|送|赠)(吗|么|不|没|点|一点)/);
R('presale', 3.5, /活动.{0,4}(到什么时候|到几号|什么时候(结束|开始|截止)|还有吗|多久)/);
R('presale', 3.5, /(码|号)(合适|合身|偏大|偏小|标准|正)/);
R('presale', 2.5, /\d+(\.\d+)?一?(元|块|包|袋|盒|抽|斤|ml|g|支|瓶|片)/);
R('presale', 3, /(能|可以|会|支持)(不能)?(定时|预约|折叠|水洗|机洗|调节|拆洗|无线|防水)/);
R('presale', 3.5, /(怕|担心|会不会|是不是|万一).{0,3}(假|正品|仿)/);
L('presale', 1.2, '#url|这个|这款|哪款|哪个|有吗|有么');
L('presale', 3, 'in stock');
L('presale', 4, 'difference between|does it come with|comes with|compatible|before buying|before i buy|is it original|is it genuine|available in|what size|which size|how much is|how much does');
L('presale', 3.5, 'does it fit|will it fit|will this fit|does this fit|would it fit|is it compatible|is this compatible');
L('presale', 2.5, 'does this|does it|fit a|fit my');
L('presale', 2, 'size|available|price|cost|stock|correct\\?');
R('presale', 3.5, /还有.{0,6}(的|色|码|号|款|货)(吗|么|不|没)|(要不要|是否|先)(付款|下单|拍)|(付款|下单)的话|(#n|几|多少|\d)(-#n)?(个)?人(用|使用|吃|住)/);
R('presale', 3.5, /(有没有|有木有|还有没有|有)(大|小|加大|加长|别的|其他|其它|新|白|黑|红|蓝|粉|灰)(一)?(号|码|点|款|色|颜色|尺寸)|(能|可以|可不可以)(装|放|用|洗|煮|烤|微波|进洗碗机|机洗)(开水|热水|吗|么|不)/);
L('presale', 3.5, 'come in|comes in|bigger size|smaller size|other colou|will it work with|work with my');
R('presale', 4, /(软|硬|大|小|厚|薄|长|短|重|轻|新|旧|深|浅)还是(软|硬|大|小|厚|薄|长|短|重|轻|新|旧|深|浅)|是(新款|老款|旧款|今年)(的)?(吗|还是)/);
L('presale', 4, 'or the older|or the newer|or the old one|or the new one|which model|what model|which version|what version');
R('presale', 4, /\b(does|do|will|can|is) (it|this|that|the [a-z0-9 ]{1,25}) (support|have|include|work with|fit|come with|take)\b/);
L('presale', 2.5, 'microsd|sd card|memory card|sim card');

// ── other: greetings, thanks, account chit-chat, off-domain ────────────────────────────────
L('other', 1, '你好|您好|在吗|在不在|有人吗|hello|hi |hey|谢谢|感谢|多谢|辛苦|thanks|thank you|好的|好吧|嗯|哦|ok|okay|再见|拜拜|没事了|没有了|不用了|算了');
L('other', 1.5, 'email|dm|dms|account');
// A review already given, said in passing ("已经好评了"), closes a chat; it asks for nothing.
L('other', 5, '已经好评|已好评|已评价|已经评价|评价过了|好评了');
R('other', 3.5, /\b(linked to my|syncs? (to|with)|two accounts|separate accounts|merge (our |my |the )?(\w+ )?accounts|close my account|delete my account|open (a|an) (\w+ )?account|reset my password|verification code)\b/);
L('other', 4, '账号|密码|登录|登陆|验证码|实名|绑定|入驻|开店|申请店铺|注册|店铺申请|password|sign up|signed up|log in|login|sign in|hire|job|prime video|blueprint|drag & drop|subscribe & save|扣点|佣金|运营');
