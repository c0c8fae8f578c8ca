import { classify } from './index';
import { buildLearned, grams, similarCorrections } from './learning';

describe('learning from the agent', () => {
  // A shop where "补寄" talk really means a missing item, which the lexicon reads as a delivery issue.
  const text = '包裹里的小螺丝刀补寄一下吧';
  const similar = '麻烦把小螺丝刀补寄给我';
  const unrelated = '发票抬头写错了，帮我改一下';

  it('grams are Han bigrams and Latin words, ids and digits excluded', () => {
    const g = grams('螺丝刀 broken screen [订单x]');
    expect(g.has('螺丝')).toBe(true);
    expect(g.has('丝刀')).toBe(true);
    expect(g.has('broken')).toBe(true);
    expect([...g].some((x) => x.includes('订单'))).toBe(false);
  });

  it('a correction moves the corrected scenario to the top for a similar (not identical) message', () => {
    const before = classify({ messages: [similar] }).scenarios.map((s) => s.id);
    expect(before[0]).not.toBe('warranty_usage');
    const learned = buildLearned([{ text, from: before[0], to: 'warranty_usage' }]);
    const after = classify({ messages: [similar], learned });
    expect(after.scenarios[0].id).toBe('warranty_usage');
    expect(after.scenarios[0].cues.some((c) => c.startsWith('learned'))).toBe(true);
  });

  it('does not disturb an unrelated message', () => {
    const learned = buildLearned([{ text, to: 'warranty_usage' }]);
    const plain = classify({ messages: [unrelated] });
    const withModel = classify({ messages: [unrelated], learned });
    expect(withModel.scenarios).toEqual(plain.scenarios);
  });

  it('works for English too and respects the from→to direction', () => {
    const msg = 'the lid of my kettle pops open when boiling';
    const base = classify({ messages: [msg] }).scenarios[0].id;
    const learned = buildLearned([{ text: 'kettle lid pops open while boiling water', from: base, to: 'quality_issue' }]);
    const r = classify({ messages: [msg], learned });
    expect(r.scenarios[0].id).toBe('quality_issue');
  });

  it('skips unknown scenario ids and empty text; an empty model changes nothing', () => {
    const m = buildLearned([
      { text: 'hello', to: 'not_a_scenario' },
      { text: '', to: 'invoice' },
    ]);
    expect(m.entries).toHaveLength(0);
    const msg = '快递到哪了';
    expect(classify({ messages: [msg], learned: m })).toEqual(classify({ messages: [msg] }));
  });

  it('similarity ranks the closer correction first', () => {
    const m = buildLearned([
      { text: '螺丝刀补寄', to: 'warranty_usage' },
      { text: '小螺丝刀补寄一下吧谢谢', to: 'wrong_item' },
    ]);
    const hits = similarCorrections(m, '小螺丝刀补寄一下吧');
    expect(hits[0].to).toBe('wrong_item');
    expect(hits[0].sim).toBeGreaterThan(hits[1]?.sim ?? 0);
  });
});
