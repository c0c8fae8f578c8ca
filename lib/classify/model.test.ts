/** The learned classifier: its shipped weights match the corpus, stay small, and behave. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SCENARIO_NET, moodByNeed, trainingHash } from '../../scripts/train-classifier';
import { readSplit } from '../../scripts/classifier/corpus';
import { SCENARIO_IDS } from '../scenarios';
import { classify } from './index';
import { featureRows, headProbs, loadModel, stem, strongestGrams, surface, textFeatures, vocabNames, type Head } from './model';
import { frontCode } from '../../scripts/classifier/huffman';
import { MODEL } from './model.generated';
import { normalize } from './normalize';

describe('learned classifier', () => {
  it('is up to date with data/corpus (else: npm run train)', () => {
    expect(MODEL.hash).toBe(trainingHash());
  });

  it('ships at most 150 kB gzip', () => {
    expect(gzipSync(readFileSync(join(import.meta.dirname, 'model.generated.ts')), { level: 9 }).length).toBeLessThanOrEqual(150 * 1024);
  });

  it('trains on at least 12,000 own cases (≥ 8,000 zh, ≥ 4,000 en), every scenario with ≥ 100', () => {
    const train = readSplit('train');
    const zh = train.filter((c) => c.lang === 'zh').length;
    const en = train.filter((c) => c.lang === 'en').length;
    expect(train.length).toBeGreaterThanOrEqual(12_000);
    expect(zh).toBeGreaterThanOrEqual(8_000);
    expect(en).toBeGreaterThanOrEqual(4_000);
    for (const id of SCENARIO_IDS) expect(train.filter((c) => c.primary === id).length, id).toBeGreaterThanOrEqual(100);
  });

  it('extracts Han 1–3-grams and Latin words and bigrams', () => {
    expect(textFeatures('退款吧')).toEqual(['退', '退款', '退款吧', '款', '款吧', '吧']);
    expect(textFeatures('my order #ord')).toEqual(['my', 'my order', 'order', 'order #ord', '#ord']);
  });

  it('reads a Latin word by its stem, so inflections share a feature, and shows cues as the buyer wrote them', () => {
    for (const [forms, s] of [[['refund', 'refunds', 'refunded', 'refunding'], 'refund'], [['ship', 'ships', 'shipped', 'shipping'], 'ship'], [['charge', 'charged', 'charges'], 'charg'], [['delivery', 'deliveries'], 'delivery'], [['cancel', 'cancelled', 'canceled'], 'cancel']] as const) {
      for (const f of forms) expect(stem(f), f).toBe(s);
    }
    // Short words, doubled letters of the word itself and placeholders stay.
    for (const w of ['was', 'this', 'call', 'sell', 'miss', 'address', 'status', '#ord']) expect(stem(w)).toBe(w);
    expect(stem('called')).toBe('call');
    expect(textFeatures('refunded twice')).toEqual(['refund', 'refund twic', 'twic']);
    expect(surface('refund twic', 'they refunded twice')).toBe('refunded twice');
    expect(surface('退款', 'x')).toBe('退款');
    // The shipped model finds an inflection it may never have seen in training through its stem.
    const m = loadModel(MODEL);
    const a = featureRows(m, normalize('I was charged twice')), b = featureRows(m, normalize('I was charge twice'));
    expect(a).toEqual(b);
    const c = m.heads.scenario.classes.indexOf('payment');
    expect(strongestGrams(m, m.heads.scenario, a, c, 3, normalize('I was charged twice')).join(' ')).toMatch(/charged/);
  });

  it('names the longer n-gram as the cue when a shorter one inside it weighed more ("退货", not "退")', () => {
    // A hand-made head: one class, weights 退 6, 货 1, 退货 4 (the bigram's length bonus ties it with 退).
    const names = ['退', '货', '退货'];
    const m = { index: new Map(), han: new Map(), names, heads: {} } as unknown as Parameters<typeof strongestGrams>[0];
    const h = { classes: ['x'], w: Int8Array.from([6, 1, 4]), from: 0, to: 3, scale: 1, bias: new Float64Array(1), floor: 1 };
    expect(strongestGrams(m, h, [0, 1, 2], 0, 3, '我要退货')).toEqual(['退货']);
  });

  it('reads a net head: rows sum into rectified units, which give the classes; the cues are what the units switched on carry', () => {
    // Two units, two classes. Rows: 0 ("退货") feeds unit 0, 1 ("质量") unit 1, 2 ("不") pushes unit 1 off.
    const names = ['退货', '质量', '不'];
    const m = { index: new Map(), han: new Map(), names, heads: {} } as unknown as Parameters<typeof strongestGrams>[0];
    const w = Int8Array.from([4, 0, 0, 4, 0, -8]);
    const h: Head = { classes: ['return', 'quality'], w, from: 0, to: 3, scale: 1, bias: Float64Array.from([0, 0]), floor: 1, hidden: { H: 2, b1: Float64Array.from([0, 0]), w2: Float64Array.from([1, 0, 0, 1]) } };
    // Rows 0 and 1 (k = 1/√2): units 2.83 and 2.83, so the classes tie; with row 2 as well (k = 1/√3) unit 1 is off.
    const both = headProbs(h, [0, 1]);
    expect(both[0]).toBeCloseTo(0.5, 12);
    const z = 4 / Math.sqrt(3);
    expect(headProbs(h, [0, 1, 2])[0]).toBeCloseTo(1 / (1 + Math.exp(-z)), 12);
    // A row weight of 2 counts the row twice over.
    expect(headProbs(h, [0, 1], [2, 1])[0]).toBeGreaterThan(0.5);
    // A net with rows of its own (HeadData.rows) counts only them in 1/√count, as a regression does.
    const own: Head = { ...h, w: Int8Array.from([4, 0, 0, 4, 0, 0]), to: 2 };
    expect(headProbs(own, [0, 2])[0]).toBeCloseTo(headProbs(own, [0])[0], 12);
    // "质量" carries quality only while its unit is on.
    expect(strongestGrams(m, h, [0, 1], 1, 3, '退货 质量')).toEqual(['质量']);
    expect(strongestGrams(m, h, [0, 1, 2], 1, 3, '退货 质量 不')).toEqual([]);
    expect(strongestGrams(m, h, [0, 1, 2], 0, 3, '退货 质量 不')).toEqual(['退货']);
  });

  it('never shows a lone Han character as a cue, even when nothing longer weighed for the class', () => {
    const names = ['色', '实', '偏黄', '图片'];
    const m = { index: new Map(), han: new Map(), names, heads: {} } as unknown as Parameters<typeof strongestGrams>[0];
    const h = { classes: ['x'], w: Int8Array.from([6, 5, 2, 1]), from: 0, to: 4, scale: 1, bias: new Float64Array(1), floor: 1 };
    expect(strongestGrams(m, h, [0, 1, 2, 3], 0, 3, '实物颜色偏黄 和图片不一样')).toEqual(['偏黄', '图片']);
    expect(strongestGrams(m, h, [0, 1], 0, 3, '实物颜色')).toEqual([]);
  });

  it('reads emoji as features of their own', () => {
    expect(textFeatures(normalize('still waiting 🙄'))).toContain('🙄');
    const m = { index: new Map([['🙄', 0]]), han: new Map(), names: ['🙄'], heads: {} } as unknown as Parameters<typeof featureRows>[0];
    expect(featureRows(m, normalize('还没到 🙄'))).toEqual([0]);
  });

  it('ships its vocabulary front-coded and reads it back name for name', () => {
    const names = ['refund', 'refund for', 'refund me', 'return', '12315', '退货', '退货地', '退款', '😡', '😭', '🙏', 'a', ''];
    const coded = frontCode(names);
    expect(coded.split('|').slice(0, 4)).toEqual(['0refund', '6 for', '7me', '2turn']);
    expect(vocabNames(coded)).toEqual(names);
    // An emoji is never cut in two (the generated file stays well-formed text).
    expect(/\|[0-9a-z][\udc00-\udfff]/.test(coded)).toBe(false);
    expect(vocabNames('')).toEqual([]);
    expect(() => frontCode(['a|b'])).toThrow(/separator/);
  });

  it('lets a side head read only its own rows, counting only them in 1/√count', () => {
    // Rows 0–1 are the head's own; rows 2–3 weigh 0 for it and must not dilute its reading.
    const h: Head = { classes: ['no', 'yes'], w: Int8Array.from([0, 2, 0, 2, 0, 0, 0, 0]), from: 0, to: 2, scale: 1, bias: new Float64Array(2), floor: 1 };
    const own = headProbs(h, [0, 1]);
    expect(headProbs(h, [0, 1, 2, 3])[1]).toBeCloseTo(own[1], 12);
    // (With every row its own, the two extra rows count: a weaker reading.)
    expect(headProbs({ ...h, to: 4 }, [0, 1, 2, 3])[1]).toBeLessThan(own[1]);
    const m = loadModel(MODEL);
    for (const name of ['risk', 'sentiment']) {
      const s = m.heads[name];
      expect(s.to - s.from, name).toBeLessThan(m.names.length);
      const K = s.classes.length;
      expect(s.w.subarray(0, s.from * K).every((v) => v === 0) && s.w.subarray(s.to * K).every((v) => v === 0), name).toBe(true);
    }
  });

  it('gives probabilities that sum to one in every head', () => {
    const m = loadModel(MODEL);
    // The scenario head is the net (scripts/train-classifier.ts SCENARIO_NET); the side heads are regressions.
    expect(m.heads.scenario.hidden?.H).toBe(SCENARIO_NET.H);
    expect(m.heads.scenario.hidden?.w2).toHaveLength(SCENARIO_NET.H * SCENARIO_IDS.length);
    expect(m.heads.risk.hidden).toBeUndefined();
    const rows = featureRows(m, normalize('包裹好几天不动了'));
    expect(rows.length).toBeGreaterThan(0);
    for (const h of Object.values(m.heads)) expect([...headProbs(h, rows)].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
  });

  it('explains itself: the cues of the top scenario are n-grams of the buyer text', () => {
    for (const t of ['快递三天没动了到底发没发', 'my package says delivered but it is not here']) {
      const c = classify({ messages: [t] });
      expect(c.scenarios[0].cues.length).toBeGreaterThan(0);
      for (const cue of c.scenarios[0].cues) expect(normalize(t)).toContain(cue.split(' ')[0]);
    }
  });

  it('reads plain needs it was never shown word for word', () => {
    expect(classify({ messages: ['能开增值税专票吗'] }).scenarios[0].id).toBe('invoice');
    expect(classify({ messages: ['鞋子开胶了我要退货'] }).scenarios[0].id).toBe('return_refund');
    expect(classify({ messages: ['在吗', '好的谢谢'] }).scenarios[0].id).toBe('other');
  });
});

describe('the mood given the need (ModelData.moodByNeed)', () => {
  const K = 3; // calm, anxious, angry (the sentiment head's classes)
  const even = () => ({ zh: Array<number>(SCENARIO_IDS.length * K).fill(1), en: Array<number>(SCENARIO_IDS.length * K).fill(1) });
  const lifted = (lang: 'zh' | 'en', k: number) => {
    const t = even();
    t[lang] = t[lang].map((v, i) => (i % K === k ? 50 : v));
    return t;
  };
  const text = ['@AmazonHelp the driver says it was delivered, nothing at my door'];
  const mood = (table: ReturnType<typeof even> | undefined) => classify({ messages: text, model: loadModel({ ...MODEL, moodByNeed: table }) }).sentiment;

  it('weighs the sentiment head by how likely each mood is given the need read, in the text\'s language', () => {
    expect(MODEL.heads.sentiment.classes).toEqual(['calm', 'anxious', 'angry']);
    expect(mood(even())).toBe(mood(undefined));
    expect(mood(lifted('en', 2))).toBe('angry');
    expect(mood(lifted('en', 1))).toBe('anxious');
    expect(mood(lifted('en', 0))).toBe('calm');
    // The Chinese table does not read English text.
    expect(mood(lifted('zh', 2))).toBe(mood(undefined));
  });

  it('is learned from the training cases of each language', () => {
    const c = (lang: 'zh' | 'en', primary: (typeof SCENARIO_IDS)[number], sentiment: 'calm' | 'anxious' | 'angry') => ({ messages: ['x'], primary, labels: [primary], risk_kinds: [], sentiment, lang, register: '', where: 't' });
    const cases = [...Array(10)].flatMap(() => [c('en', 'shipping_exception', 'angry'), c('en', 'other', 'calm'), c('zh', 'shipping_exception', 'calm')]);
    const t = moodByNeed(cases);
    const at = (lang: 'zh' | 'en', s: (typeof SCENARIO_IDS)[number], k: number) => t[lang][SCENARIO_IDS.indexOf(s) * K + k];
    expect(at('en', 'shipping_exception', 2)).toBeGreaterThan(100);
    expect(at('en', 'other', 2)).toBeLessThan(100);
    expect(at('zh', 'shipping_exception', 2)).toBeLessThan(100);
    expect(t.en).toHaveLength(SCENARIO_IDS.length * K);
  });
});
