import { classifyBaseline } from './baseline';
import { evaluate, parseCase, type LabelledCase } from './metrics';
import type { Classification } from './types';

const pred = (ids: string[], risky = false, sentiment: Classification['sentiment'] = 'calm'): Classification => ({
  scenarios: ids.map((id) => ({ id: id as never, score: 0.5, cues: [] })),
  risk: { flags: risky ? ['complaint_threat'] : [], cues: [] },
  sentiment,
  urgency: { level: 0, cues: [] },
});

const cases: LabelledCase[] = [
  { id: 'a', messages: ['x'], primary: 'invoice', labels: ['invoice'], risk: false, sentiment: 'calm' },
  { id: 'b', messages: ['x'], primary: 'return_refund', labels: ['return_refund', 'quality_issue'], risk: true, sentiment: 'angry' },
  { id: 'c', messages: ['x'], primary: 'presale', labels: ['presale'], risk: false, sentiment: 'calm' },
  { id: 'd', messages: ['x'], primary: 'presale', labels: ['presale'], risk: true, sentiment: 'anxious' },
];

describe('evaluate', () => {
  const r = evaluate(cases, [
    pred(['invoice']), // right
    pred(['quality_issue', 'return_refund'], true, 'angry'), // right (second label), risk tp
    pred(['other', 'payment', 'presale'], true), // wrong top-1, top-3 hit, risk fp
    pred(['other', 'payment', 'invoice', 'presale']), // wrong, top-3 miss (4th), risk fn
  ]);
  it('computes top-1 and top-3 against the label lists', () => {
    expect(r.top1).toBe(0.5);
    expect(r.top3).toBe(0.75);
  });
  it('computes risk precision, recall and F1', () => {
    expect(r.risk).toMatchObject({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5, f1: 0.5 });
  });
  it('computes sentiment accuracy, per-scenario recall and the confusion table', () => {
    expect(r.sentiment).toBe(0.75);
    expect(r.perScenario.find((p) => p.id === 'presale')).toEqual({ id: 'presale', n: 2, recall: 0, recall3: 0.5 });
    expect(r.confusion.presale.other).toBe(2);
    expect(r.errors.map((e) => e.id)).toEqual(['c', 'd']);
    expect(r.sentimentConfusion).toEqual({ calm: { calm: 2, anxious: 0, angry: 0 }, anxious: { calm: 1, anxious: 0, angry: 0 }, angry: { calm: 0, anxious: 0, angry: 1 } });
  });
});

describe('parseCase', () => {
  it('reads messages or text and puts the primary label first', () => {
    const c = parseCase('{"id":"z","text":"hello","labels":["review"],"primary":"complaint","risk":true,"sentiment":"angry"}');
    expect(c).toEqual({ id: 'z', messages: ['hello'], primary: 'complaint', labels: ['complaint', 'review'], risk: true, sentiment: 'angry' });
  });
  it('throws on lines without messages or labels', () => {
    expect(() => parseCase('{"id":"z"}')).toThrow();
    expect(() => parseCase('{"id":"z","text":"hi"}')).toThrow();
    expect(() => parseCase('not json')).toThrow();
  });
});

describe('naive baseline', () => {
  it('counts the typical words and falls back to other', () => {
    expect(classifyBaseline(['我要退货，退货地址发我']).scenarios[0].id).toBe('return_refund');
    expect(classifyBaseline(['今天天气不错']).scenarios[0].id).toBe('other');
    expect(classifyBaseline(['再不处理就投诉']).risk.flags.length).toBe(1);
  });
});
