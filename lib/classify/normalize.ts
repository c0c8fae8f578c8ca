/**
 * Text normalisation before cue matching: one spelling for each thing the lexicons look for.
 * Full-width → half-width, lower case, common traditional characters → simplified, chat slang →
 * standard words, masked or real order numbers → placeholder tokens, platform boilerplate removed.
 */

// Traditional → simplified for the characters our lexicons use (pairs: traditional, simplified).
// A full table would be ~100 kB; these cover the after-sales vocabulary cheaply.
const TRAD_PAIRS =
  '貨货換换發发麼么壞坏質质問问題题單单運运費费訂订價价錢钱還还沒没這这個个時时間间錯错遞递號号碼码開开維维裝装說说書书評评論论應应該该給给讓让為为嗎吗們们幫帮補补償偿關关稅税報报訴诉師师體体買买賣卖實实際际與与樣样顏颜長长試试聯联係系繫系擊击從从來来會会後后麗丽東东車车節节線线斷断蓋盖級级紅红綠绿藍蓝黃黄當当認认證证識识務务態态並并雖虽點点鐘钟鋪铺廠厂購购優优額额輛辆種种歡欢壓压圖图啟启動动機机燈灯電电腦脑視视聽听響响門门鎖锁網网頁页記记錄录庫库倉仓處处寫写選选誤误謝谢請请煩烦饋馈項项雙双條条張张幾几兩两歲岁衛卫褲裤襪袜髮发紙纸損损傷伤爛烂異异聲声熱热涼凉溫温漲涨減减團团劵券專专業业戶户帳账賬账轉转預预約约攔拦簽签丟丢遺遗遲迟屬属員员經经領领導导訟讼險险無无須须齊齐積积極极擔担憂忧氣气騙骗爭争議议歸归邊边過过讀读據据國国護护郵邮達达區区縣县鄉乡鎮镇義义';

const TRAD = new Map<string, string>();
for (let i = 0; i + 1 < TRAD_PAIRS.length; i += 2) {
  if (TRAD_PAIRS[i] !== TRAD_PAIRS[i + 1]) TRAD.set(TRAD_PAIRS[i], TRAD_PAIRS[i + 1]);
}
const TRAD_RE = new RegExp(`[${[...TRAD.keys()].join('')}]`, 'g');
const FULL_WIDTH = /[\uff01-\uff5e\u3000]/g;
// Latin letters with a mark (envío, Rückerstattung, reçu): the bare letter, so that a word typed with or without its
// accents is one feature ("envio" and "envío" alike). Only these letters are decomposed: kana and Han stay as they are.
const MARKED = /[\u00c0-\u024f]/g;
const bare = (c: string): string => (c === 'ß' ? 'ss' : c.normalize('NFD')[0]);

// Chat slang and common misspellings → the standard form the lexicons use.
const SLANG: [RegExp, string][] = [
  [/肿么|腫麼|咋(?!舌)/g, '怎么'],
  [/木有|米有|么有|冇/g, '没有'],
  [/神马|虾米|啥子|啥/g, '什么'],
  [/为毛|为啥/g, '为什么'],
  [/酱紫/g, '这样'],
  [/介个/g, '这个'],
  [/肿么办/g, '怎么办'],
  [/表酱/g, '不要这样'],
  [/灰常/g, '非常'],
  [/滴(?=[东货])/g, '的'],
  [/\b(?:pls|plz|plse)\b/g, 'please'],
  [/\bu\b/g, 'you'],
  [/\bur\b/g, 'your'],
  [/\by'?all\b/g, 'you'],
  [/\br'?cd\b|\brecieved?\b|\brec'd\b/g, 'received'],
  [/\bdelivrd\b|\bdeliverd\b/g, 'delivered'],
  [/\bordr\b|\bodr\b/g, 'order'],
  [/\bpkg\b/g, 'package'],
  [/\bsuppose to\b/g, 'supposed to'],
  [/\bwaitin\b/g, 'waiting'],
  [/\bstil\b/g, 'still'],
  [/\bcoz\b|\bcuz\b|\bbcus\b|\bbcoz\b/g, 'because'],
  [/\bcant\b/g, "can't"],
  [/\bdont\b/g, "don't"],
  [/\bdoesnt\b/g, "doesn't"],
  [/\bwont\b/g, "won't"],
  [/\bdidnt\b/g, "didn't"],
  [/\bhavent\b/g, "haven't"],
  [/\bhasnt\b/g, "hasn't"],
  [/\bisnt\b/g, "isn't"],
  [/\bwasnt\b/g, "wasn't"],
  [/[’‘`]/g, "'"],
  [/&amp;/g, '&'],
];

const SLANG_HAN = SLANG.filter(([re]) => /[\u4e00-\u9fa5]/.test(re.source));
const SLANG_LATIN = SLANG.filter(([re]) => !/[\u4e00-\u9fa5]/.test(re.source));
const HAN_SLANG_TRIGGER = new RegExp(`[${[...new Set(SLANG_HAN.flatMap(([re]) => re.source.match(/[\u4e00-\u9fa5]/g) ?? []))].join('')}]`);
const LATIN = /[a-z'’‘`&]/;
const HASHTAG = /#([A-Za-z][A-Za-z0-9_]*)(?![\w-])/g;
const MASK_TRIGGER = /[[<#\d@]|订单|商品|http|人工|京东快递|咨询|解答|咚咚/;

// Masked spans in exported chat logs and real ids, both become placeholders so that digits
// never read as cues and "订单" inside an order card does not count as the buyer's words.
const MASKS: [RegExp, string][] = [
  // JD-style order cards and menu boilerplate carry no need of the buyer.
  [/[[【]?(?:咨询|查询)?订单(?:编号|号)[:：]?\s*(?:\[订单x\]|\[数字x\]|<num>|\d+)[，,]?\s*(?:订单金额[:：]?\s*(?:\[金额x\]|￥?[\d.]+|<num>)[，,]?\s*)?(?:下单时间[:：]?\s*(?:\[日期x\]|<num>|[\d-]+)\s*(?:\[时间x\]|[\d:]+)?)?[\]】]?/g, ' #ord '],
  [/商品(?:id|ID|号)[:：]?\s*(?:\[数字x\]|<num>|\d+)/g, ' #sku '],
  [/\[订单x\]/g, ' #ord '],
  [/\[邮箱x\]|[\w.+-]+@[\w-]+\.[\w.]+/g, ' #email '],
  [/\[(?:数字|金额|日期|时间|电话|身份证号|站点)x\]|<num>/g, ' #n '],
  [/\[(?:姓名|地址|组织机构)x\]/g, ' #name '],
  [/\[链接x\]|<url>|https?:\/\/\S+/g, ' #url '],
  [/#e-s\d*|\[[\u4e00-\u9fa5]{1,3}\]/g, ' '],
  [/\b\d{3}-\d{7}-\d{7}\b/g, ' #ord '], // Amazon
  [/\b\d{6}-\d{12,18}\b/g, ' #ord '], // Pinduoduo
  [/\b(?:[a-z]{2})?\d{10,}\b/g, ' #ord '], // long ids and tracking numbers
  [/我要转人工|转人工|人工客服|京东快递\(移动端\)/g, ' '],
  // A shop's service menu, picked by the buyer and sent as their message ("电热类-收货后疑问解答", "商品信息咨询",
  // "未购买咨询组" in the public JDDC 2019 / 2020 chats): the words are the menu's, not the buyer's, and the model read
  // "收货后疑问解答" as an angry complaint. What the choice says is kept as a mark (lib/classify/index.ts MENU): the goods
  // are received and the question is about them (#used), or not bought yet (#pre). The chat client's own line
  // before an order card ("顾客通过点击web咚咚…信息发送:") is no one's words.
  [/(?:[\u4e00-\u9fa5]{1,4}类-*)?(?:收货后疑问解答|售后服务咨询)/g, ' #used '],
  [/(?:[\u4e00-\u9fa5]{1,4}类-*)?购买前咨询|未购买咨询组|商品信息咨询/g, ' #pre '],
  [/顾客通过点击(?:web)?咚咚.{0,12}?信息发送[:：]?/g, ' '],
];

/** Normalises one message for matching (see file comment); cheap enough to run per keystroke. */
export function normalize(text: string): string {
  // A hashtag is words run together: "#AmazonFail" reads as "amazon fail", "#refund" as "refund" (JD's "#E-s" mark is left to MASKS).
  let s = text.includes('#') ? text.replace(HASHTAG, (_, w: string) => ` ${w.replace(/([a-z])(?=[A-Z])|_/g, '$1 ')} `) : text;
  // Native regex scans are far cheaper than a per-character loop when nothing needs replacing.
  s = s.replace(FULL_WIDTH, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
  s = s.replace(TRAD_RE, (c) => TRAD.get(c) ?? c);
  s = s.toLowerCase();
  s = s.replace(MARKED, bare);
  // Each group runs only when its trigger is present: most chat lines need none of them.
  if (MASK_TRIGGER.test(s)) {
    for (const [re, to] of MASKS) s = s.replace(re, to);
    // A tweet's @handles: the first addresses the support account ("@AmazonHelp"), an anonymised user is a number
    // ("@118374"); neither says anything of the need. Another named account tagged after the first (a regulator,
    // a minister, the press) is the buyer taking it further: #tag.
    let first = true;
    s = s.replace(/@(\w+)/g, (_, h: string) => {
      const tag = !first && /^[a-z_]/.test(h);
      first = false;
      return tag ? ' #tag ' : ' #at ';
    });
  }
  if (HAN_SLANG_TRIGGER.test(s)) for (const [re, to] of SLANG_HAN) s = s.replace(re, to);
  if (LATIN.test(s)) for (const [re, to] of SLANG_LATIN) s = s.replace(re, to);
  return s.replace(/\s+/g, ' ').trim();
}
