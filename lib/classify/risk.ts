/**
 * Risk flags, sentiment and urgency from the buyer's normalised messages.
 * Risk needs a threat, an insult or a demand to escalate (shared/spec/scenarios.md); plain
 * dissatisfaction makes a complaint but not a risk.
 */
import { negatedAt } from './matcher';
import type { RiskFlag, Sentiment } from './types';

type Rule = [RegExp, RiskFlag];

const RISK_RULES: Rule[] = [
  [/投诉|12315|12345|工商局?|消协|消费者协会|市场监管|(平台|客服|小二)介入|申请介入|举报|平台处理|找(平台|淘宝|京东|天猫|小二)/, 'complaint_threat'],
  [/找(你们|你们的)?(领导|主管|经理|负责人|上级|老板)|(叫|让)你们(领导|经理|主管|老板)/, 'complaint_threat'],
  [/\b(manager|supervisor|escalat(e|ed|ing|ion)|2nd tier|second tier|higher authority|serious consequences|trading standards|consumer (forum|court)|ombudsman|better business bureau|bbb|regulator|watchdog|citizens advice)\b|消保委|监管部门|监管局/, 'complaint_threat'],
  [/\b(file|lodge|filing|lodging|raise)\b.{0,12}\bcomplaint\b|\b(will|gonna|going to) complain\b|\bcomplain(ing)? (to|against)\b|\breport (you|this|it to)\b/, 'complaint_threat'],
  // Threatening to leave, or calling in the authorities.
  [/\b(i'?m|i am|i will|i'll|will be) (cancel(l?ing)?|clos(e|ing)) my (\w+ )?(account|membership|subscription)\b|\bgovt\b|\bgovernment\b.{0,30}\baction\b/, 'complaint_threat'],
  [/差评|中评|一星|1星|零分|\b(bad|negative|1[- ]star|one[- ]star) (review|rating|feedback)\b/, 'bad_review_threat'],
  [/律师|起诉|法院|告你们|打官司|报警(?!器)|法律途径|\b(lawyer|attorney|sue|suing|legal action|court)\b/, 'legal'],
  [/曝光|(?<!多)媒体|记者|(发|上|到)(微博|小红书|抖音|朋友圈)|发到网上|网上说|#\w*(fail|pathetic|shame|boycott|scam)\w*|\b(social media|go(ing)? viral)\b|#screenshots/, 'media'],
  [/傻逼|煞笔|傻b|智障|脑残|有病吧|你有病|去死|骗子|畜生|狗东西|废物|垃圾客服|垃圾店|(?<![翻打])滚(?![筒动轮珠刷子烫])|\b(twats?|idiots?|morons?|clowns?|incompetent|bully|bullying|scammers?|stupid (staff|people|agents|reps))\b/, 'abuse'],
];

// Matches that quote or deny a threat ("不会给差评", "won't complain") are not threats.
const SOFT = /(不会|不想|不要|不用|没有?|别|并不|不给)\s*(去|再|给你们?|给)?\s*$/;

const SLIP = /不小心|手滑|点错|误/;
const EDIT_BEFORE = /改|删|撤|手滑|点错|误|\b(edit|remove|delete|change|update)\b/;
const EDIT_AFTER = /^.{0,5}(改|删|撤|写错)/;

export interface RiskResult {
  flags: RiskFlag[];
  cues: string[];
}

/** Risk flags with the words that raised them (empty when the buyer makes no threat). */
export function detectRisk(texts: string[]): RiskResult {
  const flags = new Set<RiskFlag>();
  const cues: string[] = [];
  for (const t of texts) {
    for (const [re, flag] of RISK_RULES) {
      if (!re.test(t)) continue;
      for (const m of t.matchAll(new RegExp(re.source, 'g'))) {
        const before = t.slice(Math.max(0, m.index - 8), m.index);
        if (SOFT.test(before) || negatedAt(t, m.index)) continue;
        // "给了中评怎么改", "差评写错了想删掉": editing a review already given is no threat.
        if (flag === 'bad_review_threat' && (EDIT_BEFORE.test(t.slice(Math.max(0, m.index - 4), m.index)) || SLIP.test(t.slice(Math.max(0, m.index - 8), m.index)) || EDIT_AFTER.test(t.slice(m.index + m[0].length)))) continue;
        flags.add(flag);
        const cue = m[0].trim();
        if (!cues.includes(cue)) cues.push(cue);
      }
    }
  }
  return { flags: [...flags], cues };
}

const ANGRY_STRONG =
  /垃圾(?!袋|桶|分类|篓|箱)|太差|很差|真差|差劲|恶心|气死|生气|火大|无语|扯淡|什么玩意|搞什么|坑爹|坑人|好坑|太坑|骗人|被骗|忽悠|过分|离谱|服了|凭什么|受不了|不受重视|套路|费劲|真麻烦|太麻烦|这么多事|没看见吗|你没看见|怎么能这样|怎么这样|给你用|敷衍|不负责|态度差|什么态度|什么服务|不要脸|差评|投诉|!{3,}|\b(disgust\w*|pathetic|worst|wrst|terrible|horrible|awful|useless|ridiculous|unacceptable|fed up|frustrat\w*|annoy\w*|irritat\w*|disappoint\w*|incompetent|nonsens\w*|scam\w*|cheating|wtf|bloody|screw\w*|nightmare|mugged|rubbish|unprofessional|twats?|idiots?|bully\w*|harrass?\w*|let me down|fix it|poor service|big ?fail|#fail|serious consequences|fed-up|do nothing|refus\w* to help|night ?mare|what's the point|poor|for weeks|ignores?|ignored|sick of|tired of|never again|switching|vanished|so late|not acceptable)\b|:\/|你(能|会)不知道|难道|有点常识|假货|😡|🤬|😠|👿|💢|🙄|😑|😤/;
const ANGRY_WEAK = /怎么回事|到底|为什么|什么意思|还要|又|!!|\?!|？！|\b(seriously|again|still nothing|why can i not|really awesome)\b|😒|😾/;
const ANXIOUS =
  /急(?!事)|快点|赶紧|尽快|马上|怎么还|还没|怎么办|人呢|有人吗|\?\?|？？|担心|怕是|怕送|等了|催|一直没|怎么不|没有人|不对|不行吗|没法|还在揽收|提前|宝宝|\b(unable|didn't approve|never hit|don't like)\b|这么久|太久|请回答|是不是送错|要就要换|\b(asap|urgent\w*|please help|help!|still|worried|supposed to|what's the delay|any chance|why hasn't|how can i receive|too busy|no tracking|i need|need (it|the|this)|appreciate a call|going to be charged|hasn't been received|didn't even)\b|😭|😫|😩|😰|😟|😢|😳|😕|😐|🙏|😥|哭/;

/** calm | anxious | angry, from the buyer's words (newer messages weigh more). */
export function detectSentiment(texts: string[], weights: number[], risky: boolean): Sentiment {
  let angry = risky ? 1 : 0;
  let anxious = 0;
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i];
    const w = weights[i];
    if (ANGRY_STRONG.test(t)) angry += 1.2 * w;
    if (ANGRY_WEAK.test(t)) angry += 0.35 * w;
    if (ANXIOUS.test(t)) anxious += w;
  }
  if (angry >= 0.9) return 'angry';
  if (anxious + angry >= 0.6) return 'anxious';
  return 'calm';
}

const URGENT_HIGH = /急用|着急|马上|立刻|立即|赶紧|十万火急|今天必须|今天一定|\b(asap|urgent\w*|immediately|right now|right away)\b/g;
const URGENT_LOW = /快点|尽快|催|今天|明天|几点|还没|多久|什么时候|\b(soon|today|tonight|tomorrow|when|still|by (monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/g;

/** Urgency 0..2 with cues: time words, hurry words, repeated messages. */
export function detectUrgency(texts: string[], sentiment: Sentiment, risky: boolean): { level: 0 | 1 | 2; cues: string[] } {
  const high = new Set<string>();
  const low = new Set<string>();
  for (const t of texts) {
    for (const m of t.matchAll(URGENT_HIGH)) high.add(m[0]);
    for (const m of t.matchAll(URGENT_LOW)) low.add(m[0]);
  }
  // The same message sent again, or three question marks in a row, is the buyer chasing.
  const seen = new Set<string>();
  let repeated = false;
  for (const t of texts) {
    if (t.length > 1 && seen.has(t)) repeated = true;
    seen.add(t);
  }
  const cues = [...high, ...low];
  if (repeated) cues.push('重复发送 / repeated');
  if (high.size > 0 || repeated || risky) return { level: 2, cues };
  if (low.size > 0 || sentiment !== 'calm') return { level: 1, cues };
  return { level: 0, cues };
}
